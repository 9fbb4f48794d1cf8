package postgres

import (
	"strconv"
	"strings"
)

// NormalizeDefault applies autogen's rules on top of PostgreSQL's own
// formatting to a default as pg_get_expr prints it (an introspected
// Column.Default, or a model's default after a round trip through the
// database), so that defaults PostgreSQL treats alike compare equal as
// strings:
//
//   - no default, DEFAULT NULL and DEFAULT NULL::type are all "";
//   - CURRENT_TIMESTAMP and transaction_timestamp() are now(): PostgreSQL
//     10 and later keep CURRENT_TIMESTAMP as written, yet documents the
//     three as the same function;
//   - a number is spelled the shortest way, whether PostgreSQL prints it
//     bare or quoted and cast to a numeric type: '1.5'::double precision
//     (how it keeps DEFAULT '1.5' on such a column) and 1.50 are 1.5,
//     '-1'::integer and (-1) are -1, 0.00 is 0.
//
// Everything else is PostgreSQL's business: pg_get_expr already prints
// 0 and '0'::integer as 0, and 'x' as 'x'::character varying on a
// varchar column. NormalizeDefault is idempotent.
func NormalizeDefault(expr string) string {
	expr = strings.TrimSpace(expr)
	switch {
	case expr == "", strings.EqualFold(expr, "NULL"), strings.HasPrefix(strings.ToUpper(expr), "NULL::"):
		return ""
	case strings.EqualFold(expr, "CURRENT_TIMESTAMP"), expr == "transaction_timestamp()":
		return "now()"
	}
	if n, ok := number(expr); ok {
		return n
	}
	return expr
}

// numericTypes are the types a number cast to keeps its value in.
var numericTypes = map[string]bool{"integer": true, "bigint": true, "smallint": true, "numeric": true,
	"real": true, "double precision": true}

// number returns the shortest spelling of a default that is a number:
// bare or in parentheses, or quoted and cast to a numeric type.
func number(expr string) (string, bool) {
	for len(expr) > 2 && expr[0] == '(' && expr[len(expr)-1] == ')' {
		expr = strings.TrimSpace(expr[1 : len(expr)-1])
	}
	if i := strings.LastIndex(expr, "::"); i > 0 {
		typ := strings.TrimSpace(expr[i+2:])
		if j := strings.IndexByte(typ, '('); j > 0 {
			typ = typ[:j]
		}
		if !numericTypes[NormalizeType(typ)] {
			return "", false
		}
		expr = strings.TrimSpace(expr[:i])
		for len(expr) > 2 && expr[0] == '(' && expr[len(expr)-1] == ')' {
			expr = strings.TrimSpace(expr[1 : len(expr)-1])
		}
		if len(expr) >= 2 && expr[0] == '\'' && expr[len(expr)-1] == '\'' {
			expr = strings.TrimSpace(expr[1 : len(expr)-1])
		}
	}
	neg := strings.HasPrefix(expr, "-")
	digits := strings.TrimPrefix(strings.TrimPrefix(expr, "-"), "+")
	whole, frac, _ := strings.Cut(digits, ".")
	if whole == "" && frac == "" || strings.Trim(whole, "0123456789") != "" || strings.Trim(frac, "0123456789") != "" {
		return "", false
	}
	whole = strings.TrimLeft(whole, "0")
	frac = strings.TrimRight(frac, "0")
	if whole == "" {
		whole = "0"
	}
	out := whole
	if frac != "" {
		out += "." + frac
	}
	if neg && out != "0" {
		out = "-" + out
	}
	return out, true
}

// typeNames are the spellings PostgreSQL accepts for a built-in type,
// each with the name format_type prints.
var typeNames = map[string]string{
	"int": "integer", "int4": "integer", "integer": "integer",
	"int8": "bigint", "bigint": "bigint",
	"int2": "smallint", "smallint": "smallint",
	"bool": "boolean", "boolean": "boolean",
	"float8": "double precision", "double precision": "double precision", "float": "double precision",
	"float4": "real", "real": "real",
	"decimal": "numeric", "numeric": "numeric",
	"varchar": "character varying", "character varying": "character varying",
	"char": "character", "character": "character", "bpchar": "bpchar",
	"text": "text", "bytea": "bytea", "uuid": "uuid", "json": "json", "jsonb": "jsonb", "date": "date",
	"timestamp": "timestamp", "timestamptz": "timestamptz", "time": "time", "timetz": "timetz",
	"interval": "interval", "inet": "inet", "cidr": "cidr", "macaddr": "macaddr", "money": "money",
	"tsvector": "tsvector", "xml": "xml", "oid": "oid", "citext": "citext",
}

// NormalizeType spells a built-in type as format_type prints it, by
// rule: "varchar(255)" is "character varying(255)", "int4" is "integer",
// "timestamptz(3)" is "timestamp(3) with time zone", "int[][]" is
// "integer[]". A type it does not know (a user-defined, quoted or
// qualified name) comes back as it is, and the database itself must say
// how it prints it. NormalizeType is idempotent.
func NormalizeType(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" || strings.ContainsAny(raw, `".`) {
		return raw
	}
	low := strings.Join(strings.Fields(strings.ToLower(raw)), " ")
	dims := "" // PostgreSQL prints one [] however many dimensions are declared
	for strings.HasSuffix(low, "[]") {
		dims = "[]"
		low = strings.TrimSpace(strings.TrimSuffix(low, "[]"))
	}
	base, args, rest := low, "", ""
	if i := strings.IndexByte(low, '('); i >= 0 {
		j := strings.IndexByte(low, ')')
		if j < i {
			return raw
		}
		base, args, rest = strings.TrimSpace(low[:i]), strings.ReplaceAll(low[i+1:j], " ", ""), strings.TrimSpace(low[j+1:])
	}
	zone := ""
	for _, z := range []string{"with time zone", "without time zone"} {
		if rest == z || strings.HasSuffix(base, " "+z) {
			zone, base, rest = z, strings.TrimSpace(strings.TrimSuffix(base, z)), ""
		}
	}
	name, ok := typeNames[base]
	if !ok || rest != "" {
		return raw
	}
	for _, a := range strings.Split(args, ",") {
		if a == "" && args != "" || strings.Trim(a, "0123456789") != "" {
			return raw
		}
	}
	paren := ""
	if args != "" {
		paren = "(" + args + ")"
	}
	switch name {
	case "timestamp", "time":
		if zone == "" {
			zone = "without time zone"
		}
		return name + paren + " " + zone + dims
	case "timestamptz", "timetz":
		if zone != "" {
			return raw
		}
		return strings.TrimSuffix(name, "tz") + paren + " with time zone" + dims
	case "character":
		if args == "" {
			paren = "(1)"
		}
	case "bpchar":
		if args != "" {
			name = "character"
		}
	case "numeric":
		if !strings.Contains(args, ",") && args != "" {
			paren = "(" + args + ",0)"
		}
	case "double precision":
		if args != "" { // float(p): real up to 24 bits of precision
			if p, _ := strconv.Atoi(args); base == "float" && p >= 1 && p <= 24 {
				return "real" + dims
			} else if base == "float" && p >= 25 && p <= 53 {
				return "double precision" + dims
			}
			return raw
		}
	}
	if zone != "" {
		return raw
	}
	return name + paren + dims
}
