package migrate

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"runtime"
	"strings"

	"github.com/autogen-go/autogen/dialect"
	"github.com/autogen-go/autogen/naming"
	"github.com/autogen-go/autogen/schema"
)

// Op is what a revision's Upgrade and Downgrade functions receive: the
// operations they apply to the database, Alembic's list in Go form.
//
// Operations return no error: the first failure is kept, later operations
// do nothing, and the runner reports it (naming the revision, the file and
// line of the failing call, and the statement) and rolls the transaction
// back. Err returns it for code that wants to look.
//
// Constraints and indexes created without a name get one from the naming
// convention; a name wrapped in F is used as it is.
type Op struct {
	ctx    context.Context
	x      executor
	d      Dialect
	impl   dialect.Dialect
	naming naming.Convention
	err    error
}

// executor runs what operations produce: on the database (online) or
// into a script (offline).
type executor interface {
	exec(ctx context.Context, stmt string, args []any) error
	query(ctx context.Context, stmt string, args []any) (*sql.Rows, error)
	// autocommit runs fn outside the migration's transaction.
	autocommit(ctx context.Context, fn func() error) error
	// querier reads the database's current state (online: the database;
	// offline on SQLite: the shadow copy the script is replayed on).
	querier(ctx context.Context) (dialect.Querier, error)
	inAutocommit() bool
	// noteRebuild records that a SQLite table was rebuilt.
	noteRebuild()
}

// ErrOffline is wrapped by the error of an operation that needs the live
// database (reading rows) in an offline (--sql) run.
var ErrOffline = errors.New("needs the live database, and this is an offline (--sql) run")

// Context returns the context of the upgrade or downgrade: it ends when
// the run is cancelled.
func (op *Op) Context() context.Context { return op.ctx }

// Dialect returns the database the revision is running against, for
// revisions that write dialect-specific SQL.
func (op *Op) Dialect() Dialect { return op.d }

// Err returns the first error of the revision's operations, or nil.
func (op *Op) Err() error { return op.err }

// OpError is an operation that failed before reaching the database.
type OpError struct {
	Source string // file:line of the operation in the revision file
	Op     string // "CreateTable", …
	Err    error
}

func (e *OpError) Error() string {
	at := ""
	if e.Source != "" {
		at = e.Source + ": "
	}
	return fmt.Sprintf("%s%s: %v", at, e.Op, e.Err)
}

func (e *OpError) Unwrap() error { return e.Err }

// do runs one operation, recording its error with the position of the
// revision file's call (skip frames above do's caller).
func (op *Op) do(name string, fn func() error) {
	if op.err != nil {
		return
	}
	err := fn()
	if err == nil {
		return
	}
	src := caller(2)
	var se *StatementError
	if errors.As(err, &se) {
		if se.Source == "" {
			se.Source = src
		}
		op.err = se
		return
	}
	op.err = &OpError{Source: src, Op: name, Err: err}
}

// run executes statements in order.
func (op *Op) run(stmts []string, args ...any) error {
	for _, s := range stmts {
		if err := op.x.exec(op.ctx, s, args); err != nil {
			return &StatementError{SQL: s, Err: err}
		}
	}
	return nil
}

// name applies the naming convention to a (possibly empty or final) name.
func (op *Op) name(k naming.Kind, given string, o naming.Object) (string, error) {
	n, final := splitName(given)
	if final {
		return n, nil
	}
	o.Name = n
	return op.naming.Name(k, o, op.impl.MaxIdentLen())
}

// nameTable names every unnamed or convention-named constraint of t.
func (op *Op) nameTable(t *schema.Table) error {
	var err error
	if t.PrimaryKey != nil {
		if t.PrimaryKey.Name, err = op.name(naming.PrimaryKey, t.PrimaryKey.Name, naming.Object{Table: t.Name, Columns: t.PrimaryKey.Columns}); err != nil {
			return err
		}
	}
	for _, u := range t.Uniques {
		if u.Name, err = op.name(naming.Unique, u.Name, naming.Object{Table: t.Name, Columns: u.Columns}); err != nil {
			return err
		}
	}
	for _, c := range t.Checks {
		if c.Name, err = op.name(naming.Check, c.Name, naming.Object{Table: t.Name, Expr: c.Expr}); err != nil {
			return err
		}
	}
	for _, fk := range t.ForeignKeys {
		if fk.Name, err = op.name(naming.ForeignKey, fk.Name, naming.Object{Table: t.Name, Columns: fk.Columns, RefTable: fk.RefTable, RefColumns: fk.RefColumns}); err != nil {
			return err
		}
	}
	for _, ix := range t.Indexes {
		if ix.Name, err = op.name(naming.Index, ix.Name, naming.Object{Table: t.Name, Columns: indexKeys(ix)}); err != nil {
			return err
		}
	}
	return nil
}

func indexKeys(ix *schema.Index) []string {
	out := make([]string, len(ix.Parts))
	for i, p := range ix.Parts {
		out[i] = p.Column
		if p.Expr != "" {
			out[i] = p.Expr
		}
	}
	return out
}

// tableName splits "schema.table" into its parts.
func tableName(name string) dialect.TableName {
	n, _ := splitName(name)
	for i := 0; i < len(n); i++ {
		if n[i] == '.' {
			return dialect.TableName{Schema: n[:i], Name: n[i+1:]}
		}
	}
	return dialect.TableName{Name: n}
}

// validColumn reports a column no database accepts: no name, or a bad
// type.
func validColumn(c *schema.Column) error {
	if strings.TrimSpace(c.Name) == "" {
		return errors.New("a column needs a name")
	}
	if err := c.Type.Validate(); err != nil {
		return fmt.Errorf("column %s: %w", c.Name, err)
	}
	return nil
}

// buildTable turns CreateTable's elements into a table definition.
func buildTable(name string, elems []TableElement) (*schema.Table, error) {
	tn := tableName(name)
	spec := &tableSpec{def: schema.Table{Schema: tn.Schema, Name: tn.Name}}
	for _, e := range elems {
		if e == nil {
			return nil, fmt.Errorf("table %s: nil element", name)
		}
		e.applyTable(spec)
	}
	t := &spec.def
	if len(spec.colPK) > 0 {
		if t.PrimaryKey != nil {
			return nil, fmt.Errorf("table %s: both m.PrimaryKey columns (%v) and a PrimaryKeyConstraint", name, spec.colPK)
		}
		t.PrimaryKey = &schema.PrimaryKey{Columns: spec.colPK}
	}
	seen := map[string]bool{}
	for _, c := range t.Columns {
		if err := validColumn(c); err != nil {
			return nil, fmt.Errorf("table %s: %w", name, err)
		}
		if seen[c.Name] {
			return nil, fmt.Errorf("table %s: column %s is declared twice", name, c.Name)
		}
		seen[c.Name] = true
	}
	check := func(what string, cols []string) error {
		for _, c := range cols {
			if !seen[c] {
				return fmt.Errorf("table %s: %s names column %q, which the table does not have", name, what, c)
			}
		}
		return nil
	}
	if t.PrimaryKey != nil {
		if err := check("the primary key", t.PrimaryKey.Columns); err != nil {
			return nil, err
		}
	}
	for _, u := range t.Uniques {
		if err := check("a unique constraint", u.Columns); err != nil {
			return nil, err
		}
	}
	for _, fk := range t.ForeignKeys {
		if err := check("a foreign key", fk.Columns); err != nil {
			return nil, err
		}
		if len(fk.RefColumns) != len(fk.Columns) {
			return nil, fmt.Errorf("table %s: foreign key %v → %s%v: the column lists differ in length", name, fk.Columns, fk.RefTable, fk.RefColumns)
		}
	}
	return t, nil
}

// CreateTable creates a table with its columns and constraints:
//
//	op.CreateTable("accounts",
//		m.Col("id", m.BigInt, m.PrimaryKey, m.Identity),
//		m.Col("email", m.Varchar(255), m.NotNull),
//		m.ForeignKey("", m.Cols("owner_id"), "users", m.Cols("id"), m.OnDelete("CASCADE")),
//	)
func (op *Op) CreateTable(name string, elems ...TableElement) {
	op.do("CreateTable", func() error {
		if tableName(name).Name == "" {
			return fmt.Errorf("table %q: a table needs a name", name)
		}
		t, err := buildTable(name, elems)
		if err != nil {
			return err
		}
		if err := op.nameTable(t); err != nil {
			return err
		}
		stmts, err := op.impl.CreateTable(t)
		if err != nil {
			return err
		}
		return op.run(stmts)
	})
}

// DropTable drops a table.
func (op *Op) DropTable(name string) {
	op.do("DropTable", func() error { return op.run(op.impl.DropTable(tableName(name))) })
}

// RenameTable renames a table.
func (op *Op) RenameTable(name, to string) {
	op.do("RenameTable", func() error { return op.run(op.impl.RenameTable(tableName(name), to)) })
}

// AddColumn adds a column. A column SQLite cannot add with ALTER TABLE (NOT
// NULL without a default, an expression default, a key) is added by
// rebuilding the table.
func (op *Op) AddColumn(table string, col *Column) {
	op.do("AddColumn", func() error {
		return op.alter(table, func(b *batchChanges) { b.addColumn(col) })
	})
}

// DropColumn drops a column (by a table rebuild on SQLite when the column
// is in a key, an index or a constraint).
func (op *Op) DropColumn(table, column string) {
	op.do("DropColumn", func() error {
		return op.alter(table, func(b *batchChanges) { b.dropColumn(column) })
	})
}

// AlterColumn changes a column's type, nullability, default, comment or
// name:
//
//	op.AlterColumn("users", "email", m.SetType(m.Varchar(320)), m.SetNotNull)
//
// On SQLite, everything but a rename rebuilds the table.
func (op *Op) AlterColumn(table, column string, changes ...ColumnChange) {
	op.do("AlterColumn", func() error {
		return op.alter(table, func(b *batchChanges) { b.alterColumn(column, changes) })
	})
}

// CreateIndex creates an index:
//
//	op.CreateIndex("ix_users_email", "users", m.Cols("email"), m.Unique)
//	op.CreateIndex("", "users", m.Expr("lower(email)"), m.Where("deleted_at IS NULL"))
func (op *Op) CreateIndex(name, table string, elems ...IndexElement) {
	op.do("CreateIndex", func() error {
		ix, o := buildIndex(name, elems)
		if len(ix.Parts) == 0 {
			return fmt.Errorf("index %q on %s has no columns: pass m.Cols(…) or m.Expr(…)", name, table)
		}
		tn := tableName(table)
		var err error
		if ix.Name, err = op.name(naming.Index, ix.Name, naming.Object{Table: tn.Name, Columns: indexKeys(ix)}); err != nil {
			return err
		}
		if err := op.needsAutocommit(o.Concurrently, "CREATE INDEX CONCURRENTLY"); err != nil {
			return err
		}
		stmts, err := op.impl.CreateIndex(tn, ix, o)
		if err != nil {
			return err
		}
		return op.run(stmts)
	})
}

// DropIndex drops an index; m.IfExists and m.Concurrently apply.
func (op *Op) DropIndex(name, table string, opts ...IndexElement) {
	op.do("DropIndex", func() error {
		_, o := buildIndex(name, opts)
		n, _ := splitName(name)
		if err := op.needsAutocommit(o.Concurrently, "DROP INDEX CONCURRENTLY"); err != nil {
			return err
		}
		stmts, err := op.impl.DropIndex(tableName(table), n, o)
		if err != nil {
			return err
		}
		return op.run(stmts)
	})
}

func buildIndex(name string, elems []IndexElement) (*schema.Index, dialect.IndexOptions) {
	spec := &indexSpec{def: schema.Index{Name: name}}
	for _, e := range elems {
		if e != nil {
			e.applyIndex(spec)
		}
	}
	return &spec.def, dialect.IndexOptions{IfNotExists: spec.ifNotExists, IfExists: spec.ifExists, Concurrently: spec.concurrently}
}

func (op *Op) needsAutocommit(concurrently bool, what string) error {
	if concurrently && op.d == Postgres && !op.x.inAutocommit() {
		return fmt.Errorf("%s cannot run inside a transaction: put it in op.AutocommitBlock(func(op *m.Op) { … })", what)
	}
	return nil
}

// CreateUniqueConstraint adds a unique constraint (SQLite: by a table
// rebuild).
func (op *Op) CreateUniqueConstraint(name, table string, cols Columns) {
	op.do("CreateUniqueConstraint", func() error {
		return op.alter(table, func(b *batchChanges) { b.addConstraint(&schema.Unique{Name: name, Columns: cols}) })
	})
}

// CreateForeignKey adds a foreign key (SQLite: by a table rebuild).
func (op *Op) CreateForeignKey(name, table string, cols Columns, refTable string, refCols Columns, opts ...ForeignKeyOption) {
	op.do("CreateForeignKey", func() error {
		return op.alter(table, func(b *batchChanges) { b.addConstraint(foreignKey(name, cols, refTable, refCols, opts)) })
	})
}

// CreateCheckConstraint adds a check constraint (SQLite: by a table
// rebuild).
func (op *Op) CreateCheckConstraint(name, table, expr string) {
	op.do("CreateCheckConstraint", func() error {
		return op.alter(table, func(b *batchChanges) { b.addConstraint(&schema.Check{Name: name, Expr: expr}) })
	})
}

// CreatePrimaryKey adds a primary key (SQLite: by a table rebuild).
func (op *Op) CreatePrimaryKey(name, table string, cols Columns) {
	op.do("CreatePrimaryKey", func() error {
		return op.alter(table, func(b *batchChanges) { b.addConstraint(&schema.PrimaryKey{Name: name, Columns: cols}) })
	})
}

// DropConstraint drops a constraint by name (SQLite: by a table rebuild).
func (op *Op) DropConstraint(name, table string) {
	op.do("DropConstraint", func() error {
		return op.alter(table, func(b *batchChanges) { b.dropConstraint(name) })
	})
}

// CreateEnum creates an enum type (PostgreSQL; nothing on SQLite, where
// enum columns are text).
func (op *Op) CreateEnum(name string, values ...string) {
	op.do("CreateEnum", func() error {
		tn := tableName(name)
		stmts, err := op.impl.CreateEnum(&schema.Enum{Schema: tn.Schema, Name: tn.Name, Values: values})
		if err != nil {
			return err
		}
		return op.run(stmts)
	})
}

// DropEnum drops an enum type.
func (op *Op) DropEnum(name string) {
	op.do("DropEnum", func() error {
		tn := tableName(name)
		stmts, err := op.impl.DropEnum(&schema.Enum{Schema: tn.Schema, Name: tn.Name})
		if err != nil {
			return err
		}
		return op.run(stmts)
	})
}

// AddEnumValue adds a value to an enum type, at the end or m.Before /
// m.After another. Before PostgreSQL 12 this cannot run in a transaction:
// put it in op.AutocommitBlock there.
func (op *Op) AddEnumValue(enum, value string, opts ...EnumValueOption) {
	op.do("AddEnumValue", func() error {
		var spec enumValueSpec
		for _, o := range opts {
			o(&spec)
		}
		tn := tableName(enum)
		stmts, err := op.impl.AddEnumValue(&schema.Enum{Schema: tn.Schema, Name: tn.Name}, value,
			dialect.EnumValueOptions{Before: spec.before, After: spec.after, IfNotExists: spec.ifNotExists})
		if err != nil {
			return err
		}
		return op.run(stmts)
	})
}

// SetTableComment sets a table's comment (PostgreSQL; SQLite keeps none).
func (op *Op) SetTableComment(table, comment string) {
	op.do("SetTableComment", func() error {
		stmts, err := op.impl.TableComment(tableName(table), comment)
		if err != nil {
			return err
		}
		return op.run(stmts)
	})
}

// DropTableComment removes a table's comment.
func (op *Op) DropTableComment(table string) {
	op.do("DropTableComment", func() error {
		stmts, err := op.impl.TableComment(tableName(table), "")
		if err != nil {
			return err
		}
		return op.run(stmts)
	})
}

// Exec runs a statement. Arguments use the driver's placeholders: $1, $2…
// on PostgreSQL, ? or $1 on SQLite; offline, they are rendered into the
// statement as literals. Without arguments the text may hold several
// statements separated by semicolons.
func (op *Op) Exec(query string, args ...any) {
	op.do("Exec", func() error { return op.run([]string{query}, args...) })
}

// Query runs a query on the live database, for data migrations that read
// rows; the caller closes the rows. It fails in an offline (--sql) run.
func (op *Op) Query(query string, args ...any) (*sql.Rows, error) {
	if op.err != nil {
		return nil, op.err
	}
	rows, err := op.x.query(op.ctx, query, args)
	if err != nil {
		op.err = &StatementError{Source: caller(1), SQL: query, Err: err}
		return nil, op.err
	}
	return rows, nil
}

// BulkInsert inserts rows of values for the columns:
//
//	op.BulkInsert("roles", m.Cols("id", "name"), []any{1, "admin"}, []any{2, "member"})
//
// Online the values are bound as parameters; offline they are rendered as
// escaped literals.
func (op *Op) BulkInsert(table string, cols Columns, rows ...[]any) {
	op.do("BulkInsert", func() error {
		if len(cols) == 0 {
			return fmt.Errorf("no columns")
		}
		head := fmt.Sprintf("INSERT INTO %s (%s) VALUES ", dialect.Qualify(op.impl, tableName(table)), dialect.QuoteList(op.impl, cols))
		// Batches of rows per statement, under the databases' limits on
		// bound parameters (SQLite: 32766; PostgreSQL: 65535).
		per := max(1, 999/len(cols))
		for start := 0; start < len(rows); start += per {
			chunk := rows[start:min(start+per, len(rows))]
			var args []any
			var b []byte
			b = append(b, head...)
			for i, r := range chunk {
				if len(r) != len(cols) {
					return fmt.Errorf("row %d has %d values for %d columns", start+i+1, len(r), len(cols))
				}
				if i > 0 {
					b = append(b, ", "...)
				}
				b = append(b, '(')
				for j, v := range r {
					if j > 0 {
						b = append(b, ", "...)
					}
					args = append(args, v)
					b = append(b, op.impl.Placeholder(len(args))...)
				}
				b = append(b, ')')
			}
			if err := op.run([]string{string(b)}, args...); err != nil {
				return err
			}
		}
		return nil
	})
}

// AutocommitBlock runs fn's operations outside the migration's
// transaction, for statements that cannot run inside one (CREATE INDEX
// CONCURRENTLY). The transaction so far is committed first, and a new one
// begins after the block, as Alembic's autocommit_block does: a failure
// after the block cannot undo what came before it.
func (op *Op) AutocommitBlock(fn func(op *Op)) {
	op.do("AutocommitBlock", func() error {
		return op.x.autocommit(op.ctx, func() error {
			inner := *op
			inner.err = nil
			fn(&inner)
			return inner.err
		})
	})
}

// caller returns file:line of the caller skip frames above the caller of
// caller, relative to the working directory.
func caller(skip int) string {
	_, file, line, ok := runtime.Caller(skip + 1)
	if !ok {
		return ""
	}
	return fmt.Sprintf("%s:%d", relPath(file), line)
}
