package versions

import m "github.com/autogen-go/autogen/migrate"

// type_kind
//
// Revision: bbbbbbbbbbbb
// Revises:  aaaaaaaaaaaa
// Created:  2026-01-02 03:04:05 UTC
var _ = Revisions.Add(m.Revision{
	ID:      "bbbbbbbbbbbb",
	Revises: []string{"aaaaaaaaaaaa"},
	Message: "type_kind",
	Upgrade: func(op *m.Op) error {
		// Rewrites table measures under an ACCESS EXCLUSIVE lock (reads and writes wait).
		op.AlterColumn("measures", "n", m.SetType(m.Text))
		// Hazard: measures.code text -> bigint converts between kinds of values: values that do not fit make the migration fail.
		// Rewrites table measures under an ACCESS EXCLUSIVE lock (reads and writes wait).
		op.AlterColumn("measures", "code", m.SetType(m.BigInt), m.Using("code::bigint"))
		// Hazard: measures.at text -> timestamptz converts between kinds of values: values that do not fit make the migration fail.
		// Rewrites table measures under an ACCESS EXCLUSIVE lock (reads and writes wait).
		op.AlterColumn("measures", "at", m.SetType(m.TimestampTZ), m.Using("at::timestamp with time zone"))
		// Hazard: measures.level text -> bigint converts between kinds of values: values that do not fit make the migration fail.
		// Rewrites table measures under an ACCESS EXCLUSIVE lock (reads and writes wait).
		op.AlterColumn("measures", "level", m.SetType(m.BigInt), m.Using("level::bigint"), m.SetDefault("0"))
		return nil
	},
	Downgrade: func(op *m.Op) error {
		// Rewrites table measures under an ACCESS EXCLUSIVE lock (reads and writes wait).
		op.AlterColumn("measures", "level", m.SetType(m.Text), m.SetDefault("'0'::text"))
		// Rewrites table measures under an ACCESS EXCLUSIVE lock (reads and writes wait).
		op.AlterColumn("measures", "at", m.SetType(m.Text))
		// Rewrites table measures under an ACCESS EXCLUSIVE lock (reads and writes wait).
		op.AlterColumn("measures", "code", m.SetType(m.Text))
		// Hazard: measures.n text -> integer converts between kinds of values: values that do not fit make the migration fail.
		// Rewrites table measures under an ACCESS EXCLUSIVE lock (reads and writes wait).
		op.AlterColumn("measures", "n", m.SetType(m.Integer), m.Using("n::integer"))
		return nil
	},
})
