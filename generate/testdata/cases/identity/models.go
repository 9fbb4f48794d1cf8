// Package models makes a key an identity column and adds a table whose
// key is one.
package models

type Job struct {
	ID   int64  `db:"id,pk"`
	Name string `db:"name"`
}

type Run struct {
	ID    int64 `db:"id,pk,autoincrement"`
	JobID int64 `db:"job_id,fk:jobs.id"`
}
