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
		// SQLite rebuilds table users once for this block: every row is copied under the write lock.
		op.BatchAlterTable("users", func(b *m.Batch) {
			// Hazard: NOT NULL fails if a row of users has name NULL: fill those rows first.
			b.AlterColumn("name", m.SetNotNull)
			b.AlterColumn("bio", m.DropNotNull)
		})
		return nil
	},
	Downgrade: func(op *m.Op) error {
		// SQLite rebuilds table users once for this block: every row is copied under the write lock.
		op.BatchAlterTable("users", func(b *m.Batch) {
			// Hazard: NOT NULL fails if a row of users has bio NULL: fill those rows first.
			b.AlterColumn("bio", m.SetNotNull)
			b.AlterColumn("name", m.DropNotNull)
		})
		return nil
	},
})
