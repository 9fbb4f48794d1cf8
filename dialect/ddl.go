package dialect

import (
	"errors"
	"fmt"
	"strings"

	"github.com/autogen-go/autogen/schema"
)

// DDL spells the schema changes of the operations API. Each method returns
// the statements to run, in order. A change the database cannot make with
// ALTER (SQLite, mostly) returns an error wrapping ErrNeedsRebuild, and
// the runtime rebuilds the table instead (batch mode).
type DDL interface {
	// TypeSQL spells a column type.
	TypeSQL(t schema.Type) (string, error)
	// CreateTable creates a table with its columns and constraints (and,
	// on PostgreSQL, its comments).
	CreateTable(t *schema.Table) ([]string, error)
	DropTable(t TableName) []string
	RenameTable(t TableName, to string) []string
	AddColumn(t TableName, c *schema.Column) ([]string, error)
	DropColumn(t TableName, column string) ([]string, error)
	// AlterColumn changes one column; current is its definition before
	// the change when the caller knows it (needed by some changes).
	AlterColumn(t TableName, ch ColumnChange, current *schema.Column) ([]string, error)
	CreateIndex(t TableName, ix *schema.Index, o IndexOptions) ([]string, error)
	DropIndex(t TableName, name string, o IndexOptions) ([]string, error)
	// AddConstraint adds a *schema.PrimaryKey, *schema.Unique,
	// *schema.ForeignKey or *schema.Check to an existing table.
	AddConstraint(t TableName, c any) ([]string, error)
	DropConstraint(t TableName, name string) ([]string, error)
	CreateEnum(e *schema.Enum) ([]string, error)
	DropEnum(e *schema.Enum) ([]string, error)
	AddEnumValue(e *schema.Enum, value string, o EnumValueOptions) ([]string, error)
	TableComment(t TableName, comment string) ([]string, error)
	// Literal renders a Go value as an SQL literal, for offline scripts
	// and for values that cannot be bound.
	Literal(v any) (string, error)
	// Placeholder is the n-th (1-based) bind parameter.
	Placeholder(n int) string
}

// TableName names a table, in a schema or in the default one.
type TableName struct {
	Schema string
	Name   string
}

func (t TableName) String() string {
	if t.Schema == "" {
		return t.Name
	}
	return t.Schema + "." + t.Name
}

// Table returns the name of t.
func Table(t *schema.Table) TableName { return TableName{Schema: t.Schema, Name: t.Name} }

// ColumnChange is what AlterColumn changes; nil fields stay as they are.
type ColumnChange struct {
	Column   string       // the column, by its current name
	Rename   string       // a new name
	Type     *schema.Type // a new type
	Using    string       // PostgreSQL: how to convert the values (USING)
	Nullable *bool
	Default  *string // a new default; "" drops it
	Comment  *string // a new comment; "" drops it
	// Identity makes the column an identity column (IdentityByDefault,
	// IdentityAlways) or a plain one (NoIdentity).
	Identity *schema.Identity
}

// IndexOptions are how an index is created or dropped.
type IndexOptions struct {
	IfNotExists  bool // CREATE … IF NOT EXISTS
	IfExists     bool // DROP … IF EXISTS
	Concurrently bool // PostgreSQL CONCURRENTLY (outside a transaction)
}

// EnumValueOptions place a new enum value.
type EnumValueOptions struct {
	Before, After string
	IfNotExists   bool
}

// ErrNeedsRebuild is wrapped by errors for changes that the database
// cannot make in place: the table must be rebuilt (SQLite batch mode).
var ErrNeedsRebuild = errors.New("the table must be rebuilt")

// ErrUnsupported is wrapped by errors for operations a database does not
// have at all (enum types on SQLite).
var ErrUnsupported = errors.New("not supported by this database")

// Rebuild returns an error wrapping ErrNeedsRebuild that says why.
func Rebuild(format string, args ...any) error {
	return fmt.Errorf("%s: %w", fmt.Sprintf(format, args...), ErrNeedsRebuild)
}

// Qualify quotes a possibly schema-qualified table name.
func Qualify(d Dialect, t TableName) string {
	if t.Schema == "" {
		return d.QuoteIdent(t.Name)
	}
	return d.QuoteIdent(t.Schema) + "." + d.QuoteIdent(t.Name)
}

// QuoteList quotes names and joins them with ", ".
func QuoteList(d Dialect, names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = d.QuoteIdent(n)
	}
	return strings.Join(q, ", ")
}

// ForeignKeyClause renders FOREIGN KEY (…) REFERENCES t (…) and its
// options, without the CONSTRAINT name.
func ForeignKeyClause(d Dialect, fk *schema.ForeignKey) string {
	var b strings.Builder
	fmt.Fprintf(&b, "FOREIGN KEY (%s) REFERENCES %s", QuoteList(d, fk.Columns), Qualify(d, TableName{Schema: fk.RefSchema, Name: fk.RefTable}))
	if len(fk.RefColumns) > 0 {
		fmt.Fprintf(&b, " (%s)", QuoteList(d, fk.RefColumns))
	}
	if fk.Match != "" {
		b.WriteString(" MATCH " + strings.ToUpper(fk.Match))
	}
	if a := action(fk.OnDelete); a != "" {
		b.WriteString(" ON DELETE " + a)
	}
	if a := action(fk.OnUpdate); a != "" {
		b.WriteString(" ON UPDATE " + a)
	}
	b.WriteString(deferrable(fk.Deferrable))
	return b.String()
}

func action(a string) string {
	a = strings.ToUpper(strings.TrimSpace(a))
	if a == "NO ACTION" {
		return ""
	}
	return a
}

func deferrable(d schema.Deferrable) string {
	switch d {
	case schema.InitiallyImmediate:
		return " DEFERRABLE INITIALLY IMMEDIATE"
	case schema.InitiallyDeferred:
		return " DEFERRABLE INITIALLY DEFERRED"
	}
	return ""
}

// ConstraintSQL renders a table constraint: CONSTRAINT name PRIMARY KEY
// (…) / UNIQUE (…) / CHECK (…) / FOREIGN KEY ….
func ConstraintSQL(d Dialect, c any) (string, error) {
	var name, body string
	switch c := c.(type) {
	case *schema.PrimaryKey:
		name, body = c.Name, fmt.Sprintf("PRIMARY KEY (%s)", QuoteList(d, c.Columns))
	case *schema.Unique:
		name, body = c.Name, fmt.Sprintf("UNIQUE (%s)%s", QuoteList(d, c.Columns), deferrable(c.Deferrable))
	case *schema.Check:
		name, body = c.Name, fmt.Sprintf("CHECK (%s)", c.Expr)
	case *schema.ForeignKey:
		name, body = c.Name, ForeignKeyClause(d, c)
	default:
		return "", fmt.Errorf("not a constraint: %T", c)
	}
	if name == "" {
		return body, nil
	}
	return "CONSTRAINT " + d.QuoteIdent(name) + " " + body, nil
}

// IndexParts renders an index's keys: columns, expressions, order, nulls.
func IndexParts(d Dialect, parts []schema.IndexPart) string {
	out := make([]string, len(parts))
	for i, p := range parts {
		s := d.QuoteIdent(p.Column)
		if p.Expr != "" {
			s = p.Expr
			if !isParenthesized(s) && !isCall(s) {
				s = "(" + s + ")"
			}
		}
		if p.Collation != "" {
			s += " COLLATE " + d.QuoteIdent(p.Collation)
		}
		if p.OpClass != "" {
			s += " " + p.OpClass
		}
		if p.Desc {
			s += " DESC"
		}
		if p.Nulls != "" {
			s += " NULLS " + strings.ToUpper(p.Nulls)
		}
		out[i] = s
	}
	return strings.Join(out, ", ")
}

// isParenthesized reports whether s is wrapped in one pair of parentheses.
func isParenthesized(s string) bool {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "(") || !strings.HasSuffix(s, ")") {
		return false
	}
	depth := 0
	for i, r := range s {
		switch r {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 && i != len(s)-1 {
				return false
			}
		}
	}
	return true
}

// isCall reports whether s is a function call such as lower(email), which
// an index may take without extra parentheses.
func isCall(s string) bool {
	s = strings.TrimSpace(s)
	i := strings.IndexByte(s, '(')
	if i <= 0 || !strings.HasSuffix(s, ")") || !isParenthesized(s[i:]) {
		return false
	}
	for _, r := range s[:i] {
		if !(r == '_' || r == '.' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}
