// Package models adds two tables that refer to each other, and one that
// refers to itself.
package models

type Author struct {
	ID           int64  `db:"id,pk"`
	FavoriteBook *int64 `db:"favorite_book_id,fk:books.id"`
}

type Book struct {
	ID       int64 `db:"id,pk"`
	AuthorID int64 `db:"author_id,fk:authors.id"`
}

type Category struct {
	ID       int64  `db:"id,pk"`
	ParentID *int64 `db:"parent_id,fk:categories.id"`
}
