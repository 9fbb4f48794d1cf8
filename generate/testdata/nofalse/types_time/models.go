// Package models has dates and times in their spellings.
package models

import (
	"database/sql"
	"time"
)

type Event struct {
	ID        int64        `db:"id,pk"`
	At        time.Time    `db:"at"`
	Stamp     time.Time    `db:"stamp,type:timestamp"`
	StampTZ   time.Time    `db:"stamp_tz,type:timestamptz"`
	WithZone  time.Time    `db:"with_zone,type:timestamp with time zone"`
	NoZone    time.Time    `db:"no_zone,type:timestamp without time zone"`
	Precise   time.Time    `db:"precise,type:timestamp(3)"`
	PreciseTZ time.Time    `db:"precise_tz,type:timestamptz(3)"`
	Day       time.Time    `db:"day,type:date"`
	Clock     time.Time    `db:"clock,type:time"`
	ClockP    time.Time    `db:"clock_p,type:time(2)"`
	Null      sql.NullTime `db:"null_time"`
	Ptr       *time.Time   `db:"ptr_time,type:date"`
}
