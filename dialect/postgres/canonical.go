package postgres

import "strings"

// NormalizeDefault applies autogen's rules on top of PostgreSQL's own
// formatting to a default as pg_get_expr prints it (an introspected
// Column.Default, or a model's default after a round trip through the
// database), so that defaults PostgreSQL treats alike compare equal as
// strings:
//
//   - no default, DEFAULT NULL and DEFAULT NULL::type are all "";
//   - CURRENT_TIMESTAMP and transaction_timestamp() are now(): PostgreSQL
//     10 and later keep CURRENT_TIMESTAMP as written, yet documents the
//     three as the same function.
//
// Everything else is PostgreSQL's business: pg_get_expr already prints
// 0 and '0'::integer as 0, and 'x' as 'x'::character varying on a
// varchar column. NormalizeDefault is idempotent.
func NormalizeDefault(expr string) string {
	expr = strings.TrimSpace(expr)
	switch {
	case expr == "", strings.EqualFold(expr, "NULL"), strings.HasPrefix(strings.ToUpper(expr), "NULL::"):
		return ""
	case expr == "CURRENT_TIMESTAMP", expr == "transaction_timestamp()":
		return "now()"
	}
	return expr
}
