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
		// SQLite rebuilds table users once for this block: every row is copied under the write lock.
		op.BatchAlterTable("users", func(b *m.Batch) {
			// Hazard: drops column users.legacy and its data; the downgrade recreates the column, not the data.
			b.DropColumn("legacy")
			// Hazard: drops column users.old_score and its data; the downgrade recreates the column, not the data.
			b.DropColumn("old_score")
		})
		return nil
	},
	Downgrade: func(op *m.Op) error {
		op.BatchAlterTable("users", func(b *m.Batch) {
			b.AddColumn(m.Col("old_score", m.Integer, m.NotNull, m.Default("0")))
			b.AddColumn(m.Col("legacy", m.Text))
		})
		return nil
	},
})
