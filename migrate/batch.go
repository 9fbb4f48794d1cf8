package migrate

import (
	"errors"
	"fmt"

	"github.com/autogen-go/autogen/dialect"
	"github.com/autogen-go/autogen/dialect/sqlite"
	"github.com/autogen-go/autogen/naming"
	"github.com/autogen-go/autogen/schema"
)

// Batch collects changes to one table for BatchAlterTable, which applies
// them together: on SQLite, with one rebuild of the table when ALTER
// TABLE cannot make them (SQLite's documented 12-step procedure), or
// with its native ALTERs when it can; on PostgreSQL, as ordinary ALTERs.
type Batch struct{ ch *batchChanges }

// AddColumn adds a column.
func (b *Batch) AddColumn(col *Column) { b.ch.addColumn(col) }

// DropColumn drops a column.
func (b *Batch) DropColumn(name string) { b.ch.dropColumn(name) }

// AlterColumn changes a column (type, nullability, default, name,
// comment).
func (b *Batch) AlterColumn(name string, changes ...ColumnChange) { b.ch.alterColumn(name, changes) }

// CreateIndex creates an index on the table.
func (b *Batch) CreateIndex(name string, elems ...IndexElement) {
	ix, _ := buildIndex(name, elems)
	b.ch.add(change{kind: createIndex, index: ix})
}

// DropIndex drops an index of the table.
func (b *Batch) DropIndex(name string) { b.ch.add(change{kind: dropIndex, name: name}) }

// CreateUniqueConstraint adds a unique constraint.
func (b *Batch) CreateUniqueConstraint(name string, cols Columns) {
	b.ch.addConstraint(&schema.Unique{Name: name, Columns: cols})
}

// CreateForeignKey adds a foreign key.
func (b *Batch) CreateForeignKey(name string, cols Columns, refTable string, refCols Columns, opts ...ForeignKeyOption) {
	b.ch.addConstraint(foreignKey(name, cols, refTable, refCols, opts))
}

// CreateCheckConstraint adds a check constraint.
func (b *Batch) CreateCheckConstraint(name, expr string) {
	b.ch.addConstraint(&schema.Check{Name: name, Expr: expr})
}

// CreatePrimaryKey sets the primary key.
func (b *Batch) CreatePrimaryKey(name string, cols Columns) {
	b.ch.addConstraint(&schema.PrimaryKey{Name: name, Columns: cols})
}

// DropConstraint drops a constraint by name.
func (b *Batch) DropConstraint(name string) { b.ch.dropConstraint(name) }

// BatchOption configures BatchAlterTable.
type BatchOption func(*batchOptions)

type batchOptions struct {
	recreate string // "auto", "always", "never"
	copyFrom *schema.Table
	copyErr  error
}

// Recreate says when SQLite rebuilds the table: "auto" (the default: when
// ALTER TABLE cannot make a change), "always", or "never" (fail instead).
func Recreate(when string) BatchOption {
	return func(o *batchOptions) { o.recreate = when }
}

// CopyFrom gives the table's current definition instead of reading it
// from the database (Alembic's copy_from): what an offline run uses when
// it cannot replay the history.
func CopyFrom(elems ...TableElement) BatchOption {
	return func(o *batchOptions) {
		t, err := buildTable("", elems)
		o.copyFrom, o.copyErr = t, err
	}
}

// BatchAlterTable collects fn's changes to table and applies them at once:
//
//	op.BatchAlterTable("users", func(b *m.Batch) {
//		b.DropColumn("legacy")
//		b.AlterColumn("age", m.SetType(m.BigInt))
//		b.AddColumn(m.Col("active", m.Bool, m.NotNull, m.Default("1")))
//	})
//
// On SQLite the table is rebuilt once (a new table, the rows copied, the
// old one dropped, the new one renamed, indexes and triggers recreated,
// foreign keys checked) unless every change has a native ALTER TABLE.
// Nothing is lost: a failure rolls everything back.
func (op *Op) BatchAlterTable(table string, fn func(b *Batch), opts ...BatchOption) {
	op.do("BatchAlterTable", func() error {
		var o batchOptions
		for _, opt := range opts {
			opt(&o)
		}
		if o.copyErr != nil {
			return o.copyErr
		}
		switch o.recreate {
		case "", "auto", "always", "never":
		default:
			return fmt.Errorf("m.Recreate(%q): use auto, always or never", o.recreate)
		}
		ch := &batchChanges{}
		fn(&Batch{ch: ch})
		if ch.err != nil {
			return ch.err
		}
		return op.applyChanges(table, ch, o)
	})
}

// alter applies the changes of a single operation to a table, as a
// batch of one.
func (op *Op) alter(table string, collect func(*batchChanges)) error {
	ch := &batchChanges{}
	collect(ch)
	if ch.err != nil {
		return ch.err
	}
	return op.applyChanges(table, ch, batchOptions{})
}

type changeKind int

const (
	addColumn changeKind = iota + 1
	dropColumn
	alterColumn
	addConstraint
	dropConstraint
	createIndex
	dropIndex
)

// change is one change to a table.
type change struct {
	kind       changeKind
	col        *Column
	name       string
	alter      alterSpec
	constraint any
	index      *schema.Index
}

// batchChanges are the changes to one table, in order.
type batchChanges struct {
	changes []change
	err     error
}

func (b *batchChanges) add(c change) { b.changes = append(b.changes, c) }

func (b *batchChanges) addColumn(col *Column) {
	if col == nil {
		b.err = errors.New("nil column")
		return
	}
	if err := validColumn(&col.def); err != nil {
		b.err = err
		return
	}
	b.add(change{kind: addColumn, col: col})
}

func (b *batchChanges) dropColumn(name string) { b.add(change{kind: dropColumn, name: name}) }

func (b *batchChanges) alterColumn(name string, changes []ColumnChange) {
	var a alterSpec
	for _, c := range changes {
		c(&a)
	}
	if a.using != "" && a.typ == nil {
		b.err = fmt.Errorf("column %s: m.Using without m.SetType", name)
		return
	}
	if a.typ != nil {
		if err := a.typ.Validate(); err != nil {
			b.err = fmt.Errorf("column %s: %w", name, err)
			return
		}
	}
	b.add(change{kind: alterColumn, name: name, alter: a})
}

func (b *batchChanges) addConstraint(c any) { b.add(change{kind: addConstraint, constraint: c}) }

func (b *batchChanges) dropConstraint(name string) { b.add(change{kind: dropConstraint, name: name}) }

// columnChange turns an alterSpec into the dialect's ColumnChange.
func (a alterSpec) columnChange(column string) dialect.ColumnChange {
	return dialect.ColumnChange{Column: column, Rename: a.rename, Type: a.typ, Using: a.using,
		Nullable: a.nullable, Default: a.def, Comment: a.comment, Identity: a.identity}
}

// name gives every new constraint and index of the batch its name.
func (op *Op) nameChanges(table string, ch *batchChanges) error {
	for i := range ch.changes {
		c := &ch.changes[i]
		var err error
		switch c.kind {
		case addColumn:
			if c.col.fk != nil {
				fk := *c.col.fk
				if fk.Name, err = op.name(naming.ForeignKey, fk.Name, naming.Object{Table: table, Columns: fk.Columns, RefTable: fk.RefTable, RefColumns: fk.RefColumns}); err != nil {
					return err
				}
				c.col = &Column{def: c.col.def, pk: c.col.pk, unique: c.col.unique, fk: &fk}
			}
		case addConstraint:
			t := &schema.Table{Name: table}
			switch k := c.constraint.(type) {
			case *schema.PrimaryKey:
				t.PrimaryKey = k
			case *schema.Unique:
				t.Uniques = []*schema.Unique{k}
			case *schema.Check:
				t.Checks = []*schema.Check{k}
			case *schema.ForeignKey:
				t.ForeignKeys = []*schema.ForeignKey{k}
			}
			err = op.nameTable(t)
		case createIndex:
			c.index.Name, err = op.name(naming.Index, c.index.Name, naming.Object{Table: table, Columns: indexKeys(c.index)})
		case dropConstraint, dropIndex:
			c.name, _ = splitName(c.name)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// applyChanges makes a table's changes: with the dialect's ALTER
// statements when it has them all, else (SQLite) by one rebuild.
func (op *Op) applyChanges(table string, ch *batchChanges, o batchOptions) error {
	tn := tableName(table)
	if err := op.nameChanges(tn.Name, ch); err != nil {
		return err
	}
	if op.d == SQLite {
		if o.recreate == "always" {
			return op.rebuild(tn, ch, o)
		}
		stmts, err := op.nativeSQL(tn, ch, o)
		if errors.Is(err, dialect.ErrNeedsRebuild) {
			if o.recreate == "never" {
				return fmt.Errorf("%w; BatchAlterTable has m.Recreate(\"never\")", err)
			}
			return op.rebuild(tn, ch, o)
		}
		if err != nil {
			return err
		}
		return op.run(stmts)
	}
	stmts, err := op.nativeSQL(tn, ch, o)
	if err != nil {
		return err
	}
	return op.run(stmts)
}

// nativeSQL returns the ALTER statements for the changes, or an error
// wrapping ErrNeedsRebuild when one of them has none.
func (op *Op) nativeSQL(tn dialect.TableName, ch *batchChanges, o batchOptions) ([]string, error) {
	var live *schema.Table
	if op.d == SQLite {
		// Whether SQLite can drop a column in place depends on what
		// else refers to it.
		for _, c := range ch.changes {
			if c.kind == dropColumn {
				t, err := op.currentTable(tn, o)
				if err != nil {
					return nil, err
				}
				live = t
				break
			}
		}
	}
	var out []string
	for _, c := range ch.changes {
		var stmts []string
		var err error
		switch c.kind {
		case addColumn:
			switch {
			case op.d == SQLite && (c.col.pk || c.col.unique):
				return nil, dialect.Rebuild("SQLite cannot add the key column %s with ALTER TABLE", c.col.def.Name)
			case op.d == SQLite && c.col.fk != nil:
				stmts, err = sqlite.Dialect{}.AddColumnReferences(tn, &c.col.def, c.col.fk)
			default:
				stmts, err = op.impl.AddColumn(tn, &c.col.def)
				if err == nil && (c.col.pk || c.col.unique || c.col.fk != nil) {
					more, err2 := op.columnConstraints(tn, c.col)
					stmts, err = append(stmts, more...), err2
				}
			}
		case dropColumn:
			if live != nil {
				if why := sqliteDropBlocked(live, c.name); why != "" {
					return nil, dialect.Rebuild("SQLite cannot drop column %s in place: %s", c.name, why)
				}
			}
			stmts, err = op.impl.DropColumn(tn, c.name)
		case alterColumn:
			stmts, err = op.impl.AlterColumn(tn, c.alter.columnChange(c.name), nil)
		case addConstraint:
			stmts, err = op.impl.AddConstraint(tn, c.constraint)
		case dropConstraint:
			stmts, err = op.impl.DropConstraint(tn, c.name)
		case createIndex:
			stmts, err = op.impl.CreateIndex(tn, c.index, dialect.IndexOptions{})
		case dropIndex:
			stmts, err = op.impl.DropIndex(tn, c.name, dialect.IndexOptions{})
		}
		if err != nil {
			return nil, err
		}
		out = append(out, stmts...)
	}
	return out, nil
}

// columnConstraints are the constraints an added column carries.
func (op *Op) columnConstraints(tn dialect.TableName, col *Column) ([]string, error) {
	var cons []any
	if col.pk {
		pk := &schema.PrimaryKey{Columns: []string{col.def.Name}}
		if err := op.nameTable(&schema.Table{Name: tn.Name, PrimaryKey: pk}); err != nil {
			return nil, err
		}
		cons = append(cons, pk)
	}
	if col.unique {
		u := &schema.Unique{Columns: []string{col.def.Name}}
		if err := op.nameTable(&schema.Table{Name: tn.Name, Uniques: []*schema.Unique{u}}); err != nil {
			return nil, err
		}
		cons = append(cons, u)
	}
	if col.fk != nil {
		cons = append(cons, col.fk)
	}
	var out []string
	for _, c := range cons {
		s, err := op.impl.AddConstraint(tn, c)
		if err != nil {
			return nil, err
		}
		out = append(out, s...)
	}
	return out, nil
}

// sqliteDropBlocked says why SQLite's ALTER TABLE DROP COLUMN would refuse
// to drop column from t, or "" if it would not.
func sqliteDropBlocked(t *schema.Table, column string) string {
	if t.PrimaryKey != nil && contains(t.PrimaryKey.Columns, column) {
		return "it is in the primary key"
	}
	for _, u := range t.Uniques {
		if contains(u.Columns, column) {
			return "it is in unique constraint " + u.Name
		}
	}
	for _, fk := range t.ForeignKeys {
		if contains(fk.Columns, column) {
			return "it is in foreign key " + fk.Name
		}
	}
	for _, ix := range t.Indexes {
		cols, plain := ix.Columns()
		if contains(cols, column) || !plain || ix.Where != "" {
			return "index " + ix.Name + " may use it"
		}
	}
	if len(t.Checks) > 0 {
		return "a check constraint may use it"
	}
	for _, c := range t.Columns {
		if c.Generated != nil {
			return "generated column " + c.Name + " may use it"
		}
	}
	return ""
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
