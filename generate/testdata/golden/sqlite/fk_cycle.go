package versions

import m "github.com/autogen-go/autogen/migrate"

// fk_cycle
//
// Revision: bbbbbbbbbbbb
// Revises:  aaaaaaaaaaaa
// Created:  2026-01-02 03:04:05 UTC
var _ = Revisions.Add(m.Revision{
	ID:      "bbbbbbbbbbbb",
	Revises: []string{"aaaaaaaaaaaa"},
	Message: "fk_cycle",
	Upgrade: func(op *m.Op) error {
		op.CreateTable("categories",
			m.Col("id", m.BigInt, m.PrimaryKey, m.Identity),
			m.Col("parent_id", m.BigInt),
			m.ForeignKey("fk_categories_parent_id_categories", m.Cols("parent_id"), "categories", m.Cols("id")),
		)
		op.CreateTable("authors",
			m.Col("id", m.BigInt, m.PrimaryKey, m.Identity),
			m.Col("favorite_book_id", m.BigInt),
		)
		op.CreateTable("books",
			m.Col("id", m.BigInt, m.PrimaryKey, m.Identity),
			m.Col("author_id", m.BigInt, m.NotNull),
			m.ForeignKey("fk_books_author_id_authors", m.Cols("author_id"), "authors", m.Cols("id")),
		)
		// SQLite rebuilds table authors once for this block: every row is copied under the write lock.
		op.BatchAlterTable("authors", func(b *m.Batch) {
			b.CreateForeignKey("fk_authors_favorite_book_id_books", m.Cols("favorite_book_id"), "books", m.Cols("id"))
		})
		return nil
	},
	Downgrade: func(op *m.Op) error {
		// SQLite rebuilds table authors once for this block: every row is copied under the write lock.
		op.BatchAlterTable("authors", func(b *m.Batch) {
			b.DropConstraint("fk_authors_favorite_book_id_books")
		})
		// Hazard: drops table books and every row in it.
		op.DropTable("books")
		// Hazard: drops table authors and every row in it.
		op.DropTable("authors")
		// Hazard: drops table categories and every row in it.
		op.DropTable("categories")
		return nil
	},
})
