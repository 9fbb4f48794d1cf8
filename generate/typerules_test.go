package generate_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/autogen-go/autogen/dialect/postgres"
)

// TestPostgresTypeRules checks the rule-based spelling of types that lets
// autogenerate skip the scratch database: for every spelling a model may
// use, postgres.NormalizeType must print what format_type prints for a
// column declared that way.
func TestPostgresTypeRules(t *testing.T) {
	spellings := []string{
		"int", "int4", "INTEGER", "int8", "bigint", "int2", "smallint",
		"bool", "boolean", "float8", "float", "double precision", "float4", "real", "float(10)", "float(40)",
		"decimal", "decimal(10,2)", "numeric(10, 2)", "numeric(7)", "NUMERIC",
		"varchar", "varchar(20)", "character varying(20)", "VARCHAR (20)", "char", "char(3)", "character(3)", "bpchar(4)",
		"text", "bytea", "uuid", "json", "jsonb", "date",
		"timestamp", "timestamp(3)", "timestamptz", "timestamptz(3)", "timestamp with time zone",
		"timestamp(2) with time zone", "timestamp without time zone", "time", "time(3)", "timetz", "time with time zone",
		"interval", "inet", "cidr", "macaddr", "money", "tsvector", "xml",
		"int[]", "text[]", "varchar(10)[]", "integer[][]", "timestamptz[]",
	}
	d := newDB(t, "postgres")
	var cols []string
	for i, s := range spellings {
		cols = append(cols, fmt.Sprintf("c%d %s", i, s))
	}
	d.exec(t, "CREATE TABLE spellings ("+strings.Join(cols, ", ")+")")
	rows := d.query(t, `SELECT format_type(atttypid, atttypmod) FROM pg_attribute
		WHERE attrelid = 'spellings'::regclass AND attnum > 0 ORDER BY attnum`)
	for i, s := range spellings {
		t.Run(s, func(t *testing.T) {
			if got := postgres.NormalizeType(s); got != rows[i] {
				t.Errorf("NormalizeType(%q) = %q, format_type prints %q", s, got, rows[i])
			}
			if got := postgres.NormalizeType(rows[i]); got != rows[i] {
				t.Errorf("NormalizeType(%q) = %q: not idempotent", rows[i], got)
			}
		})
	}
}
