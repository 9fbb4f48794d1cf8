package versions

import m "github.com/autogen-go/autogen/migrate"

// enum_value_used
//
// Revision: bbbbbbbbbbbb
// Revises:  aaaaaaaaaaaa
// Created:  2026-01-02 03:04:05 UTC
var _ = Revisions.Add(m.Revision{
	ID:      "bbbbbbbbbbbb",
	Revises: []string{"aaaaaaaaaaaa"},
	Message: "enum_value_used",
	Upgrade: func(op *m.Op) error {
		// PostgreSQL cannot use an enum value in the transaction that added it: the block
		// commits the revisions run before this one, then adds the values on their own.
		op.AutocommitBlock(func(op *m.Op) {
			op.AddEnumValue("status", "archived", m.IfValueNotExists)
		})
		op.DropIndex("ix_orders_status", "orders")
		op.AlterColumn("orders", "status", m.SetDefault("'archived'"))
		op.AddColumn("orders", m.Col("previous", m.Enum("status")))
		return nil
	},
	Downgrade: func(op *m.Op) error {
		// Hazard: drops column orders.previous and its data.
		op.DropColumn("orders", "previous")
		op.AlterColumn("orders", "status", m.SetDefault("'pending'::status"))
		// Enum status: values (pending, active, archived) become (pending, active).
		// PostgreSQL cannot remove or reorder enum values in place. Check that no row
		// holds a removed value, then recreate the type:
		//
		// op.Exec("ALTER TYPE status RENAME TO status_old")
		// op.CreateEnum("status", "pending", "active")
		// op.Exec("ALTER TABLE orders ALTER COLUMN status DROP DEFAULT")
		// op.Exec("ALTER TABLE orders ALTER COLUMN status TYPE status USING status::text::status")
		// op.Exec("ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'pending'::status")
		// op.DropEnum("status_old")
		// Builds the index while blocking writes to orders; on a big table, use m.Concurrently
		// inside op.AutocommitBlock instead.
		op.CreateIndex("ix_orders_status", "orders", m.Cols("status"))
		return nil
	},
})
