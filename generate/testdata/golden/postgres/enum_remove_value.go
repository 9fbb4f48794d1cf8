package versions

import m "github.com/autogen-go/autogen/migrate"

// enum_remove_value
//
// Revision: bbbbbbbbbbbb
// Revises:  aaaaaaaaaaaa
// Created:  2026-01-02 03:04:05 UTC
var _ = Revisions.Add(m.Revision{
	ID:      "bbbbbbbbbbbb",
	Revises: []string{"aaaaaaaaaaaa"},
	Message: "enum_remove_value",
	Upgrade: func(op *m.Op) error {
		op.AddColumn("orders", m.Col("previous", m.Enum("status")))
		// Enum status: values (pending, active, archived) become (pending, active).
		// PostgreSQL cannot remove or reorder enum values in place. Check that no row
		// holds a removed value, then recreate the type:
		//
		// op.Exec("ALTER TYPE status RENAME TO status_old")
		// op.CreateEnum("status", "pending", "active")
		// op.Exec("ALTER TABLE orders ALTER COLUMN previous TYPE status USING previous::text::status")
		// op.Exec("ALTER TABLE orders ALTER COLUMN status TYPE status USING status::text::status")
		// op.DropEnum("status_old")
		return nil
	},
	Downgrade: func(op *m.Op) error {
		// Enum status: values (pending, active) become (pending, active, archived).
		// PostgreSQL cannot remove or reorder enum values in place. Check that no row
		// holds a removed value, then recreate the type:
		//
		// op.Exec("ALTER TYPE status RENAME TO status_old")
		// op.CreateEnum("status", "pending", "active", "archived")
		// op.Exec("ALTER TABLE orders ALTER COLUMN previous TYPE status USING previous::text::status")
		// op.Exec("ALTER TABLE orders ALTER COLUMN status TYPE status USING status::text::status")
		// op.DropEnum("status_old")
		// Hazard: drops column orders.previous and its data.
		op.DropColumn("orders", "previous")
		return nil
	},
})
