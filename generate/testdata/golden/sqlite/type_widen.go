package versions

import m "github.com/autogen-go/autogen/migrate"

// type_widen
//
// Revision: bbbbbbbbbbbb
// Revises:  aaaaaaaaaaaa
// Created:  2026-01-02 03:04:05 UTC
var _ = Revisions.Add(m.Revision{
	ID:      "bbbbbbbbbbbb",
	Revises: []string{"aaaaaaaaaaaa"},
	Message: "type_widen",
	Upgrade: func(op *m.Op) error {
		// SQLite rebuilds table measures once for this block: every row is copied under the write lock.
		op.BatchAlterTable("measures", func(b *m.Batch) {
			b.AlterColumn("n", m.SetType(m.BigInt))
			b.AlterColumn("code", m.SetType(m.Varchar(200)))
			b.AlterColumn("amount", m.SetType(m.Numeric(12, 2)))
			b.AlterColumn("ratio", m.SetType(m.Double))
			b.AlterColumn("score", m.SetType(m.Double))
		})
		return nil
	},
	Downgrade: func(op *m.Op) error {
		// SQLite rebuilds table measures once for this block: every row is copied under the write lock.
		op.BatchAlterTable("measures", func(b *m.Batch) {
			b.AlterColumn("score", m.SetType(m.Integer))
			b.AlterColumn("ratio", m.SetType(m.Float))
			b.AlterColumn("amount", m.SetType(m.Numeric(8, 2)))
			b.AlterColumn("code", m.SetType(m.Varchar(50)))
			b.AlterColumn("n", m.SetType(m.Integer))
		})
		return nil
	},
})
