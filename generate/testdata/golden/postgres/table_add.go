package versions

import m "github.com/autogen-go/autogen/migrate"

// table_add
//
// Revision: bbbbbbbbbbbb
// Revises:  aaaaaaaaaaaa
// Created:  2026-01-02 03:04:05 UTC
var _ = Revisions.Add(m.Revision{
	ID:      "bbbbbbbbbbbb",
	Revises: []string{"aaaaaaaaaaaa"},
	Message: "table_add",
	Upgrade: func(op *m.Op) error {
		op.CreateTable("posts",
			m.Col("id", m.BigInt, m.PrimaryKey, m.Identity),
			m.Col("author_id", m.BigInt, m.NotNull),
			m.Col("title", m.Varchar(200), m.NotNull),
			m.Col("body", m.Text),
			m.Col("slug", m.Varchar(255), m.NotNull),
			m.UniqueConstraint("uq_posts_slug", m.Cols("slug")),
			m.ForeignKey("fk_posts_author_id_users", m.Cols("author_id"), "users", m.Cols("id"), m.OnDelete("CASCADE")),
		)
		op.CreateIndex("ix_posts_author_id", "posts", m.Cols("author_id"))
		return nil
	},
	Downgrade: func(op *m.Op) error {
		op.DropIndex("ix_posts_author_id", "posts")
		// Hazard: drops table posts and every row in it.
		op.DropTable("posts")
		return nil
	},
})
