// Package models has integer keys: identities, and one that is not.
package models

type User struct {
	ID    int64  `db:"id,pk"`
	Email string `db:"email"`
}

type Small struct {
	ID int32 `db:"id,pk"`
}

type Plain struct {
	ID   int64  `db:"id,pk,autoincrement:false"`
	Name string `db:"name"`
}

type Counter struct {
	ID int64 `db:"id,pk,autoincrement"`
}
