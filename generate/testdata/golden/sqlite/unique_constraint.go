package versions

import m "github.com/autogen-go/autogen/migrate"

// unique_constraint
//
// Revision: bbbbbbbbbbbb
// Revises:  aaaaaaaaaaaa
// Created:  2026-01-02 03:04:05 UTC
var _ = Revisions.Add(m.Revision{
	ID:      "bbbbbbbbbbbb",
	Revises: []string{"aaaaaaaaaaaa"},
	Message: "unique_constraint",
	Upgrade: func(op *m.Op) error {
		// SQLite rebuilds table users once for this block: every row is copied under the write lock.
		op.BatchAlterTable("users", func(b *m.Batch) {
			b.DropConstraint("uq_users_email")
			b.CreateUniqueConstraint("uq_users_org_code", m.Cols("org_id", "code"))
		})
		return nil
	},
	Downgrade: func(op *m.Op) error {
		// SQLite rebuilds table users once for this block: every row is copied under the write lock.
		op.BatchAlterTable("users", func(b *m.Batch) {
			b.DropConstraint("uq_users_org_code")
			b.CreateUniqueConstraint("uq_users_email", m.Cols("email"))
		})
		return nil
	},
})
