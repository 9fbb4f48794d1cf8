// Package pgschema has tables in another PostgreSQL schema; SQLite has
// none (a dotted name is an attached database there).
package pgschema

// Audit is in schema audit.
type Audit struct {
	ID     int64 `db:"id,pk"`
	UserID int64 `db:"user_id,fk:auth.users.id"`
}

// TableName is the table.
func (Audit) TableName() string { return "audit.events" }

// User is in schema auth.
type User struct {
	ID int64 `db:"id,pk"`
}

// TableName is the table.
func (User) TableName() string { return "auth.users" }
