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
		op.CreateTable("squads",
			m.Col("id", m.BigInt, m.PrimaryKey, m.Identity),
			m.Col("name", m.Text, m.NotNull),
		)
		// SQLite rebuilds table users once for this block: every row is copied under the write lock.
		op.BatchAlterTable("users", func(b *m.Batch) {
			b.DropConstraint("fk_users_team_id_teams")
			b.CreateForeignKey("fk_users_team_id_squads", m.Cols("team_id"), "squads", m.Cols("id"))
		})
		return nil
	},
	Downgrade: func(op *m.Op) error {
		// Hazard: drops table squads and every row in it.
		op.DropTable("squads")
		// SQLite rebuilds table users once for this block: every row is copied under the write lock.
		op.BatchAlterTable("users", func(b *m.Batch) {
			b.DropConstraint("fk_users_team_id_squads")
			b.CreateForeignKey("fk_users_team_id_teams", m.Cols("team_id"), "teams", m.Cols("id"))
		})
		return nil
	},
})
