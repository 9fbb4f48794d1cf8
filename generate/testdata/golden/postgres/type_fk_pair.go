package versions

import m "github.com/autogen-go/autogen/migrate"

// type_fk_pair
//
// Revision: bbbbbbbbbbbb
// Revises:  aaaaaaaaaaaa
// Created:  2026-01-02 03:04:05 UTC
var _ = Revisions.Add(m.Revision{
	ID:      "bbbbbbbbbbbb",
	Revises: []string{"aaaaaaaaaaaa"},
	Message: "type_fk_pair",
	Upgrade: func(op *m.Op) error {
		op.DropConstraint("fk_badges_owner_uid_employees", "badges")
		// Hazard: badges.owner_uid varchar(36) -> uuid converts between kinds of values: values that do not fit make the migration fail.
		// Rewrites table badges under an ACCESS EXCLUSIVE lock (reads and writes wait).
		op.AlterColumn("badges", "owner_uid", m.SetType(m.UUID), m.Using("owner_uid::uuid"))
		// Hazard: employees.uid varchar(36) -> uuid converts between kinds of values: values that do not fit make the migration fail.
		// Rewrites table employees under an ACCESS EXCLUSIVE lock (reads and writes wait).
		op.AlterColumn("employees", "uid", m.SetType(m.UUID), m.Using("uid::uuid"))
		// Checks every row of badges against employees, blocking writes to both while it runs.
		op.CreateForeignKey("fk_badges_owner_uid_employees", "badges", m.Cols("owner_uid"), "employees", m.Cols("uid"))
		return nil
	},
	Downgrade: func(op *m.Op) error {
		op.DropConstraint("fk_badges_owner_uid_employees", "badges")
		// Rewrites table employees under an ACCESS EXCLUSIVE lock (reads and writes wait).
		op.AlterColumn("employees", "uid", m.SetType(m.Varchar(36)))
		// Rewrites table badges under an ACCESS EXCLUSIVE lock (reads and writes wait).
		op.AlterColumn("badges", "owner_uid", m.SetType(m.Varchar(36)))
		// Checks every row of badges against employees, blocking writes to both while it runs.
		op.CreateForeignKey("fk_badges_owner_uid_employees", "badges", m.Cols("owner_uid"), "employees", m.Cols("uid"))
		return nil
	},
})
