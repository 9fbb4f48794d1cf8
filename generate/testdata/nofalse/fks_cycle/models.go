// Package models has tables that refer to each other, and to themselves.
package models

type Author struct {
	ID           int64  `db:"id,pk"`
	FavoriteBook *int64 `db:"favorite_book_id,fk:books.id"`
}

type Book struct {
	ID       int64  `db:"id,pk"`
	AuthorID int64  `db:"author_id,fk:authors.id,index"`
	SequelID *int64 `db:"sequel_id,fk:books.id"`
}
