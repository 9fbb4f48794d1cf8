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
		op.Exec(`CREATE TABLE accounts (
			id INTEGER PRIMARY KEY,
			owner_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
			name TEXT NOT NULL
		)`)
		op.Exec(`CREATE INDEX ix_accounts_owner_id ON accounts (owner_id)`)
		return nil
	},
	Downgrade: func(op *m.Op) error {
		op.Exec(`DROP INDEX ix_accounts_owner_id`)
		op.Exec(`DROP TABLE accounts`)
		return nil
	},
})
