package versions

import m "github.com/autogen-go/autogen/migrate"

// server_default
//
// Revision: bbbbbbbbbbbb
// Revises:  aaaaaaaaaaaa
// Created:  2026-01-02 03:04:05 UTC
var _ = Revisions.Add(m.Revision{
	ID:      "bbbbbbbbbbbb",
	Revises: []string{"aaaaaaaaaaaa"},
	Message: "server_default",
	Upgrade: func(op *m.Op) error {
		op.AlterColumn("settings", "a", m.SetDefault("0"))
		op.AlterColumn("settings", "b", m.SetDefault("'y'"))
		op.AlterColumn("settings", "c", m.DropDefault)
		return nil
	},
	Downgrade: func(op *m.Op) error {
		op.AlterColumn("settings", "c", m.SetDefault("0"))
		op.AlterColumn("settings", "b", m.SetDefault("'x'::text"))
		op.AlterColumn("settings", "a", m.DropDefault)
		return nil
	},
})
