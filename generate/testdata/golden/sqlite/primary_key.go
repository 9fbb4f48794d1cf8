package versions

import m "github.com/autogen-go/autogen/migrate"

// primary_key
//
// Revision: bbbbbbbbbbbb
// Revises:  aaaaaaaaaaaa
// Created:  2026-01-02 03:04:05 UTC
var _ = Revisions.Add(m.Revision{
	ID:      "bbbbbbbbbbbb",
	Revises: []string{"aaaaaaaaaaaa"},
	Message: "primary_key",
	Upgrade: func(op *m.Op) error {
		// SQLite rebuilds table memberships once for this block: every row is copied under the write lock.
		op.BatchAlterTable("memberships", func(b *m.Batch) {
			b.CreatePrimaryKey("pk_memberships", m.Cols("user_id", "group_id"))
		})
		// SQLite rebuilds table tags once for this block: every row is copied under the write lock.
		op.BatchAlterTable("tags", func(b *m.Batch) {
			b.DropConstraint("pk_tags")
			b.CreatePrimaryKey("pk_tags", m.Cols("code", "lang"))
		})
		return nil
	},
	Downgrade: func(op *m.Op) error {
		// SQLite rebuilds table memberships once for this block: every row is copied under the write lock.
		op.BatchAlterTable("memberships", func(b *m.Batch) {
			b.DropConstraint("pk_memberships")
		})
		// SQLite rebuilds table tags once for this block: every row is copied under the write lock.
		op.BatchAlterTable("tags", func(b *m.Batch) {
			b.DropConstraint("pk_tags")
			b.CreatePrimaryKey("pk_tags", m.Cols("code"))
		})
		return nil
	},
})
