package introspect

import (
	"context"
	"fmt"
	"path"

	"github.com/autogen-go/autogen/dialect"
	"github.com/autogen-go/autogen/dialect/postgres"
	"github.com/autogen-go/autogen/dialect/sqlite"
	"github.com/autogen-go/autogen/schema"
)

// DefaultVersionTable is the version table's name when Options names none.
const DefaultVersionTable = "autogen_version"

// Options says what Inspect reads. The zero value is valid: schema public
// on PostgreSQL, every table but autogen_version.
type Options struct {
	// Schemas are the PostgreSQL schemas to read; nil means ["public"].
	// When more than one is read, tables, foreign keys and enums carry
	// their schema's name (Table.Schema); with one, Schema is "". SQLite
	// reads the main database and ignores Schemas.
	Schemas []string
	// VersionTable is the table that records the applied revisions, left
	// out of the result; "" means DefaultVersionTable.
	VersionTable string
	// Include, when not empty, keeps only the tables whose name (or
	// schema.name) matches one of these globs (path.Match syntax: *, ?,
	// [a-z]); Exclude then leaves out those matching one of its globs.
	Include []string
	Exclude []string
}

// Inspect reads the schema of the database behind q. dialectName is
// "postgres" (or "postgresql") or "sqlite" (or "sqlite3"). The result is
// sorted (schema.Schema.Sort) and its Skipped lists what was found but not
// read. Errors name the dialect and the step that failed; they never
// carry the connection's password (the driver's errors do not, and q has
// none to leak).
func Inspect(ctx context.Context, q dialect.Querier, dialectName string, opts Options) (*schema.Schema, error) {
	if q == nil {
		return nil, fmt.Errorf("introspect: no database connection")
	}
	keep, err := opts.filter()
	if err != nil {
		return nil, err
	}
	switch dialectName {
	case "postgres", "postgresql":
		return postgres.Inspect(ctx, q, postgres.InspectOptions{Schemas: opts.Schemas, Tables: keep})
	case "sqlite", "sqlite3":
		return sqlite.Inspect(ctx, q, sqlite.InspectOptions{Tables: func(name string) bool { return keep("", name) }})
	}
	return nil, fmt.Errorf("introspect: unknown dialect %q (want postgres or sqlite)", dialectName)
}

// filter returns the function that decides which tables are read.
func (o Options) filter() (func(schemaName, name string) bool, error) {
	for _, g := range append(append([]string(nil), o.Include...), o.Exclude...) {
		if _, err := path.Match(g, ""); err != nil {
			return nil, fmt.Errorf("introspect: bad table pattern %q: %w", g, err)
		}
	}
	version := o.VersionTable
	if version == "" {
		version = DefaultVersionTable
	}
	match := func(globs []string, schemaName, name string) bool {
		for _, g := range globs {
			if ok, _ := path.Match(g, name); ok {
				return true
			}
			if schemaName != "" {
				if ok, _ := path.Match(g, schemaName+"."+name); ok {
					return true
				}
			}
		}
		return false
	}
	return func(schemaName, name string) bool {
		if name == version {
			return false
		}
		if len(o.Include) > 0 && !match(o.Include, schemaName, name) {
			return false
		}
		return !match(o.Exclude, schemaName, name)
	}, nil
}
