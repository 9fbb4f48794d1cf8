// Package sqlite is the SQLite dialect.
package sqlite

import "github.com/autogen-go/autogen/dialect"

// Dialect is SQLite. The zero value is ready to use.
type Dialect struct{}

var _ dialect.Dialect = Dialect{}

// Name returns "sqlite".
func (Dialect) Name() string { return "sqlite" }

// MaxIdentLen: SQLite has no limit; names are kept to PostgreSQL's so that
// one history runs on both.
func (Dialect) MaxIdentLen() int { return 63 }

// BeginSQL returns "BEGIN IMMEDIATE": the write lock is taken at once, so
// that two migrating processes queue instead of deadlocking.
func (Dialect) BeginSQL() string { return "BEGIN IMMEDIATE" }

// QuoteIdent quotes name when it is a keyword or has anything but ASCII
// letters, digits and underscores (or starts with a digit).
func (Dialect) QuoteIdent(name string) string {
	return dialect.QuoteIdentIf(name, plain, keywords)
}

func plain(s string) bool {
	for i, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r == '_':
		case r >= '0' && r <= '9' && i > 0:
		default:
			return false
		}
	}
	return true
}

// keywords are SQLite's keywords (https://sqlite.org/lang_keywords.html).
var keywords = dialect.Words(`abort action add after all alter always analyze and as asc attach
autoincrement before begin between by cascade case cast check collate column commit conflict
constraint create cross current current_date current_time current_timestamp database default
deferrable deferred delete desc detach distinct do drop each else end escape except exclude
exclusive exists explain fail filter first following for foreign from full generated glob group
groups having if ignore immediate in index indexed initially inner insert instead intersect into
is isnull join key last left like limit match materialized natural no not nothing notnull null
nulls of offset on or order others outer over partition plan pragma preceding primary query
raise range recursive references regexp reindex release rename replace restrict returning right
rollback row rows savepoint select set table temp temporary then ties to transaction trigger
unbounded union unique update using vacuum values view virtual when where window with without`)
