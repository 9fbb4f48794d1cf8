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
		// Enum status: values (pending, active, archived) become (pending, active).
		// PostgreSQL cannot remove or reorder enum values in place. Check that no row
		// holds a removed value, then recreate the type:
		//
		// op.Exec("ALTER TYPE status RENAME TO status_old")
		// op.CreateEnum("status", "pending", "active")
		// op.Exec("ALTER TABLE orders ALTER COLUMN status TYPE status USING status::text::status")
		// op.DropEnum("status_old")
		op.AddColumn("orders", m.Col("previous", m.Enum("status")))
		return nil
	},
	Downgrade: func(op *m.Op) error {
		// PostgreSQL cannot use an enum value in the transaction that added it: the block
		// commits the revisions run before this one, then adds the values on their own.
		op.AutocommitBlock(func(op *m.Op) {
			op.AddEnumValue("status", "archived", m.IfValueNotExists)
		})
		// Hazard: drops column orders.previous and its data.
		op.DropColumn("orders", "previous")
		return nil
	},
})
