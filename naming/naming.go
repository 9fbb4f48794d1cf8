// Package naming names indexes and constraints from templates, with
// SQLAlchemy's naming-convention keys and tokens, so that an Alembic
// user's naming_convention ports verbatim:
//
//	ix: ix_%(column_0_label)s
//	uq: uq_%(table_name)s_%(column_0_name)s
//	ck: ck_%(table_name)s_%(constraint_name)s
//	fk: fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s
//	pk: pk_%(table_name)s
//
// Models, autogenerate and the migration runtime all name objects through
// this package, and shorten names past a database's limit the same way,
// so that a name agrees wherever it is computed.
package naming

import (
	"crypto/md5"
	"encoding/hex"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Kind is what is being named: a key of a naming convention.
type Kind string

// The kinds of names.
const (
	Index      Kind = "ix"
	Unique     Kind = "uq"
	Check      Kind = "ck"
	ForeignKey Kind = "fk"
	PrimaryKey Kind = "pk"
)

// Convention maps kinds to templates.
type Convention map[Kind]string

// Default returns the convention autogen uses where none is configured:
// every index and constraint gets a name, so that every drop can name its
// target.
func Default() Convention {
	return Convention{
		Index:      "ix_%(table_name)s_%(column_0_N_name)s",
		Unique:     "uq_%(table_name)s_%(column_0_N_name)s",
		Check:      "ck_%(table_name)s_%(constraint_name)s",
		ForeignKey: "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
		PrimaryKey: "pk_%(table_name)s",
	}
}

// FromConfig returns Default with the templates of a configuration's
// naming_convention (keys ix, uq, ck, fk, pk) in place of its own.
func FromConfig(m map[string]string) (Convention, error) {
	c := Default()
	for k, v := range m {
		kind := Kind(k)
		switch kind {
		case Index, Unique, Check, ForeignKey, PrimaryKey:
		default:
			return nil, fmt.Errorf("naming_convention: unknown key %q: use ix, uq, ck, fk or pk", k)
		}
		if _, err := parse(v); err != nil {
			return nil, fmt.Errorf("naming_convention.%s: %w", k, err)
		}
		c[kind] = v
	}
	return c, nil
}

// Object is what a template is filled with.
type Object struct {
	Table      string
	Columns    []string // the columns (for an index: column names or expressions)
	RefTable   string   // foreign keys: the referenced table
	RefColumns []string // foreign keys: the referenced columns
	// Name is the name given explicitly, the %(constraint_name)s token.
	Name string
	// Expr is a check's expression, from which a constraint_name is
	// derived when the check has no name.
	Expr string
}

// Name returns the name of an object of kind k: its explicit name as it
// is, unless the template uses %(constraint_name)s, in which case the
// explicit name fills that token; the template's name for an object
// without one. The result is shortened to maxLen bytes (0: no limit).
func (c Convention) Name(k Kind, o Object, maxLen int) (string, error) {
	tmpl := c[k]
	if o.Name != "" && !strings.Contains(tmpl, "%(constraint_name)s") {
		return Shorten(o.Name, maxLen), nil
	}
	if tmpl == "" {
		return "", fmt.Errorf("no name and no naming convention for %s on table %s", kindWord(k), o.Table)
	}
	if k == Check && o.Name == "" {
		o.Name = checkName(o)
	}
	name, err := Apply(tmpl, o)
	if err != nil {
		return "", fmt.Errorf("naming convention %s %q: %w", k, tmpl, err)
	}
	return Shorten(name, maxLen), nil
}

func kindWord(k Kind) string {
	switch k {
	case Index:
		return "an index"
	case Unique:
		return "a unique constraint"
	case Check:
		return "a check constraint"
	case ForeignKey:
		return "a foreign key"
	default:
		return "a primary key"
	}
}

var token = regexp.MustCompile(`%\(([A-Za-z0-9_]+)\)s|%%`)

var columnToken = regexp.MustCompile(`^(referred_)?column_(\d+)(N|_N)?_(name|label|key)$`)

// parse checks a template and returns its tokens.
func parse(tmpl string) ([]string, error) {
	var out []string
	rest := token.ReplaceAllStringFunc(tmpl, func(m string) string {
		if m != "%%" {
			out = append(out, m[2:len(m)-2])
		}
		return ""
	})
	if strings.Contains(rest, "%") {
		return nil, fmt.Errorf("stray %% in template %q: tokens are written %%(name)s", tmpl)
	}
	for _, t := range out {
		switch {
		case t == "table_name", t == "referred_table_name", t == "constraint_name":
		case columnToken.MatchString(t):
		default:
			return nil, fmt.Errorf("unknown token %%(%s)s in %q", t, tmpl)
		}
	}
	return out, nil
}

// Apply fills a template.
func Apply(tmpl string, o Object) (string, error) {
	if _, err := parse(tmpl); err != nil {
		return "", err
	}
	var ferr error
	out := token.ReplaceAllStringFunc(tmpl, func(m string) string {
		if m == "%%" {
			return "%"
		}
		v, err := value(m[2:len(m)-2], o)
		if err != nil && ferr == nil {
			ferr = err
		}
		return v
	})
	return out, ferr
}

func value(tok string, o Object) (string, error) {
	switch tok {
	case "table_name":
		return o.Table, nil
	case "referred_table_name":
		if o.RefTable == "" {
			return "", fmt.Errorf("%%(referred_table_name)s on something that refers to no table")
		}
		return o.RefTable, nil
	case "constraint_name":
		if o.Name == "" {
			return "", fmt.Errorf("%%(constraint_name)s needs an explicit name")
		}
		return o.Name, nil
	}
	m := columnToken.FindStringSubmatch(tok)
	cols, table := o.Columns, o.Table
	if m[1] != "" {
		cols, table = o.RefColumns, o.RefTable
	}
	i, _ := strconv.Atoi(m[2])
	if i >= len(cols) {
		return "", fmt.Errorf("%%(%s)s: there are only %d column(s)", tok, len(cols))
	}
	label := func(c string) string {
		c = columnWord(c)
		if m[4] == "label" {
			return table + "_" + c
		}
		return c
	}
	switch m[3] {
	case "N":
		var b strings.Builder
		for _, c := range cols[i:] {
			b.WriteString(label(c))
		}
		return b.String(), nil
	case "_N":
		parts := make([]string, 0, len(cols)-i)
		for _, c := range cols[i:] {
			parts = append(parts, label(c))
		}
		return strings.Join(parts, "_"), nil
	}
	return label(cols[i]), nil
}

var nonWord = regexp.MustCompile(`[^A-Za-z0-9_]+`)

// columnWord makes a name part from a column, or from an expression:
// lower(email) gives lower_email.
func columnWord(c string) string {
	if !strings.ContainsAny(c, "() ,'\"") {
		return c
	}
	return strings.Trim(nonWord.ReplaceAllString(strings.ToLower(c), "_"), "_")
}

var sqlWords = map[string]bool{"and": true, "or": true, "not": true, "in": true, "is": true, "null": true,
	"between": true, "like": true, "ilike": true, "true": true, "false": true, "case": true, "when": true,
	"then": true, "else": true, "end": true, "length": true, "char_length": true, "lower": true, "upper": true,
	"trim": true, "coalesce": true, "cast": true, "as": true, "any": true, "array": true}

// checkName derives a constraint_name for a check without one: the
// columns it names, or the identifiers of its expression.
func checkName(o Object) string {
	if len(o.Columns) > 0 {
		return strings.Join(o.Columns, "_")
	}
	var words []string
	for _, w := range identifiers(o.Expr) {
		if !sqlWords[strings.ToLower(w)] && !containsFold(words, w) {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		sum := md5.Sum([]byte(o.Expr))
		return hex.EncodeToString(sum[:])[:8]
	}
	if len(words) > 3 {
		words = words[:3]
	}
	return strings.Join(words, "_")
}

// identifiers returns the bare identifiers of an SQL expression, skipping
// string literals, quoted names' quotes and numbers.
func identifiers(expr string) []string {
	var out []string
	for i := 0; i < len(expr); {
		c := expr[i]
		switch {
		case c == '\'':
			j := i + 1
			for j < len(expr) && (expr[j] != '\'' || j+1 < len(expr) && expr[j+1] == '\'') {
				if expr[j] == '\'' {
					j++
				}
				j++
			}
			i = j + 1
		case c == '"':
			j := strings.IndexByte(expr[i+1:], '"')
			if j < 0 {
				return out
			}
			out = append(out, expr[i+1:i+1+j])
			i += j + 2
		case c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			j := i
			for j < len(expr) && (expr[j] == '_' || expr[j] >= 'a' && expr[j] <= 'z' || expr[j] >= 'A' && expr[j] <= 'Z' || expr[j] >= '0' && expr[j] <= '9') {
				j++
			}
			out = append(out, expr[i:j])
			i = j
		default:
			i++
		}
	}
	return out
}

func containsFold(list []string, w string) bool {
	for _, x := range list {
		if strings.EqualFold(x, w) {
			return true
		}
	}
	return false
}

// Shorten returns name if it fits in maxLen bytes (0: no limit), else
// its first maxLen-8 bytes, an underscore and four hex digits of its MD5:
// SQLAlchemy's rule, so names agree with an Alembic project's.
func Shorten(name string, maxLen int) string {
	if maxLen <= 0 || len(name) <= maxLen {
		return name
	}
	sum := md5.Sum([]byte(name))
	h := hex.EncodeToString(sum[:])
	cut := maxLen - 8
	for cut > 0 && !utf8.RuneStart(name[cut]) {
		cut--
	}
	return name[:cut] + "_" + h[len(h)-4:]
}
