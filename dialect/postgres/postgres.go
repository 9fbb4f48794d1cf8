// Package postgres is the PostgreSQL dialect.
package postgres

import "github.com/autogen-go/autogen/dialect"

// Dialect is PostgreSQL. The zero value is ready to use.
type Dialect struct{}

var _ dialect.Dialect = Dialect{}

// Name returns "postgres".
func (Dialect) Name() string { return "postgres" }

// MaxIdentLen is NAMEDATALEN-1.
func (Dialect) MaxIdentLen() int { return 63 }

// BeginSQL returns "BEGIN".
func (Dialect) BeginSQL() string { return "BEGIN" }

// QuoteIdent quotes name as quote_ident() does: when it is a keyword that
// is not unreserved, or has anything but lower-case letters, digits and
// underscores, or starts with a digit.
func (Dialect) QuoteIdent(name string) string {
	return dialect.QuoteIdentIf(name, plain, keywords)
}

func plain(s string) bool {
	for i, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r == '_':
		case r >= '0' && r <= '9' && i > 0:
		default:
			return false
		}
	}
	return true
}

// keywords are PostgreSQL's keywords that are not unreserved
// (pg_get_keywords() where catcode <> 'U', PostgreSQL 15, plus those
// that PostgreSQL 16 and 17 reserved, which are harmless to quote).
var keywords = dialect.Words(`all analyse analyze and any array as asc asymmetric authorization
between bigint binary bit boolean both case cast char character check coalesce collate collation
column concurrently constraint create cross current_catalog current_date current_role
current_schema current_time current_timestamp current_user dec decimal default deferrable desc
distinct do else end except exists extract false fetch float for foreign freeze from full grant
greatest group grouping having ilike in initially inner inout int integer intersect interval
into is isnull join lateral leading least left like limit localtime localtimestamp national
natural nchar none normalize not notnull null nullif numeric offset on only or order out outer
overlaps overlay placing position precision primary real references returning right row select
session_user setof similar smallint some substring symmetric table tablesample then time
timestamp to trailing treat trim true union unique user using values varchar variadic verbose
when where window with xmlattributes xmlconcat xmlelement xmlexists xmlforest xmlnamespaces
xmlparse xmlpi xmlroot xmlserialize xmltable
system_user json_array json_arrayagg json_exists json_object json_objectagg json_query
json_scalar json_serialize json_table json_value merge_action`)
