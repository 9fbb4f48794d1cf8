package versions

import m "github.com/autogen-go/autogen/migrate"

// add accounts
//
// Revision: 3f2a9c1b7d4e
// Revises:  1975ea83b712
// Created:  2026-11-24 10:02:11 UTC
var _ = Revisions.Add(m.Revision{
	ID:      "3f2a9c1b7d4e",
	Revises: []string{"1975ea83b712"},
	Message: "add accounts",
	Upgrade: func(op *m.Op) error {
		op.CreateTable("accounts",
			m.Col("id", m.BigInt, m.PrimaryKey, m.Identity),
			m.Col("owner_id", m.BigInt, m.NotNull),
			m.Col("name", m.Text, m.NotNull),
			m.ForeignKey("fk_accounts_owner_id_users", m.Cols("owner_id"), "users", m.Cols("id"), m.OnDelete("CASCADE")),
		)
		op.CreateIndex("ix_accounts_owner_id", "accounts", m.Cols("owner_id"))
		return nil
	},
	Downgrade: func(op *m.Op) error {
		op.DropIndex("ix_accounts_owner_id", "accounts")
		op.DropTable("accounts")
		return nil
	},
})
