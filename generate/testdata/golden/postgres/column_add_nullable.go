package versions

import m "github.com/autogen-go/autogen/migrate"

// column_add_nullable
//
// Revision: bbbbbbbbbbbb
// Revises:  aaaaaaaaaaaa
// Created:  2026-01-02 03:04:05 UTC
var _ = Revisions.Add(m.Revision{
	ID:      "bbbbbbbbbbbb",
	Revises: []string{"aaaaaaaaaaaa"},
	Message: "column_add_nullable",
	Upgrade: func(op *m.Op) error {
		op.AddColumn("users", m.Col("nickname", m.Varchar(40)))
		op.AddColumn("users", m.Col("age", m.Integer))
		return nil
	},
	Downgrade: func(op *m.Op) error {
		// Hazard: drops column users.age and its data.
		op.DropColumn("users", "age")
		// Hazard: drops column users.nickname and its data.
		op.DropColumn("users", "nickname")
		return nil
	},
})
