// Package models holds the quickstart's tables as Go structs: what
// `autogen check` compares the database with, and what `autogen revision
// --autogenerate` drafts revisions from.
package models

import "time"

// User is a person who logs in.
type User struct {
	ID        int64     `db:"id,pk"`
	Email     string    `db:"email,type:varchar(255),unique"`
	CreatedAt time.Time `db:"created_at,type:timestamp,default:CURRENT_TIMESTAMP"`
}

// Account belongs to a user and goes with them.
type Account struct {
	ID      int64  `db:"id,pk"`
	OwnerID int64  `db:"owner_id,fk:users.id,ondelete:cascade,index"`
	Name    string `db:"name"`
}
