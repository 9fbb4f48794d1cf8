// Package gormtypes maps Go types the way GORM's dialectors do, quirks
// included.
package gormtypes

import (
	"database/sql"
	"encoding/json"
	"time"

	gofrs "github.com/gofrs/uuid/v5"
	"github.com/google/uuid"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/shopspring/decimal"
	"gorm.io/gorm"
)

// Kind is a named string: GORM reads its underlying kind.
type Kind string

// Sizes has every basic type.
type Sizes struct {
	ID      uint
	I8      int8
	I16     int16
	I32     int32
	I64     int64
	I       int
	U8      uint8
	U16     uint16
	U32     uint32
	U64     uint64
	F32     float32
	F64     float64
	Prec    float64 `gorm:"precision:10;scale:2"`
	B       bool
	S       string
	S20     string `gorm:"size:20"`
	Huge    string `gorm:"size:20000000"`
	Bytes   []byte
	Raw     json.RawMessage
	T       time.Time
	TP      *time.Time `gorm:"precision:6"`
	Named   Kind
	Dur     time.Duration
	Small   int `gorm:"size:16"`
	BadSize int `gorm:"size:x"`
}

// Valuers are mapped through what their zero Value() returns, as GORM
// does: a UUID is text, a decimal is text, a NullDecimal a boolean.
type Valuers struct {
	ID       uint
	UUID     uuid.UUID
	UUIDType uuid.UUID `gorm:"type:uuid"`
	NullUUID uuid.NullUUID
	Gofrs    gofrs.UUID
	Dec      decimal.Decimal
	DecType  decimal.Decimal `gorm:"type:numeric(20,8)"`
	NullDec  decimal.NullDecimal
	NStr     sql.NullString
	NI64     sql.NullInt64
	NI32     sql.NullInt32
	NTime    sql.NullTime
	NGen     sql.Null[int16]
	PText    pgtype.Text
	PNum     pgtype.Numeric
	PDate    pgtype.Date
	Deleted  gorm.DeletedAt
}

// Overrides uses type: and serializer:.
type Overrides struct {
	ID     uint
	Tags   []string          `gorm:"serializer:json"`
	Attrs  map[string]string `gorm:"type:jsonb;serializer:json"`
	Stamp  time.Time         `gorm:"type:timestamp"`
	Day    time.Time         `gorm:"type:date"`
	AsInt  string            `gorm:"type:int"`
	AsStr  int               `gorm:"type:string"`
	Fixed  string            `gorm:"type:char(2)"`
	Serial int               `gorm:"type:serial"`
}
