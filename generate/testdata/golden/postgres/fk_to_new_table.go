package versions

import m "github.com/autogen-go/autogen/migrate"

// fk_to_new_table
//
// Revision: bbbbbbbbbbbb
// Revises:  aaaaaaaaaaaa
// Created:  2026-01-02 03:04:05 UTC
var _ = Revisions.Add(m.Revision{
	ID:      "bbbbbbbbbbbb",
	Revises: []string{"aaaaaaaaaaaa"},
	Message: "fk_to_new_table",
	Upgrade: func(op *m.Op) error {
		op.DropConstraint("fk_users_team_id_teams", "users")
		op.CreateTable("squads",
			m.Col("id", m.BigInt, m.PrimaryKey, m.Identity),
			m.Col("name", m.Text, m.NotNull),
		)
		// Checks every row of users against squads, blocking writes to both while it runs.
		op.CreateForeignKey("fk_users_team_id_squads", "users", m.Cols("team_id"), "squads", m.Cols("id"))
		return nil
	},
	Downgrade: func(op *m.Op) error {
		op.DropConstraint("fk_users_team_id_squads", "users")
		// Hazard: drops table squads and every row in it.
		op.DropTable("squads")
		// Checks every row of users against teams, blocking writes to both while it runs.
		op.CreateForeignKey("fk_users_team_id_teams", "users", m.Cols("team_id"), "teams", m.Cols("id"))
		return nil
	},
})
