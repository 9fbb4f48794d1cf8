package versions

import m "github.com/autogen-go/autogen/migrate"

// table_drop
//
// Revision: bbbbbbbbbbbb
// Revises:  aaaaaaaaaaaa
// Created:  2026-01-02 03:04:05 UTC
var _ = Revisions.Add(m.Revision{
	ID:      "bbbbbbbbbbbb",
	Revises: []string{"aaaaaaaaaaaa"},
	Message: "table_drop",
	Upgrade: func(op *m.Op) error {
		// Hazard: drops table legacy_notes and every row in it; the downgrade recreates the table, not the rows.
		op.DropTable("legacy_notes")
		return nil
	},
	Downgrade: func(op *m.Op) error {
		op.CreateTable("legacy_notes",
			m.Col("id", m.BigInt, m.PrimaryKey, m.Identity),
			m.Col("user_id", m.BigInt, m.NotNull),
			m.Col("note", m.Varchar(500), m.NotNull, m.Default("''::character varying")),
			m.Col("created_at", m.TimestampTZ, m.NotNull, m.Default("CURRENT_TIMESTAMP")),
			m.UniqueConstraint("uq_legacy_notes_user_note", m.Cols("user_id", "note")),
			m.CheckConstraint(m.F("ck_legacy_notes_note_len"), "length(note::text) < 400"),
			m.ForeignKey("fk_legacy_notes_user_id_users", m.Cols("user_id"), "users", m.Cols("id"), m.OnDelete("CASCADE")),
		)
		op.CreateIndex("ix_legacy_notes_created_at", "legacy_notes", m.Desc("created_at"))
		return nil
	},
})
