package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/autogen-go/autogen/dialect"
	"github.com/autogen-go/autogen/schema"
)

// InspectOptions says what Inspect reads. The zero value reads every
// table.
type InspectOptions struct {
	// Tables, when not nil, is asked about every table found; tables it
	// rejects are left out.
	Tables func(name string) bool
}

// Inspect reads the tables of a SQLite database's main schema into a
// *schema.Schema, in four queries whatever the number of tables (five
// when a foreign key references a primary key without naming its
// columns): sqlite_schema, then the pragma table-valued functions
// table_xinfo, index_list with index_xinfo, and foreign_key_list. What
// the pragmas do not say (constraint names, CHECK constraints,
// AUTOINCREMENT, collations, generated expressions, deferrable foreign
// keys, index expressions and predicates) is read from the CREATE TABLE
// and CREATE INDEX text SQLite keeps.
//
// Mapping: Type.Raw is the declared type as the pragma gives it (as
// written, except that SQLite spells INT, INTEGER, REAL, TEXT, BLOB and
// ANY in upper case), Kind parsed from it (ParseType); Default is the default's text as SQLite keeps it
// (pragma dflt_value, which drops a parenthesised default's outer
// parentheses); the rowid alias (INTEGER PRIMARY KEY) is
// IdentityByDefault and NOT NULL (it can hold no NULL); AUTOINCREMENT
// sets AutoIncrement; WITHOUT ROWID and STRICT go to Table.Options.
// Unnamed UNIQUE constraints are Uniques with Name "". Indexes created by
// CREATE INDEX are Indexes; the automatic indexes behind PRIMARY KEY and
// UNIQUE are not. An index key's Collation is set only where it differs
// from its column's; an expression key is the text written, without
// parentheses around the whole of it. Checks, generated columns and
// partial indexes' predicates are the text written.
//
// Left out: sqlite_* tables, the shadow tables of virtual tables, and
// tables opts.Tables rejects. Views, triggers and virtual tables are
// listed in Schema.Skipped. The result is sorted.
func Inspect(ctx context.Context, q dialect.Querier, opts InspectOptions) (*schema.Schema, error) {
	in := &inspector{q: q, s: &schema.Schema{}}
	if err := in.run(ctx, opts.Tables, nil); err != nil {
		return nil, fmt.Errorf("introspect sqlite: %w", err)
	}
	in.s.Sort()
	slices.SortFunc(in.s.Skipped, func(a, b schema.Skipped) int {
		return cmp.Or(strings.Compare(a.Kind, b.Kind), strings.Compare(a.Name, b.Name))
	})
	return in.s, nil
}

// InspectTables reads the live definition of the named tables (nil: every
// table but sqlite_* and shadow tables), in the order asked (by name for
// nil), each with its columns (declared types, defaults, nullability,
// rowid alias, AUTOINCREMENT, collation, generated expression), primary
// key, unique constraints, checks, foreign keys, and the indexes created
// by CREATE INDEX. Batch mode uses it to rebuild a table. A name that is
// not a table is an error. Its cost is that of Inspect.
func InspectTables(ctx context.Context, q dialect.Querier, names ...string) ([]*schema.Table, error) {
	in := &inspector{q: q, s: &schema.Schema{}}
	if err := in.run(ctx, nil, names); err != nil {
		return nil, fmt.Errorf("introspect sqlite: %w", err)
	}
	if names == nil {
		in.s.Sort()
		return in.s.Tables, nil
	}
	out := make([]*schema.Table, len(names))
	for i, n := range names {
		t := in.byName[strings.ToLower(n)]
		if t == nil {
			return nil, fmt.Errorf("introspect sqlite: no table %q", n)
		}
		t.t.Sort()
		out[i] = t.t
	}
	return out, nil
}

// TableSQL returns the CREATE TABLE statement of the table name as SQLite
// keeps it in sqlite_schema, and the CREATE INDEX and CREATE TRIGGER
// statements on it (not the automatic indexes), in the order they were
// created: what batch mode recreates after rebuilding the table.
func TableSQL(ctx context.Context, q dialect.Querier, name string) (create string, related []string, err error) {
	rows, err := q.QueryContext(ctx, `SELECT type, sql FROM sqlite_schema
WHERE tbl_name = ? COLLATE NOCASE AND sql IS NOT NULL AND type IN ('table', 'index', 'trigger')
ORDER BY rowid`, name)
	if err != nil {
		return "", nil, fmt.Errorf("sqlite: definition of %q: %w", name, err)
	}
	defer rows.Close()
	for rows.Next() {
		var typ, text string
		if err := rows.Scan(&typ, &text); err != nil {
			return "", nil, fmt.Errorf("sqlite: definition of %q: %w", name, err)
		}
		if typ == "table" {
			create = text
		} else {
			related = append(related, text)
		}
	}
	if err := rows.Err(); err != nil {
		return "", nil, fmt.Errorf("sqlite: definition of %q: %w", name, err)
	}
	if create == "" {
		return "", nil, fmt.Errorf("sqlite: no table %q", name)
	}
	return create, related, nil
}

type inspector struct {
	q      dialect.Querier
	s      *schema.Schema
	tables []*table
	byName map[string]*table // by lower-case name
	byRow  map[int64]*table  // by sqlite_schema rowid
	// indexSQL maps the lower-case names of indexes to their SQL.
	indexSQL map[string]string
	// filtered: the per-table queries name the tables to read, because
	// there are virtual tables (whose module the pragmas may not know)
	// or more tables are left out than read. Otherwise they read every
	// table, and the rows of tables left out are dropped.
	filtered bool
}

// table is a table being read: its CREATE TABLE text, then what each
// query said, put together by assemble.
type table struct {
	t       *schema.Table
	sql     string
	def     *tableDef
	cols    []rawColumn
	indexes []*rawIndex
	fks     []*rawFK
}

// rawColumn is a row of pragma_table_xinfo.
type rawColumn struct {
	c      *schema.Column
	pk     int
	hidden int
}

// rawIndex is an index as pragma_index_list and pragma_index_xinfo
// describe it.
type rawIndex struct {
	name    string
	unique  bool
	origin  string
	partial bool
	cids    []int // of the key parts; -1 the rowid, -2 an expression
	names   []string
	desc    []bool
	colls   []string
}

// rawFK is a foreign key as pragma_foreign_key_list describes it.
type rawFK struct {
	id      int
	fk      *schema.ForeignKey
	implied bool // no referenced columns: the referenced table's primary key
}

// run reads the tables that keep accepts, or those named. The CREATE
// TABLE statements are parsed while the database answers the pragma
// queries.
func (in *inspector) run(ctx context.Context, keep func(string) bool, names []string) error {
	if err := in.schemaRows(ctx, keep, names); err != nil {
		return fmt.Errorf("schema: %w", err)
	}
	if len(in.tables) == 0 {
		return nil
	}
	parsed := make(chan error, 1)
	go func() {
		var buf []token
		for _, t := range in.tables {
			def, b, err := parseCreateTableBuf(t.sql, buf)
			buf = b
			if err != nil {
				parsed <- fmt.Errorf("CREATE TABLE of %s: %w", t.t.Name, err)
				return
			}
			t.def = def
		}
		parsed <- nil
	}()
	err := in.pragmas(ctx)
	if perr := <-parsed; err == nil {
		err = perr
	}
	if err != nil {
		return err
	}
	if err := in.referencedKeys(ctx); err != nil {
		return fmt.Errorf("referenced primary keys: %w", err)
	}
	for _, t := range in.tables {
		if err := in.assemble(t); err != nil {
			return fmt.Errorf("table %s: %w", t.t.Name, err)
		}
	}
	return nil
}

// pragmas runs the three per-table queries.
func (in *inspector) pragmas(ctx context.Context) error {
	where, args := `m.type = 'table'`, []any(nil)
	if in.filtered {
		list := make([]string, len(in.tables))
		for i, t := range in.tables {
			list[i] = t.t.Name
		}
		js, err := json.Marshal(list)
		if err != nil {
			return err
		}
		where, args = `m.type = 'table' AND m.name IN (SELECT value FROM json_each(?))`, []any{string(js)}
	}
	for _, st := range []struct {
		what, query string
		scan        func(*sql.Rows) error
	}{
		{"columns", columnsQuery, in.scanColumn},
		{"indexes", indexesQuery, in.indexScanner()},
		{"foreign keys", foreignKeysQuery, in.fkScanner()},
	} {
		if err := in.query(ctx, st.query+where, st.scan, args...); err != nil {
			return fmt.Errorf("%s: %w", st.what, err)
		}
	}
	return nil
}

// query runs a query and calls scan for each row.
func (in *inspector) query(ctx context.Context, query string, scan func(*sql.Rows) error, args ...any) error {
	rows, err := in.q.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// schemaQuery reads sqlite_schema (but the automatic indexes, which have
// no SQL), and whether each table is a virtual table's shadow table (asked of pragma_table_list only when there is a
// virtual table: a join with the whole list costs O(tables²)).
const schemaQuery = `SELECT s.rowid, s.type, s.name, s.tbl_name, COALESCE(s.sql, ''),
  CASE WHEN s.type = 'table' AND EXISTS (SELECT 1 FROM sqlite_schema v WHERE v.type = 'table' AND v.sql LIKE 'CREATE VIRTUAL %')
    THEN (SELECT l.type FROM pragma_table_list(s.name) l WHERE l.schema = 'main') END
FROM sqlite_schema s
WHERE s.sql IS NOT NULL
ORDER BY s.rowid`

func (in *inspector) schemaRows(ctx context.Context, keep func(string) bool, names []string) error {
	in.byName = map[string]*table{}
	in.byRow = map[int64]*table{}
	in.indexSQL = map[string]string{}
	var want map[string]bool
	if names != nil {
		want = map[string]bool{}
		for _, n := range names {
			want[strings.ToLower(n)] = true
		}
	}
	type row struct {
		rowid                          int64
		typ, name, tbl, text, listType string
	}
	var rows []row
	virtual := map[string]bool{} // lower-case names of virtual tables
	err := in.query(ctx, schemaQuery, func(r *sql.Rows) error {
		var x row
		var lt sql.NullString
		if err := r.Scan(&x.rowid, &x.typ, &x.name, &x.tbl, &x.text, &lt); err != nil {
			return err
		}
		x.listType = lt.String
		if x.typ == "table" && (x.listType == "virtual" || strings.HasPrefix(strings.ToUpper(strings.TrimSpace(x.text)), "CREATE VIRTUAL")) {
			x.listType = "virtual"
			virtual[strings.ToLower(x.name)] = true
		}
		rows = append(rows, x)
		return nil
	})
	if err != nil {
		return err
	}
	left := 0
	for _, x := range rows {
		switch x.typ {
		case "index":
			if x.text != "" {
				in.indexSQL[strings.ToLower(x.name)] = x.text
			}
			continue
		case "view", "trigger":
			if want == nil && (keep == nil || keep(x.tbl) || x.typ == "view") {
				in.skip(x.typ, x.name, "not managed by autogen")
			}
			continue
		case "table":
		default:
			continue
		}
		switch {
		case strings.HasPrefix(strings.ToLower(x.name), "sqlite_"), x.listType == "shadow", shadow(x.name, virtual):
			continue
		case x.listType == "virtual":
			in.filtered = true // the pragmas may not know the module
			if want == nil {
				in.skip("virtual table", x.name, "virtual tables are not managed by autogen")
			}
			continue
		case want != nil && !want[strings.ToLower(x.name)],
			keep != nil && !keep(x.name):
			left++
			continue
		}
		t := &table{t: &schema.Table{Name: x.name}, sql: x.text}
		in.tables = append(in.tables, t)
		in.byName[strings.ToLower(x.name)] = t
		in.byRow[x.rowid] = t
		in.s.Tables = append(in.s.Tables, t.t)
	}
	if left > len(in.tables) {
		in.filtered = true
	}
	return nil
}

// shadowSuffixes are the shadow tables of SQLite's own virtual table
// modules (FTS3/4, FTS5, R*Tree), for when the module is not compiled
// in and pragma_table_list cannot tell (modernc.org/sqlite has no FTS4).
var shadowSuffixes = []string{"content", "segments", "segdir", "docsize", "stat", "data", "idx", "config", "node", "parent", "rowid"}

// shadow reports whether name is a shadow table of one of the virtual
// tables: vtab_suffix with a known suffix.
func shadow(name string, virtual map[string]bool) bool {
	if len(virtual) == 0 {
		return false
	}
	n := strings.ToLower(name)
	for _, suffix := range shadowSuffixes {
		if base, ok := strings.CutSuffix(n, "_"+suffix); ok && virtual[base] {
			return true
		}
	}
	return false
}

func (in *inspector) skip(kind, name, reason string) {
	in.s.Skipped = append(in.s.Skipped, schema.Skipped{Kind: kind, Name: name, Reason: reason})
}

// The per-table queries; run appends their WHERE clause.
const (
	columnsQuery = `SELECT m.rowid, p.cid, p.name, p.type, p."notnull", p.dflt_value, p.pk, p.hidden
FROM sqlite_schema m JOIN pragma_table_xinfo(m.name) p
WHERE `
	indexesQuery = `SELECT m.rowid, il.name, il."unique", il.origin, il.partial, ii.cid, ii.name, ii."desc", ii.coll
FROM sqlite_schema m JOIN pragma_index_list(m.name) il JOIN pragma_index_xinfo(il.name) ii
WHERE ii.key AND `
	foreignKeysQuery = `SELECT m.rowid, f.id, f."table", f."from", f."to", f.on_update, f.on_delete, f."match"
FROM sqlite_schema m JOIN pragma_foreign_key_list(m.name) f
WHERE `
)

func (in *inspector) scanColumn(r *sql.Rows) error {
	var (
		tbl             int64
		name, typ       string
		cid, pk, hidden int
		notNull         bool
		def             sql.NullString
	)
	if err := r.Scan(&tbl, &cid, &name, &typ, &notNull, &def, &pk, &hidden); err != nil {
		return err
	}
	t := in.byRow[tbl]
	if t == nil {
		return nil // a table left out
	}
	c := &schema.Column{Name: name, Type: ParseType(typ), Nullable: !notNull, Default: def.String}
	t.cols = append(t.cols, rawColumn{c: c, pk: pk, hidden: hidden})
	t.t.Columns = append(t.t.Columns, c)
	return nil
}

// indexScanner returns the scanner of the index query, whose rows list
// each index's keys in order.
func (in *inspector) indexScanner() func(*sql.Rows) error {
	var cur *rawIndex
	var curTable *table
	return func(r *sql.Rows) error {
		var (
			tbl                   int64
			name, origin          string
			unique, partial, desc bool
			cid                   int
			col, coll             sql.NullString
		)
		if err := r.Scan(&tbl, &name, &unique, &origin, &partial, &cid, &col, &desc, &coll); err != nil {
			return err
		}
		t := in.byRow[tbl]
		if t == nil {
			return nil
		}
		if cur == nil || curTable != t || cur.name != name {
			cur = &rawIndex{name: name, unique: unique, origin: origin, partial: partial}
			curTable = t
			t.indexes = append(t.indexes, cur)
		}
		cur.cids = append(cur.cids, cid)
		cur.names = append(cur.names, col.String)
		cur.desc = append(cur.desc, desc)
		cur.colls = append(cur.colls, coll.String)
		return nil
	}
}

// fkScanner returns the scanner of the foreign key query, whose rows
// list each foreign key's columns in order.
func (in *inspector) fkScanner() func(*sql.Rows) error {
	var cur *rawFK
	var curTable *table
	return func(r *sql.Rows) error {
		var (
			tbl                        int64
			ref, from, upd, del, match string
			id                         int
			to                         sql.NullString
		)
		if err := r.Scan(&tbl, &id, &ref, &from, &to, &upd, &del, &match); err != nil {
			return err
		}
		t := in.byRow[tbl]
		if t == nil {
			return nil
		}
		if cur == nil || curTable != t || cur.id != id {
			cur = &rawFK{id: id, fk: &schema.ForeignKey{RefTable: ref, OnUpdate: action(upd), OnDelete: action(del)}}
			if m := strings.ToUpper(match); m != "NONE" && m != "SIMPLE" {
				cur.fk.Match = m
			}
			curTable = t
			t.fks = append(t.fks, cur)
		}
		cur.fk.Columns = append(cur.fk.Columns, from)
		if to.Valid {
			cur.fk.RefColumns = append(cur.fk.RefColumns, to.String)
		} else {
			cur.implied = true
		}
		return nil
	}
}

// pkQuery reads the primary keys of the tables named in the JSON array
// bound to it, for foreign keys that reference one without naming its
// columns.
const pkQuery = `SELECT m.name, p.name
FROM sqlite_schema m JOIN pragma_table_info(m.name) p
WHERE m.type = 'table' AND lower(m.name) IN (SELECT lower(value) FROM json_each(?)) AND p.pk > 0
ORDER BY m.name, p.pk`

// referencedKeys fills in the referenced columns of foreign keys that
// name none: the primary key of the table they reference, read in one
// more query when there are such foreign keys.
func (in *inspector) referencedKeys(ctx context.Context) error {
	var implied []*rawFK
	var refs []string
	for _, t := range in.tables {
		for _, f := range t.fks {
			if f.implied {
				implied = append(implied, f)
				refs = append(refs, f.fk.RefTable)
			}
		}
	}
	if len(implied) == 0 {
		return nil
	}
	js, err := json.Marshal(refs)
	if err != nil {
		return err
	}
	pks := map[string][]string{}
	err = in.query(ctx, pkQuery, func(r *sql.Rows) error {
		var tbl, col string
		if err := r.Scan(&tbl, &col); err != nil {
			return err
		}
		pks[strings.ToLower(tbl)] = append(pks[strings.ToLower(tbl)], col)
		return nil
	}, string(js))
	if err != nil {
		return err
	}
	for _, f := range implied {
		f.fk.RefColumns = pks[strings.ToLower(f.fk.RefTable)]
	}
	return nil
}

// assemble puts together what the queries and the CREATE TABLE statement
// say about a table.
func (in *inspector) assemble(t *table) error {
	def := t.def
	var opts []string
	if def.WithoutRowid {
		opts = append(opts, "WITHOUT ROWID")
	}
	if def.Strict {
		opts = append(opts, "STRICT")
	}
	t.t.Options = strings.Join(opts, ", ")
	for _, ck := range def.Checks {
		t.t.Checks = append(t.t.Checks, &schema.Check{Name: ck.Name, Expr: ck.Expr})
	}
	// Columns: collations and generated expressions.
	pkCols := map[int]string{}
	for _, rc := range t.cols {
		c := rc.c
		if cd := def.column(c.Name); cd != nil {
			c.Collation = cd.Collation
			if rc.hidden == 2 || rc.hidden == 3 {
				c.Generated = &schema.Generated{Expr: cd.Generated, Stored: rc.hidden == 3}
			}
		}
		if rc.pk > 0 {
			pkCols[rc.pk] = c.Name
		}
	}
	// Indexes: the primary key's, the unique constraints', and the others.
	pkIndex := false
	for _, ix := range t.indexes {
		switch ix.origin {
		case "pk":
			pkIndex = true
		case "u":
			u := &schema.Unique{Columns: ix.names}
			for _, d := range def.Uniques {
				if equalFold(d.Columns, ix.names) {
					u.Name = d.Name
					break
				}
			}
			t.t.Uniques = append(t.t.Uniques, u)
		default:
			out, err := in.index(t, ix)
			if err != nil {
				return err
			}
			t.t.Indexes = append(t.t.Indexes, out)
		}
	}
	// Foreign keys: pragma ids number them from the last declared; walk
	// them backwards to match each to its declaration, for its name and
	// DEFERRABLE.
	for i := len(t.fks) - 1; i >= 0; i-- {
		fk := t.fks[i].fk
		t.matchFK(fk)
		t.t.ForeignKeys = append(t.t.ForeignKeys, fk)
	}
	// The primary key, the rowid alias and AUTOINCREMENT.
	if len(pkCols) > 0 {
		pk := &schema.PrimaryKey{}
		for i := 1; i <= len(pkCols); i++ {
			c, ok := pkCols[i]
			if !ok {
				return errors.New("primary key columns out of order")
			}
			pk.Columns = append(pk.Columns, c)
		}
		if def.PrimaryKey != nil {
			pk.Name = def.PrimaryKey.Name
		}
		t.t.PrimaryKey = pk
		if len(pk.Columns) == 1 && !pkIndex && !def.WithoutRowid {
			c := t.t.Column(pk.Columns[0])
			c.Identity = schema.IdentityByDefault
			c.Nullable = false
			c.AutoIncrement = def.PrimaryKey != nil && def.PrimaryKey.Autoincrement
		}
	}
	return nil
}

// index builds an index created by CREATE INDEX. Its SQL is parsed only
// when the pragmas do not say it all: for expressions, a partial index's
// predicate, or a collation other than the column's. A key's Collation is
// set only when it differs from its column's (an explicit COLLATE equal
// to the column's is the same index).
func (in *inspector) index(t *table, ix *rawIndex) (*schema.Index, error) {
	out := &schema.Index{Name: ix.name, Unique: ix.unique}
	colColl := func(i int) string {
		if ix.cids[i] < 0 {
			return ""
		}
		if cd := t.def.column(ix.names[i]); cd != nil && cd.Collation != "" {
			return cd.Collation
		}
		return "BINARY"
	}
	parse := ix.partial
	for i, cid := range ix.cids {
		if cid < 0 || !strings.EqualFold(ix.colls[i], colColl(i)) {
			parse = true
		}
	}
	var def *indexDef
	if parse {
		text, ok := in.indexSQL[strings.ToLower(ix.name)]
		if !ok {
			return nil, fmt.Errorf("index %s: no CREATE INDEX statement", ix.name)
		}
		var err error
		if def, err = parseCreateIndex(text); err != nil {
			return nil, fmt.Errorf("CREATE INDEX of %s: %w", ix.name, err)
		}
		if len(def.Parts) != len(ix.cids) {
			return nil, fmt.Errorf("index %s: %d keys in its SQL, %d in the catalog", ix.name, len(def.Parts), len(ix.cids))
		}
		out.Where = def.Where
	}
	for i, cid := range ix.cids {
		p := schema.IndexPart{Desc: ix.desc[i], Column: ix.names[i]}
		if def != nil {
			p.Collation = def.Parts[i].Collation
			switch cid {
			case -2:
				p.Column, p.Expr = "", def.Parts[i].Expr
			case -1:
				p.Column = def.Parts[i].Column
			}
			if cid >= 0 && strings.EqualFold(p.Collation, colColl(i)) {
				p.Collation = ""
			}
		}
		out.Parts = append(out.Parts, p)
	}
	return out, nil
}

// column returns the definition of the column named name, or nil.
func (d *tableDef) column(name string) *columnDef {
	for i := range d.Columns {
		if strings.EqualFold(d.Columns[i].Name, name) {
			return &d.Columns[i]
		}
	}
	return nil
}

// matchFK copies the name and deferrability of the declaration of fk,
// and marks the declaration used.
func (t *table) matchFK(fk *schema.ForeignKey) {
	for i := range t.def.ForeignKeys {
		d := &t.def.ForeignKeys[i]
		if d.Columns == nil || !equalFold(d.Columns, fk.Columns) || !strings.EqualFold(d.RefTable, fk.RefTable) {
			continue
		}
		if d.RefColumns != nil && !equalFold(d.RefColumns, fk.RefColumns) {
			continue
		}
		fk.Name = d.Name
		fk.Deferrable = schema.Deferrable(d.Deferrable)
		d.Columns = nil
		return
	}
}

func action(a string) string {
	a = strings.ToUpper(a)
	if a == "NO ACTION" || a == "" {
		return ""
	}
	return a
}

func equalFold(a, b []string) bool {
	return slices.EqualFunc(a, b, strings.EqualFold)
}

// ParseType parses a declared type into a portable kind and its
// parameters, keeping decl as Type.Raw. The names recognised, in any case
// and spacing: BIGINT, INT8; INTEGER, INT, INT4; SMALLINT, INT2; TEXT;
// VARCHAR, CHARACTER VARYING, VARCHAR(n); CHAR(n), CHARACTER(n);
// BOOLEAN, BOOL; TIMESTAMP[(p)] [WITHOUT TIME ZONE], DATETIME; TIMESTAMP
// WITH TIME ZONE, TIMESTAMPTZ; DATE; TIME[(p)]; NUMERIC, DECIMAL [(p[,s])];
// REAL, FLOAT, FLOAT4; DOUBLE, DOUBLE PRECISION, FLOAT8; BLOB; UUID; JSON. Every other
// declared type, or none, is Kind Raw.
func ParseType(decl string) schema.Type {
	t := schema.Type{Kind: schema.Raw, Raw: decl}
	if k, ok := typeKinds[strings.ToUpper(decl)]; ok { // the common case: one word, no parameters
		t.Kind = k
		return t
	}
	name, args, ok := splitDecl(decl)
	if !ok {
		return t
	}
	k, ok := typeKinds[name]
	if !ok {
		return t
	}
	switch {
	case len(args) == 0:
		t.Kind = k
	case k == schema.Varchar || k == schema.Char:
		if len(args) == 1 && args[0] > 0 {
			t.Kind, t.Length = k, args[0]
		}
	case k == schema.Numeric:
		if args[0] > 0 && len(args) <= 2 {
			t.Kind, t.Precision = k, args[0]
			if len(args) == 2 {
				t.Scale = args[1]
			}
		}
	case k == schema.Timestamp || k == schema.TimestampTZ || k == schema.Time:
		if len(args) == 1 && args[0] > 0 && !strings.Contains(name, " ") {
			t.Kind, t.Precision = k, args[0]
		}
	}
	return t
}

// typeKinds maps the declared types ParseType knows to their kinds.
var typeKinds = map[string]schema.Kind{
	"BIGINT": schema.BigInt, "INT8": schema.BigInt,
	"INTEGER": schema.Integer, "INT": schema.Integer, "INT4": schema.Integer,
	"SMALLINT": schema.SmallInt, "INT2": schema.SmallInt,
	"TEXT":    schema.Text,
	"VARCHAR": schema.Varchar, "CHARACTER VARYING": schema.Varchar,
	"CHAR": schema.Char, "CHARACTER": schema.Char,
	"BOOLEAN": schema.Bool, "BOOL": schema.Bool,
	"TIMESTAMP": schema.Timestamp, "TIMESTAMP WITHOUT TIME ZONE": schema.Timestamp, "DATETIME": schema.Timestamp,
	"TIMESTAMP WITH TIME ZONE": schema.TimestampTZ, "TIMESTAMPTZ": schema.TimestampTZ,
	"DATE": schema.Date,
	"TIME": schema.Time, "TIME WITHOUT TIME ZONE": schema.Time,
	"NUMERIC": schema.Numeric, "DECIMAL": schema.Numeric,
	"REAL": schema.Float, "FLOAT": schema.Float, "FLOAT4": schema.Float,
	"DOUBLE": schema.Double, "DOUBLE PRECISION": schema.Double, "FLOAT8": schema.Double,
	"BLOB": schema.Bytes,
	"UUID": schema.UUID,
	"JSON": schema.JSON,
}

// splitDecl splits a declared type into its upper-case name, words
// separated by one space, and its numeric parameters.
func splitDecl(decl string) (name string, args []int, ok bool) {
	head := strings.TrimSpace(decl)
	if open := strings.IndexByte(head, '('); open >= 0 {
		if !strings.HasSuffix(head, ")") {
			return "", nil, false
		}
		for _, f := range strings.Split(head[open+1:len(head)-1], ",") {
			n, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil {
				return "", nil, false
			}
			args = append(args, n)
		}
		head = head[:open]
	}
	words := strings.Fields(head)
	if len(words) == 0 {
		return "", nil, false
	}
	for i, w := range words {
		if !isIdentStart(w[0]) {
			return "", nil, false
		}
		for j := 1; j < len(w); j++ {
			if !isIdentPart(w[j]) {
				return "", nil, false
			}
		}
		words[i] = strings.ToUpper(w)
	}
	return strings.Join(words, " "), args, true
}
