package versions

import m "github.com/autogen-go/autogen/migrate"

// enum_create
//
// Revision: bbbbbbbbbbbb
// Revises:  aaaaaaaaaaaa
// Created:  2026-01-02 03:04:05 UTC
var _ = Revisions.Add(m.Revision{
	ID:      "bbbbbbbbbbbb",
	Revises: []string{"aaaaaaaaaaaa"},
	Message: "enum_create",
	Upgrade: func(op *m.Op) error {
		op.CreateEnum("status", "pending", "active")
		op.AddColumn("orders", m.Col("status", m.Enum("status"), m.NotNull, m.Default("'pending'")))
		return nil
	},
	Downgrade: func(op *m.Op) error {
		// Hazard: drops column orders.status and its data.
		op.DropColumn("orders", "status")
		op.DropEnum("status")
		return nil
	},
})
