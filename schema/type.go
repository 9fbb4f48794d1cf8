package schema

import (
	"errors"
	"fmt"
	"strings"
)

// Kind is the portable family of a column type. Each dialect spells it
// its own way (dialect.TypeSQL); the same revision file runs on both.
type Kind string

// The portable kinds, with their PostgreSQL and SQLite spellings.
const (
	BigInt      Kind = "bigint"      // bigint | BIGINT
	Integer     Kind = "integer"     // integer | INTEGER
	SmallInt    Kind = "smallint"    // smallint | SMALLINT
	Text        Kind = "text"        // text | TEXT
	Varchar     Kind = "varchar"     // character varying(n) | VARCHAR(n)
	Char        Kind = "char"        // character(n) | CHAR(n)
	Bool        Kind = "boolean"     // boolean | BOOLEAN
	Timestamp   Kind = "timestamp"   // timestamp without time zone | TIMESTAMP
	TimestampTZ Kind = "timestamptz" // timestamp with time zone | TIMESTAMP WITH TIME ZONE
	Date        Kind = "date"        // date | DATE
	Time        Kind = "time"        // time without time zone | TIME
	Numeric     Kind = "numeric"     // numeric(p,s) | NUMERIC(p, s)
	Float       Kind = "float"       // real | REAL
	Double      Kind = "double"      // double precision | DOUBLE PRECISION
	Bytes       Kind = "bytes"       // bytea | BLOB
	UUID        Kind = "uuid"        // uuid | UUID
	JSON        Kind = "json"        // jsonb | JSON
	EnumKind    Kind = "enum"        // the enum type | VARCHAR
	Raw         Kind = "raw"         // Raw, as written, on every dialect
)

// Type is a column's type: a portable kind with its parameters, and the
// database's own spelling next to it when it was read from a database.
type Type struct {
	Kind      Kind
	Length    int    // Varchar, Char: the length; 0 for none
	Precision int    // Numeric: digits (0 for unconstrained); Timestamp/Time: fractional digits (0 default)
	Scale     int    // Numeric: digits after the point
	EnumName  string // EnumKind: the enum type's name
	// Raw is the SQL spelling: for Kind Raw, the type itself; for a type
	// read from a database, the database's own spelling
	// (format_type on PostgreSQL, the declared type on SQLite).
	Raw string
}

// Portable types, for code that builds schemas.
var (
	TypeBigInt      = Type{Kind: BigInt}
	TypeInteger     = Type{Kind: Integer}
	TypeSmallInt    = Type{Kind: SmallInt}
	TypeText        = Type{Kind: Text}
	TypeBool        = Type{Kind: Bool}
	TypeTimestamp   = Type{Kind: Timestamp}
	TypeTimestampTZ = Type{Kind: TimestampTZ}
	TypeDate        = Type{Kind: Date}
	TypeTime        = Type{Kind: Time}
	TypeFloat       = Type{Kind: Float}
	TypeDouble      = Type{Kind: Double}
	TypeBytes       = Type{Kind: Bytes}
	TypeUUID        = Type{Kind: UUID}
	TypeJSON        = Type{Kind: JSON}
)

// VarcharType returns varchar(n); n = 0 means no length.
func VarcharType(n int) Type { return Type{Kind: Varchar, Length: n} }

// CharType returns char(n).
func CharType(n int) Type { return Type{Kind: Char, Length: n} }

// NumericType returns numeric(p, s); p = 0 means unconstrained.
func NumericType(p, s int) Type { return Type{Kind: Numeric, Precision: p, Scale: s} }

// EnumType returns a column type of the enum type name.
func EnumType(name string) Type { return Type{Kind: EnumKind, EnumName: name} }

// RawType returns a type spelled sql on every dialect.
func RawType(sql string) Type { return Type{Kind: Raw, Raw: sql} }

// Validate reports a type no database accepts: a negative length, a
// numeric precision past 1000, a fractional precision past 6, a raw type
// with no SQL, an enum with no name.
func (t Type) Validate() error {
	switch t.Kind {
	case Varchar, Char:
		if t.Length < 0 {
			return fmt.Errorf("%s(%d): the length must be positive", t.Kind, t.Length)
		}
	case Numeric:
		// PostgreSQL 15 takes a scale past the precision, or below 0.
		if t.Precision < 0 || t.Precision > 1000 || t.Scale < -1000 || t.Scale > 1000 {
			return fmt.Errorf("numeric(%d,%d): the precision is 1 to 1000 and the scale -1000 to 1000", t.Precision, t.Scale)
		}
		if t.Precision == 0 && t.Scale != 0 {
			return fmt.Errorf("numeric with a scale of %d and no precision: give both, numeric(p,s)", t.Scale)
		}
	case Timestamp, TimestampTZ, Time:
		if t.Precision < 0 || t.Precision > 6 {
			return fmt.Errorf("%s(%d): the fractional precision is 0 to 6", t.Kind, t.Precision)
		}
	case Raw:
		if strings.TrimSpace(t.Raw) == "" {
			return errors.New("m.Raw(\"\"): a raw type needs its SQL")
		}
	case EnumKind:
		if t.EnumName == "" {
			return errors.New("m.Enum(\"\"): an enum type needs its name")
		}
	case "":
		return errors.New("no column type")
	}
	return nil
}

// String returns a short portable spelling, for messages: "varchar(255)",
// "numeric(10,2)", "enum status", or the raw SQL.
func (t Type) String() string {
	switch t.Kind {
	case Varchar, Char:
		if t.Length > 0 {
			return fmt.Sprintf("%s(%d)", t.Kind, t.Length)
		}
	case Numeric:
		if t.Precision > 0 {
			return fmt.Sprintf("numeric(%d,%d)", t.Precision, t.Scale)
		}
	case Timestamp, TimestampTZ, Time:
		if t.Precision > 0 {
			return fmt.Sprintf("%s(%d)", t.Kind, t.Precision)
		}
	case EnumKind:
		return "enum " + t.EnumName
	case Raw:
		return t.Raw
	case "":
		if t.Raw != "" {
			return t.Raw
		}
		return "(no type)"
	}
	return string(t.Kind)
}

// IsInteger reports whether the type is one of the integer kinds.
func (t Type) IsInteger() bool {
	switch t.Kind {
	case BigInt, Integer, SmallInt:
		return true
	}
	return false
}

// Portable returns the type without the database's spelling: what a
// revision file writes.
func (t Type) Portable() Type {
	if t.Kind == Raw || t.Kind == "" {
		return Type{Kind: Raw, Raw: strings.TrimSpace(t.Raw)}
	}
	t.Raw = ""
	return t
}
