package versions

import m "github.com/autogen-go/autogen/migrate"

// index_composite
//
// Revision: bbbbbbbbbbbb
// Revises:  aaaaaaaaaaaa
// Created:  2026-01-02 03:04:05 UTC
var _ = Revisions.Add(m.Revision{
	ID:      "bbbbbbbbbbbb",
	Revises: []string{"aaaaaaaaaaaa"},
	Message: "index_composite",
	Upgrade: func(op *m.Op) error {
		op.DropIndex("ix_events_kind_user", "events")
		op.CreateIndex("ix_events_kind_user", "events", m.Cols("kind", "user_id"))
		op.CreateIndex("ix_events_user_created", "events", m.Cols("user_id"), m.Desc("created_at"))
		return nil
	},
	Downgrade: func(op *m.Op) error {
		op.DropIndex("ix_events_user_created", "events")
		op.DropIndex("ix_events_kind_user", "events")
		op.CreateIndex("ix_events_kind_user", "events", m.Cols("user_id", "kind"))
		return nil
	},
})
