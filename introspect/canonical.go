package introspect

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/autogen-go/autogen/dialect"
	"github.com/autogen-go/autogen/dialect/postgres"
	"github.com/autogen-go/autogen/dialect/sqlite"
	"github.com/autogen-go/autogen/schema"
)

// ColumnDef is a column type and default as a model writes them, to be
// put in the database's canonical form by Canonical.
type ColumnDef struct {
	Type    string // e.g. "varchar(20)", "INT", "timestamptz"
	Default string // an SQL expression, e.g. "'0'::integer", "CURRENT_TIMESTAMP"; "" for none
}

// Canon is the canonical form of a ColumnDef: what introspection reads
// back for a column declared that way, after NormalizeType and
// NormalizeDefault. Two ColumnDefs with equal Canons are the same to the
// database.
type Canon struct {
	Type    schema.Type // Raw is the database's spelling; Kind as introspection parses it
	Default string
}

// Canonical returns the canonical form of each column definition, in
// order. Compare the result with an introspected column through
// NormalizeType and NormalizeDefault.
//
// On PostgreSQL the database does the work, at the cost of one statement
// per hundred definitions and one query: the definitions become the
// columns of temporary tables created inside a transaction that is rolled
// back (a savepoint when q is a *sql.Tx), and their types and defaults
// are read back with format_type and pg_get_expr, exactly as Inspect
// reads them. q
// must therefore hold one connection for the duration: a *sql.DB, a
// *sql.Conn or a *sql.Tx. A definition PostgreSQL rejects (an unknown
// type, a default of the wrong type) is an error that names it.
//
// On SQLite, which keeps types and defaults as written, rules do the work
// (sqlite.NormalizeType, sqlite.NormalizeDefault, sqlite.ParseType) and q
// is not used: it may be nil.
func Canonical(ctx context.Context, q dialect.Querier, dialectName string, defs []ColumnDef) ([]Canon, error) {
	switch dialectName {
	case "postgres", "postgresql":
		if q == nil {
			return nil, errors.New("canonical postgres: no database connection")
		}
		out, err := canonicalPostgres(ctx, q, defs)
		if err != nil && len(defs) > 1 {
			// Name the culprit: try the definitions one at a time.
			for _, d := range defs {
				if _, err1 := canonicalPostgres(ctx, q, []ColumnDef{d}); err1 != nil {
					return nil, fmt.Errorf("canonical postgres: column of type %q default %q: %w", d.Type, d.Default, err1)
				}
			}
		}
		if err != nil {
			return nil, fmt.Errorf("canonical postgres: %w", err)
		}
		return out, nil
	case "sqlite", "sqlite3":
		out := make([]Canon, len(defs))
		for i, d := range defs {
			t := sqlite.ParseType(d.Type)
			out[i] = Canon{Type: NormalizeType("sqlite", t), Default: sqlite.NormalizeDefault(d.Type, d.Default)}
		}
		return out, nil
	}
	return nil, fmt.Errorf("canonical: unknown dialect %q (want postgres or sqlite)", dialectName)
}

// NormalizeType returns an introspected (or Canonical) type in canonical
// form. On PostgreSQL an introspected type is already format_type's and
// comes back as it is; another spelling of a built-in type ("varchar(20)",
// "int4") is respelled as format_type prints it by postgres.NormalizeType.
// On SQLite Raw is respelled by sqlite.NormalizeType.
func NormalizeType(dialectName string, t schema.Type) schema.Type {
	switch dialectName {
	case "sqlite", "sqlite3":
		t.Raw = sqlite.NormalizeType(t.Raw)
	case "postgres", "postgresql":
		t.Raw = postgres.NormalizeType(t.Raw)
	}
	return t
}

// NormalizeDefault returns an introspected (or Canonical) default in
// canonical form, for a column of type t: postgres.NormalizeDefault's
// rules on PostgreSQL (now() for CURRENT_TIMESTAMP, "" for NULL), and
// sqlite.NormalizeDefault's on SQLite (affinity, parentheses, spelling).
// It is idempotent, and Canonical's defaults have been through it.
func NormalizeDefault(dialectName string, t schema.Type, expr string) string {
	switch dialectName {
	case "postgres", "postgresql":
		return postgres.NormalizeDefault(expr)
	case "sqlite", "sqlite3":
		decl := t.Raw
		if decl == "" {
			decl = sqliteDecl(t)
		}
		return sqlite.NormalizeDefault(decl, expr)
	}
	return strings.TrimSpace(expr)
}

// txBeginner is *sql.DB and *sql.Conn.
type txBeginner interface {
	BeginTx(ctx context.Context, opts *sql.TxOptions) (*sql.Tx, error)
}

const canonTable = "autogen_canonical"

// canonChunk is how many definitions go in one scratch table:
// pg_get_expr costs in proportion to the width of the table, so wide
// tables cost the square of their width.
const canonChunk = 100

// canonicalPostgres creates the definitions as the columns of temporary
// tables, in a transaction (or savepoint) it rolls back, and reads them:
// one statement per hundred definitions, and one query.
func canonicalPostgres(ctx context.Context, q dialect.Querier, defs []ColumnDef) (out []Canon, err error) {
	var creates, tables []string
	for start := 0; start < len(defs); start += canonChunk {
		name := fmt.Sprintf("%s_%d", canonTable, start/canonChunk)
		var b strings.Builder
		b.WriteString("CREATE TEMPORARY TABLE " + name + " (")
		for i, d := range defs[start:min(start+canonChunk, len(defs))] {
			if strings.TrimSpace(d.Type) == "" {
				return nil, fmt.Errorf("definition %d has no type", start+i+1)
			}
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "c%d %s", i+1, d.Type)
			if strings.TrimSpace(d.Default) != "" {
				b.WriteString(" DEFAULT " + d.Default)
			}
		}
		b.WriteString(")")
		creates = append(creates, b.String())
		tables = append(tables, "('pg_temp."+name+"'::regclass, "+strconv.Itoa(start)+")")
	}
	if len(creates) == 0 {
		return nil, nil
	}

	run := q
	if tb, ok := q.(txBeginner); ok {
		tx, err := tb.BeginTx(ctx, nil)
		if err != nil {
			return nil, err
		}
		defer func() { _ = tx.Rollback() }()
		run = tx
	} else {
		if err := exec(ctx, q, "SAVEPOINT "+canonTable); err != nil {
			return nil, err
		}
		defer func() {
			err1 := exec(ctx, q, "ROLLBACK TO SAVEPOINT "+canonTable)
			if err1 == nil {
				err1 = exec(ctx, q, "RELEASE SAVEPOINT "+canonTable)
			}
			if err == nil && err1 != nil {
				out, err = nil, err1
			}
		}()
	}
	for _, c := range creates {
		if err := exec(ctx, run, c); err != nil {
			return nil, err
		}
	}
	rows, err := run.QueryContext(ctx, `SELECT s.first + a.attnum::int, format_type(a.atttypid, a.atttypmod),
  pg_get_expr(d.adbin, d.adrelid), t.typtype::text, t.typnamespace = 'pg_catalog'::regnamespace,
  pg_type_is_visible(t.oid), tn.nspname, t.typname
FROM (VALUES `+strings.Join(tables, ", ")+`) AS s(rel, first)
JOIN pg_attribute a ON a.attrelid = s.rel
JOIN pg_type t ON t.oid = a.atttypid
JOIN pg_namespace tn ON tn.oid = t.typnamespace
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE a.attnum > 0 AND NOT a.attisdropped`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out = make([]Canon, len(defs))
	for rows.Next() {
		var (
			num                        int
			format, typtype, nsp, name string
			def                        sql.NullString
			builtin, visible           bool
		)
		if err := rows.Scan(&num, &format, &def, &typtype, &builtin, &visible, &nsp, &name); err != nil {
			return nil, err
		}
		if num < 1 || num > len(defs) {
			return nil, errors.New("column number " + strconv.Itoa(num) + " out of range")
		}
		var t schema.Type
		switch {
		case typtype == "e":
			en := name
			if !visible {
				en = nsp + "." + name
			}
			t = schema.Type{Kind: schema.EnumKind, EnumName: en, Raw: format}
		case builtin:
			t = postgres.ParseType(format)
		default:
			t = schema.RawType(format)
		}
		out[num-1] = Canon{Type: t, Default: postgres.NormalizeDefault(def.String)}
	}
	return out, rows.Err()
}

// exec runs a statement through a Querier.
func exec(ctx context.Context, q dialect.Querier, stmt string) error {
	rows, err := q.QueryContext(ctx, stmt)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
	}
	return rows.Err()
}

// sqliteDecl spells a portable kind as a declared type, for the affinity
// of a type that has no Raw spelling.
func sqliteDecl(t schema.Type) string {
	switch t.Kind {
	case schema.BigInt, schema.Integer, schema.SmallInt:
		return "INTEGER"
	case schema.Text, schema.Varchar, schema.Char, schema.EnumKind:
		return "TEXT"
	case schema.Float, schema.Double:
		return "REAL"
	case schema.Bytes, schema.Raw, "":
		return "BLOB"
	}
	return "NUMERIC"
}
