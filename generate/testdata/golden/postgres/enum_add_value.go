package versions

import m "github.com/autogen-go/autogen/migrate"

// enum_add_value
//
// Revision: bbbbbbbbbbbb
// Revises:  aaaaaaaaaaaa
// Created:  2026-01-02 03:04:05 UTC
var _ = Revisions.Add(m.Revision{
	ID:      "bbbbbbbbbbbb",
	Revises: []string{"aaaaaaaaaaaa"},
	Message: "enum_add_value",
	Upgrade: func(op *m.Op) error {
		// PostgreSQL cannot use an enum value in the transaction that added it: the block
		// commits the revisions run before this one, then adds the values on their own.
		op.AutocommitBlock(func(op *m.Op) {
			op.AddEnumValue("status", "paused", m.Before("active"), m.IfValueNotExists)
			op.AddEnumValue("status", "archived", m.IfValueNotExists)
		})
		return nil
	},
	Downgrade: func(op *m.Op) error {
		// Enum status: values (pending, paused, active, archived) become (pending, active).
		// PostgreSQL cannot remove or reorder enum values in place. Check that no row
		// holds a removed value, then recreate the type:
		//
		// op.Exec("ALTER TYPE status RENAME TO status_old")
		// op.CreateEnum("status", "pending", "active")
		// op.Exec("ALTER TABLE orders ALTER COLUMN status DROP DEFAULT")
		// op.Exec("ALTER TABLE orders ALTER COLUMN status TYPE status USING status::text::status")
		// op.Exec("ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'pending'::status")
		// op.DropEnum("status_old")
		return nil
	},
})
