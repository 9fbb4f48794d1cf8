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
		op.BatchAlterTable("users", func(b *m.Batch) {
			b.AddColumn(m.Col("nickname", m.Varchar(40)))
			b.AddColumn(m.Col("age", m.Integer))
		})
		return nil
	},
	Downgrade: func(op *m.Op) error {
		// SQLite rebuilds table users once for this block: every row is copied under the write lock.
		op.BatchAlterTable("users", func(b *m.Batch) {
			// Hazard: drops column users.age and its data.
			b.DropColumn("age")
			// Hazard: drops column users.nickname and its data.
			b.DropColumn("nickname")
		})
		return nil
	},
})
