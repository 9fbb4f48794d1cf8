package render

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/autogen-go/autogen/dialect"
	"github.com/autogen-go/autogen/dialect/postgres"
	"github.com/autogen-go/autogen/dialect/sqlite"
	"github.com/autogen-go/autogen/diff"
	"github.com/autogen-go/autogen/naming"
	"github.com/autogen-go/autogen/schema"
)

// Options say how to write changes as operations.
type Options struct {
	// Dialect is the database the draft is made against: "postgres" or
	// "sqlite". Types are written portable (m.Varchar(255)) where that
	// spells what the database has, m.Raw otherwise.
	Dialect string
	// Batch groups the changes of each existing table into one
	// op.BatchAlterTable block (render_as_batch; SQLite rebuilds a table
	// at most once per block).
	Batch bool
	// Naming is the convention the runtime applies (the project's
	// naming_convention); names it would compute anyway are left to it
	// where that reads better (a column's m.PrimaryKey).
	Naming naming.Convention
	// Current is the database's schema, for the manual steps of enum
	// changes (which columns use the type) and the zero values of a
	// downgrade.
	Current *schema.Schema
	// RenameHints adds a comment to each drop and add pair that looks like
	// a rename.
	RenameHints bool
	// Downgrade says the changes undo an upgrade: a NOT NULL column the
	// upgrade dropped comes back filled with its type's zero value (its
	// own values went with the drop), through a default dropped after.
	Downgrade bool

	enums map[string][]string // enum values by enumName: Current's and those the changes create
}

func (o Options) dialect() dialect.Dialect {
	if o.Dialect == "sqlite" {
		return sqlite.Dialect{}
	}
	return postgres.Dialect{}
}

func (o Options) convention() naming.Convention {
	if o.Naming == nil {
		return naming.Default()
	}
	return o.Naming
}

// m returns a qualified reference to the migrate package: m.name.
func m(name string) *jen.Statement { return jen.Qual(MigratePath, name) }

// op returns op.name.
func op(name string) *jen.Statement { return jen.Id("op").Dot(name) }

// Ops writes changes as the statements of an Upgrade or Downgrade
// function, with a comment before each that risks data or locks.
func Ops(changes []diff.Change, o Options) ([]jen.Code, error) {
	o.enums = map[string][]string{}
	if o.Current != nil {
		for _, e := range o.Current.Enums {
			o.enums[enumName(e)] = e.Values
		}
	}
	for _, c := range changes {
		if ae, ok := c.(diff.AddEnum); ok {
			o.enums[enumName(ae.E)] = ae.E.Values
		}
	}
	r := &renderer{o: o, d: o.dialect(), conv: o.convention(), newTables: map[string]bool{}, hints: map[int][]string{}, fills: map[string][]string{}, after: map[string][]jen.Code{}}
	if o.RenameHints {
		r.hints = renameHints(changes)
	}
	for _, c := range changes {
		if at, ok := c.(diff.AddTable); ok {
			r.newTables[at.T.QualifiedName()] = true
		}
	}
	// Batches: the changes of a table go in one block. On SQLite, which
	// checks no reference when it creates or rebuilds a table, the block
	// goes where the table's last change is, after the tables its new
	// foreign keys refer to are created. On PostgreSQL, whose ALTERs run
	// in order, what a table drops goes in a block where the first of
	// those changes is (before what it depended on is dropped), and the
	// rest in a block where the last one is.
	at := map[int][]int{}       // index of a change → the batch written there
	blockAt := map[string]int{} // table → where its (last) block is written
	if o.Batch {
		groups := map[string][]int{}
		var keys []string
		for i, c := range changes {
			if !batchable(c, o.Dialect) {
				continue
			}
			key := diff.TableOf(c) + "\x00"
			if o.Dialect != "sqlite" && dropsKey(c) {
				key += "drop"
			}
			if groups[key] == nil {
				keys = append(keys, key)
			}
			groups[key] = append(groups[key], i)
		}
		for _, key := range keys {
			g := groups[key]
			pos := g[len(g)-1]
			if strings.HasSuffix(key, "drop") {
				pos = g[0]
			} else {
				blockAt[strings.TrimSuffix(key, "\x00")] = pos
			}
			at[pos] = g
		}
	}
	// A new index of a table whose block comes later (its new foreign key
	// waits for the tables it refers to) goes after the block, which may
	// add the columns it indexes.
	after := map[int][]int{}
	for i, c := range changes {
		if ai, ok := c.(diff.AddIndex); ok {
			if pos, ok := blockAt[ai.Table]; ok && pos > i {
				after[pos] = append(after[pos], i)
			}
		}
	}
	deferred := map[int]bool{}
	for _, idx := range after {
		for _, i := range idx {
			deferred[i] = true
		}
	}
	var out []jen.Code
	// New enum values come first, in one autocommit block: what it
	// commits must be nothing of this revision's, so that a failed
	// upgrade can run again.
	var values []diff.Change
	for _, c := range changes {
		if _, ok := c.(diff.AddEnumValue); ok {
			values = append(values, c)
		}
	}
	if len(values) > 0 {
		out = append(out, r.enumValues(values)...)
	}
	for i, c := range changes {
		if _, ok := c.(diff.AddEnumValue); ok || deferred[i] {
			continue
		}
		if group, ok := at[i]; ok {
			code, err := r.batch(diff.TableOf(c), changes, group)
			if err != nil {
				return nil, err
			}
			out = append(out, code...)
			for _, j := range after[i] {
				code, err := r.change(changes[j])
				if err != nil {
					return nil, err
				}
				out = append(out, code...)
			}
			continue
		}
		if o.Batch && batchable(c, o.Dialect) {
			continue // in a block written elsewhere
		}
		out = append(out, comments(r.hints[i]...)...)
		code, err := r.change(c)
		if err != nil {
			return nil, err
		}
		out = append(out, code...)
	}
	return out, nil
}

// enumValues writes new enum values in one op.AutocommitBlock:
// PostgreSQL refuses a value in the transaction that added it (a default,
// a check, an UPDATE of the revision), so the values are committed
// first, and m.IfValueNotExists lets a failed upgrade run again.
func (r *renderer) enumValues(changes []diff.Change) []jen.Code {
	var body []jen.Code
	for _, c := range changes {
		c := c.(diff.AddEnumValue)
		args := []jen.Code{jen.Lit(enumName(c.Enum)), jen.Lit(c.Value)}
		switch {
		case c.Before != "":
			args = append(args, m("Before").Call(jen.Lit(c.Before)))
		case c.After != "":
			args = append(args, m("After").Call(jen.Lit(c.After)))
		}
		args = append(args, m("IfValueNotExists"))
		body = append(body, op("AddEnumValue").Call(args...))
	}
	return append(comments(
		"PostgreSQL cannot use an enum value in the transaction that added it: the block",
		"commits the revisions run before this one, then adds the values on their own."),
		op("AutocommitBlock").Call(jen.Func().Params(jen.Id("op").Op("*").Qual(MigratePath, "Op")).Block(body...)))
}

// expressible reports whether op.CreateIndex can say an index's keys:
// columns, descending columns and expressions, without NULLS, operator
// classes, collations or an order on an expression.
func expressible(ix *schema.Index) bool {
	for _, p := range ix.Parts {
		if p.Nulls != "" || p.OpClass != "" || p.Collation != "" || p.Expr != "" && p.Desc {
			return false
		}
	}
	return true
}

// constraintSQL writes a constraint the op API cannot say (a deferrable
// unique constraint, a foreign key to a table of another schema) as the
// dialect's ALTER TABLE … ADD CONSTRAINT.
func (r *renderer) constraintSQL(table string, c any) (jen.Code, error) {
	stmts, err := r.d.AddConstraint(tableName(table), c)
	if err == nil && len(stmts) != 1 {
		err = fmt.Errorf("%d statements", len(stmts))
	}
	if err != nil {
		return nil, fmt.Errorf("table %s: %w", table, err)
	}
	// op.Exec("ALTER TABLE t ADD CONSTRAINT uq UNIQUE (a) DEFERRABLE")
	return op("Exec").Call(jen.Lit(stmts[0])), nil
}

// tableName splits "schema.table".
func tableName(name string) dialect.TableName {
	if i := strings.IndexByte(name, '.'); i > 0 {
		return dialect.TableName{Schema: name[:i], Name: name[i+1:]}
	}
	return dialect.TableName{Name: name}
}

// dropsKey reports whether a change drops a key (what must go before the
// objects it depends on change).
func dropsKey(c diff.Change) bool {
	switch c.(type) {
	case diff.DropForeignKey, diff.DropUnique, diff.DropCheck, diff.DropPrimaryKey:
		return true
	}
	return false
}

// batchable reports whether a change alters an existing table, in a way
// a batch can say (a deferrable unique constraint and a foreign key to
// another schema take op.Exec).
func batchable(c diff.Change, dialectName string) bool {
	switch c := c.(type) {
	case diff.AddUnique:
		return c.U.Deferrable == schema.NotDeferrable
	case diff.AddForeignKey:
		return c.FK.RefSchema == ""
	case diff.AddColumn, diff.DropColumn, diff.ModifyColumn, diff.RenameColumn,
		diff.DropUnique, diff.DropForeignKey,
		diff.AddCheck, diff.DropCheck, diff.AddPrimaryKey, diff.DropPrimaryKey:
		return true
	}
	return false
}

type renderer struct {
	o         Options
	d         dialect.Dialect
	conv      naming.Convention
	newTables map[string]bool       // tables the changes create
	hints     map[int][]string      // rename hints, by change index
	fills     map[string][]string   // by table, columns a batch adds with a zero-value default to drop after it
	after     map[string][]jen.Code // by table, what goes after its batch block
}

// comments returns comment lines, for a function body.
func comments(lines ...string) []jen.Code {
	var out []jen.Code
	for _, l := range lines {
		for _, part := range strings.Split(l, "\n") {
			out = append(out, bodyComment(part))
		}
	}
	return out
}

// bodyComment writes a // comment indented, as it is: jennifer would
// write it at column 0, where gofmt formats it as a doc comment and
// turns the two quotes of an SQL string's empty text into one closing
// quote.
func bodyComment(s string) jen.Code {
	if s == "" {
		return jen.Op("\t//")
	}
	return jen.Op("\t// " + s)
}

// change writes one change.
func (r *renderer) change(c diff.Change) ([]jen.Code, error) {
	var out []jen.Code
	out = append(out, comments(r.hazards(c)...)...)
	switch c := c.(type) {
	case diff.AddTable:
		code, err := r.createTable(c.T)
		if err != nil {
			return nil, err
		}
		out = append(out, code...)
	case diff.DropTable:
		out = append(out, op("DropTable").Call(jen.Lit(c.T.QualifiedName())))
	case diff.RenameTable:
		out = append(out, op("RenameTable").Call(jen.Lit(c.From), jen.Lit(c.To)))
	case diff.AddIndex:
		if c.I.Unique && !r.newTables[c.Table] {
			out = append(out, comments(fmt.Sprintf("Hazard: fails if %s has duplicate rows for the index's keys: remove them first.", c.Table))...)
		}
		if r.o.Dialect != "sqlite" && !r.newTables[c.Table] {
			out = append(out, comments(fmt.Sprintf("Builds the index while blocking writes to %s; on a big table, use m.Concurrently\ninside op.AutocommitBlock instead.", c.Table))...)
		}
		ix := c.I
		if r.o.Dialect == "sqlite" {
			// SQLite has neither NULLS FIRST/LAST in an index nor operator
			// classes; its dialect leaves them out.
			ix = &schema.Index{Name: ix.Name, Unique: ix.Unique, Where: ix.Where, Method: ix.Method, Include: ix.Include}
			for _, p := range c.I.Parts {
				p.Nulls, p.OpClass = "", ""
				ix.Parts = append(ix.Parts, p)
			}
		}
		if !expressible(ix) {
			// CREATE INDEX ix ON t (a DESC NULLS FIRST, b text_pattern_ops)
			stmts, err := r.d.CreateIndex(tableName(c.Table), ix, dialect.IndexOptions{})
			if err != nil {
				return nil, fmt.Errorf("index %s: %w", ix.Name, err)
			}
			out = append(out, comments("The op API cannot say NULLS FIRST/LAST, an operator class, a collation or the order\nof an expression: the index is created in SQL.")...)
			for _, st := range stmts {
				out = append(out, op("Exec").Call(jen.Lit(st)))
			}
			break
		}
		out = append(out, op("CreateIndex").Call(append([]jen.Code{r.name(naming.Index, ix.Name), jen.Lit(c.Table)}, r.indexElems(ix)...)...))
	case diff.DropIndex:
		out = append(out, op("DropIndex").Call(r.name(naming.Index, c.I.Name), jen.Lit(c.Table)))
	case diff.TableComment:
		if c.To == "" {
			out = append(out, op("DropTableComment").Call(jen.Lit(c.Table)))
		} else {
			out = append(out, op("SetTableComment").Call(jen.Lit(c.Table), jen.Lit(c.To)))
		}
	case diff.AddEnum:
		args := []jen.Code{jen.Lit(enumName(c.E))}
		for _, v := range c.E.Values {
			args = append(args, jen.Lit(v))
		}
		out = append(out, op("CreateEnum").Call(args...))
	case diff.DropEnum:
		out = append(out, op("DropEnum").Call(jen.Lit(enumName(c.E))))
	case diff.EnumValuesChanged:
		out = append(out, r.recreateEnum(c)...)
	case diff.TablePartitioning:
		out = append(out, comments(
			fmt.Sprintf("Table %s: partitioned %s, to be partitioned %s.", c.Table, diff.Partitioning(c.From), diff.Partitioning(c.To)),
			"PostgreSQL cannot change how a table is partitioned in place: create the table anew,",
			"copy its rows, drop the old one and rename the new one, by hand.")...)
	default:
		// A change of an existing table, outside a batch.
		code, err := r.tableChange(c, "op", true)
		if err != nil {
			return nil, err
		}
		out = append(out, code...)
	}
	return out, nil
}

// batch writes the changes of one table inside op.BatchAlterTable.
func (r *renderer) batch(table string, all []diff.Change, group []int) ([]jen.Code, error) {
	var body []jen.Code
	rebuild := false
	for _, i := range group {
		c := all[i]
		body = append(body, comments(r.hints[i]...)...)
		body = append(body, comments(r.hazards(c)...)...)
		code, err := r.tableChange(c, "b", false)
		if err != nil {
			return nil, err
		}
		body = append(body, code...)
		switch c := c.(type) {
		case diff.AddColumn:
			// ALTER TABLE ADD COLUMN where SQLite has it, else a rebuild.
			if r.o.Dialect == "sqlite" {
				col := *c.C
				if fill := r.o.zeroFill(c.Table, c.C); fill != "" {
					col.Default = fill
				}
				if _, err := (sqlite.Dialect{}).AddColumn(tableName(c.Table), &col); errors.Is(err, dialect.ErrNeedsRebuild) {
					rebuild = true
				}
			}
		case diff.RenameColumn:
		case diff.ModifyColumn:
			rebuild = rebuild || c.What&(diff.ChangeType|diff.ChangeNull|diff.ChangeDefault|diff.ChangeIdentity|diff.ChangeCollation|diff.ChangeGenerated) != 0
		default:
			rebuild = true
		}
	}
	var out []jen.Code
	if rebuild && r.o.Dialect == "sqlite" {
		out = append(out, comments(fmt.Sprintf("SQLite rebuilds table %s once for this block: every row is copied under the write lock.", table))...)
	}
	out = append(out, op("BatchAlterTable").Call(jen.Lit(table),
		jen.Func().Params(jen.Id("b").Op("*").Qual(MigratePath, "Batch")).Block(body...)))
	// The zero-value defaults filled the rows the block copied; a second
	// block drops them.
	if fills := r.fills[table]; len(fills) > 0 {
		var drops []jen.Code
		for _, col := range fills {
			drops = append(drops, jen.Id("b").Dot("AlterColumn").Call(jen.Lit(col), m("DropDefault")))
		}
		out = append(out, op("BatchAlterTable").Call(jen.Lit(table),
			jen.Func().Params(jen.Id("b").Op("*").Qual(MigratePath, "Batch")).Block(drops...)))
		delete(r.fills, table)
	}
	out = append(out, r.after[table]...)
	delete(r.after, table)
	return out, nil
}

// serialSequence writes, for a PostgreSQL serial column whose integer
// type changes, the change of its sequence's type, which does not follow
// the column's (an identity's does): a serial widened to bigint would
// still stop at 2^31.
func (r *renderer) serialSequence(c diff.ModifyColumn, withTable bool) []jen.Code {
	if r.o.Dialect == "sqlite" || c.What&diff.ChangeType == 0 || c.From.Identity != schema.IdentitySerial || !c.To.Type.IsInteger() {
		return nil
	}
	typ, err := r.d.TypeSQL(c.To.Type)
	if err != nil {
		return nil
	}
	note := fmt.Sprintf("The sequence of serial column %s.%s keeps its own type: it changes too.", c.Table, c.To.Name)
	stmt := fmt.Sprintf("DO $$ DECLARE seq text := pg_get_serial_sequence(%s, %s); BEGIN IF seq IS NOT NULL THEN EXECUTE format('ALTER SEQUENCE %%s AS %s', seq); END IF; END $$",
		dialect.QuoteString(dialect.Qualify(r.d, tableName(c.Table))), dialect.QuoteString(c.To.Name), typ)
	code := append(comments(note), op("Exec").Call(jen.Lit(stmt)))
	if !withTable { // in a batch block: after it, once the column has its type
		r.after[c.Table] = append(r.after[c.Table], code...)
		return nil
	}
	return code
}

// tableChange writes a change of an existing table, as op.X(table, …)
// (withTable) or b.X(…) inside a batch.
func (r *renderer) tableChange(c diff.Change, recv string, withTable bool) ([]jen.Code, error) {
	// op.X(…) or b.X(…): outside a batch the table is an argument too,
	// after the object's name for constraints and indexes, first for
	// columns.
	call := func(name string, args ...jen.Code) jen.Code { return jen.Id(recv).Dot(name).Call(args...) }
	tbl := func(table string) []jen.Code {
		if withTable {
			return []jen.Code{jen.Lit(table)}
		}
		return nil
	}
	switch c := c.(type) {
	case diff.AddColumn:
		fill := r.o.zeroFill(c.Table, c.C)
		added := c.C
		if fill != "" {
			cp := *c.C
			cp.Default = fill
			added = &cp
		}
		col, err := r.column(added, false)
		if err != nil {
			return nil, err
		}
		out := []jen.Code{call("AddColumn", append(tbl(c.Table), col)...)}
		if fill != "" {
			if withTable {
				out = append(out, call("AlterColumn", jen.Lit(c.Table), jen.Lit(c.C.Name), m("DropDefault")))
			} else {
				r.fills[c.Table] = append(r.fills[c.Table], c.C.Name)
			}
		}
		return out, nil
	case diff.DropColumn:
		return []jen.Code{call("DropColumn", append(tbl(c.Table), jen.Lit(c.C.Name))...)}, nil
	case diff.RenameColumn:
		return []jen.Code{call("AlterColumn", append(tbl(c.Table), jen.Lit(c.From), m("RenameTo").Call(jen.Lit(c.To)))...)}, nil
	case diff.ModifyColumn:
		args := append(tbl(c.Table), jen.Lit(c.From.Name))
		alters, err := r.alterations(c)
		if err != nil {
			return nil, err
		}
		var out []jen.Code
		if len(alters) > 0 {
			out = append(out, call("AlterColumn", append(args, alters...)...))
		}
		out = append(out, r.serialSequence(c, withTable)...)
		manual := c.What &^ (diff.ChangeType | diff.ChangeNull | diff.ChangeDefault | diff.ChangeComment)
		if r.o.Dialect == "sqlite" {
			manual &^= diff.ChangeComment
		}
		if manual&diff.ChangeIdentity != 0 && identityChange(c) != "" {
			manual &^= diff.ChangeIdentity
		}
		if manual != 0 {
			out = append(out, comments(fmt.Sprintf("%s.%s: %s changed; autogen has no operation for it: change it by hand", c.Table, c.To.Name, manual))...)
		}
		return out, nil
	case diff.AddIndex:
		if withTable {
			return []jen.Code{op("CreateIndex").Call(append([]jen.Code{r.name(naming.Index, c.I.Name), jen.Lit(c.Table)}, r.indexElems(c.I)...)...)}, nil
		}
		return []jen.Code{jen.Id(recv).Dot("CreateIndex").Call(append([]jen.Code{r.name(naming.Index, c.I.Name)}, r.indexElems(c.I)...)...)}, nil
	case diff.DropIndex:
		if withTable {
			return []jen.Code{op("DropIndex").Call(r.name(naming.Index, c.I.Name), jen.Lit(c.Table))}, nil
		}
		return []jen.Code{jen.Id(recv).Dot("DropIndex").Call(r.name(naming.Index, c.I.Name))}, nil
	case diff.AddUnique:
		if c.U.Deferrable != schema.NotDeferrable {
			code, err := r.constraintSQL(c.Table, c.U)
			return []jen.Code{code}, err
		}
		return []jen.Code{call("CreateUniqueConstraint", append(append([]jen.Code{r.name(naming.Unique, c.U.Name)}, tbl(c.Table)...), cols(c.U.Columns))...)}, nil
	case diff.AddCheck:
		return []jen.Code{call("CreateCheckConstraint", append(append([]jen.Code{r.name(naming.Check, c.C.Name)}, tbl(c.Table)...), jen.Lit(c.C.Expr))...)}, nil
	case diff.AddPrimaryKey:
		return []jen.Code{call("CreatePrimaryKey", append(append([]jen.Code{r.name(naming.PrimaryKey, c.PK.Name)}, tbl(c.Table)...), cols(c.PK.Columns))...)}, nil
	case diff.AddForeignKey:
		if c.FK.RefSchema != "" {
			code, err := r.constraintSQL(c.Table, c.FK)
			return []jen.Code{code}, err
		}
		args := append(append([]jen.Code{r.name(naming.ForeignKey, c.FK.Name)}, tbl(c.Table)...), cols(c.FK.Columns), jen.Lit(c.FK.RefTable), cols(c.FK.RefColumns))
		return []jen.Code{call("CreateForeignKey", append(args, fkOptions(c.FK)...)...)}, nil
	case diff.DropUnique:
		return []jen.Code{call("DropConstraint", append([]jen.Code{r.name(naming.Unique, c.U.Name)}, tbl(c.Table)...)...)}, nil
	case diff.DropCheck:
		return []jen.Code{call("DropConstraint", append([]jen.Code{r.name(naming.Check, c.C.Name)}, tbl(c.Table)...)...)}, nil
	case diff.DropPrimaryKey:
		return []jen.Code{call("DropConstraint", append([]jen.Code{r.name(naming.PrimaryKey, c.PK.Name)}, tbl(c.Table)...)...)}, nil
	case diff.DropForeignKey:
		return []jen.Code{call("DropConstraint", append([]jen.Code{r.name(naming.ForeignKey, c.FK.Name)}, tbl(c.Table)...)...)}, nil
	}
	return nil, fmt.Errorf("render: no operation for %T", c)
}

// name writes a constraint or index name: as a plain string, or wrapped
// in m.F where the convention would otherwise fill %(constraint_name)s
// with it.
func (r *renderer) name(k naming.Kind, n string) jen.Code {
	if strings.Contains(r.conv[k], "%(constraint_name)s") {
		return m("F").Call(jen.Lit(n))
	}
	return jen.Lit(n)
}

func cols(names []string) jen.Code {
	args := make([]jen.Code, len(names))
	for i, n := range names {
		args[i] = jen.Lit(n)
	}
	return m("Cols").Call(args...)
}

func fkOptions(fk *schema.ForeignKey) []jen.Code {
	var out []jen.Code
	if a := actionText(fk.OnDelete); a != "" {
		out = append(out, m("OnDelete").Call(jen.Lit(a)))
	}
	if a := actionText(fk.OnUpdate); a != "" {
		out = append(out, m("OnUpdate").Call(jen.Lit(a)))
	}
	if fk.Match != "" && !strings.EqualFold(fk.Match, "SIMPLE") {
		out = append(out, m("Match").Call(jen.Lit(strings.ToUpper(fk.Match))))
	}
	switch fk.Deferrable {
	case schema.InitiallyImmediate:
		out = append(out, m("Deferrable"))
	case schema.InitiallyDeferred:
		out = append(out, m("InitiallyDeferred"))
	}
	return out
}

func actionText(a string) string {
	a = strings.ToUpper(strings.TrimSpace(a))
	if a == "NO ACTION" {
		return ""
	}
	return a
}

// createTable writes op.CreateTable with the table's columns and
// constraints. A single-column primary key the convention would name
// anyway is written on its column; other names are written out. What
// the op API cannot say follows in SQL: deferrable unique constraints
// and foreign keys to tables of other schemas (ALTER TABLE … ADD
// CONSTRAINT), and a partition (CREATE TABLE … PARTITION OF).
func (r *renderer) createTable(t *schema.Table) ([]jen.Code, error) {
	name := t.QualifiedName()
	if t.PartitionOf != "" {
		return r.createPartition(t)
	}
	var after []jen.Code
	for _, u := range t.Uniques {
		if u.Deferrable != schema.NotDeferrable {
			code, err := r.constraintSQL(name, u)
			if err != nil {
				return nil, err
			}
			after = append(after, code)
		}
	}
	for _, fk := range t.ForeignKeys {
		if fk.RefSchema != "" {
			code, err := r.constraintSQL(name, fk)
			if err != nil {
				return nil, err
			}
			after = append(after, code)
		}
	}
	args := []jen.Code{jen.Lit(name)}
	var pkCol string
	if t.PrimaryKey != nil && len(t.PrimaryKey.Columns) == 1 {
		if n, err := r.conv.Name(naming.PrimaryKey, naming.Object{Table: t.Name, Columns: t.PrimaryKey.Columns}, r.d.MaxIdentLen()); err == nil && n == t.PrimaryKey.Name {
			pkCol = t.PrimaryKey.Columns[0]
		}
	}
	var lines []jen.Code
	for _, c := range t.Columns {
		col, err := r.column(c, c.Name == pkCol)
		if err != nil {
			return nil, fmt.Errorf("table %s: %w", t.Name, err)
		}
		lines = append(lines, col)
	}
	if t.PrimaryKey != nil && pkCol == "" {
		lines = append(lines, m("PrimaryKeyConstraint").Call(r.name(naming.PrimaryKey, t.PrimaryKey.Name), cols(t.PrimaryKey.Columns)))
	}
	for _, u := range t.Uniques {
		if u.Deferrable == schema.NotDeferrable { // deferrable ones: deferrableUniques
			lines = append(lines, m("UniqueConstraint").Call(r.name(naming.Unique, u.Name), cols(u.Columns)))
		}
	}
	for _, ck := range t.Checks {
		lines = append(lines, m("CheckConstraint").Call(r.name(naming.Check, ck.Name), jen.Lit(ck.Expr)))
	}
	for _, fk := range t.ForeignKeys {
		if fk.RefSchema != "" {
			continue // after
		}
		args := []jen.Code{r.name(naming.ForeignKey, fk.Name), cols(fk.Columns), jen.Lit(fk.RefTable), cols(fk.RefColumns)}
		lines = append(lines, m("ForeignKey").Call(append(args, fkOptions(fk)...)...))
	}
	if t.Comment != "" && r.o.Dialect != "sqlite" {
		lines = append(lines, m("TableComment").Call(jen.Lit(t.Comment)))
	}
	options := t.Options
	if t.Partitioning != "" {
		options = strings.TrimSpace("PARTITION BY " + t.Partitioning + " " + options)
	}
	if options != "" {
		lines = append(lines, m("TableOptions").Call(jen.Lit(options)))
	}
	// op.CreateTable("name",
	//	m.Col(…),
	//	…
	// )
	for _, l := range lines {
		args = append(args, jen.Line().Add(l))
	}
	return append([]jen.Code{op("CreateTable").Call(append(args, jen.Line())...)}, after...), nil
}

// createPartition writes a partition: CREATE TABLE … PARTITION OF, which
// gives it its parent's columns, defaults and keys, then what it has of
// its own.
func (r *renderer) createPartition(t *schema.Table) ([]jen.Code, error) {
	name := t.QualifiedName()
	stmts, err := r.d.CreateTable(&schema.Table{Schema: t.Schema, Name: t.Name, PartitionOf: t.PartitionOf, PartitionBound: t.PartitionBound})
	if err != nil {
		return nil, fmt.Errorf("partition %s: %w", name, err)
	}
	out := comments("A partition: the op API cannot say PARTITION OF.")
	for _, st := range stmts {
		out = append(out, op("Exec").Call(jen.Lit(st)))
	}
	if pk := t.PrimaryKey; pk != nil {
		out = append(out, op("CreatePrimaryKey").Call(r.name(naming.PrimaryKey, pk.Name), jen.Lit(name), cols(pk.Columns)))
	}
	for _, u := range t.Uniques {
		code, err := r.tableChange(diff.AddUnique{Table: name, U: u}, "op", true)
		if err != nil {
			return nil, err
		}
		out = append(out, code...)
	}
	for _, ck := range t.Checks {
		out = append(out, op("CreateCheckConstraint").Call(r.name(naming.Check, ck.Name), jen.Lit(name), jen.Lit(ck.Expr)))
	}
	for _, fk := range t.ForeignKeys {
		code, err := r.tableChange(diff.AddForeignKey{Table: name, FK: fk}, "op", true)
		if err != nil {
			return nil, err
		}
		out = append(out, code...)
	}
	if t.Comment != "" && r.o.Dialect != "sqlite" {
		out = append(out, op("SetTableComment").Call(jen.Lit(name), jen.Lit(t.Comment)))
	}
	for _, c := range t.Columns {
		if c.Comment != "" && r.o.Dialect != "sqlite" {
			out = append(out, op("AlterColumn").Call(jen.Lit(name), jen.Lit(c.Name), m("SetComment").Call(jen.Lit(c.Comment))))
		}
	}
	return out, nil
}

// column writes m.Col(name, type, options…).
func (r *renderer) column(c *schema.Column, pk bool) (jen.Code, error) {
	typ, err := r.typeCode(c.Type)
	if err != nil {
		return nil, fmt.Errorf("column %s: %w", c.Name, err)
	}
	args := []jen.Code{jen.Lit(c.Name), typ}
	if pk {
		args = append(args, m("PrimaryKey"))
	} else if !c.Nullable {
		args = append(args, m("NotNull"))
	}
	switch c.Identity {
	case schema.IdentityByDefault:
		if c.AutoIncrement {
			args = append(args, m("AutoIncrement"))
		} else {
			args = append(args, m("Identity"))
		}
	case schema.IdentityAlways:
		args = append(args, m("IdentityAlways"))
	case schema.IdentitySerial:
		args = append(args, m("Serial"))
	}
	if c.Default != "" && c.Identity == schema.NoIdentity {
		args = append(args, m("Default").Call(jen.Lit(c.Default)))
	}
	if c.Generated != nil {
		if c.Generated.Stored {
			args = append(args, m("Generated").Call(jen.Lit(c.Generated.Expr)))
		} else {
			args = append(args, m("GeneratedVirtual").Call(jen.Lit(c.Generated.Expr)))
		}
	}
	if c.Collation != "" {
		args = append(args, m("Collate").Call(jen.Lit(c.Collation)))
	}
	if c.Comment != "" && r.o.Dialect != "sqlite" {
		args = append(args, m("Comment").Call(jen.Lit(c.Comment)))
	}
	return m("Col").Call(args...), nil
}

// typeCode writes a type: the portable constructor when it spells, on
// this dialect, what the type says (its Raw spelling, when it has one,
// is a synonym); m.Raw with the exact spelling otherwise.
func (r *renderer) typeCode(t schema.Type) (jen.Code, error) {
	dt := r.draftType(t)
	if dt.Kind == schema.Raw {
		return m("Raw").Call(jen.Lit(dt.Raw)), nil
	}
	return portableCode(dt), nil
}

// draftType is the type a draft writes for t: portable, or Raw.
func (r *renderer) draftType(t schema.Type) schema.Type {
	portable := t.Portable()
	if portableCode(portable) == nil {
		return schema.RawType(strings.TrimSpace(portableOrRaw(t)))
	}
	if t.Raw == "" || r.parse(t.Raw).Portable() == portable {
		return portable
	}
	if spelled, err := r.d.TypeSQL(portable); err == nil && sameSpelling(spelled, t.Raw) {
		return portable
	}
	return schema.RawType(t.Raw)
}

// DraftType returns the type a draft for dialectName writes for t: the
// portable type when that spells, on the dialect, what t says, Raw with
// t's spelling otherwise. What the draft creates is what autogenerate
// must compare with: its scratch database creates this type.
func DraftType(dialectName string, t schema.Type) schema.Type {
	o := Options{Dialect: dialectName}
	r := &renderer{o: o, d: o.dialect()}
	return r.draftType(t)
}

// parse reads a type's spelling as the database does.
func (r *renderer) parse(raw string) schema.Type {
	if r.o.Dialect == "sqlite" {
		return sqlite.ParseType(raw)
	}
	return postgres.ParseType(postgres.NormalizeType(raw))
}

func portableOrRaw(t schema.Type) string {
	if t.Raw != "" {
		return t.Raw
	}
	return t.String()
}

func sameSpelling(a, b string) bool {
	n := func(s string) string {
		return strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(s, ", ", ","))), " ")
	}
	return n(a) == n(b)
}

// portableCode writes a portable type, or nil for Raw.
func portableCode(t schema.Type) jen.Code {
	switch t.Kind {
	case schema.BigInt:
		return m("BigInt")
	case schema.Integer:
		return m("Integer")
	case schema.SmallInt:
		return m("SmallInt")
	case schema.Text:
		return m("Text")
	case schema.Varchar:
		return m("Varchar").Call(jen.Lit(t.Length))
	case schema.Char:
		return m("Char").Call(jen.Lit(t.Length))
	case schema.Bool:
		return m("Bool")
	case schema.Timestamp:
		if t.Precision == 0 {
			return m("Timestamp")
		}
	case schema.TimestampTZ:
		if t.Precision == 0 {
			return m("TimestampTZ")
		}
	case schema.Date:
		return m("Date")
	case schema.Time:
		if t.Precision == 0 {
			return m("Time")
		}
	case schema.Numeric:
		return m("Numeric").Call(jen.Lit(t.Precision), jen.Lit(t.Scale))
	case schema.Float:
		return m("Float")
	case schema.Double:
		return m("Double")
	case schema.Bytes:
		return m("Bytes")
	case schema.UUID:
		return m("UUID")
	case schema.JSON:
		return m("JSON")
	case schema.EnumKind:
		return m("Enum").Call(jen.Lit(t.EnumName))
	}
	return nil
}

// indexElems writes an index's keys and options.
func (r *renderer) indexElems(ix *schema.Index) []jen.Code {
	var out []jen.Code
	var run []string
	flush := func() {
		if len(run) > 0 {
			out = append(out, cols(run))
			run = nil
		}
	}
	for _, p := range ix.Parts {
		switch {
		case p.Expr != "":
			flush()
			out = append(out, m("Expr").Call(jen.Lit(exprWithOrder(p))))
		case p.Desc || p.Nulls != "" || p.Collation != "" || p.OpClass != "":
			flush()
			if p.Desc && p.Nulls == "" && p.Collation == "" && p.OpClass == "" {
				out = append(out, m("Desc").Call(jen.Lit(p.Column)))
			} else {
				out = append(out, m("Expr").Call(jen.Lit(exprWithOrder(p))))
			}
		default:
			run = append(run, p.Column)
		}
	}
	flush()
	if ix.Unique {
		out = append(out, m("Unique"))
	}
	if ix.Method != "" && !strings.EqualFold(ix.Method, "btree") {
		out = append(out, m("Method").Call(jen.Lit(ix.Method)))
	}
	if len(ix.Include) > 0 {
		args := make([]jen.Code, len(ix.Include))
		for i, c := range ix.Include {
			args[i] = jen.Lit(c)
		}
		out = append(out, m("Include").Call(args...))
	}
	if ix.Where != "" {
		out = append(out, m("Where").Call(jen.Lit(ix.Where)))
	}
	return out
}

// exprWithOrder spells an index key with its options as SQL, for m.Expr.
func exprWithOrder(p schema.IndexPart) string {
	s := p.Expr
	if s == "" {
		s = postgres.Dialect{}.QuoteIdent(p.Column)
	}
	if p.Collation != "" {
		s += " COLLATE " + postgres.Dialect{}.QuoteIdent(p.Collation)
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
	return s
}

// alterations writes the m.Set… options of a column change.
func (r *renderer) alterations(c diff.ModifyColumn) ([]jen.Code, error) {
	var out []jen.Code
	if c.What&diff.ChangeType != 0 {
		typ, err := r.typeCode(c.To.Type)
		if err != nil {
			return nil, err
		}
		if r.o.Dialect == "sqlite" && c.What&diff.ChangeIdentity != 0 && c.From.Type.IsInteger() && c.To.Type.IsInteger() {
			// SQLite's rowid alias is an INTEGER key: the identity change
			// below declares the type (INTEGER, or BIGINT without it).
			typ = nil
		}
		if typ != nil {
			out = append(out, m("SetType").Call(typ))
		}
		if r.o.Dialect == "postgres" && needsUsing(c.From.Type, c.To.Type) {
			spelled, err := r.d.TypeSQL(c.To.Type.Portable())
			if err != nil {
				spelled = c.To.Type.Raw
			}
			out = append(out, m("Using").Call(jen.Lit(postgres.Dialect{}.QuoteIdent(c.From.Name)+"::"+spelled)))
		}
	}
	if c.What&diff.ChangeNull != 0 {
		if c.To.Nullable {
			out = append(out, m("DropNotNull"))
		} else {
			out = append(out, m("SetNotNull"))
		}
	}
	if c.What&diff.ChangeDefault != 0 {
		if c.To.Default == "" {
			out = append(out, m("DropDefault"))
		} else {
			out = append(out, m("SetDefault").Call(jen.Lit(c.To.Default)))
		}
	}
	if c.What&diff.ChangeComment != 0 && r.o.Dialect != "sqlite" {
		if c.To.Comment == "" {
			out = append(out, m("DropComment"))
		} else {
			out = append(out, m("SetComment").Call(jen.Lit(c.To.Comment)))
		}
	}
	if c.What&diff.ChangeIdentity != 0 {
		if name := identityChange(c); name != "" {
			out = append(out, m(name))
		}
	}
	return out, nil
}

// identityChange names the m.… column change that makes a column's
// identity what the change wants, or "" when there is none: a serial
// column's sequence, and SQLite's AUTOINCREMENT, are changed by hand.
func identityChange(c diff.ModifyColumn) string {
	from, to := c.From.Identity, c.To.Identity
	if from == schema.IdentitySerial || to == schema.IdentitySerial || c.From.AutoIncrement != c.To.AutoIncrement {
		return ""
	}
	switch to {
	case schema.IdentityByDefault:
		return "AddIdentity"
	case schema.IdentityAlways:
		return "AddIdentityAlways"
	}
	return "DropIdentity"
}

// needsUsing reports whether PostgreSQL needs a USING clause to convert
// values between two types (no implicit assignment cast).
func needsUsing(from, to schema.Type) bool {
	text := func(k schema.Kind) bool { return k == schema.Text || k == schema.Varchar || k == schema.Char }
	num := func(k schema.Kind) bool {
		return k == schema.BigInt || k == schema.Integer || k == schema.SmallInt || k == schema.Numeric || k == schema.Float || k == schema.Double
	}
	f, t := from.Kind, to.Kind
	switch {
	case f == t, text(f) && text(t), num(f) && num(t), text(t) && f != schema.Bytes:
		return false
	case (f == schema.Timestamp || f == schema.TimestampTZ || f == schema.Date) && (t == schema.Timestamp || t == schema.TimestampTZ || t == schema.Date):
		return false
	case f == schema.JSON && t == schema.JSON:
		return false
	}
	return true
}

// enumName is an enum type's name as operations take it: schema.name
// outside the default schema.
func enumName(e *schema.Enum) string {
	if e.Schema == "" {
		return e.Name
	}
	return e.Schema + "." + e.Name
}

// recreateEnum writes the manual steps PostgreSQL needs for an enum whose
// values were removed or reordered, commented out: they rewrite every
// column of the type and fail if a row holds a removed value. They stand
// where the tables are the database's (see diff.EnumValuesChanged).
func (r *renderer) recreateEnum(c diff.EnumValuesChanged) []jen.Code {
	pg := postgres.Dialect{}
	name := c.To.Name
	typ := dialect.Qualify(pg, dialect.TableName{Schema: c.To.Schema, Name: name})
	old := &schema.Enum{Schema: c.To.Schema, Name: name + "_old"}
	var lines []string
	lines = append(lines,
		fmt.Sprintf("Enum %s: values (%s) become (%s).", enumName(c.To), strings.Join(c.From.Values, ", "), strings.Join(c.To.Values, ", ")),
		"PostgreSQL cannot remove or reorder enum values in place. Check that no row",
		"holds a removed value, then recreate the type:",
		"",
		fmt.Sprintf("op.Exec(%q)", fmt.Sprintf("ALTER TYPE %s RENAME TO %s", typ, pg.QuoteIdent(name+"_old"))),
	)
	args := []string{fmt.Sprintf("%q", enumName(c.To))}
	for _, v := range c.To.Values {
		args = append(args, fmt.Sprintf("%q", v))
	}
	lines = append(lines, fmt.Sprintf("op.CreateEnum(%s)", strings.Join(args, ", ")))
	for _, u := range enumUsers(r.o.Current, enumName(c.To)) {
		alter := fmt.Sprintf("ALTER TABLE %s ALTER COLUMN %s ", dialect.Qualify(pg, u.table), pg.QuoteIdent(u.column))
		if u.def != "" {
			// A default of the old type cannot be cast: set it again after.
			lines = append(lines, fmt.Sprintf("op.Exec(%q)", alter+"DROP DEFAULT"))
		}
		lines = append(lines, fmt.Sprintf("op.Exec(%q)", alter+fmt.Sprintf("TYPE %s USING %s::text::%s", typ, pg.QuoteIdent(u.column), typ)))
		if u.def != "" {
			lines = append(lines, fmt.Sprintf("op.Exec(%q)", alter+"SET DEFAULT "+u.def))
		}
	}
	lines = append(lines, fmt.Sprintf("op.DropEnum(%q)", enumName(old)))
	return comments(lines...)
}

// enumUser is a column of an enum type, and its default.
type enumUser struct {
	table  dialect.TableName
	column string
	def    string
}

// enumUsers lists the columns of s whose type is the enum qualified
// (schema.name, or name in the default schema).
func enumUsers(s *schema.Schema, qualified string) []enumUser {
	if s == nil {
		return nil
	}
	var out []enumUser
	for _, t := range s.Tables {
		for _, c := range t.Columns {
			if c.Type.Kind == schema.EnumKind && c.Type.EnumName == qualified {
				out = append(out, enumUser{dialect.Table(t), c.Name, c.Default})
			}
		}
	}
	slices.SortFunc(out, func(a, b enumUser) int {
		return strings.Compare(a.table.Schema+"."+a.table.Name+"."+a.column, b.table.Schema+"."+b.table.Name+"."+b.column)
	})
	return out
}
