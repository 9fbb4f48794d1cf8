// Package models has indexes on expressions.
package models

type Person struct {
	_ struct{} `db:"index:ix_people_lower_email(lower(email))"`
	_ struct{} `db:"uniqueindex:ix_people_lower_handle(lower(handle))"`
	_ struct{} `db:"index:ix_people_total((a + b))"`
	_ struct{} `db:"index:ix_people_name_nick(upper(name) DESC, nick)"`
	_ struct{} `db:"index:ix_people_coalesce(coalesce(nick, name))"`

	ID     int64   `db:"id,pk"`
	Email  string  `db:"email"`
	Handle string  `db:"handle"`
	Name   string  `db:"name"`
	Nick   *string `db:"nick"`
	A      int32   `db:"a"`
	B      int32   `db:"b"`
}
