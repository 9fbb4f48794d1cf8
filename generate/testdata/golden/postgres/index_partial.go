package versions

import m "github.com/autogen-go/autogen/migrate"

// index_partial
//
// Revision: bbbbbbbbbbbb
// Revises:  aaaaaaaaaaaa
// Created:  2026-01-02 03:04:05 UTC
var _ = Revisions.Add(m.Revision{
	ID:      "bbbbbbbbbbbb",
	Revises: []string{"aaaaaaaaaaaa"},
	Message: "index_partial",
	Upgrade: func(op *m.Op) error {
		op.DropIndex("ix_users_deleted", "users")
		// Builds the index while blocking writes to users; on a big table, use m.Concurrently
		// inside op.AutocommitBlock instead.
		op.CreateIndex("ix_users_deleted", "users", m.Cols("deleted_at"), m.Where("deleted_at IS NOT NULL"))
		// Hazard: fails if users has duplicate rows for the index's keys: remove them first.
		// Builds the index while blocking writes to users; on a big table, use m.Concurrently
		// inside op.AutocommitBlock instead.
		op.CreateIndex("ix_users_live_email", "users", m.Cols("email"), m.Unique, m.Where("deleted_at IS NULL"))
		return nil
	},
	Downgrade: func(op *m.Op) error {
		op.DropIndex("ix_users_live_email", "users")
		op.DropIndex("ix_users_deleted", "users")
		// Builds the index while blocking writes to users; on a big table, use m.Concurrently
		// inside op.AutocommitBlock instead.
		op.CreateIndex("ix_users_deleted", "users", m.Cols("deleted_at"))
		return nil
	},
})
