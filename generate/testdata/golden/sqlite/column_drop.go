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
		// SQLite rebuilds table users once for this block: every row is copied under the write lock.
		op.BatchAlterTable("users", func(b *m.Batch) {
			// Hazard: drops column users.legacy and its data; the downgrade recreates the column, not the data.
			b.DropColumn("legacy")
			// Hazard: drops column users.old_score and its data; the downgrade recreates the column, not the data.
			b.DropColumn("old_score")
			// Hazard: drops column users.nick and its data; the downgrade recreates the column, not the data.
			b.DropColumn("nick")
			// Hazard: drops column users.verified and its data; the downgrade recreates the column, not the data.
			b.DropColumn("verified")
			// Hazard: drops column users.joined and its data; the downgrade recreates the column, not the data.
			b.DropColumn("joined")
		})
		return nil
	},
	Downgrade: func(op *m.Op) error {
		// SQLite rebuilds table users once for this block: every row is copied under the write lock.
		op.BatchAlterTable("users", func(b *m.Batch) {
			b.AddColumn(m.Col("legacy", m.Text))
			b.AddColumn(m.Col("old_score", m.Integer, m.NotNull, m.Default("0")))
			// Restores users.nick without its values, which the upgrade dropped: its rows get '',
			// through a default dropped after.
			b.AddColumn(m.Col("nick", m.Varchar(20), m.NotNull, m.Default("''")))
			// Restores users.verified without its values, which the upgrade dropped: its rows get false,
			// through a default dropped after.
			b.AddColumn(m.Col("verified", m.Bool, m.NotNull, m.Default("false")))
			// Restores users.joined without its values, which the upgrade dropped: its rows get CURRENT_TIMESTAMP,
			// through a default dropped after.
			b.AddColumn(m.Col("joined", m.TimestampTZ, m.NotNull, m.Default("CURRENT_TIMESTAMP")))
		})
		op.BatchAlterTable("users", func(b *m.Batch) {
			b.AlterColumn("nick", m.DropDefault)
			b.AlterColumn("verified", m.DropDefault)
			b.AlterColumn("joined", m.DropDefault)
		})
		return nil
	},
})
