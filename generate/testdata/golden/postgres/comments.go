package versions

import m "github.com/autogen-go/autogen/migrate"

// comments
//
// Revision: bbbbbbbbbbbb
// Revises:  aaaaaaaaaaaa
// Created:  2026-01-02 03:04:05 UTC
var _ = Revisions.Add(m.Revision{
	ID:      "bbbbbbbbbbbb",
	Revises: []string{"aaaaaaaaaaaa"},
	Message: "comments",
	Upgrade: func(op *m.Op) error {
		op.AlterColumn("accounts", "a", m.SetComment("new a"))
		op.AlterColumn("accounts", "b", m.DropComment)
		op.AlterColumn("accounts", "c", m.SetComment("added, with a comma"))
		op.SetTableComment("accounts", "accounts, one per customer")
		op.DropTableComment("notes")
		return nil
	},
	Downgrade: func(op *m.Op) error {
		op.SetTableComment("notes", "to drop")
		op.SetTableComment("accounts", "accounts")
		op.AlterColumn("accounts", "c", m.DropComment)
		op.AlterColumn("accounts", "b", m.SetComment("gone"))
		op.AlterColumn("accounts", "a", m.SetComment("old a"))
		return nil
	},
})
