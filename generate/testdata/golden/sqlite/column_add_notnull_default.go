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
		op.BatchAlterTable("users", func(b *m.Batch) {
			b.AddColumn(m.Col("active", m.Bool, m.NotNull, m.Default("true")))
			b.AddColumn(m.Col("score", m.Integer, m.NotNull, m.Default("0")))
			b.AddColumn(m.Col("status", m.Varchar(20), m.NotNull, m.Default("'new'")))
		})
		return nil
	},
	Downgrade: func(op *m.Op) error {
		// SQLite rebuilds table users once for this block: every row is copied under the write lock.
		op.BatchAlterTable("users", func(b *m.Batch) {
			// Hazard: drops column users.status and its data.
			b.DropColumn("status")
			// Hazard: drops column users.score and its data.
			b.DropColumn("score")
			// Hazard: drops column users.active and its data.
			b.DropColumn("active")
		})
		return nil
	},
})
