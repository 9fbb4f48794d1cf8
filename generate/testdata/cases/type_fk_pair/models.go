// Package models turns a key and the column it references from varchar
// to uuid: the foreign key between them goes, and comes back after.
package models

type Employee struct {
	ID  int64  `db:"id,pk"`
	UID string `db:"uid,type:uuid,unique"`
}

type Badge struct {
	ID       int64  `db:"id,pk"`
	OwnerUID string `db:"owner_uid,type:uuid,fk:employees.uid"`
}
