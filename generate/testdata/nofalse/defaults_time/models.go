// Package models has time defaults: functions and keywords.
package models

import "time"

type Stamp struct {
	ID        int64     `db:"id,pk"`
	Created   time.Time `db:"created,default:CURRENT_TIMESTAMP"`
	Updated   time.Time `db:"updated,default:current_timestamp"`
	Day       time.Time `db:"day,type:date,default:CURRENT_DATE"`
	Clock     time.Time `db:"clock,type:time,default:CURRENT_TIME"`
	Fixed     time.Time `db:"fixed,type:date,default:'2020-01-01'"`
	FixedTime time.Time `db:"fixed_time,type:timestamp,default:'2020-01-01 10:00:00'"`
}
