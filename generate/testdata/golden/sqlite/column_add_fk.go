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
		// SQLite rebuilds table users once for this block: every row is copied under the write lock.
		op.BatchAlterTable("users", func(b *m.Batch) {
			b.AddColumn(m.Col("org_id", m.BigInt))
			b.AddColumn(m.Col("role", m.Text, m.NotNull, m.Default("''")))
			b.CreateForeignKey("fk_users_org_id_orgs", m.Cols("org_id"), "orgs", m.Cols("id"), m.OnDelete("SET NULL"))
		})
		op.CreateIndex("ix_users_org_id", "users", m.Cols("org_id"))
		op.CreateIndex("ix_users_role", "users", m.Cols("role"))
		return nil
	},
	Downgrade: func(op *m.Op) error {
		op.DropIndex("ix_users_role", "users")
		op.DropIndex("ix_users_org_id", "users")
		// SQLite rebuilds table users once for this block: every row is copied under the write lock.
		op.BatchAlterTable("users", func(b *m.Batch) {
			b.DropConstraint("fk_users_org_id_orgs")
			// Hazard: drops column users.role and its data.
			b.DropColumn("role")
			// Hazard: drops column users.org_id and its data.
			b.DropColumn("org_id")
		})
		return nil
	},
})
