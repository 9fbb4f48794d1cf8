package versions

import m "github.com/autogen-go/autogen/migrate"

// type_widen
//
// Revision: bbbbbbbbbbbb
// Revises:  aaaaaaaaaaaa
// Created:  2026-01-02 03:04:05 UTC
var _ = Revisions.Add(m.Revision{
	ID:      "bbbbbbbbbbbb",
	Revises: []string{"aaaaaaaaaaaa"},
	Message: "type_widen",
	Upgrade: func(op *m.Op) error {
		// Rewrites table measures under an ACCESS EXCLUSIVE lock (reads and writes wait).
		op.AlterColumn("measures", "n", m.SetType(m.BigInt))
		op.AlterColumn("measures", "code", m.SetType(m.Varchar(200)))
		op.AlterColumn("measures", "amount", m.SetType(m.Numeric(12, 2)))
		// Rewrites table measures under an ACCESS EXCLUSIVE lock (reads and writes wait).
		op.AlterColumn("measures", "ratio", m.SetType(m.Double))
		// Rewrites table measures under an ACCESS EXCLUSIVE lock (reads and writes wait).
		op.AlterColumn("measures", "score", m.SetType(m.Double))
		return nil
	},
	Downgrade: func(op *m.Op) error {
		// Hazard: measures.score double -> integer rounds to whole numbers (and values out of range fail), silently.
		// Rewrites table measures under an ACCESS EXCLUSIVE lock (reads and writes wait).
		op.AlterColumn("measures", "score", m.SetType(m.Integer))
		// Hazard: measures.ratio double -> float rounds to the 6 significant digits of real (and values beyond its range fail), silently.
		// Rewrites table measures under an ACCESS EXCLUSIVE lock (reads and writes wait).
		op.AlterColumn("measures", "ratio", m.SetType(m.Float))
		// Hazard: measures.amount numeric(12,2) -> numeric(8,2) narrows the numbers: values that do not fit make the migration fail.
		// Rewrites table measures under an ACCESS EXCLUSIVE lock (reads and writes wait).
		op.AlterColumn("measures", "amount", m.SetType(m.Numeric(8, 2)))
		// Hazard: measures.code varchar(200) -> varchar(50) shortens the text: values that do not fit make the migration fail.
		// Rewrites table measures under an ACCESS EXCLUSIVE lock (reads and writes wait).
		op.AlterColumn("measures", "code", m.SetType(m.Varchar(50)))
		// Hazard: measures.n bigint -> integer narrows the integers: values that do not fit make the migration fail.
		// Rewrites table measures under an ACCESS EXCLUSIVE lock (reads and writes wait).
		op.AlterColumn("measures", "n", m.SetType(m.Integer))
		return nil
	},
})
