package versions

import m "github.com/autogen-go/autogen/migrate"

// column_add_notnull_default
//
// Revision: bbbbbbbbbbbb
// Revises:  aaaaaaaaaaaa
// Created:  2026-01-02 03:04:05 UTC
var _ = Revisions.Add(m.Revision{
	ID:      "bbbbbbbbbbbb",
	Revises: []string{"aaaaaaaaaaaa"},
	Message: "column_add_notnull_default",
	Upgrade: func(op *m.Op) error {
		op.AddColumn("users", m.Col("active", m.Bool, m.NotNull, m.Default("true")))
		op.AddColumn("users", m.Col("score", m.Integer, m.NotNull, m.Default("0")))
		op.AddColumn("users", m.Col("status", m.Varchar(20), m.NotNull, m.Default("'new'")))
		return nil
	},
	Downgrade: func(op *m.Op) error {
		// Hazard: drops column users.status and its data.
		op.DropColumn("users", "status")
		// Hazard: drops column users.score and its data.
		op.DropColumn("users", "score")
		// Hazard: drops column users.active and its data.
		op.DropColumn("users", "active")
		return nil
	},
})
