package versions

import m "github.com/autogen-go/autogen/migrate"

// index_unique
//
// Revision: bbbbbbbbbbbb
// Revises:  aaaaaaaaaaaa
// Created:  2026-01-02 03:04:05 UTC
var _ = Revisions.Add(m.Revision{
	ID:      "bbbbbbbbbbbb",
	Revises: []string{"aaaaaaaaaaaa"},
	Message: "index_unique",
	Upgrade: func(op *m.Op) error {
		op.DropIndex("ix_users_handle", "users")
		// Hazard: fails if users has duplicate rows for the index's keys: remove them first.
		op.CreateIndex("ix_users_email", "users", m.Cols("email"), m.Unique)
		// Hazard: fails if users has duplicate rows for the index's keys: remove them first.
		op.CreateIndex("ix_users_handle", "users", m.Cols("handle"), m.Unique)
		return nil
	},
	Downgrade: func(op *m.Op) error {
		op.DropIndex("ix_users_handle", "users")
		op.DropIndex("ix_users_email", "users")
		op.CreateIndex("ix_users_handle", "users", m.Cols("handle"))
		return nil
	},
})
