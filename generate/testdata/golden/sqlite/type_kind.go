package versions

import m "github.com/autogen-go/autogen/migrate"

// type_kind
//
// Revision: bbbbbbbbbbbb
// Revises:  aaaaaaaaaaaa
// Created:  2026-01-02 03:04:05 UTC
var _ = Revisions.Add(m.Revision{
	ID:      "bbbbbbbbbbbb",
	Revises: []string{"aaaaaaaaaaaa"},
	Message: "type_kind",
	Upgrade: func(op *m.Op) error {
		// SQLite rebuilds table measures once for this block: every row is copied under the write lock.
		op.BatchAlterTable("measures", func(b *m.Batch) {
			b.AlterColumn("n", m.SetType(m.Text))
			b.AlterColumn("code", m.SetType(m.BigInt))
			b.AlterColumn("at", m.SetType(m.TimestampTZ))
			b.AlterColumn("level", m.SetType(m.BigInt))
		})
		return nil
	},
	Downgrade: func(op *m.Op) error {
		// SQLite rebuilds table measures once for this block: every row is copied under the write lock.
		op.BatchAlterTable("measures", func(b *m.Batch) {
			b.AlterColumn("level", m.SetType(m.Text))
			b.AlterColumn("at", m.SetType(m.Text))
			b.AlterColumn("code", m.SetType(m.Text))
			b.AlterColumn("n", m.SetType(m.Integer))
		})
		return nil
	},
})
