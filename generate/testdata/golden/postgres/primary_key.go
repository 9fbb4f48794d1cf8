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
		op.DropConstraint("pk_tags", "tags")
		// Builds a unique index on memberships, blocking writes while it runs; fails on duplicates or NULLs.
		op.CreatePrimaryKey("pk_memberships", "memberships", m.Cols("user_id", "group_id"))
		// Builds a unique index on tags, blocking writes while it runs; fails on duplicates or NULLs.
		op.CreatePrimaryKey("pk_tags", "tags", m.Cols("code", "lang"))
		return nil
	},
	Downgrade: func(op *m.Op) error {
		op.DropConstraint("pk_tags", "tags")
		op.DropConstraint("pk_memberships", "memberships")
		// Builds a unique index on tags, blocking writes while it runs; fails on duplicates or NULLs.
		op.CreatePrimaryKey("pk_tags", "tags", m.Cols("code"))
		return nil
	},
})
