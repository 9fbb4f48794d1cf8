package versions

import m "github.com/autogen-go/autogen/migrate"

// rename_column
//
// Revision: bbbbbbbbbbbb
// Revises:  aaaaaaaaaaaa
// Created:  2026-01-02 03:04:05 UTC
var _ = Revisions.Add(m.Revision{
	ID:      "bbbbbbbbbbbb",
	Revises: []string{"aaaaaaaaaaaa"},
	Message: "rename_column",
	Upgrade: func(op *m.Op) error {
		op.AlterColumn("users", "email", m.RenameTo("login"))
		return nil
	},
	Downgrade: func(op *m.Op) error {
		op.AlterColumn("users", "login", m.RenameTo("email"))
		return nil
	},
})
