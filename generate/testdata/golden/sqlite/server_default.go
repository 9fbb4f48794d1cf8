package versions

import m "github.com/autogen-go/autogen/migrate"

// server_default
//
// Revision: bbbbbbbbbbbb
// Revises:  aaaaaaaaaaaa
// Created:  2026-01-02 03:04:05 UTC
var _ = Revisions.Add(m.Revision{
	ID:      "bbbbbbbbbbbb",
	Revises: []string{"aaaaaaaaaaaa"},
	Message: "server_default",
	Upgrade: func(op *m.Op) error {
		// SQLite rebuilds table settings once for this block: every row is copied under the write lock.
		op.BatchAlterTable("settings", func(b *m.Batch) {
			b.AlterColumn("a", m.SetDefault("0"))
			b.AlterColumn("b", m.SetDefault("'y'"))
			b.AlterColumn("c", m.DropDefault)
		})
		return nil
	},
	Downgrade: func(op *m.Op) error {
		// SQLite rebuilds table settings once for this block: every row is copied under the write lock.
		op.BatchAlterTable("settings", func(b *m.Batch) {
			b.AlterColumn("c", m.SetDefault("0"))
			b.AlterColumn("b", m.SetDefault("'x'"))
			b.AlterColumn("a", m.DropDefault)
		})
		return nil
	},
})
