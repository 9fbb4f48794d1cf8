package versions

import m "github.com/autogen-go/autogen/migrate"

// fk_actions
//
// Revision: bbbbbbbbbbbb
// Revises:  aaaaaaaaaaaa
// Created:  2026-01-02 03:04:05 UTC
var _ = Revisions.Add(m.Revision{
	ID:      "bbbbbbbbbbbb",
	Revises: []string{"aaaaaaaaaaaa"},
	Message: "fk_actions",
	Upgrade: func(op *m.Op) error {
		op.DropConstraint("fk_comments_post_id_posts", "comments")
		op.DropConstraint("fk_posts_author_id_users", "posts")
		// Checks every row of comments against posts, blocking writes to both while it runs.
		op.CreateForeignKey("fk_comments_post_id_posts", "comments", m.Cols("post_id"), "posts", m.Cols("id"), m.OnDelete("CASCADE"))
		// Checks every row of posts against users, blocking writes to both while it runs.
		op.CreateForeignKey("fk_posts_author_id_users", "posts", m.Cols("author_id"), "users", m.Cols("id"), m.OnDelete("SET NULL"), m.OnUpdate("CASCADE"))
		return nil
	},
	Downgrade: func(op *m.Op) error {
		op.DropConstraint("fk_posts_author_id_users", "posts")
		op.DropConstraint("fk_comments_post_id_posts", "comments")
		// Checks every row of posts against users, blocking writes to both while it runs.
		op.CreateForeignKey("fk_posts_author_id_users", "posts", m.Cols("author_id"), "users", m.Cols("id"), m.OnDelete("CASCADE"))
		// Checks every row of comments against posts, blocking writes to both while it runs.
		op.CreateForeignKey("fk_comments_post_id_posts", "comments", m.Cols("post_id"), "posts", m.Cols("id"))
		return nil
	},
})
