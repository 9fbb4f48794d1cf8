package versions

import m "github.com/autogen-go/autogen/migrate"

// column_drop
//
// Revision: bbbbbbbbbbbb
// Revises:  aaaaaaaaaaaa
// Created:  2026-01-02 03:04:05 UTC
var _ = Revisions.Add(m.Revision{
	ID:      "bbbbbbbbbbbb",
	Revises: []string{"aaaaaaaaaaaa"},
	Message: "column_drop",
	Upgrade: func(op *m.Op) error {
		// Hazard: drops column users.legacy and its data; the downgrade recreates the column, not the data.
		op.DropColumn("users", "legacy")
		// Hazard: drops column users.old_score and its data; the downgrade recreates the column, not the data.
		op.DropColumn("users", "old_score")
		// Hazard: drops column users.nick and its data; the downgrade recreates the column, not the data.
		op.DropColumn("users", "nick")
		// Hazard: drops column users.verified and its data; the downgrade recreates the column, not the data.
		op.DropColumn("users", "verified")
		// Hazard: drops column users.joined and its data; the downgrade recreates the column, not the data.
		op.DropColumn("users", "joined")
		return nil
	},
	Downgrade: func(op *m.Op) error {
		op.AddColumn("users", m.Col("legacy", m.Text))
		op.AddColumn("users", m.Col("old_score", m.Integer, m.NotNull, m.Default("0")))
		// Restores users.nick without its values, which the upgrade dropped: its rows get '',
		// through a default dropped after.
		op.AddColumn("users", m.Col("nick", m.Varchar(20), m.NotNull, m.Default("''")))
		op.AlterColumn("users", "nick", m.DropDefault)
		// Restores users.verified without its values, which the upgrade dropped: its rows get false,
		// through a default dropped after.
		op.AddColumn("users", m.Col("verified", m.Bool, m.NotNull, m.Default("false")))
		op.AlterColumn("users", "verified", m.DropDefault)
		// Restores users.joined without its values, which the upgrade dropped: its rows get CURRENT_TIMESTAMP,
		// through a default dropped after.
		op.AddColumn("users", m.Col("joined", m.TimestampTZ, m.NotNull, m.Default("CURRENT_TIMESTAMP")))
		op.AlterColumn("users", "joined", m.DropDefault)
		return nil
	},
})
