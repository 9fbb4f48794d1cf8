package sqlite

import (
	"fmt"
	"strings"
	"time"

	"github.com/autogen-go/autogen/dialect"
	"github.com/autogen-go/autogen/schema"
)

var literals = dialect.LiteralStyle{
	True:  "1",
	False: "0",
	Bytes: dialect.HexBytes,
	Time:  func(t time.Time) string { return dialect.TimeText(t) },
}

// Literal renders v as a SQLite literal (booleans as 1 and 0).
func (Dialect) Literal(v any) (string, error) { return literals.Literal(v) }

// Placeholder returns ?.
func (Dialect) Placeholder(int) string { return "?" }

// TypeSQL spells a portable type. SQLite keeps declared types as written;
// these spellings give each kind the affinity it needs and read back to
// the same kind.
func (Dialect) TypeSQL(t schema.Type) (string, error) {
	switch t.Kind {
	case schema.BigInt:
		return "BIGINT", nil
	case schema.Integer:
		return "INTEGER", nil
	case schema.SmallInt:
		return "SMALLINT", nil
	case schema.Text:
		return "TEXT", nil
	case schema.Varchar:
		if t.Length > 0 {
			return fmt.Sprintf("VARCHAR(%d)", t.Length), nil
		}
		return "VARCHAR", nil
	case schema.Char:
		if t.Length > 0 {
			return fmt.Sprintf("CHAR(%d)", t.Length), nil
		}
		return "CHAR", nil
	case schema.Bool:
		return "BOOLEAN", nil
	case schema.Timestamp:
		return "TIMESTAMP", nil
	case schema.TimestampTZ:
		return "TIMESTAMP WITH TIME ZONE", nil
	case schema.Time:
		return "TIME", nil
	case schema.Date:
		return "DATE", nil
	case schema.Numeric:
		if t.Precision > 0 {
			return fmt.Sprintf("NUMERIC(%d, %d)", t.Precision, t.Scale), nil
		}
		return "NUMERIC", nil
	case schema.Float:
		return "REAL", nil
	case schema.Double:
		return "DOUBLE PRECISION", nil
	case schema.Bytes:
		return "BLOB", nil
	case schema.UUID:
		return "UUID", nil
	case schema.JSON:
		return "JSON", nil
	case schema.EnumKind:
		// No enum types: the values are text.
		return "VARCHAR", nil
	case schema.Raw, "":
		if strings.TrimSpace(t.Raw) == "" {
			return "", fmt.Errorf("column type is missing")
		}
		return t.Raw, nil
	}
	return "", fmt.Errorf("unknown column type kind %q", t.Kind)
}

// rowidAlias returns the column that becomes the rowid alias, if the
// primary key is one: a single column declared INTEGER (SQLite makes any
// such key the rowid), or a single integer identity column, which is
// declared INTEGER to become one.
func rowidAlias(t *schema.Table) *schema.Column {
	if t.PrimaryKey == nil || len(t.PrimaryKey.Columns) != 1 || strings.Contains(strings.ToUpper(t.Options), "WITHOUT ROWID") {
		return nil
	}
	c := t.Column(t.PrimaryKey.Columns[0])
	if c == nil {
		return nil
	}
	typ := c.Type
	if typ.Kind == schema.Raw {
		typ = ParseType(typ.Raw) // a declared type kept as written
	}
	switch {
	case typ.Kind == schema.Integer && (c.Type.Kind != schema.Raw || strings.EqualFold(strings.TrimSpace(c.Type.Raw), "INTEGER")):
		return c
	case typ.IsInteger() && (c.Identity != schema.NoIdentity || c.AutoIncrement):
		return c
	}
	return nil
}

// columnSQL renders a column definition. The rowid alias column is
// declared INTEGER with its primary key inline, so that SQLite makes it
// the rowid (and accepts AUTOINCREMENT).
func (d Dialect) columnSQL(c *schema.Column, pk *schema.PrimaryKey, alias bool) (string, error) {
	typ, err := d.TypeSQL(c.Type)
	if err != nil {
		return "", fmt.Errorf("column %s: %w", c.Name, err)
	}
	if alias {
		typ = "INTEGER"
	}
	var b strings.Builder
	b.WriteString(d.QuoteIdent(c.Name) + " " + typ)
	if !c.Nullable {
		b.WriteString(" NOT NULL")
	}
	if alias {
		if pk.Name != "" {
			b.WriteString(" CONSTRAINT " + d.QuoteIdent(pk.Name))
		}
		b.WriteString(" PRIMARY KEY")
		if c.AutoIncrement {
			b.WriteString(" AUTOINCREMENT")
		}
	}
	switch {
	case c.Generated != nil:
		kind := "VIRTUAL"
		if c.Generated.Stored {
			kind = "STORED"
		}
		fmt.Fprintf(&b, " GENERATED ALWAYS AS (%s) %s", c.Generated.Expr, kind)
	case c.Default != "":
		b.WriteString(" DEFAULT " + defaultSQL(c.Default))
	}
	if c.Collation != "" {
		b.WriteString(" COLLATE " + d.QuoteIdent(c.Collation))
	}
	return b.String(), nil
}

// defaultSQL wraps an expression default in parentheses, which SQLite
// requires for anything but a literal, a signed number or one of the
// CURRENT_ keywords.
func defaultSQL(def string) string {
	s := strings.TrimSpace(def)
	if isLiteral(s) {
		return s
	}
	// DEFAULT "new", as GORM writes a string: SQLite takes a double-quoted
	// word that names no column as a string, but not inside parentheses,
	// where it names a column. Written as the string it is.
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' && !strings.Contains(strings.ReplaceAll(s[1:len(s)-1], `""`, ""), `"`) {
		text := strings.ReplaceAll(s[1:len(s)-1], `""`, `"`)
		return "'" + strings.ReplaceAll(text, "'", "''") + "'"
	}
	return "(" + s + ")"
}

func isLiteral(s string) bool {
	switch strings.ToUpper(s) {
	case "NULL", "TRUE", "FALSE", "CURRENT_TIME", "CURRENT_DATE", "CURRENT_TIMESTAMP":
		return true
	}
	if len(s) >= 2 && (s[0] == '\'' && s[len(s)-1] == '\'' && strings.Count(s[1:len(s)-1], "'")%2 == 0) {
		return true
	}
	if len(s) >= 3 && (s[0] == 'x' || s[0] == 'X') && s[1] == '\'' && s[len(s)-1] == '\'' {
		return true
	}
	num := strings.TrimLeft(s, "+-")
	if num == "" {
		return false
	}
	dots := 0
	for i, r := range num {
		switch {
		case r >= '0' && r <= '9':
		case r == '.' && dots == 0:
			dots++
		case (r == 'e' || r == 'E') && i > 0:
		default:
			return false
		}
	}
	return true
}

// CreateTable renders CREATE TABLE with its constraints. Comments have no
// place in SQLite and are left out.
func (d Dialect) CreateTable(t *schema.Table) ([]string, error) {
	alias := rowidAlias(t)
	var lines []string
	for _, c := range t.Columns {
		s, err := d.columnSQL(c, t.PrimaryKey, c == alias)
		if err != nil {
			return nil, fmt.Errorf("table %s: %w", t.Name, err)
		}
		lines = append(lines, s)
	}
	var cons []any
	if t.PrimaryKey != nil && alias == nil {
		cons = append(cons, t.PrimaryKey)
	}
	for _, u := range t.Uniques {
		cons = append(cons, u)
	}
	for _, c := range t.Checks {
		cons = append(cons, c)
	}
	for _, fk := range t.ForeignKeys {
		cons = append(cons, fk)
	}
	for _, c := range cons {
		s, err := dialect.ConstraintSQL(d, c)
		if err != nil {
			return nil, fmt.Errorf("table %s: %w", t.Name, err)
		}
		lines = append(lines, s)
	}
	if len(lines) == 0 {
		return nil, fmt.Errorf("table %s has no columns: SQLite needs at least one", t.Name)
	}
	stmt := fmt.Sprintf("CREATE TABLE %s (\n    %s\n)", dialect.Qualify(d, dialect.Table(t)), strings.Join(lines, ",\n    "))
	if t.Options != "" {
		stmt += " " + t.Options
	}
	return []string{stmt}, nil
}

// DropTable renders DROP TABLE.
func (d Dialect) DropTable(t dialect.TableName) []string {
	return []string{"DROP TABLE " + dialect.Qualify(d, t)}
}

// RenameTable renders ALTER TABLE … RENAME TO.
func (d Dialect) RenameTable(t dialect.TableName, to string) []string {
	return []string{fmt.Sprintf("ALTER TABLE %s RENAME TO %s", dialect.Qualify(d, t), d.QuoteIdent(to))}
}

// AddColumnReferences renders ALTER TABLE … ADD COLUMN with a foreign key
// inline, which SQLite allows when the column's default is NULL.
func (d Dialect) AddColumnReferences(t dialect.TableName, c *schema.Column, fk *schema.ForeignKey) ([]string, error) {
	if c.Default != "" || len(fk.Columns) != 1 {
		return nil, dialect.Rebuild("SQLite cannot add column %s with its foreign key in place", c.Name)
	}
	stmts, err := d.AddColumn(t, c)
	if err != nil {
		return nil, err
	}
	clause := dialect.ForeignKeyClause(d, fk)
	clause = clause[strings.Index(clause, "REFERENCES"):]
	if fk.Name != "" {
		clause = "CONSTRAINT " + d.QuoteIdent(fk.Name) + " " + clause
	}
	stmts[0] += " " + clause
	return stmts, nil
}

// AddColumn renders ALTER TABLE … ADD COLUMN where SQLite allows it: not
// a primary key or unique column, not a stored generated column, not NOT
// NULL without a default, and no expression default. Otherwise the table
// must be rebuilt.
func (d Dialect) AddColumn(t dialect.TableName, c *schema.Column) ([]string, error) {
	switch {
	case c.Generated != nil && c.Generated.Stored:
		return nil, dialect.Rebuild("SQLite cannot add the stored generated column %s with ALTER TABLE", c.Name)
	case !c.Nullable && c.Default == "" && c.Generated == nil:
		return nil, dialect.Rebuild("SQLite cannot add the NOT NULL column %s without a default with ALTER TABLE", c.Name)
	case c.Default != "" && !isLiteral(strings.TrimSpace(c.Default)):
		return nil, dialect.Rebuild("SQLite cannot add column %s with the expression default %s with ALTER TABLE", c.Name, c.Default)
	case c.Default != "" && strings.HasPrefix(strings.ToUpper(strings.TrimSpace(c.Default)), "CURRENT_"):
		return nil, dialect.Rebuild("SQLite cannot add column %s with default %s with ALTER TABLE", c.Name, c.Default)
	case c.Identity != schema.NoIdentity:
		return nil, dialect.Rebuild("SQLite cannot add the primary key column %s with ALTER TABLE", c.Name)
	}
	s, err := d.columnSQL(c, nil, false)
	if err != nil {
		return nil, err
	}
	return []string{fmt.Sprintf("ALTER TABLE %s ADD COLUMN %s", dialect.Qualify(d, t), s)}, nil
}

// DropColumn renders ALTER TABLE … DROP COLUMN. SQLite refuses it for a
// column that is in a key, an index or a constraint; the runtime checks
// those cases against the live table and rebuilds instead.
func (d Dialect) DropColumn(t dialect.TableName, column string) ([]string, error) {
	return []string{fmt.Sprintf("ALTER TABLE %s DROP COLUMN %s", dialect.Qualify(d, t), d.QuoteIdent(column))}, nil
}

// AlterColumn renders a rename, the one change SQLite makes in place; any
// other change needs a rebuild.
func (d Dialect) AlterColumn(t dialect.TableName, ch dialect.ColumnChange, current *schema.Column) ([]string, error) {
	if ch.Type != nil || ch.Nullable != nil || ch.Default != nil || ch.Identity != nil {
		return nil, dialect.Rebuild("SQLite cannot alter the type, nullability, default or identity of column %s in place", ch.Column)
	}
	var out []string
	if ch.Rename != "" && ch.Rename != ch.Column {
		out = append(out, fmt.Sprintf("ALTER TABLE %s RENAME COLUMN %s TO %s", dialect.Qualify(d, t), d.QuoteIdent(ch.Column), d.QuoteIdent(ch.Rename)))
	}
	return out, nil // comments have no place in SQLite
}

// CreateIndex renders CREATE [UNIQUE] INDEX [IF NOT EXISTS] … (…) [WHERE
// …]. SQLite has no access methods and no INCLUDE.
func (d Dialect) CreateIndex(t dialect.TableName, ix *schema.Index, o dialect.IndexOptions) ([]string, error) {
	if len(ix.Parts) == 0 {
		return nil, fmt.Errorf("index %s has no columns", ix.Name)
	}
	if len(ix.Include) > 0 {
		return nil, fmt.Errorf("index %s: SQLite has no INCLUDE columns: %w", ix.Name, dialect.ErrUnsupported)
	}
	var b strings.Builder
	b.WriteString("CREATE ")
	if ix.Unique {
		b.WriteString("UNIQUE ")
	}
	b.WriteString("INDEX ")
	if o.IfNotExists {
		b.WriteString("IF NOT EXISTS ")
	}
	parts := make([]schema.IndexPart, len(ix.Parts))
	for i, p := range ix.Parts {
		p.OpClass, p.Nulls = "", "" // PostgreSQL's
		parts[i] = p
	}
	fmt.Fprintf(&b, "%s ON %s (%s)", dialect.Qualify(d, dialect.TableName{Schema: t.Schema, Name: ix.Name}), d.QuoteIdent(t.Name), dialect.IndexParts(d, parts))
	if ix.Where != "" {
		b.WriteString(" WHERE " + ix.Where)
	}
	return []string{b.String()}, nil
}

// DropIndex renders DROP INDEX [IF EXISTS].
func (d Dialect) DropIndex(t dialect.TableName, name string, o dialect.IndexOptions) ([]string, error) {
	s := "DROP INDEX "
	if o.IfExists {
		s += "IF EXISTS "
	}
	return []string{s + dialect.Qualify(d, dialect.TableName{Schema: t.Schema, Name: name})}, nil
}

// AddConstraint needs a rebuild: SQLite cannot add constraints in place.
func (d Dialect) AddConstraint(t dialect.TableName, c any) ([]string, error) {
	return nil, dialect.Rebuild("SQLite cannot add a constraint to table %s in place", t)
}

// DropConstraint needs a rebuild: SQLite cannot drop constraints in place.
func (d Dialect) DropConstraint(t dialect.TableName, name string) ([]string, error) {
	return nil, dialect.Rebuild("SQLite cannot drop constraint %s of table %s in place", name, t)
}

// CreateEnum does nothing: SQLite has no enum types; enum columns are
// text.
func (d Dialect) CreateEnum(e *schema.Enum) ([]string, error) { return nil, nil }

// DropEnum does nothing, as CreateEnum.
func (d Dialect) DropEnum(e *schema.Enum) ([]string, error) { return nil, nil }

// AddEnumValue does nothing, as CreateEnum.
func (d Dialect) AddEnumValue(e *schema.Enum, value string, o dialect.EnumValueOptions) ([]string, error) {
	return nil, nil
}

// TableComment does nothing: SQLite keeps no comments.
func (d Dialect) TableComment(t dialect.TableName, comment string) ([]string, error) {
	return nil, nil
}
