// Package models has a check and a partial index on IN lists of varchar
// values. PostgreSQL prints them as = ANY (ARRAY[...]::text[]), and
// prints that text, when a downgrade creates it again, another way.
package models

type Ticket struct {
	_ struct{} `db:"check:status_known(status IN ('open', 'closed'))"`
	_ struct{} `db:"index:ix_tickets_urgent(priority) where priority IN ('high', 'urgent')"`

	ID       int64  `db:"id,pk"`
	Status   string `db:"status,type:varchar(10)"`
	Priority string `db:"priority,type:varchar(10)"`
}
