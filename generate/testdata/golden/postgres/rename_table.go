package versions

import m "github.com/autogen-go/autogen/migrate"

// rename_table
//
// Revision: bbbbbbbbbbbb
// Revises:  aaaaaaaaaaaa
// Created:  2026-01-02 03:04:05 UTC
var _ = Revisions.Add(m.Revision{
	ID:      "bbbbbbbbbbbb",
	Revises: []string{"aaaaaaaaaaaa"},
	Message: "rename_table",
	Upgrade: func(op *m.Op) error {
		op.DropIndex("ix_people_name", "people")
		op.RenameTable("people", "members")
		// Builds the index while blocking writes to members; on a big table, use m.Concurrently
		// inside op.AutocommitBlock instead.
		op.CreateIndex("ix_members_name", "members", m.Cols("name"))
		return nil
	},
	Downgrade: func(op *m.Op) error {
		op.DropIndex("ix_members_name", "members")
		op.RenameTable("members", "people")
		// Builds the index while blocking writes to people; on a big table, use m.Concurrently
		// inside op.AutocommitBlock instead.
		op.CreateIndex("ix_people_name", "people", m.Cols("name"))
		return nil
	},
})
