package versions

import m "github.com/autogen-go/autogen/migrate"

// index_plain
//
// Revision: bbbbbbbbbbbb
// Revises:  aaaaaaaaaaaa
// Created:  2026-01-02 03:04:05 UTC
var _ = Revisions.Add(m.Revision{
	ID:      "bbbbbbbbbbbb",
	Revises: []string{"aaaaaaaaaaaa"},
	Message: "index_plain",
	Upgrade: func(op *m.Op) error {
		op.DropIndex("ix_users_name", "users")
		op.CreateIndex("ix_users_email", "users", m.Cols("email"))
		return nil
	},
	Downgrade: func(op *m.Op) error {
		op.DropIndex("ix_users_email", "users")
		op.CreateIndex("ix_users_name", "users", m.Cols("name"))
		return nil
	},
})
