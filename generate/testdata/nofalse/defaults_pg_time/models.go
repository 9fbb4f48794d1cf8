// Package models has PostgreSQL's time defaults: now() and its synonyms,
// casts and arithmetic.
package models

import "time"

type Stamp struct {
	ID      int64     `db:"id,pk"`
	Now     time.Time `db:"now_col,default:now()"`
	Current time.Time `db:"current_col,default:CURRENT_TIMESTAMP"`
	Tx      time.Time `db:"tx_col,default:transaction_timestamp()"`
	Local   time.Time `db:"local_col,type:timestamp,default:LOCALTIMESTAMP"`
	Later   time.Time `db:"later,default:now() + interval '1 day'"`
	Day     time.Time `db:"day,type:date,default:CURRENT_DATE"`
	Cast    time.Time `db:"cast_col,type:date,default:'2020-01-01'::date"`
	Epoch   time.Time `db:"epoch,default:'epoch'"`
	UTC     time.Time `db:"utc,type:timestamp,default:(now() AT TIME ZONE 'utc')"`
}
