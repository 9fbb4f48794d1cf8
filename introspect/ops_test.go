package introspect_test

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/autogen-go/autogen/dialect"
	"github.com/autogen-go/autogen/dialect/postgres"
	"github.com/autogen-go/autogen/dialect/sqlite"
	m "github.com/autogen-go/autogen/migrate"
	"github.com/autogen-go/autogen/schema"
)

// opStats counts how the objects of a schema were created: through an
// operation of the op API, or, for what the op API cannot say yet,
// through op.Exec of the dialect's DDL for that object.
type opStats struct {
	ops, execs int
	why        map[string]int // what went through op.Exec, by reason
}

func (s *opStats) exec(reason string) {
	s.execs++
	if s.why == nil {
		s.why = map[string]int{}
	}
	s.why[reason]++
}

// createWithOps creates every enum, table, constraint and index of s in
// db, in one revision applied by a migrate.Runner: the way a user's
// revision file would.
func createWithOps(t testing.TB, db *sql.DB, d m.Dialect, s *schema.Schema) *opStats {
	t.Helper()
	stats := &opStats{}
	reg := m.NewRegistry()
	reg.Add(m.Revision{
		ID:      "0000000000aa",
		Message: "create the schema",
		Upgrade: func(op *m.Op) error { return applySchema(op, d, s, stats) },
	})
	r, err := m.New(db, d, reg)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Upgrade(context.Background(), "head"); err != nil {
		t.Fatal(err)
	}
	return stats
}

func qual(schemaName, name string) string {
	if schemaName == "" {
		return name
	}
	return schemaName + "." + name
}

// applySchema turns the IR into operations.
func applySchema(op *m.Op, d m.Dialect, s *schema.Schema, stats *opStats) error {
	var failed error
	var impl dialect.DDL = postgres.Dialect{}
	if d == m.SQLite {
		impl = sqlite.Dialect{}
	}
	execAll := func(reason string, stmts []string, err error) {
		if err != nil {
			if failed == nil {
				failed = fmt.Errorf("%s: %w", reason, err)
			}
			return
		}
		stats.exec(reason)
		for _, st := range stmts {
			op.Exec(st)
		}
	}
	for _, e := range s.Enums {
		op.CreateEnum(qual(e.Schema, e.Name), e.Values...)
		stats.ops++
	}
	// Partitioned parents before their partitions.
	tables := slices.Clone(s.Tables)
	slices.SortStableFunc(tables, func(a, b *schema.Table) int {
		return boolInt(a.PartitionOf != "") - boolInt(b.PartitionOf != "")
	})
	for _, tb := range tables {
		name := qual(tb.Schema, tb.Name)
		// What the op API cannot create goes through the dialect's DDL,
		// without the foreign keys, indexes and deferrable uniques that
		// are added below.
		bare := tb.Clone()
		bare.ForeignKeys, bare.Indexes = nil, nil
		bare.Uniques = slices.DeleteFunc(bare.Uniques, func(u *schema.Unique) bool { return u.Deferrable != schema.NotDeferrable })
		switch {
		case tb.PartitionOf != "":
			stmts, err := impl.CreateTable(tb)
			execAll("partition (PARTITION OF)", stmts, err)
			// A partition's own constraints and comments, which PARTITION
			// OF does not say.
			if tb.PrimaryKey != nil {
				op.CreatePrimaryKey(m.F(tb.PrimaryKey.Name), name, tb.PrimaryKey.Columns)
				stats.ops++
			}
			for _, u := range bare.Uniques {
				op.CreateUniqueConstraint(m.F(u.Name), name, u.Columns)
				stats.ops++
			}
			for _, ck := range tb.Checks {
				op.CreateCheckConstraint(m.F(ck.Name), name, ck.Expr)
				stats.ops++
			}
			if tb.Comment != "" {
				op.SetTableComment(name, tb.Comment)
				stats.ops++
			}
			for _, c := range tb.Columns {
				if c.Comment != "" {
					op.AlterColumn(name, c.Name, m.SetComment(c.Comment))
					stats.ops++
				}
			}
		case tb.Partitioning != "":
			stmts, err := impl.CreateTable(bare)
			execAll("partitioned table (PARTITION BY)", stmts, err)
		case d == m.SQLite && slices.ContainsFunc(tb.Columns, func(c *schema.Column) bool { return strings.TrimSpace(c.Type.Raw) == "" }):
			stmts, err := impl.CreateTable(tb)
			execAll("column without a declared type", stmts, err)
		default:
			op.CreateTable(name, tableElements(d, tb)...)
			stats.ops++
		}
		if d == m.Postgres {
			for _, u := range tb.Uniques {
				if u.Deferrable != schema.NotDeferrable {
					stmts, err := impl.AddConstraint(dialect.Table(tb), u)
					execAll("deferrable unique constraint", stmts, err)
				}
			}
		}
	}
	if d == m.Postgres { // after every table: foreign keys may form cycles
		for _, tb := range tables {
			for _, fk := range tb.ForeignKeys {
				opts := fkOptions(fk)
				if fk.RefSchema != "" {
					rs := fk.RefSchema
					opts = append(opts, func(f *schema.ForeignKey) { f.RefSchema = rs })
				}
				op.CreateForeignKey(m.F(fk.Name), qual(tb.Schema, tb.Name), fk.Columns, fk.RefTable, fk.RefColumns, opts...)
				stats.ops++
			}
		}
	}
	for _, tb := range tables {
		for _, ix := range tb.Indexes {
			elems, ok := indexElements(ix)
			if !ok {
				stmts, err := impl.CreateIndex(dialect.Table(tb), ix, dialect.IndexOptions{})
				execAll("index key with NULLS, COLLATE, an operator class or a descending expression", stmts, err)
				continue
			}
			op.CreateIndex(m.F(ix.Name), qual(tb.Schema, tb.Name), elems...)
			stats.ops++
		}
	}
	return failed
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// tableElements spells a table for op.CreateTable. Names are final
// (m.F): the IR's, not the naming convention's. On SQLite the declared
// type is passed as written (m.Raw), so that it reads back the same.
func tableElements(d m.Dialect, tb *schema.Table) []m.TableElement {
	var out []m.TableElement
	for _, c := range tb.Columns {
		typ := c.Type
		if d == m.SQLite {
			typ = m.Raw(c.Type.Raw)
		}
		var opts []m.ColumnOption
		if !c.Nullable {
			opts = append(opts, m.NotNull)
		}
		if c.Default != "" {
			opts = append(opts, m.Default(c.Default))
		}
		if c.Comment != "" {
			opts = append(opts, m.Comment(c.Comment))
		}
		if c.Collation != "" {
			opts = append(opts, m.Collate(c.Collation))
		}
		if c.Generated != nil {
			if c.Generated.Stored {
				opts = append(opts, m.Generated(c.Generated.Expr))
			} else {
				opts = append(opts, m.GeneratedVirtual(c.Generated.Expr))
			}
		}
		switch c.Identity {
		case schema.IdentityByDefault:
			opts = append(opts, m.Identity)
		case schema.IdentityAlways:
			opts = append(opts, m.IdentityAlways)
		case schema.IdentitySerial:
			opts = append(opts, m.Serial)
		}
		if c.AutoIncrement {
			opts = append(opts, m.AutoIncrement)
		}
		out = append(out, m.Col(c.Name, typ, opts...))
	}
	if tb.PrimaryKey != nil {
		out = append(out, m.PrimaryKeyConstraint(m.F(tb.PrimaryKey.Name), tb.PrimaryKey.Columns))
	}
	for _, u := range tb.Uniques {
		if u.Deferrable == schema.NotDeferrable {
			out = append(out, m.UniqueConstraint(m.F(u.Name), u.Columns))
		}
	}
	for _, ck := range tb.Checks {
		out = append(out, m.CheckConstraint(m.F(ck.Name), ck.Expr))
	}
	if d == m.SQLite {
		for _, fk := range tb.ForeignKeys {
			out = append(out, m.ForeignKey(m.F(fk.Name), fk.Columns, fk.RefTable, fk.RefColumns, fkOptions(fk)...))
		}
	}
	if tb.Comment != "" {
		out = append(out, m.TableComment(tb.Comment))
	}
	if tb.Options != "" {
		out = append(out, m.TableOptions(tb.Options))
	}
	return out
}

func fkOptions(fk *schema.ForeignKey) []m.ForeignKeyOption {
	var opts []m.ForeignKeyOption
	if fk.OnDelete != "" {
		opts = append(opts, m.OnDelete(fk.OnDelete))
	}
	if fk.OnUpdate != "" {
		opts = append(opts, m.OnUpdate(fk.OnUpdate))
	}
	if fk.Match != "" {
		opts = append(opts, m.Match(fk.Match))
	}
	switch fk.Deferrable {
	case schema.InitiallyImmediate:
		opts = append(opts, m.Deferrable)
	case schema.InitiallyDeferred:
		opts = append(opts, m.InitiallyDeferred)
	}
	return opts
}

// indexElements spells an index for op.CreateIndex, or reports that the
// op API cannot say it.
func indexElements(ix *schema.Index) ([]m.IndexElement, bool) {
	var out []m.IndexElement
	for _, p := range ix.Parts {
		switch {
		case p.Nulls != "" || p.Collation != "" || p.OpClass != "" || p.Expr != "" && p.Desc:
			return nil, false
		case p.Expr != "":
			out = append(out, m.Expr(p.Expr))
		case p.Desc:
			out = append(out, m.Desc(p.Column))
		default:
			out = append(out, m.Cols(p.Column))
		}
	}
	if ix.Unique {
		out = append(out, m.Unique)
	}
	if ix.Where != "" {
		out = append(out, m.Where(ix.Where))
	}
	if ix.Method != "" {
		out = append(out, m.Method(ix.Method))
	}
	if len(ix.Include) > 0 {
		out = append(out, m.Include(ix.Include...))
	}
	return out, true
}
