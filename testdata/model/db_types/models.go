// Package dbtypes maps every Go type autogen knows.
package dbtypes

import (
	"database/sql"
	"encoding/json"
	"time"

	gofrs "github.com/gofrs/uuid/v5"
	"github.com/google/uuid"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/shopspring/decimal"
)

// Email is a named string: mapped through its underlying type.
type Email string

// Money is a named integer.
type Money int64

// Everything has one field per Go type.
type Everything struct {
	ID       int64 `db:"id,pk"`
	Int      int
	Int8     int8
	Int16    int16
	Int32    int32
	Int64    int64
	Uint     uint
	Uint8    uint8
	Uint16   uint16
	Uint32   uint32
	Uint64   uint64
	Float32  float32
	Float64  float64
	Bool     bool
	String   string
	Sized    string `db:"sized,size:20"`
	Bytes    []byte
	JSON     json.RawMessage
	Time     time.Time
	TimePtr  *time.Time
	Duration time.Duration
	Email    Email
	Money    *Money
	UUID     uuid.UUID
	NullUUID uuid.NullUUID
	Gofrs    gofrs.UUID
	GofrsN   gofrs.NullUUID
	Decimal  decimal.Decimal
	DecimalN decimal.NullDecimal
	NString  sql.NullString
	NInt64   sql.NullInt64
	NInt32   sql.NullInt32
	NInt16   sql.NullInt16
	NByte    sql.NullByte
	NFloat   sql.NullFloat64
	NBool    sql.NullBool
	NTime    sql.NullTime
	NGeneric sql.Null[string]
	PText    pgtype.Text
	PInt8    pgtype.Int8
	PInt4    pgtype.Int4
	PInt2    pgtype.Int2
	PFloat8  pgtype.Float8
	PFloat4  pgtype.Float4
	PBool    pgtype.Bool
	PNumeric pgtype.Numeric
	PTs      pgtype.Timestamp
	PTstz    pgtype.Timestamptz
	PDate    pgtype.Date
	PTime    pgtype.Time
	PUUID    pgtype.UUID
	PIntvl   pgtype.Interval
	Tags     []string          `db:"tags,type:text[]"`
	Attrs    map[string]string `db:"attrs,type:jsonb"`
	Serial   int32             `db:"serial,type:serial"`
	Stamp    time.Time         `db:"stamp,type:timestamp(3)"`
	Day      time.Time         `db:"day,type:date"`
	Amount   decimal.Decimal   `db:"amount,type:numeric(12,4)"`
	Char     string            `db:"char,type:char(2)"`
	Real     float64           `db:"real,type:real"`
	Blob     []byte            `db:"blob,type:blob"`
}

// Legacy keeps a serial key: its sequence is not turned into an identity.
type Legacy struct {
	ID      int64  `db:"id,pk,type:bigserial"`
	Name    string `db:"name"`
	Touched Stamp  `db:"touched"`
	Seen    *Stamp `db:"seen"`
}

// Stamp is defined from time.Time: a timestamp, as GORM maps it.
type Stamp time.Time
