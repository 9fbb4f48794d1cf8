// Package models has table and column comments (PostgreSQL).
package models

type Customer struct {
	_ struct{} `db:"comment:'Customers, one per account; don''t delete'"`

	ID    int64   `db:"id,pk,comment:the key"`
	Name  string  `db:"name,comment:'full name, as printed'"`
	Notes *string `db:"notes,comment:'it''s free text'"`
	Plain string  `db:"plain"`
}
