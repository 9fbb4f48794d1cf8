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
		op.DropConstraint("uq_users_email", "users")
		// Builds a unique index on users, blocking writes while it runs; fails on duplicates.
		op.CreateUniqueConstraint("uq_users_org_code", "users", m.Cols("org_id", "code"))
		return nil
	},
	Downgrade: func(op *m.Op) error {
		op.DropConstraint("uq_users_org_code", "users")
		// Builds a unique index on users, blocking writes while it runs; fails on duplicates.
		op.CreateUniqueConstraint("uq_users_email", "users", m.Cols("email"))
		return nil
	},
})
