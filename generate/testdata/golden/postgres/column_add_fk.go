package versions

import m "github.com/autogen-go/autogen/migrate"

// column_add_fk
//
// Revision: bbbbbbbbbbbb
// Revises:  aaaaaaaaaaaa
// Created:  2026-01-02 03:04:05 UTC
var _ = Revisions.Add(m.Revision{
	ID:      "bbbbbbbbbbbb",
	Revises: []string{"aaaaaaaaaaaa"},
	Message: "column_add_fk",
	Upgrade: func(op *m.Op) error {
		op.AddColumn("users", m.Col("org_id", m.BigInt))
		op.AddColumn("users", m.Col("role", m.Text, m.NotNull, m.Default("''")))
		// Builds the index while blocking writes to users; on a big table, use m.Concurrently
		// inside op.AutocommitBlock instead.
		op.CreateIndex("ix_users_org_id", "users", m.Cols("org_id"))
		// Builds the index while blocking writes to users; on a big table, use m.Concurrently
		// inside op.AutocommitBlock instead.
		op.CreateIndex("ix_users_role", "users", m.Cols("role"))
		// Checks every row of users against orgs, blocking writes to both while it runs.
		op.CreateForeignKey("fk_users_org_id_orgs", "users", m.Cols("org_id"), "orgs", m.Cols("id"), m.OnDelete("SET NULL"))
		return nil
	},
	Downgrade: func(op *m.Op) error {
		op.DropConstraint("fk_users_org_id_orgs", "users")
		op.DropIndex("ix_users_role", "users")
		op.DropIndex("ix_users_org_id", "users")
		// Hazard: drops column users.role and its data.
		op.DropColumn("users", "role")
		// Hazard: drops column users.org_id and its data.
		op.DropColumn("users", "org_id")
		return nil
	},
})
