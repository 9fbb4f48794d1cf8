package versions

import m "github.com/autogen-go/autogen/migrate"

// column_drop
//
// Revision: bbbbbbbbbbbb
// Revises:  aaaaaaaaaaaa
// Created:  2026-01-02 03:04:05 UTC
var _ = Revisions.Add(m.Revision{
	ID:      "bbbbbbbbbbbb",
	Revises: []string{"aaaaaaaaaaaa"},
	Message: "column_drop",
	Upgrade: func(op *m.Op) error {
		// Hazard: drops column users.legacy and its data; the downgrade recreates the column, not the data.
		op.DropColumn("users", "legacy")
		// Hazard: drops column users.old_score and its data; the downgrade recreates the column, not the data.
		op.DropColumn("users", "old_score")
		return nil
	},
	Downgrade: func(op *m.Op) error {
		op.AddColumn("users", m.Col("old_score", m.Integer, m.NotNull, m.Default("0")))
		op.AddColumn("users", m.Col("legacy", m.Text))
		return nil
	},
})
