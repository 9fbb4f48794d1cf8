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
		op.Exec(`CREATE TABLE users (
			id INTEGER PRIMARY KEY,
			email VARCHAR(255) NOT NULL UNIQUE,
			created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
		)`)
		return nil
	},
	Downgrade: func(op *m.Op) error {
		op.Exec(`DROP TABLE users`)
		return nil
	},
})
