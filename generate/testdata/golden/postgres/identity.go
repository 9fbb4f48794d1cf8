package versions

import m "github.com/autogen-go/autogen/migrate"

// identity
//
// Revision: bbbbbbbbbbbb
// Revises:  aaaaaaaaaaaa
// Created:  2026-01-02 03:04:05 UTC
var _ = Revisions.Add(m.Revision{
	ID:      "bbbbbbbbbbbb",
	Revises: []string{"aaaaaaaaaaaa"},
	Message: "identity",
	Upgrade: func(op *m.Op) error {
		op.CreateTable("runs",
			m.Col("id", m.BigInt, m.PrimaryKey, m.Identity),
			m.Col("job_id", m.BigInt, m.NotNull),
			m.ForeignKey("fk_runs_job_id_jobs", m.Cols("job_id"), "jobs", m.Cols("id")),
		)
		op.AlterColumn("jobs", "id", m.AddIdentity)
		return nil
	},
	Downgrade: func(op *m.Op) error {
		op.AlterColumn("jobs", "id", m.DropIdentity)
		// Hazard: drops table runs and every row in it.
		op.DropTable("runs")
		return nil
	},
})
