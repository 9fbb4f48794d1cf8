package versions

import m "github.com/autogen-go/autogen/migrate"

// index_expression
//
// Revision: bbbbbbbbbbbb
// Revises:  aaaaaaaaaaaa
// Created:  2026-01-02 03:04:05 UTC
var _ = Revisions.Add(m.Revision{
	ID:      "bbbbbbbbbbbb",
	Revises: []string{"aaaaaaaaaaaa"},
	Message: "index_expression",
	Upgrade: func(op *m.Op) error {
		op.DropIndex("ix_users_lower_email", "users")
		op.CreateIndex("ix_users_lower_email", "users", m.Expr("lower(email)"))
		// Hazard: fails if users has duplicate rows for the index's keys: remove them first.
		op.CreateIndex("ix_users_lower_handle", "users", m.Expr("lower(handle)"), m.Unique)
		return nil
	},
	Downgrade: func(op *m.Op) error {
		op.DropIndex("ix_users_lower_handle", "users")
		op.DropIndex("ix_users_lower_email", "users")
		op.CreateIndex("ix_users_lower_email", "users", m.Expr("upper(email)"))
		return nil
	},
})
