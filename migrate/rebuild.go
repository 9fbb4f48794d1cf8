package migrate

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/autogen-go/autogen/dialect"
	"github.com/autogen-go/autogen/dialect/sqlite"
	"github.com/autogen-go/autogen/naming"
	"github.com/autogen-go/autogen/schema"
)

// currentTable returns the table's definition: given by m.CopyFrom, or
// read from the database (offline on SQLite: from the shadow copy).
func (op *Op) currentTable(tn dialect.TableName, o batchOptions) (*schema.Table, error) {
	off, offline := op.x.(*offline)
	if o.copyFrom != nil {
		t := o.copyFrom.Clone()
		t.Schema, t.Name = tn.Schema, tn.Name
		if offline {
			if err := off.adopt(op.ctx, t); err != nil {
				return nil, err
			}
		}
		// The indexes the table has are rebuilt with it, named or not in
		// the definition.
		if q, err := op.x.querier(op.ctx); err == nil {
			if ts, err := sqlite.InspectTables(op.ctx, q, tn.Name); err == nil {
				for _, ix := range ts[0].Indexes {
					if !slices.ContainsFunc(t.Indexes, func(d *schema.Index) bool { return strings.EqualFold(d.Name, ix.Name) }) {
						t.Indexes = append(t.Indexes, ix)
					}
				}
			}
		}
		return t, nil
	}
	q, err := op.x.querier(op.ctx)
	if err != nil {
		return nil, err
	}
	if offline && off.shadow != nil {
		var n int
		if err := off.shadow.QueryRowContext(op.ctx, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ? COLLATE NOCASE", tn.Name).Scan(&n); err != nil {
			return nil, err
		}
		if n == 0 {
			return nil, fmt.Errorf("table %q is not in the schema the script's revisions built (it was made outside them), and rebuilding it %w: give its definition with op.BatchAlterTable(%q, …, m.CopyFrom(…))", tn.Name, ErrOffline, tn.Name)
		}
	}
	ts, err := sqlite.InspectTables(op.ctx, q, tn.Name)
	if err != nil {
		return nil, fmt.Errorf("read table %s: %w", tn, err)
	}
	return ts[0], nil
}

// rebuild makes a table's changes by rebuilding it, following SQLite's
// procedure for schema changes ALTER TABLE cannot make
// (https://sqlite.org/lang_altertable.html#otheralter), inside the
// migration's transaction, with foreign keys off (the runner switched
// them off around the transaction):
//
//  1. remember the table's triggers, and drop the views and the other
//     tables' triggers that mention it;
//  2. create the new table under a temporary name and copy the rows;
//  3. drop the old table and rename the new one;
//  4. recreate indexes, triggers and views; keep AUTOINCREMENT's counter;
//  5. check foreign keys: the runner runs foreign_key_check on the whole
//     database before the commit, when the connection enforced them.
//
// Columns that are only renamed are renamed in place first, so that
// references to them elsewhere follow.
func (op *Op) rebuild(tn dialect.TableName, ch *batchChanges, o batchOptions) error {
	ctx := op.ctx
	cur, err := op.currentTable(tn, o)
	if err != nil {
		return err
	}
	renames, rest := splitRenames(cur, ch)
	if len(renames) > 0 {
		var stmts []string
		for _, r := range renames {
			s, err := op.impl.AlterColumn(tn, dialect.ColumnChange{Column: r[0], Rename: r[1]}, nil)
			if err != nil {
				return err
			}
			stmts = append(stmts, s...)
		}
		if err := op.run(stmts); err != nil {
			return err
		}
		renameColumns(cur, renames)
	}
	next, copied, err := op.applyToTable(cur, rest)
	if err != nil {
		return fmt.Errorf("table %s: %w", tn, err)
	}
	q, err := op.x.querier(op.ctx)
	if err != nil {
		return err
	}
	own, deps, err := dependents(ctx, q, tn.Name)
	if err != nil {
		return err
	}
	seq, err := sequence(ctx, q, tn.Name)
	if err != nil {
		return err
	}

	tmp := "_autogen_new_" + tn.Name
	var stmts []string
	for _, d := range deps {
		stmts = append(stmts, fmt.Sprintf("DROP %s %s", strings.ToUpper(d.kind), op.impl.QuoteIdent(d.name)))
	}
	nt := next.Clone()
	nt.Name, nt.Indexes = tmp, nil
	create, err := op.impl.CreateTable(nt)
	if err != nil {
		return err
	}
	stmts = append(stmts, create...)
	if len(copied) > 0 {
		to := make([]string, len(copied))
		from := make([]string, len(copied))
		for i, c := range copied {
			to[i], from[i] = c[0], c[1]
		}
		stmts = append(stmts, fmt.Sprintf("INSERT INTO %s (%s) SELECT %s FROM %s", op.impl.QuoteIdent(tmp),
			dialect.QuoteList(op.impl, to), dialect.QuoteList(op.impl, from), dialect.Qualify(op.impl, tn)))
	}
	stmts = append(stmts, op.impl.DropTable(tn)...)
	stmts = append(stmts, op.impl.RenameTable(dialect.TableName{Schema: tn.Schema, Name: tmp}, tn.Name)...)
	for _, ix := range next.Indexes {
		s, err := op.impl.CreateIndex(tn, ix, dialect.IndexOptions{})
		if err != nil {
			return err
		}
		stmts = append(stmts, s...)
	}
	for _, d := range slices.Concat(own, deps) {
		stmts = append(stmts, d.sql)
	}
	if seq != nil && next.Column(autoIncrementColumn(next)) != nil {
		stmts = append(stmts, fmt.Sprintf("UPDATE sqlite_sequence SET seq = max(seq, %d) WHERE name = %s", *seq, dialect.QuoteString(tn.Name)))
	}
	if err := op.run(stmts); err != nil {
		return err
	}
	op.x.noteRebuild()
	return op.checkDependents(tn.Name, slices.Concat(own, deps))
}

// checkDependents makes SQLite compile the views and triggers a rebuild
// created again, which it does not do when it creates them: one that
// names a column the rebuild dropped fails the migration here, as
// SQLite's own DROP COLUMN fails, not on its next use. A view is read
// with LIMIT 0; a table's triggers are compiled by an INSERT, an UPDATE of
// every column and a DELETE that touch no row.
func (op *Op) checkDependents(table string, ds []dependent) error {
	q, err := op.x.querier(op.ctx)
	if err != nil {
		return err
	}
	try := func(what, stmt string) error {
		rows, err := q.QueryContext(op.ctx, stmt)
		if err == nil {
			err = rows.Close()
		}
		if err != nil {
			return fmt.Errorf("%s no longer works after rebuilding %s: %w; change or drop it in the revision, before the change", what, table, err)
		}
		return nil
	}
	triggers := map[string][]string{} // by table, lower case
	for _, d := range ds {
		if d.kind == "trigger" {
			triggers[strings.ToLower(d.tbl)] = append(triggers[strings.ToLower(d.tbl)], d.name)
		}
	}
	checked := map[string]bool{}
	for _, d := range ds {
		if d.kind == "view" {
			if err := try("view "+d.name, "SELECT * FROM "+op.impl.QuoteIdent(d.name)+" LIMIT 0"); err != nil {
				return err
			}
			continue
		}
		if checked[strings.ToLower(d.tbl)] {
			continue
		}
		checked[strings.ToLower(d.tbl)] = true
		ts, err := sqlite.InspectTables(op.ctx, q, d.tbl)
		if err != nil {
			continue // a trigger on a view (INSTEAD OF): left to its next use
		}
		var cols []string
		for _, c := range ts[0].Columns {
			if c.Generated == nil {
				cols = append(cols, op.impl.QuoteIdent(c.Name))
			}
		}
		if len(cols) == 0 {
			continue
		}
		t := op.impl.QuoteIdent(d.tbl)
		sets := make([]string, len(cols))
		for i, c := range cols {
			sets[i] = c + " = " + c
		}
		for _, stmt := range []string{
			fmt.Sprintf("INSERT INTO %s (%s) SELECT %s FROM %s WHERE 0", t, cols[0], cols[0], t),
			fmt.Sprintf("UPDATE %s SET %s WHERE 0", t, strings.Join(sets, ", ")),
			fmt.Sprintf("DELETE FROM %s WHERE 0", t),
		} {
			if err := try(fmt.Sprintf("a trigger on %s (%s)", d.tbl, strings.Join(triggers[strings.ToLower(d.tbl)], ", ")), stmt); err != nil {
				return err
			}
		}
	}
	return nil
}

// splitRenames takes out the renames of existing columns, which SQLite
// makes in place (updating references in other tables, indexes and
// triggers), and returns them with the other changes, expressed on the
// new names.
func splitRenames(cur *schema.Table, ch *batchChanges) ([][2]string, []change) {
	var renames [][2]string
	var rest []change
	names := map[string]string{} // old → new, for later changes
	for _, c := range ch.changes {
		if c.kind == alterColumn && c.alter.rename != "" && c.alter.rename != c.name && cur.Column(c.name) != nil {
			renames = append(renames, [2]string{c.name, c.alter.rename})
			names[c.name] = c.alter.rename
			c.name = c.alter.rename
			c.alter.rename = ""
			if c.alter.typ == nil && c.alter.nullable == nil && c.alter.def == nil && c.alter.comment == nil && c.alter.identity == nil {
				continue
			}
		}
		rest = append(rest, c)
	}
	return renames, rest
}

// renameColumns renames columns in a table definition, as SQLite's
// RENAME COLUMN does in the database.
func renameColumns(t *schema.Table, renames [][2]string) {
	for _, r := range renames {
		renameColumn(t, r[0], r[1])
	}
}

func renameColumn(t *schema.Table, from, to string) {
	ren := func(cols []string) {
		for i, c := range cols {
			if strings.EqualFold(c, from) {
				cols[i] = to
			}
		}
	}
	if c := t.Column(from); c != nil {
		c.Name = to
		if c.Generated != nil {
			c.Generated.Expr = renameIdent(c.Generated.Expr, from, to)
		}
	}
	for _, c := range t.Columns {
		if c.Generated != nil {
			c.Generated.Expr = renameIdent(c.Generated.Expr, from, to)
		}
	}
	if t.PrimaryKey != nil {
		ren(t.PrimaryKey.Columns)
	}
	for _, u := range t.Uniques {
		ren(u.Columns)
	}
	for _, fk := range t.ForeignKeys {
		ren(fk.Columns)
		if strings.EqualFold(fk.RefTable, t.Name) {
			ren(fk.RefColumns)
		}
	}
	for _, ck := range t.Checks {
		ck.Expr = renameIdent(ck.Expr, from, to)
	}
	for _, ix := range t.Indexes {
		for i := range ix.Parts {
			p := &ix.Parts[i]
			if strings.EqualFold(p.Column, from) {
				p.Column = to
			}
			if p.Expr != "" {
				p.Expr = renameIdent(p.Expr, from, to)
			}
		}
		ix.Where = renameIdent(ix.Where, from, to)
	}
}

// applyToTable returns the table after the changes, and the columns to
// copy: pairs of the new table's column and the old table's.
func (op *Op) applyToTable(cur *schema.Table, changes []change) (*schema.Table, [][2]string, error) {
	t := cur.Clone()
	// Keep the declared type of every column the batch does not retype:
	// SQLite kept it as written.
	for _, c := range t.Columns {
		if c.Type.Raw != "" {
			c.Type = schema.RawType(c.Type.Raw)
		}
	}
	origin := map[string]string{} // new column name → old column name
	for _, c := range t.Columns {
		origin[c.Name] = c.Name
	}
	name := func(k naming.Kind, given string, o naming.Object) (string, error) {
		o.Table = t.Name
		return op.name(k, given, o)
	}
	for _, c := range changes {
		switch c.kind {
		case addColumn:
			col := c.col.def
			if t.Column(col.Name) != nil {
				return nil, nil, fmt.Errorf("column %s already exists", col.Name)
			}
			t.Columns = append(t.Columns, &col)
			if c.col.pk {
				if t.PrimaryKey != nil {
					return nil, nil, fmt.Errorf("column %s: the table already has a primary key", col.Name)
				}
				n, err := name(naming.PrimaryKey, "", naming.Object{Columns: []string{col.Name}})
				if err != nil {
					return nil, nil, err
				}
				t.PrimaryKey = &schema.PrimaryKey{Name: n, Columns: []string{col.Name}}
			}
			if c.col.unique {
				n, err := name(naming.Unique, "", naming.Object{Columns: []string{col.Name}})
				if err != nil {
					return nil, nil, err
				}
				t.Uniques = append(t.Uniques, &schema.Unique{Name: n, Columns: []string{col.Name}})
			}
			if c.col.fk != nil {
				fk := *c.col.fk
				t.ForeignKeys = append(t.ForeignKeys, &fk)
			}
		case dropColumn:
			if t.Column(c.name) == nil {
				return nil, nil, fmt.Errorf("no column %s to drop (columns: %s)", c.name, columnNames(t))
			}
			dropColumnFrom(t, c.name)
			delete(origin, c.name)
		case alterColumn:
			col := t.Column(c.name)
			if col == nil {
				return nil, nil, fmt.Errorf("no column %s to alter (columns: %s)", c.name, columnNames(t))
			}
			a := c.alter
			if a.typ != nil {
				col.Type = *a.typ
			}
			if a.nullable != nil {
				col.Nullable = *a.nullable
			}
			if a.def != nil {
				col.Default = *a.def
			}
			if a.comment != nil {
				col.Comment = *a.comment
			}
			if a.identity != nil {
				col.Identity = *a.identity
				if col.Identity == schema.NoIdentity {
					col.AutoIncrement = false
					// SQLite makes an INTEGER key the rowid alias whatever
					// it is told: a plain integer key is declared BIGINT.
					if t.PrimaryKey != nil && len(t.PrimaryKey.Columns) == 1 && t.PrimaryKey.Columns[0] == col.Name &&
						strings.EqualFold(strings.TrimSpace(col.Type.Raw), "INTEGER") {
						col.Type = schema.TypeBigInt
					}
				}
			}
			if a.rename != "" && a.rename != c.name {
				if t.Column(a.rename) != nil {
					return nil, nil, fmt.Errorf("cannot rename column %s to %s: it exists", c.name, a.rename)
				}
				old := origin[c.name]
				renameColumn(t, c.name, a.rename)
				delete(origin, c.name)
				if old != "" {
					origin[a.rename] = old
				}
			}
		case addConstraint:
			if err := addConstraintTo(t, c.constraint); err != nil {
				return nil, nil, err
			}
		case dropConstraint:
			if err := dropConstraintFrom(t, c.name); err != nil {
				return nil, nil, err
			}
		case createIndex:
			if t.Index(c.index.Name) != nil {
				return nil, nil, fmt.Errorf("index %s already exists", c.index.Name)
			}
			ix := *c.index
			t.Indexes = append(t.Indexes, &ix)
		case dropIndex:
			i := slices.IndexFunc(t.Indexes, func(ix *schema.Index) bool { return ix.Name == c.name })
			if i < 0 {
				return nil, nil, fmt.Errorf("no index %s to drop", c.name)
			}
			t.Indexes = slices.Delete(t.Indexes, i, i+1)
		}
	}
	var copied [][2]string
	for _, c := range t.Columns {
		if old, ok := origin[c.Name]; ok && c.Generated == nil {
			copied = append(copied, [2]string{c.Name, old})
		}
	}
	return t, copied, nil
}

func columnNames(t *schema.Table) string {
	names := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		names[i] = c.Name
	}
	return strings.Join(names, ", ")
}

// dropColumnFrom removes a column and, as PostgreSQL's DROP COLUMN does,
// the indexes and constraints that involve it.
func dropColumnFrom(t *schema.Table, name string) {
	t.Columns = slices.DeleteFunc(t.Columns, func(c *schema.Column) bool { return c.Name == name })
	has := func(cols []string) bool {
		return slices.ContainsFunc(cols, func(c string) bool { return strings.EqualFold(c, name) })
	}
	if t.PrimaryKey != nil && has(t.PrimaryKey.Columns) {
		t.PrimaryKey = nil
	}
	t.Uniques = slices.DeleteFunc(t.Uniques, func(u *schema.Unique) bool { return has(u.Columns) })
	t.ForeignKeys = slices.DeleteFunc(t.ForeignKeys, func(fk *schema.ForeignKey) bool { return has(fk.Columns) })
	t.Checks = slices.DeleteFunc(t.Checks, func(c *schema.Check) bool { return mentions(c.Expr, name) })
	t.Indexes = slices.DeleteFunc(t.Indexes, func(ix *schema.Index) bool {
		for _, p := range ix.Parts {
			if strings.EqualFold(p.Column, name) || p.Expr != "" && mentions(p.Expr, name) {
				return true
			}
		}
		return mentions(ix.Where, name)
	})
}

func addConstraintTo(t *schema.Table, c any) error {
	name := ""
	switch k := c.(type) {
	case *schema.PrimaryKey:
		if t.PrimaryKey != nil {
			return fmt.Errorf("the table already has a primary key (%s)", t.PrimaryKey.Name)
		}
		name = k.Name
	case *schema.Unique:
		name = k.Name
	case *schema.Check:
		name = k.Name
	case *schema.ForeignKey:
		name = k.Name
	}
	if name != "" && t.Constraint(name) != nil {
		return fmt.Errorf("constraint %s already exists", name)
	}
	switch k := c.(type) {
	case *schema.PrimaryKey:
		t.PrimaryKey = k
	case *schema.Unique:
		t.Uniques = append(t.Uniques, k)
	case *schema.Check:
		t.Checks = append(t.Checks, k)
	case *schema.ForeignKey:
		t.ForeignKeys = append(t.ForeignKeys, k)
	}
	return nil
}

func dropConstraintFrom(t *schema.Table, name string) error {
	switch c := t.Constraint(name).(type) {
	case *schema.PrimaryKey:
		t.PrimaryKey = nil
		for _, col := range c.Columns {
			// Without its key, a rowid alias is a plain integer column.
			if cc := t.Column(col); cc != nil {
				cc.Identity, cc.AutoIncrement = schema.NoIdentity, false
			}
		}
	case *schema.Unique:
		t.Uniques = slices.DeleteFunc(t.Uniques, func(u *schema.Unique) bool { return u == c })
	case *schema.ForeignKey:
		t.ForeignKeys = slices.DeleteFunc(t.ForeignKeys, func(fk *schema.ForeignKey) bool { return fk == c })
	case *schema.Check:
		t.Checks = slices.DeleteFunc(t.Checks, func(k *schema.Check) bool { return k == c })
	default:
		var names []string
		if t.PrimaryKey != nil && t.PrimaryKey.Name != "" {
			names = append(names, t.PrimaryKey.Name)
		}
		for _, u := range t.Uniques {
			names = append(names, u.Name)
		}
		for _, fk := range t.ForeignKeys {
			names = append(names, fk.Name)
		}
		for _, ck := range t.Checks {
			names = append(names, ck.Name)
		}
		names = slices.DeleteFunc(names, func(n string) bool { return n == "" })
		if len(names) == 0 {
			return fmt.Errorf("no constraint %s: the table has no named constraints", name)
		}
		return fmt.Errorf("no constraint %s (the table has %s)", name, strings.Join(names, ", "))
	}
	return nil
}

func autoIncrementColumn(t *schema.Table) string {
	for _, c := range t.Columns {
		if c.AutoIncrement {
			return c.Name
		}
	}
	return ""
}

// dependent is a trigger or view to recreate after a rebuild.
type dependent struct {
	kind, name, sql string
	tbl             string // the table a trigger is on
}

// dependents returns the table's own triggers (which DROP TABLE drops),
// and the views and other tables' triggers whose SQL mentions the table
// (which the rename would fail on), each with its SQL.
func dependents(ctx context.Context, q dialect.Querier, table string) (own, others []dependent, err error) {
	rows, err := q.QueryContext(ctx, `SELECT type, name, tbl_name, sql FROM sqlite_schema
WHERE type IN ('trigger', 'view') AND sql IS NOT NULL ORDER BY rowid`)
	if err != nil {
		return nil, nil, fmt.Errorf("read triggers and views: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var d dependent
		if err := rows.Scan(&d.kind, &d.name, &d.tbl, &d.sql); err != nil {
			return nil, nil, fmt.Errorf("read triggers and views: %w", err)
		}
		switch {
		case d.kind == "trigger" && strings.EqualFold(d.tbl, table):
			own = append(own, d)
		case mentions(d.sql, table):
			others = append(others, d)
		}
	}
	return own, others, rows.Err()
}

// sequence returns AUTOINCREMENT's counter for the table, if it has one.
func sequence(ctx context.Context, q dialect.Querier, table string) (*int64, error) {
	rows, err := q.QueryContext(ctx, "SELECT seq FROM sqlite_sequence WHERE name = ?", table)
	if err != nil {
		if strings.Contains(err.Error(), "no such table") {
			return nil, nil
		}
		return nil, fmt.Errorf("read sqlite_sequence: %w", err)
	}
	defer rows.Close()
	if rows.Next() {
		var n int64
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		return &n, rows.Err()
	}
	return nil, rows.Err()
}

// mentions reports whether SQL text mentions an identifier (outside
// string literals), case-insensitively.
func mentions(sql, ident string) bool {
	found := false
	walkIdents(sql, func(word string, quoted bool) string {
		if strings.EqualFold(word, ident) {
			found = true
		}
		return ""
	})
	return found
}

// renameIdent replaces the identifier from with to in SQL text, outside
// string literals.
func renameIdent(sql, from, to string) string {
	if sql == "" {
		return sql
	}
	return walkIdents(sql, func(word string, quoted bool) string {
		if strings.EqualFold(word, from) {
			return to
		}
		return ""
	})
}

// walkIdents calls fn for each identifier of sql (bare or double-quoted)
// and returns sql with the identifiers fn returns non-empty replacements
// for replaced (quoted when the original was).
func walkIdents(sql string, fn func(word string, quoted bool) string) string {
	var b strings.Builder
	for i := 0; i < len(sql); {
		c := sql[i]
		switch {
		case c == '\'':
			j := i + 1
			for j < len(sql) {
				if sql[j] == '\'' {
					if j+1 < len(sql) && sql[j+1] == '\'' {
						j += 2
						continue
					}
					break
				}
				j++
			}
			end := min(j+1, len(sql))
			b.WriteString(sql[i:end])
			i = end
		case c == '"' || c == '`' || c == '[':
			closer := c
			if c == '[' {
				closer = ']'
			}
			j := strings.IndexByte(sql[i+1:], closer)
			if j < 0 {
				b.WriteString(sql[i:])
				return b.String()
			}
			word := sql[i+1 : i+1+j]
			if r := fn(word, true); r != "" {
				b.WriteString(string(c) + r + string(closer))
			} else {
				b.WriteString(sql[i : i+j+2])
			}
			i += j + 2
		case c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			j := i
			for j < len(sql) && (sql[j] == '_' || sql[j] == '$' || sql[j] >= 'a' && sql[j] <= 'z' || sql[j] >= 'A' && sql[j] <= 'Z' || sql[j] >= '0' && sql[j] <= '9') {
				j++
			}
			word := sql[i:j]
			if r := fn(word, false); r != "" {
				b.WriteString(r)
			} else {
				b.WriteString(word)
			}
			i = j
		default:
			b.WriteByte(c)
			i++
		}
	}
	return b.String()
}
