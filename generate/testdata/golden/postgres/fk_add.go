package versions

import m "github.com/autogen-go/autogen/migrate"

// fk_add
//
// Revision: bbbbbbbbbbbb
// Revises:  aaaaaaaaaaaa
// Created:  2026-01-02 03:04:05 UTC
var _ = Revisions.Add(m.Revision{
	ID:      "bbbbbbbbbbbb",
	Revises: []string{"aaaaaaaaaaaa"},
	Message: "fk_add",
	Upgrade: func(op *m.Op) error {
		op.DropConstraint("fk_users_team_id_teams", "users")
		// Checks every row of users against orgs, blocking writes to both while it runs.
		op.CreateForeignKey("fk_users_org_id_orgs", "users", m.Cols("org_id"), "orgs", m.Cols("id"))
		return nil
	},
	Downgrade: func(op *m.Op) error {
		op.DropConstraint("fk_users_org_id_orgs", "users")
		// Checks every row of users against teams, blocking writes to both while it runs.
		op.CreateForeignKey("fk_users_team_id_teams", "users", m.Cols("team_id"), "teams", m.Cols("id"))
		return nil
	},
})
