package model

import (
	"go/types"
	"regexp"
	"strconv"
	"strings"

	"github.com/autogen-go/autogen/schema"
)

// sqlTypeRe splits a type spelling into its name, its parenthesised
// arguments and what follows them.
var sqlTypeRe = regexp.MustCompile(`^([a-z][a-z0-9_ ]*?)\s*(?:\(\s*([0-9]+)\s*(?:,\s*([0-9]+)\s*)?\))?\s*((?:with|without) time zone)?$`)

// parseSQLType reads a type as written in SQL (a `type:` option, or what
// GORM spells) into the portable kind it is, keeping the spelling in
// Raw. A serial type is its integer type with Identity serial. A
// spelling that is no portable kind is Kind Raw.
func parseSQLType(d Dialect, raw string) (schema.Type, schema.Identity) {
	raw = strings.TrimSpace(raw)
	t := schema.Type{Kind: schema.Raw, Raw: raw}
	low := strings.Join(strings.Fields(strings.ToLower(raw)), " ")
	m := sqlTypeRe.FindStringSubmatch(low)
	if m == nil {
		return t, schema.NoIdentity
	}
	name, a1, a2, tz := m[1], m[2], m[3], m[4]
	n1, _ := strconv.Atoi(a1)
	n2, _ := strconv.Atoi(a2)
	hasArgs := a1 != ""
	noArgs := func(k schema.Kind) schema.Type {
		if hasArgs || tz != "" {
			return t
		}
		t.Kind = k
		return t
	}
	switch name {
	case "bigint", "int8":
		return noArgs(schema.BigInt), schema.NoIdentity
	case "integer", "int", "int4":
		return noArgs(schema.Integer), schema.NoIdentity
	case "smallint", "int2":
		return noArgs(schema.SmallInt), schema.NoIdentity
	case "bigserial", "serial8", "serial", "serial4", "smallserial", "serial2":
		if d == Postgres && !hasArgs && tz == "" {
			switch name {
			case "bigserial", "serial8":
				return schema.Type{Kind: schema.BigInt, Raw: "bigint"}, schema.IdentitySerial
			case "serial", "serial4":
				return schema.Type{Kind: schema.Integer, Raw: "integer"}, schema.IdentitySerial
			default:
				return schema.Type{Kind: schema.SmallInt, Raw: "smallint"}, schema.IdentitySerial
			}
		}
	case "text":
		return noArgs(schema.Text), schema.NoIdentity
	case "varchar", "character varying":
		if tz == "" {
			t.Kind, t.Length = schema.Varchar, n1
			if a2 != "" {
				t.Kind, t.Length = schema.Raw, 0
			}
		}
	case "char", "character":
		if tz == "" && a2 == "" {
			t.Kind, t.Length = schema.Char, n1
			if !hasArgs {
				t.Length = 1
			}
		}
	case "boolean", "bool":
		return noArgs(schema.Bool), schema.NoIdentity
	case "timestamp":
		if a2 == "" {
			t.Kind, t.Precision = schema.Timestamp, n1
			if tz == "with time zone" {
				t.Kind = schema.TimestampTZ
			}
		}
	case "timestamptz":
		if a2 == "" && tz == "" {
			t.Kind, t.Precision = schema.TimestampTZ, n1
		}
	case "date":
		return noArgs(schema.Date), schema.NoIdentity
	case "time":
		if a2 == "" && tz != "with time zone" {
			t.Kind, t.Precision = schema.Time, n1
		}
	case "numeric", "decimal":
		if tz == "" {
			t.Kind, t.Precision, t.Scale = schema.Numeric, n1, n2
		}
	case "real", "float4":
		return noArgs(schema.Float), schema.NoIdentity
	case "double precision", "float8":
		return noArgs(schema.Double), schema.NoIdentity
	case "bytea", "blob":
		return noArgs(schema.Bytes), schema.NoIdentity
	case "uuid":
		return noArgs(schema.UUID), schema.NoIdentity
	case "jsonb":
		if d == Postgres {
			return noArgs(schema.JSON), schema.NoIdentity
		}
	case "json":
		if d == SQLite {
			return noArgs(schema.JSON), schema.NoIdentity
		}
	}
	return t, schema.NoIdentity
}

// goType is what the native mapper knows of a Go type.
type goType struct {
	typ  schema.Type
	null bool // the Go type holds NULL (a pointer, sql.Null*, pgtype…)
}

// knownTypes maps named Go types ("path.Name") to their column type.
var knownTypes = map[string]goType{
	"time.Time":                                 {typ: schema.TypeTimestampTZ},
	"encoding/json.RawMessage":                  {typ: schema.TypeJSON},
	"database/sql.NullString":                   {typ: schema.TypeText, null: true},
	"database/sql.NullInt64":                    {typ: schema.TypeBigInt, null: true},
	"database/sql.NullInt32":                    {typ: schema.TypeInteger, null: true},
	"database/sql.NullInt16":                    {typ: schema.TypeSmallInt, null: true},
	"database/sql.NullByte":                     {typ: schema.TypeSmallInt, null: true},
	"database/sql.NullFloat64":                  {typ: schema.TypeDouble, null: true},
	"database/sql.NullBool":                     {typ: schema.TypeBool, null: true},
	"database/sql.NullTime":                     {typ: schema.TypeTimestampTZ, null: true},
	"github.com/google/uuid.UUID":               {typ: schema.TypeUUID},
	"github.com/google/uuid.NullUUID":           {typ: schema.TypeUUID, null: true},
	"github.com/gofrs/uuid.UUID":                {typ: schema.TypeUUID},
	"github.com/gofrs/uuid.NullUUID":            {typ: schema.TypeUUID, null: true},
	"github.com/gofrs/uuid/v5.UUID":             {typ: schema.TypeUUID},
	"github.com/gofrs/uuid/v5.NullUUID":         {typ: schema.TypeUUID, null: true},
	"github.com/satori/go.uuid.UUID":            {typ: schema.TypeUUID},
	"github.com/satori/go.uuid.NullUUID":        {typ: schema.TypeUUID, null: true},
	"github.com/shopspring/decimal.Decimal":     {typ: schema.Type{Kind: schema.Numeric}},
	"github.com/shopspring/decimal.NullDecimal": {typ: schema.Type{Kind: schema.Numeric}, null: true},
	"gorm.io/gorm.DeletedAt":                    {typ: schema.TypeTimestampTZ, null: true},
	pgtypePath + ".Text":                        {typ: schema.TypeText, null: true},
	pgtypePath + ".Int2":                        {typ: schema.TypeSmallInt, null: true},
	pgtypePath + ".Int4":                        {typ: schema.TypeInteger, null: true},
	pgtypePath + ".Int8":                        {typ: schema.TypeBigInt, null: true},
	pgtypePath + ".Float4":                      {typ: schema.TypeFloat, null: true},
	pgtypePath + ".Float8":                      {typ: schema.TypeDouble, null: true},
	pgtypePath + ".Bool":                        {typ: schema.TypeBool, null: true},
	pgtypePath + ".Numeric":                     {typ: schema.Type{Kind: schema.Numeric}, null: true},
	pgtypePath + ".Timestamp":                   {typ: schema.TypeTimestamp, null: true},
	pgtypePath + ".Timestamptz":                 {typ: schema.TypeTimestampTZ, null: true},
	pgtypePath + ".Date":                        {typ: schema.TypeDate, null: true},
	pgtypePath + ".Time":                        {typ: schema.TypeTime, null: true},
	pgtypePath + ".UUID":                        {typ: schema.TypeUUID, null: true},
	pgtypePath + ".Interval":                    {typ: schema.RawType("interval"), null: true},
}

const pgtypePath = "github.com/jackc/pgx/v5/pgtype"

// fullName is "path.Name" of a named type (its origin, for instances).
func fullName(t types.Type) string {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return ""
	}
	o := n.Origin().Obj()
	if o.Pkg() == nil {
		return o.Name()
	}
	return o.Pkg().Path() + "." + o.Name()
}

// nativeType maps a Go type to a column type for `db`-tagged models;
// ok is false when the mapper does not know the type.
func nativeType(t types.Type) (goType, bool) {
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		g, ok := nativeType(p.Elem())
		g.null = true
		return g, ok
	}
	if n, ok := t.(*types.Named); ok {
		name := fullName(n)
		if g, ok := knownTypes[name]; ok {
			return g, true
		}
		if name == "database/sql.Null" && n.TypeArgs().Len() == 1 {
			g, ok := nativeType(n.TypeArgs().At(0))
			g.null = true
			return g, ok
		}
		if isTimeType(n) { // type Stamp time.Time, as GORM maps it
			return knownTypes["time.Time"], true
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		switch u.Kind() {
		case types.Bool:
			return goType{typ: schema.TypeBool}, true
		case types.Int, types.Int64, types.Uint, types.Uint64, types.Uint32:
			return goType{typ: schema.TypeBigInt}, true
		case types.Int32, types.Uint16:
			return goType{typ: schema.TypeInteger}, true
		case types.Int16, types.Int8, types.Uint8:
			return goType{typ: schema.TypeSmallInt}, true
		case types.Float64:
			return goType{typ: schema.TypeDouble}, true
		case types.Float32:
			return goType{typ: schema.TypeFloat}, true
		case types.String:
			return goType{typ: schema.TypeText}, true
		}
	case *types.Slice:
		if b, ok := u.Elem().Underlying().(*types.Basic); ok && b.Kind() == types.Uint8 {
			return goType{typ: schema.TypeBytes}, true
		}
	}
	return goType{}, false
}

// collateRe matches a trailing COLLATE clause of a type spelling:
// varchar(40) COLLATE NOCASE, text collate "C".
var collateRe = regexp.MustCompile(`(?i)^(.*?)\s+collate\s+("(?:[^"]|"")+"|[a-z_][a-z0-9_$]*)\s*$`)

// splitCollate splits a column's collation off its type, as GORM users
// write it (type:varchar(40) COLLATE NOCASE). An unquoted name is folded
// to lower case on PostgreSQL, as PostgreSQL folds it.
func splitCollate(d Dialect, raw string) (typ, collation string) {
	m := collateRe.FindStringSubmatch(raw)
	if m == nil {
		return raw, ""
	}
	name := m[2]
	if strings.HasPrefix(name, `"`) {
		name = strings.ReplaceAll(name[1:len(name)-1], `""`, `"`)
	} else if d == Postgres {
		name = strings.ToLower(name)
	}
	return strings.TrimSpace(m[1]), name
}
