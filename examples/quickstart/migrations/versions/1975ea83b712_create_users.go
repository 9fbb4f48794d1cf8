package versions

import m "github.com/autogen-go/autogen/migrate"

// create users
//
// Revision: 1975ea83b712
// Revises:  <base>
// Created:  2026-11-24 09:58:40 UTC
var _ = Revisions.Add(m.Revision{
	ID:      "1975ea83b712",
	Message: "create users",
	Upgrade: func(op *m.Op) error {
		op.CreateTable("users",
			m.Col("id", m.BigInt, m.PrimaryKey, m.Identity),
			m.Col("email", m.Varchar(255), m.NotNull, m.Unique),
			m.Col("created_at", m.Timestamp, m.NotNull, m.Default("CURRENT_TIMESTAMP")),
		)
		return nil
	},
	Downgrade: func(op *m.Op) error {
		op.DropTable("users")
		return nil
	},
})
