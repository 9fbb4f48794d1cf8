package versions

import m "github.com/autogen-go/autogen/migrate"

// serial_widen
//
// Revision: bbbbbbbbbbbb
// Revises:  aaaaaaaaaaaa
// Created:  2026-01-02 03:04:05 UTC
var _ = Revisions.Add(m.Revision{
	ID:      "bbbbbbbbbbbb",
	Revises: []string{"aaaaaaaaaaaa"},
	Message: "serial_widen",
	Upgrade: func(op *m.Op) error {
		// Rewrites table employees under an ACCESS EXCLUSIVE lock (reads and writes wait).
		op.AlterColumn("employees", "id", m.SetType(m.BigInt))
		// The sequence of serial column employees.id keeps its own type: it changes too.
		op.Exec("DO $$ DECLARE seq text := pg_get_serial_sequence('employees', 'id'); BEGIN IF seq IS NOT NULL THEN EXECUTE format('ALTER SEQUENCE %s AS bigint', seq); END IF; END $$")
		return nil
	},
	Downgrade: func(op *m.Op) error {
		// Hazard: employees.id bigint -> integer narrows the integers: values that do not fit make the migration fail.
		// Rewrites table employees under an ACCESS EXCLUSIVE lock (reads and writes wait).
		op.AlterColumn("employees", "id", m.SetType(m.Integer))
		// The sequence of serial column employees.id keeps its own type: it changes too.
		op.Exec("DO $$ DECLARE seq text := pg_get_serial_sequence('employees', 'id'); BEGIN IF seq IS NOT NULL THEN EXECUTE format('ALTER SEQUENCE %s AS integer', seq); END IF; END $$")
		return nil
	},
})
