package versions

import m "github.com/autogen-go/autogen/migrate"

// type_narrow
//
// Revision: bbbbbbbbbbbb
// Revises:  aaaaaaaaaaaa
// Created:  2026-01-02 03:04:05 UTC
var _ = Revisions.Add(m.Revision{
	ID:      "bbbbbbbbbbbb",
	Revises: []string{"aaaaaaaaaaaa"},
	Message: "type_narrow",
	Upgrade: func(op *m.Op) error {
		// Hazard: measures.n bigint -> integer narrows the integers: values that do not fit make the migration fail.
		// Rewrites table measures under an ACCESS EXCLUSIVE lock (reads and writes wait).
		op.AlterColumn("measures", "n", m.SetType(m.Integer))
		// Hazard: measures.code varchar(200) -> varchar(50) shortens the text: values that do not fit make the migration fail.
		// Rewrites table measures under an ACCESS EXCLUSIVE lock (reads and writes wait).
		op.AlterColumn("measures", "code", m.SetType(m.Varchar(50)))
		// Hazard: measures.note text -> varchar(100) shortens the text: values that do not fit make the migration fail.
		// Rewrites table measures under an ACCESS EXCLUSIVE lock (reads and writes wait).
		op.AlterColumn("measures", "note", m.SetType(m.Varchar(100)))
		// Hazard: measures.amount numeric(12,4) -> numeric(10,2) rounds to 2 decimal places, silently.
		// Rewrites table measures under an ACCESS EXCLUSIVE lock (reads and writes wait).
		op.AlterColumn("measures", "amount", m.SetType(m.Numeric(10, 2)))
		return nil
	},
	Downgrade: func(op *m.Op) error {
		// Rewrites table measures under an ACCESS EXCLUSIVE lock (reads and writes wait).
		op.AlterColumn("measures", "amount", m.SetType(m.Numeric(12, 4)))
		op.AlterColumn("measures", "note", m.SetType(m.Text))
		op.AlterColumn("measures", "code", m.SetType(m.Varchar(200)))
		// Rewrites table measures under an ACCESS EXCLUSIVE lock (reads and writes wait).
		op.AlterColumn("measures", "n", m.SetType(m.BigInt))
		return nil
	},
})
