// Package dialect is what differs between the SQL databases autogen
// speaks. A Dialect quotes names and values and spells each statement the
// migration runtime sends; its implementations live in dialect/postgres
// and dialect/sqlite. None of them imports a database driver.
package dialect

import (
	"context"
	"database/sql"
	"strings"
)

// Querier reads a database: *sql.DB, *sql.Conn and *sql.Tx all are one.
type Querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// Execer runs statements: *sql.DB, *sql.Conn and *sql.Tx all are one.
type Execer interface {
	Querier
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// Dialect is one SQL database's spelling of what autogen does. The
// implementations are stateless and safe for concurrent use.
type Dialect interface {
	// Name is the name used in autogen.yaml: "postgres" or "sqlite".
	Name() string
	// QuoteIdent quotes an identifier when it needs quoting: a reserved
	// word, upper case where the database folds case, or any character
	// other than letters, digits and underscores.
	QuoteIdent(name string) string
	// MaxIdentLen is the longest identifier the database keeps whole.
	MaxIdentLen() int
	// BeginSQL opens the transaction a migration runs in.
	BeginSQL() string
	DDL
}

// QuoteString returns s as an SQL string literal. Both dialects follow the
// standard: quotes double, backslashes are plain characters.
func QuoteString(s string) string {
	return "'" + strings.ReplaceAll(s, "'", "''") + "'"
}

// QuoteIdent wraps name in double quotes, doubling any inside.
func QuoteIdent(name string) string {
	return `"` + strings.ReplaceAll(name, `"`, `""`) + `"`
}

// QuoteIdentIf quotes name when plain reports false or keyword reports true.
func QuoteIdentIf(name string, plain func(string) bool, keywords map[string]bool) string {
	if name != "" && plain(name) && !keywords[strings.ToLower(name)] {
		return name
	}
	return QuoteIdent(name)
}

// Words turns a space-separated list into a set.
func Words(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}
