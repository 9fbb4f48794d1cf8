package generate

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"

	"github.com/autogen-go/autogen/dialect"
	"github.com/autogen-go/autogen/dialect/postgres"
	"github.com/autogen-go/autogen/dialect/sqlite"
	"github.com/autogen-go/autogen/diff"
	"github.com/autogen-go/autogen/introspect"
	"github.com/autogen-go/autogen/render"
	"github.com/autogen-go/autogen/schema"
)

// normalizer puts schemas in the canonical form they are compared in.
type normalizer struct {
	dialect string
	conn    *sql.Conn
}

func (n *normalizer) impl() dialect.Dialect {
	if n.dialect == "sqlite" {
		return sqlite.Dialect{}
	}
	return postgres.Dialect{}
}

// rules applies the rule-based canonical forms of types and defaults.
func (n *normalizer) rules(s *schema.Schema) {
	for _, t := range s.Tables {
		for _, c := range t.Columns {
			c.Type = introspect.NormalizeType(n.dialect, c.Type)
			if n.dialect == "sqlite" {
				c.Type = sqliteType(c.Type)
				// SQLite's collation names ignore case, and BINARY is
				// what a column has without one.
				if c.Collation = strings.ToLower(c.Collation); c.Collation == "binary" {
					c.Collation = ""
				}
			}
			c.Default = introspect.NormalizeDefault(n.dialect, c.Type, c.Default)
		}
	}
}

// sqliteType spells a declared SQLite type as autogen spells its portable
// kind: SQLite keeps a declared type as written, and two spellings of one
// kind (INT and INTEGER, DATETIME and TIMESTAMP, DECIMAL(10,2) and
// NUMERIC(10, 2)) are the same type, with the same affinity. A type of
// no portable kind keeps its (normalised) spelling.
func sqliteType(t schema.Type) schema.Type {
	if t.Raw == "" {
		return t
	}
	p := sqlite.ParseType(t.Raw)
	if p.Kind == schema.Raw || p.Kind == "" {
		return t
	}
	spelled, err := sqlite.Dialect{}.TypeSQL(p.Portable())
	if err != nil {
		return t
	}
	p.Raw = spelled
	return p
}

// forDialect makes the models' schema say what this database can hold:
// each type spelled as the runtime will create it, and on SQLite no enum
// types and no comments.
func (n *normalizer) forDialect(target *schema.Schema) {
	d := n.impl()
	for _, t := range target.Tables {
		alias := n.dialect == "sqlite" && rowidAlias(t)
		for _, c := range t.Columns {
			if c.Type.Raw == "" {
				if spelled, err := d.TypeSQL(c.Type); err == nil {
					c.Type.Raw = spelled
				}
			}
			if alias && c.Name == t.PrimaryKey.Columns[0] {
				c.Type = sqlite.ParseType("INTEGER")
			}
		}
		if n.dialect == "sqlite" {
			t.Comment = ""
			for _, c := range t.Columns {
				c.Comment = ""
				if c.Type.Kind == schema.EnumKind {
					c.Type = sqlite.ParseType("VARCHAR")
				}
			}
		}
	}
	if n.dialect == "sqlite" {
		target.Enums = nil
	}
	n.rules(target)
}

// rowidAlias reports whether the table's primary key becomes SQLite's
// rowid alias when autogen creates it (see the sqlite dialect).
func rowidAlias(t *schema.Table) bool {
	if t.PrimaryKey == nil || len(t.PrimaryKey.Columns) != 1 || strings.Contains(strings.ToUpper(t.Options), "WITHOUT ROWID") {
		return false
	}
	c := t.Column(t.PrimaryKey.Columns[0])
	return c != nil && c.Type.IsInteger() && (c.Identity != schema.NoIdentity || c.AutoIncrement || c.Type.Kind == schema.Integer)
}

// suspects returns the tables whose differences may be spellings only:
// a type, a default, a generated or collation clause, a check or an
// index that the database may print another way.
func suspects(changes []diff.Change) []string {
	set := map[string]bool{}
	indexAdds := map[string]bool{}
	checkAdds := map[string]bool{}
	for _, c := range changes {
		switch c := c.(type) {
		case diff.ModifyColumn:
			if c.What&(diff.ChangeType|diff.ChangeDefault|diff.ChangeGenerated|diff.ChangeCollation|diff.ChangeNull) != 0 {
				set[c.Table] = true
			}
		case diff.AddIndex:
			indexAdds[c.Table+"\x00"+c.I.Name] = true
		case diff.AddCheck:
			checkAdds[c.Table] = true
		}
	}
	for _, c := range changes {
		switch c := c.(type) {
		case diff.DropIndex:
			if indexAdds[c.Table+"\x00"+c.I.Name] {
				set[c.Table] = true
			}
		case diff.DropCheck:
			if checkAdds[c.Table] {
				set[c.Table] = true
			}
		}
	}
	out := make([]string, 0, len(set))
	for t := range set {
		out = append(out, t)
	}
	slices.Sort(out)
	return out
}

// scratch creates the named tables of target in a scratch place, reads
// them back, and replaces their columns' types, defaults and expressions,
// their checks and their indexes with what the database printed.
func (n *normalizer) scratch(ctx context.Context, target *schema.Schema, tables []string) error {
	// One scratch place per schema of the tables: names are unique in a
	// schema only.
	groups := map[string][]*schema.Table{}
	var order []string
	for _, name := range tables {
		t := tableByName(target, name)
		if t == nil {
			continue
		}
		st := t.Clone()
		st.Schema = ""
		st.ForeignKeys = nil // the tables they refer to are not there
		// A partition is read as the table it is.
		st.Partitioning, st.PartitionOf, st.PartitionBound = "", "", ""
		for _, c := range st.Columns {
			c.Type = render.DraftType(n.dialect, c.Type) // as the draft will create it
		}
		if groups[t.Schema] == nil {
			order = append(order, t.Schema)
		}
		groups[t.Schema] = append(groups[t.Schema], st)
	}
	for _, schemaName := range order {
		var read *schema.Schema
		var err error
		if n.dialect == "sqlite" {
			read, err = n.scratchSQLite(ctx, groups[schemaName])
		} else {
			read, err = n.scratchPostgres(ctx, target, groups[schemaName])
		}
		if err != nil {
			return err
		}
		for _, st := range read.Tables {
			t := tableByName(target, qualified(schemaName, st.Name))
			if t == nil {
				continue
			}
			for _, c := range t.Columns {
				sc := st.Column(c.Name)
				if sc == nil {
					continue
				}
				c.Type, c.Default, c.Generated, c.Collation, c.Nullable = sc.Type, sc.Default, sc.Generated, sc.Collation, sc.Nullable
			}
			t.Checks, t.Indexes = st.Checks, st.Indexes
		}
	}
	return nil
}

// tableByName finds a table by its qualified name, schema.table (or
// table in the default schema).
func tableByName(s *schema.Schema, name string) *schema.Table {
	for _, t := range s.Tables {
		if t.QualifiedName() == name {
			return t
		}
	}
	return nil
}

func qualified(schemaName, name string) string {
	if schemaName == "" {
		return name
	}
	return schemaName + "." + name
}

// create runs the DDL of a table and its indexes.
func create(ctx context.Context, x dialect.Execer, d dialect.Dialect, t *schema.Table) error {
	stmts, err := d.CreateTable(t)
	if err != nil {
		return fmt.Errorf("models: table %s: %w", t.Name, err)
	}
	for _, ix := range t.Indexes {
		s, err := d.CreateIndex(dialect.Table(t), ix, dialect.IndexOptions{})
		if err != nil {
			return fmt.Errorf("models: index %s of table %s: %w", ix.Name, t.Name, err)
		}
		stmts = append(stmts, s...)
	}
	for _, s := range stmts {
		if _, err := x.ExecContext(ctx, s); err != nil {
			return fmt.Errorf("models: the database refuses table %s as the models define it: %w\n    in: %s", t.Name, err, s)
		}
	}
	return nil
}

// scratchPostgres creates the tables in a new schema inside a
// transaction, reads them, and rolls back: nothing remains.
func (n *normalizer) scratchPostgres(ctx context.Context, target *schema.Schema, defs []*schema.Table) (*schema.Schema, error) {
	c := n.conn
	var sp string
	if err := c.QueryRowContext(ctx, "SELECT current_setting('search_path')").Scan(&sp); err != nil {
		return nil, fmt.Errorf("normalise: read search_path: %w", err)
	}
	if _, err := c.ExecContext(ctx, "BEGIN"); err != nil {
		return nil, fmt.Errorf("normalise: begin: %w", err)
	}
	defer c.ExecContext(context.WithoutCancel(ctx), "ROLLBACK") //nolint:errcheck // the scratch schema goes either way
	suffix := make([]byte, 4)
	_, _ = rand.Read(suffix)
	scratch := "autogen_scratch_" + hex.EncodeToString(suffix)
	d := postgres.Dialect{}
	for _, s := range []string{"CREATE SCHEMA " + scratch, "SET LOCAL search_path TO " + scratch + ", " + sp} {
		if _, err := c.ExecContext(ctx, s); err != nil {
			return nil, fmt.Errorf("normalise: %s: %w", s, err)
		}
	}
	for _, e := range target.Enums {
		stmts, err := d.CreateEnum(&schema.Enum{Name: e.Name, Values: e.Values})
		if err != nil {
			return nil, err
		}
		for _, s := range stmts {
			if _, err := c.ExecContext(ctx, s); err != nil {
				return nil, fmt.Errorf("models: enum %s: %w", e.Name, err)
			}
		}
	}
	for _, t := range defs {
		if err := create(ctx, c, d, t); err != nil {
			return nil, err
		}
	}
	return introspect.Inspect(ctx, c, "postgres", introspect.Options{Schemas: []string{scratch}})
}

// scratchSQLite creates the tables in an in-memory database and reads
// them.
func (n *normalizer) scratchSQLite(ctx context.Context, defs []*schema.Table) (*schema.Schema, error) {
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		return nil, fmt.Errorf("normalise: in-memory SQLite: %w", err)
	}
	defer db.Close()
	c, err := db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("normalise: in-memory SQLite: %w", err)
	}
	defer c.Close()
	for _, t := range defs {
		if err := create(ctx, c, sqlite.Dialect{}, t); err != nil {
			return nil, err
		}
	}
	return introspect.Inspect(ctx, c, "sqlite", introspect.Options{})
}

// unqualifyDefault names the tables, enums and references of schema def
// (the one an unqualified name resolves to) without it.
func unqualifyDefault(s *schema.Schema, def string) {
	strip := func(name string) string {
		if rest, ok := strings.CutPrefix(name, def+"."); ok {
			return rest
		}
		return name
	}
	for _, t := range s.Tables {
		if t.Schema == def {
			t.Schema = ""
		}
		t.PartitionOf = strip(t.PartitionOf)
		for _, fk := range t.ForeignKeys {
			if fk.RefSchema == def {
				fk.RefSchema = ""
			}
		}
		for _, c := range t.Columns {
			if c.Type.Kind == schema.EnumKind {
				c.Type.EnumName = strip(c.Type.EnumName)
				c.Type.Raw = strip(c.Type.Raw)
			}
		}
	}
	for _, e := range s.Enums {
		if e.Schema == def {
			e.Schema = ""
		}
	}
}
