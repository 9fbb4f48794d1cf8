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
		// SQLite rebuilds table comments once for this block: every row is copied under the write lock.
		op.BatchAlterTable("comments", func(b *m.Batch) {
			b.DropConstraint("fk_comments_post_id_posts")
			b.CreateForeignKey("fk_comments_post_id_posts", m.Cols("post_id"), "posts", m.Cols("id"), m.OnDelete("CASCADE"))
		})
		// SQLite rebuilds table posts once for this block: every row is copied under the write lock.
		op.BatchAlterTable("posts", func(b *m.Batch) {
			b.DropConstraint("fk_posts_author_id_users")
			b.CreateForeignKey("fk_posts_author_id_users", m.Cols("author_id"), "users", m.Cols("id"), m.OnDelete("SET NULL"), m.OnUpdate("CASCADE"))
		})
		return nil
	},
	Downgrade: func(op *m.Op) error {
		// SQLite rebuilds table posts once for this block: every row is copied under the write lock.
		op.BatchAlterTable("posts", func(b *m.Batch) {
			b.DropConstraint("fk_posts_author_id_users")
			b.CreateForeignKey("fk_posts_author_id_users", m.Cols("author_id"), "users", m.Cols("id"), m.OnDelete("CASCADE"))
		})
		// SQLite rebuilds table comments once for this block: every row is copied under the write lock.
		op.BatchAlterTable("comments", func(b *m.Batch) {
			b.DropConstraint("fk_comments_post_id_posts")
			b.CreateForeignKey("fk_comments_post_id_posts", m.Cols("post_id"), "posts", m.Cols("id"))
		})
		return nil
	},
})
