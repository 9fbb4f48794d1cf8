package versions

import m "github.com/autogen-go/autogen/migrate"

// nullability
//
// Revision: bbbbbbbbbbbb
// Revises:  aaaaaaaaaaaa
// Created:  2026-01-02 03:04:05 UTC
var _ = Revisions.Add(m.Revision{
	ID:      "bbbbbbbbbbbb",
	Revises: []string{"aaaaaaaaaaaa"},
	Message: "nullability",
	Upgrade: func(op *m.Op) error {
		// Hazard: NOT NULL fails if a row of users has name NULL: fill those rows first.
		op.AlterColumn("users", "name", m.SetNotNull)
		op.AlterColumn("users", "bio", m.DropNotNull)
		return nil
	},
	Downgrade: func(op *m.Op) error {
		// Hazard: NOT NULL fails if a row of users has bio NULL: fill those rows first.
		op.AlterColumn("users", "bio", m.SetNotNull)
		op.AlterColumn("users", "name", m.DropNotNull)
		return nil
	},
})
