// Package models has composite and named primary keys, and keys that are
// not integers.
package models

type Membership struct {
	UserID  int64  `db:"user_id,pk"`
	GroupID int64  `db:"group_id,pk"`
	Role    string `db:"role"`
}

type Translation struct {
	_ struct{} `db:"pk:translations_key(lang, code)"`

	Code string `db:"code"`
	Lang string `db:"lang,type:char(2)"`
	Text string `db:"text"`
}

type Country struct {
	Code string `db:"code,type:varchar(3),pk"`
	Name string `db:"name"`
}
