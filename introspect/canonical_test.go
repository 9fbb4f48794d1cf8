package introspect_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/autogen-go/autogen/dialect"
	"github.com/autogen-go/autogen/introspect"
	"github.com/autogen-go/autogen/schema"
)

// sameCanon lists groups of definitions that must have one canonical
// form, and the form.
type sameCanon struct {
	defs []introspect.ColumnDef
	want introspect.Canon
}

func TestCanonicalPostgres(t *testing.T) {
	ctx := context.Background()
	db := openPostgres(t)
	mustExec(t, db, `CREATE TYPE mood AS ENUM ('sad', 'ok')`)
	def := func(typ, d string) introspect.ColumnDef { return introspect.ColumnDef{Type: typ, Default: d} }
	groups := []sameCanon{
		{[]introspect.ColumnDef{def("varchar(20)", ""), def("character varying(20)", ""), def("VARCHAR (20)", "NULL")},
			introspect.Canon{Type: schema.Type{Kind: schema.Varchar, Length: 20, Raw: "character varying(20)"}}},
		{[]introspect.ColumnDef{def("int", "0"), def("integer", "'0'::integer"), def("int4", "'0'"), def("INTEGER", "(0)")},
			introspect.Canon{Type: schema.Type{Kind: schema.Integer, Raw: "integer"}, Default: "0"}},
		{[]introspect.ColumnDef{def("timestamptz", "now()"), def("timestamp with time zone", "CURRENT_TIMESTAMP"),
			def("TIMESTAMPTZ", "transaction_timestamp()")},
			introspect.Canon{Type: schema.Type{Kind: schema.TimestampTZ, Raw: "timestamp with time zone"}, Default: "now()"}},
		{[]introspect.ColumnDef{def("varchar", "'x'"), def("character varying", "'x'::character varying")},
			introspect.Canon{Type: schema.Type{Kind: schema.Varchar, Raw: "character varying"}, Default: "'x'::character varying"}},
		// Where PostgreSQL keeps what was written apart, so does Canonical.
		{[]introspect.ColumnDef{def("varchar", "'x'::text")},
			introspect.Canon{Type: schema.Type{Kind: schema.Varchar, Raw: "character varying"}, Default: "'x'::text"}},
		{[]introspect.ColumnDef{def("bool", "true"), def("boolean", "'t'"), def("boolean", "TRUE")},
			introspect.Canon{Type: schema.Type{Kind: schema.Bool, Raw: "boolean"}, Default: "true"}},
		// A number is a number, however PostgreSQL keeps it: quoted and
		// cast, cast, or in parentheses.
		{[]introspect.ColumnDef{def("numeric(10,2)", "0"), def("NUMERIC (10, 2)", "(0)"), def("decimal(10, 2)", "0::numeric"),
			def("numeric(10,2)", "0.00"), def("numeric(10,2)", "'0'")},
			introspect.Canon{Type: schema.Type{Kind: schema.Numeric, Precision: 10, Scale: 2, Raw: "numeric(10,2)"}, Default: "0"}},
		{[]introspect.ColumnDef{def("mood", "'ok'"), def("public.mood", "'ok'::mood")},
			introspect.Canon{Type: schema.Type{Kind: schema.EnumKind, EnumName: "mood", Raw: "mood"}, Default: "'ok'::mood"}},
		{[]introspect.ColumnDef{def("jsonb", "'{}'"), def("JSONB", "'{}'::jsonb")},
			introspect.Canon{Type: schema.Type{Kind: schema.JSON, Raw: "jsonb"}, Default: "'{}'::jsonb"}},
		{[]introspect.ColumnDef{def("int8[]", ""), def("bigint ARRAY", "")},
			introspect.Canon{Type: schema.Type{Kind: schema.Raw, Raw: "bigint[]"}}},
		{[]introspect.ColumnDef{def("float8", "-1"), def("double precision", "(-1)"), def("float8", "'-1'"), def("float8", "-1.0")},
			introspect.Canon{Type: schema.Type{Kind: schema.Double, Raw: "double precision"}, Default: "-1"}},
	}
	var all []introspect.ColumnDef
	for _, g := range groups {
		all = append(all, g.defs...)
	}
	got, err := introspect.Canonical(ctx, db, "postgres", all)
	if err != nil {
		t.Fatal(err)
	}
	i := 0
	for _, g := range groups {
		for _, d := range g.defs {
			if diff := cmp.Diff(g.want, got[i]); diff != "" {
				t.Errorf("Canonical(%+v) (-want +got):\n%s", d, diff)
			}
			i++
		}
	}

	// The contract with introspection: a column declared as a ColumnDef
	// reads back, through NormalizeDefault, as its Canon.
	var cols []string
	for i, d := range all {
		c := fmt.Sprintf("c%d %s", i, d.Type)
		if d.Default != "" {
			c += " DEFAULT " + d.Default
		}
		cols = append(cols, c)
	}
	mustExec(t, db, "CREATE TABLE canon ("+strings.Join(cols, ", ")+")")
	s, err := introspect.Inspect(ctx, db, "postgres", introspect.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range s.Table("canon").Columns {
		read := introspect.Canon{Type: introspect.NormalizeType("postgres", c.Type), Default: introspect.NormalizeDefault("postgres", c.Type, c.Default)}
		if diff := cmp.Diff(got[i], read); diff != "" {
			t.Errorf("column %s %+v: Canonical and introspection differ (-Canonical +read):\n%s", c.Name, all[i], diff)
		}
	}
}

func TestCanonicalPostgresConnections(t *testing.T) {
	ctx := context.Background()
	db := openPostgres(t)
	defs := make([]introspect.ColumnDef, 2500) // three batches
	for i := range defs {
		defs[i] = introspect.ColumnDef{Type: "int", Default: fmt.Sprintf("'%d'", i)}
	}
	for name, q := range map[string]func(t *testing.T) (dialect.Querier, func()){
		"db": func(t *testing.T) (dialect.Querier, func()) { return db, func() {} },
		"conn": func(t *testing.T) (dialect.Querier, func()) {
			c, err := db.Conn(ctx)
			if err != nil {
				t.Fatal(err)
			}
			return c, func() { c.Close() }
		},
		"tx": func(t *testing.T) (dialect.Querier, func()) {
			tx, err := db.BeginTx(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			return tx, func() {
				// The transaction is still usable, and holds no scratch table.
				var n int
				if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM pg_class WHERE relname LIKE 'autogen_canonical%'`).Scan(&n); err != nil || n != 0 {
					t.Errorf("after Canonical in a transaction: %d scratch tables, %v", n, err)
				}
				tx.Rollback()
			}
		},
	} {
		t.Run(name, func(t *testing.T) {
			qq, done := q(t)
			defer done()
			got, err := introspect.Canonical(ctx, qq, "postgres", defs)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(defs) || got[2499].Default != "2499" || got[0].Type.Kind != schema.Integer {
				t.Errorf("got %d results, last %+v", len(got), got[len(got)-1])
			}
			_, err = introspect.Canonical(ctx, qq, "postgres", []introspect.ColumnDef{{Type: "int"}, {Type: "nosuchtype"}, {Type: "int", Default: "'x'"}})
			if err == nil || !strings.Contains(err.Error(), `"nosuchtype"`) {
				t.Errorf("unknown type: got %v, want an error naming it", err)
			}
		})
	}
	if _, err := introspect.Canonical(ctx, nil, "postgres", defs[:1]); err == nil {
		t.Error("nil Querier: no error")
	}
	if _, err := introspect.Canonical(ctx, db, "postgres", []introspect.ColumnDef{{Type: ""}}); err == nil {
		t.Error("no type: no error")
	}
}

func TestCanonicalSQLite(t *testing.T) {
	ctx := context.Background()
	def := func(typ, d string) introspect.ColumnDef { return introspect.ColumnDef{Type: typ, Default: d} }
	groups := []sameCanon{
		{[]introspect.ColumnDef{def("INTEGER", "0"), def("integer", "'0'"), def("INTEGER", "(0)"), def("integer", "0.0")},
			introspect.Canon{Type: schema.Type{Kind: schema.Integer, Raw: "INTEGER"}, Default: "0"}},
		// INT is INTEGER's kind, but not its spelling (nor a rowid alias).
		{[]introspect.ColumnDef{def("int", "0"), def("INT", "'0'")},
			introspect.Canon{Type: schema.Type{Kind: schema.Integer, Raw: "INT"}, Default: "0"}},
		{[]introspect.ColumnDef{def("varchar(20)", "'x'"), def("VARCHAR ( 20 )", "('x')")},
			introspect.Canon{Type: schema.Type{Kind: schema.Varchar, Length: 20, Raw: "VARCHAR(20)"}, Default: "'x'"}},
		{[]introspect.ColumnDef{def("TIMESTAMP", "CURRENT_TIMESTAMP"), def("timestamp", "(datetime('now'))"), def("TIMESTAMP", "current_timestamp")},
			introspect.Canon{Type: schema.Type{Kind: schema.Timestamp, Raw: "TIMESTAMP"}, Default: "CURRENT_TIMESTAMP"}},
		{[]introspect.ColumnDef{def("BOOLEAN", "TRUE"), def("boolean", "1"), def("BOOLEAN", "'1'")},
			introspect.Canon{Type: schema.Type{Kind: schema.Bool, Raw: "BOOLEAN"}, Default: "1"}},
		{[]introspect.ColumnDef{def("TEXT", "5"), def("text", "'5'")},
			introspect.Canon{Type: schema.Type{Kind: schema.Text, Raw: "TEXT"}, Default: "'5'"}},
		{[]introspect.ColumnDef{def("REAL", "1"), def("real", "1.0"), def("REAL", "'1'")},
			introspect.Canon{Type: schema.Type{Kind: schema.Float, Raw: "REAL"}, Default: "1.0"}},
		{[]introspect.ColumnDef{def("BIGINT", "NULL"), def("bigint", "")},
			introspect.Canon{Type: schema.Type{Kind: schema.BigInt, Raw: "BIGINT"}}},
	}
	var all []introspect.ColumnDef
	for _, g := range groups {
		all = append(all, g.defs...)
	}
	got, err := introspect.Canonical(ctx, nil, "sqlite", all)
	if err != nil {
		t.Fatal(err)
	}
	i := 0
	for _, g := range groups {
		for _, d := range g.defs {
			if diff := cmp.Diff(g.want, got[i]); diff != "" {
				t.Errorf("Canonical(%+v) (-want +got):\n%s", d, diff)
			}
			i++
		}
	}
	// What SQLite stores agrees with the rules: the rows a default fills
	// hold the same value for every definition of a group.
	db := openSQLite(t)
	var cols []string
	for i, d := range all {
		c := fmt.Sprintf("c%d %s", i, d.Type)
		if d.Default != "" {
			c += " DEFAULT " + d.Default
		}
		cols = append(cols, c)
	}
	mustExec(t, db, "CREATE TABLE canon (id INTEGER PRIMARY KEY, "+strings.Join(cols, ", ")+")", "INSERT INTO canon DEFAULT VALUES")
	s, err := introspect.Inspect(ctx, db, "sqlite", introspect.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range s.Table("canon").Columns[1:] {
		read := introspect.Canon{Type: introspect.NormalizeType("sqlite", c.Type), Default: introspect.NormalizeDefault("sqlite", c.Type, c.Default)}
		if diff := cmp.Diff(got[i], read); diff != "" {
			t.Errorf("column %s %+v: Canonical and introspection differ (-Canonical +read):\n%s", c.Name, all[i], diff)
		}
	}
	i = 0
	for _, g := range groups {
		var first string
		for j := range g.defs {
			var v string
			if err := db.QueryRowContext(ctx, fmt.Sprintf(`SELECT quote(c%d) || typeof(c%d) FROM canon`, i, i)).Scan(&v); err != nil {
				t.Fatal(err)
			}
			if strings.Contains(g.want.Default, "CURRENT") {
				v = "(a time)"
			}
			if j == 0 {
				first = v
			} else if v != first {
				t.Errorf("%+v stores %s, %+v stores %s, yet their canonical forms are the same", g.defs[0], first, g.defs[j], v)
			}
			i++
		}
	}
}
