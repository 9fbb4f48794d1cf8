// Package models adds a table that refers to an existing one.
package models

type User struct {
	ID    int64  `db:"id,pk"`
	Email string `db:"email"`
}

type Post struct {
	ID       int64   `db:"id,pk"`
	AuthorID int64   `db:"author_id,fk:users.id,ondelete:cascade,index"`
	Title    string  `db:"title,size:200"`
	Body     *string `db:"body"`
	Slug     string  `db:"slug,type:varchar(255),unique"`
}
