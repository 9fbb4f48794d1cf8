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
		// SQLite rebuilds table users once for this block: every row is copied under the write lock.
		op.BatchAlterTable("users", func(b *m.Batch) {
			b.DropConstraint("fk_users_team_id_teams")
			b.CreateForeignKey("fk_users_org_id_orgs", m.Cols("org_id"), "orgs", m.Cols("id"))
		})
		return nil
	},
	Downgrade: func(op *m.Op) error {
		// SQLite rebuilds table users once for this block: every row is copied under the write lock.
		op.BatchAlterTable("users", func(b *m.Batch) {
			b.DropConstraint("fk_users_org_id_orgs")
			b.CreateForeignKey("fk_users_team_id_teams", m.Cols("team_id"), "teams", m.Cols("id"))
		})
		return nil
	},
})
