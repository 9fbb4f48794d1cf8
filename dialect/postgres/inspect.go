package postgres

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
// table of schema public.
type InspectOptions struct {
	// Schemas are the schemas to read; nil means ["public"]. A listed
	// schema that does not exist is an error; so is one the user may not
	// use (no USAGE privilege).
	Schemas []string
	// Tables, when not nil, is asked about every table found (its schema
	// and name); tables it rejects are left out.
	Tables func(schema, name string) bool
}

// MinVersion is the oldest PostgreSQL server Inspect reads
// (server_version_num): generated columns appeared in 12.
const MinVersion = 120000

// Inspect reads the tables, enums and the unmanaged objects of a
// PostgreSQL database's schemas into a *schema.Schema, in seven catalog
// queries whatever the number of tables. q is any connection: *sql.DB,
// *sql.Conn or *sql.Tx, over pgx or any other driver.
//
// Names: a table's Schema (and a foreign key's RefSchema, an enum's
// Schema) is set only when several schemas are read, or, for RefSchema,
// when the referenced table lives outside the one schema read; with a
// single schema it is "". A column of an enum type has Type.EnumName set
// to the enum's name, and a partition's PartitionOf to its parent's,
// qualified ("schema.name") when several schemas are read or when it is
// in another schema than the table.
//
// Types: Type.Raw is format_type's spelling; Kind and its parameters are
// parsed from it for the built-in types that map to a portable kind (see
// ParseType), enum columns are EnumKind, and every other type (arrays,
// domains, tsvector, ranges…) is Kind Raw. Defaults are pg_get_expr's
// text; checks, index expressions and predicates and generated columns
// are pg_get_expr's pretty form (fewest parentheses). A serial column (a
// nextval() default on a sequence owned by the column) is IdentitySerial
// with no Default. Collations are named as pg_collation names them, and
// only where they differ from the default: a column's from its type's, an
// index key's from its column's (for an expression key, from the
// database's default, since the catalog does not tell a COLLATE written
// in the index from one the expression takes from its column).
//
// Storage parameters (reloptions) go to Table.Options as a WITH (…)
// clause; an UNLOGGED table is read as a logged one, with a note in
// Schema.Skipped.
//
// Left out: partitions' indexes and constraints that are attached to
// their parent's, the indexes behind primary keys, unique and exclusion
// constraints, and sequences owned by columns. Views, materialized views,
// foreign tables, other sequences, triggers, functions, domains, other
// types, rules and exclusion constraints are listed in Schema.Skipped.
// The result is sorted (schema.Schema.Sort).
func Inspect(ctx context.Context, q dialect.Querier, opts InspectOptions) (*schema.Schema, error) {
	in := &inspector{q: q, opts: opts, s: &schema.Schema{}, tables: map[int64]*table{}, left: map[int64]bool{}}
	if err := in.run(ctx); err != nil {
		return nil, err
	}
	in.s.Sort()
	slices.SortFunc(in.s.Skipped, func(a, b schema.Skipped) int {
		return cmp.Or(strings.Compare(a.Kind, b.Kind), strings.Compare(a.Name, b.Name))
	})
	return in.s, nil
}

type inspector struct {
	q       dialect.Querier
	opts    InspectOptions
	s       *schema.Schema
	version int
	// nsps maps the oids of the schemas read to their names, and inList
	// is their oids as an SQL list.
	nsps   map[int64]string
	inList string
	multi  bool   // several schemas: names are qualified
	first  string // the schema read, when there is one
	tables map[int64]*table
	// left holds the oids of the tables that opts.Tables rejected.
	left map[int64]bool
}

// table is a table being read, with what the later queries need.
type table struct {
	t     *schema.Table
	nsp   string
	attrs map[int]*schema.Column // by attnum
}

func (in *inspector) run(ctx context.Context) error {
	steps := []struct {
		what string
		fn   func(context.Context) error
	}{
		{"schemas", in.schemas},
		{"tables", in.relations},
		{"columns", in.columns},
		{"constraints", in.constraints},
		{"indexes", in.indexes},
		{"enums", in.enums},
		{"other objects", in.others},
	}
	for _, st := range steps {
		if err := st.fn(ctx); err != nil {
			return fmt.Errorf("introspect postgres: %s: %w", st.what, err)
		}
		if in.nsps != nil && len(in.nsps) == 0 {
			return nil // no schema to read
		}
	}
	return nil
}

// query runs a catalog query and calls scan for each row.
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

// schemaName returns the Schema the IR gives an object of schema nsp: ""
// when one schema is read and it is that one.
func (in *inspector) schemaName(nsp string) string {
	if !in.multi && nsp == in.first {
		return ""
	}
	return nsp
}

const schemasQuery = `SELECT current_setting('server_version_num')::int, s.name, COALESCE(n.oid::int8, 0),
  COALESCE(has_schema_privilege(n.oid, 'USAGE'), false)
FROM json_array_elements_text($1::json) WITH ORDINALITY AS s(name, i)
LEFT JOIN pg_namespace n ON n.nspname = s.name
ORDER BY s.i`

func (in *inspector) schemas(ctx context.Context) error {
	names := in.opts.Schemas
	explicit := len(names) > 0
	if !explicit {
		names = []string{"public"}
	}
	list, err := json.Marshal(names)
	if err != nil {
		return err
	}
	in.nsps = map[int64]string{}
	var oids []string
	var missing, denied []string
	err = in.query(ctx, schemasQuery, func(r *sql.Rows) error {
		var name string
		var oid int64
		var usage bool
		if err := r.Scan(&in.version, &name, &oid, &usage); err != nil {
			return err
		}
		switch {
		case oid == 0:
			missing = append(missing, name)
		case !usage:
			denied = append(denied, name)
		default:
			if _, dup := in.nsps[oid]; !dup {
				in.nsps[oid] = name
				oids = append(oids, strconv.FormatInt(oid, 10))
			}
		}
		return nil
	}, string(list))
	if err != nil {
		return err
	}
	if in.version != 0 && in.version < MinVersion {
		return fmt.Errorf("PostgreSQL %d.%d is not supported: autogen reads PostgreSQL 12 or later",
			in.version/10000, in.version%10000)
	}
	if len(denied) > 0 {
		return fmt.Errorf("permission denied for schema %s: the user needs USAGE on it (GRANT USAGE ON SCHEMA %s TO …), or leave it out of the schemas to read",
			strings.Join(denied, ", "), Dialect{}.QuoteIdent(denied[0]))
	}
	if len(missing) > 0 && explicit {
		return fmt.Errorf("schema %s does not exist (schemas to read: %s): create it in a revision, op.Exec(%q), and upgrade before autogenerate reads it",
			strings.Join(missing, ", "), strings.Join(names, ", "), "CREATE SCHEMA "+Dialect{}.QuoteIdent(missing[0]))
	}
	in.inList = strings.Join(oids, ", ")
	in.multi = len(in.nsps) > 1
	for _, n := range in.nsps {
		in.first = n
	}
	return nil
}

// relkinds the inspector reports.
var relKinds = map[string]string{
	"v": "view",
	"m": "materialized view",
	"f": "foreign table",
	"S": "sequence",
}

const relationsQuery = `SELECT c.oid::int8, c.relnamespace::int8, c.relname, c.relkind::text,
  CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END,
  CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END,
  pn.nspname, pc.relname, d.description, array_to_string(c.reloptions, ', '),
  c.relpersistence::text,
  NOT c.relispartition AND EXISTS (SELECT 1 FROM pg_inherits ih WHERE ih.inhrelid = c.oid)
FROM pg_class c
LEFT JOIN pg_inherits i ON c.relispartition AND i.inhrelid = c.oid
LEFT JOIN pg_class pc ON pc.oid = i.inhparent
LEFT JOIN pg_namespace pn ON pn.oid = pc.relnamespace
LEFT JOIN pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
WHERE c.relnamespace IN (%s) AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
  AND NOT EXISTS (SELECT 1 FROM pg_depend dep
    WHERE dep.classid = 'pg_class'::regclass AND dep.objid = c.oid
      AND (dep.deptype = 'e' OR (c.relkind = 'S' AND dep.deptype IN ('a', 'i'))))`

func (in *inspector) relations(ctx context.Context) error {
	return in.query(ctx, fmt.Sprintf(relationsQuery, in.inList), func(r *sql.Rows) error {
		var (
			oid, nspOid                                                int64
			name, kind, persistence                                    string
			partKey, partBound, parentNsp, parent, comment, relOptions sql.NullString
			inherits                                                   bool
		)
		if err := r.Scan(&oid, &nspOid, &name, &kind, &partKey, &partBound, &parentNsp, &parent,
			&comment, &relOptions, &persistence, &inherits); err != nil {
			return err
		}
		nsp := in.nsps[nspOid]
		if what, ok := relKinds[kind]; ok {
			in.skip(what, nsp, name, "not managed by autogen")
			return nil
		}
		if in.opts.Tables != nil && !in.opts.Tables(nsp, name) {
			in.left[oid] = true
			return nil
		}
		t := &schema.Table{
			Schema:         in.schemaName(nsp),
			Name:           name,
			Comment:        comment.String,
			Partitioning:   partKey.String,
			PartitionBound: partBound.String,
		}
		if parent.Valid {
			t.PartitionOf = in.typeName(nsp, parentNsp.String, parent.String)
		}
		if relOptions.String != "" {
			t.Options = "WITH (" + relOptions.String + ")"
		}
		if persistence == "u" {
			in.skip("table option", nsp, name, "UNLOGGED is not managed by autogen: the table is read as a logged one")
		}
		if inherits {
			in.skip("inheritance", nsp, name, "the table inherits from another (INHERITS); its inherited columns are read as its own")
		}
		in.tables[oid] = &table{t: t, nsp: nsp, attrs: map[int]*schema.Column{}}
		in.s.Tables = append(in.s.Tables, t)
		return nil
	})
}

// skip records an object left out.
func (in *inspector) skip(kind, nsp, name, reason string) {
	in.s.Skipped = append(in.s.Skipped, schema.Skipped{Kind: kind, Name: qualify(in.schemaName(nsp), name), Reason: reason})
}

func qualify(nsp, name string) string {
	if nsp == "" {
		return name
	}
	return nsp + "." + name
}

const columnsQuery = `SELECT a.attrelid::int8, a.attnum::int, a.attname, format_type(a.atttypid, a.atttypmod),
  a.attnotnull, x.def, a.attidentity::text, a.attgenerated::text,
  t.typtype::text, t.typnamespace = 'pg_catalog'::regnamespace, tn.nspname, t.typname,
  CASE WHEN a.attcollation <> t.typcollation THEN co.collname END, d.description,
  x.def LIKE 'nextval(%%' AND a.atttypid IN ('int2'::regtype, 'int4'::regtype, 'int8'::regtype) AND EXISTS (
    SELECT 1 FROM pg_depend dep JOIN pg_class s ON s.oid = dep.objid AND s.relkind = 'S'
    WHERE dep.classid = 'pg_class'::regclass AND dep.refclassid = 'pg_class'::regclass
      AND dep.refobjid = a.attrelid AND dep.refobjsubid = a.attnum AND dep.deptype = 'a'
      AND x.def = format('nextval(%%L::regclass)', s.oid::regclass))
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_type t ON t.oid = a.atttypid
JOIN pg_namespace tn ON tn.oid = t.typnamespace
LEFT JOIN pg_collation co ON co.oid = a.attcollation
LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN LATERAL (SELECT CASE WHEN a.attgenerated = '' THEN pg_get_expr(ad.adbin, ad.adrelid)
  ELSE pg_get_expr(ad.adbin, ad.adrelid, true) END AS def) x ON true
LEFT JOIN pg_description d ON d.objoid = a.attrelid AND d.classoid = 'pg_class'::regclass AND d.objsubid = a.attnum
WHERE c.relnamespace IN (%s) AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attrelid, a.attnum`

func (in *inspector) columns(ctx context.Context) error {
	return in.query(ctx, fmt.Sprintf(columnsQuery, in.inList), func(r *sql.Rows) error {
		var (
			rel                                       int64
			num                                       int
			name, format, identity, generated, typtyp string
			notNull, builtin, serial                  bool
			def, typNsp, typName, coll, comment       sql.NullString
		)
		if err := r.Scan(&rel, &num, &name, &format, &notNull, &def, &identity, &generated,
			&typtyp, &builtin, &typNsp, &typName, &coll, &comment, &serial); err != nil {
			return err
		}
		tb := in.tables[rel]
		if tb == nil {
			return nil // a table left out
		}
		c := &schema.Column{
			Name:      name,
			Nullable:  !notNull,
			Default:   def.String,
			Collation: coll.String,
			Comment:   comment.String,
		}
		switch {
		case typtyp == "e":
			c.Type = schema.Type{Kind: schema.EnumKind, EnumName: in.typeName(tb.nsp, typNsp.String, typName.String), Raw: format}
		case builtin:
			c.Type = ParseType(format)
		default:
			c.Type = schema.Type{Kind: schema.Raw, Raw: format}
		}
		switch identity {
		case "a":
			c.Identity = schema.IdentityAlways
		case "d":
			c.Identity = schema.IdentityByDefault
		}
		if serial && c.Identity == schema.NoIdentity {
			c.Identity = schema.IdentitySerial
			c.Default = ""
		}
		if generated != "" {
			c.Generated = &schema.Generated{Expr: def.String, Stored: generated == "s"}
			c.Default = ""
		}
		tb.t.Columns = append(tb.t.Columns, c)
		tb.attrs[num] = c
		return nil
	})
}

// typeName names a type (or a partition's parent) of schema nsp used by
// a table of schema tableNsp: as the tables are named, qualified when
// several schemas are read, or when the two differ.
func (in *inspector) typeName(tableNsp, nsp, name string) string {
	if nsp == tableNsp && !in.multi {
		return name
	}
	return nsp + "." + name
}

const constraintsQuery = `SELECT con.conrelid::int8, con.conname, con.contype::text, array_to_string(con.conkey, ' '),
  rn.nspname, rc.relname,
  CASE WHEN con.contype = 'f' THEN (SELECT json_agg(a.attname ORDER BY k.i)::text
    FROM unnest(con.confkey) WITH ORDINALITY AS k(n, i)
    JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n) END,
  con.confupdtype::text, con.confdeltype::text, con.confmatchtype::text, con.condeferrable, con.condeferred,
  CASE WHEN con.contype = 'c' THEN pg_get_expr(con.conbin, con.conrelid, true) END,
  con.conislocal, con.conparentid <> 0, con.convalidated, con.connoinherit,
  con.contype = 'u' AND COALESCE((SELECT (to_jsonb(x) ->> 'indnullsnotdistinct') = 'true' FROM pg_index x WHERE x.indexrelid = con.conindid), false)
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
LEFT JOIN pg_class rc ON rc.oid = con.confrelid
LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
WHERE c.relnamespace IN (%s) AND c.relkind IN ('r', 'p') AND con.contype IN ('p', 'u', 'f', 'c', 'x')`

// fkActions maps confupdtype/confdeltype to the IR's spelling.
var fkActions = map[string]string{"a": "", "r": "RESTRICT", "c": "CASCADE", "n": "SET NULL", "d": "SET DEFAULT"}

func (in *inspector) constraints(ctx context.Context) error {
	return in.query(ctx, fmt.Sprintf(constraintsQuery, in.inList), func(r *sql.Rows) error {
		var (
			rel                                            int64
			name, typ, keys, upd, del, match               string
			refNsp, refTable, refCols, check               sql.NullString
			deferrable, deferred, local, inheritedFromPart bool
			validated, noInherit, nullsNotDistinct         bool
		)
		if err := r.Scan(&rel, &name, &typ, &keys, &refNsp, &refTable, &refCols, &upd, &del, &match,
			&deferrable, &deferred, &check, &local, &inheritedFromPart, &validated, &noInherit, &nullsNotDistinct); err != nil {
			return err
		}
		tb := in.tables[rel]
		if tb == nil || inheritedFromPart {
			return nil // a table left out, or a partition's copy of its parent's constraint
		}
		// Options autogen does not model: read as if absent, and said.
		obj := tb.t.Name + "." + name
		if !validated {
			in.skip("constraint option", tb.nsp, obj, "NOT VALID is not managed by autogen: read as a validated constraint, which a downgrade that creates it again would check on every row")
		}
		if noInherit && typ == "c" {
			in.skip("constraint option", tb.nsp, obj, "NO INHERIT is not managed by autogen: read as an inherited check")
		}
		if nullsNotDistinct {
			in.skip("constraint option", tb.nsp, obj, "NULLS NOT DISTINCT is not managed by autogen: read as a unique constraint whose NULLs are distinct")
		}
		cols, err := tb.columnNames(keys)
		if err != nil {
			return fmt.Errorf("constraint %s of %s: %w", name, tb.t.QualifiedName(), err)
		}
		def := schema.NotDeferrable
		if deferrable {
			def = schema.InitiallyImmediate
			if deferred {
				def = schema.InitiallyDeferred
			}
		}
		switch typ {
		case "p":
			tb.t.PrimaryKey = &schema.PrimaryKey{Name: name, Columns: cols}
		case "u":
			tb.t.Uniques = append(tb.t.Uniques, &schema.Unique{Name: name, Columns: cols, Deferrable: def})
		case "f":
			fk := &schema.ForeignKey{
				Name:       name,
				Columns:    cols,
				RefSchema:  in.refSchema(tb.nsp, refNsp.String),
				RefTable:   refTable.String,
				OnDelete:   fkActions[del],
				OnUpdate:   fkActions[upd],
				Deferrable: def,
			}
			switch match {
			case "f":
				fk.Match = "FULL"
			case "p":
				fk.Match = "PARTIAL"
			}
			if refCols.Valid {
				if err := json.Unmarshal([]byte(refCols.String), &fk.RefColumns); err != nil {
					return fmt.Errorf("foreign key %s of %s: referenced columns: %w", name, tb.t.QualifiedName(), err)
				}
			}
			tb.t.ForeignKeys = append(tb.t.ForeignKeys, fk)
		case "c":
			if !local {
				return nil // inherited from the parent
			}
			tb.t.Checks = append(tb.t.Checks, &schema.Check{Name: name, Expr: check.String})
		case "x":
			in.skip("exclusion constraint", tb.nsp, tb.t.Name+"."+name, "exclusion constraints are not managed by autogen")
		}
		return nil
	})
}

// refSchema names the schema of a referenced table.
func (in *inspector) refSchema(tableNsp, nsp string) string {
	if in.multi || nsp != tableNsp {
		return nsp
	}
	return ""
}

// columnNames turns "1 3" (attnums) into column names.
func (tb *table) columnNames(keys string) ([]string, error) {
	var out []string
	for _, f := range strings.Fields(keys) {
		n, err := strconv.Atoi(f)
		if err != nil {
			return nil, fmt.Errorf("bad column number %q", f)
		}
		c := tb.attrs[n]
		if c == nil {
			return nil, fmt.Errorf("no column number %d", n)
		}
		out = append(out, c.Name)
	}
	return out, nil
}

// indexesQuery reads the indexes not behind a constraint, with, for each
// key, its expression, its operator class unless the default, and its
// collation unless its column's (100 is the database's default
// collation, for expressions).
const indexesQuery = `SELECT ix.indrelid::int8, i.relname, ix.indisunique, ix.indnkeyatts::int, ix.indkey::text,
  ix.indoption::text, am.amname, pg_get_expr(ix.indpred, ix.indrelid, true),
  (SELECT json_agg(json_build_array(
      CASE WHEN ix.indkey[k.i - 1] = 0 THEN pg_get_indexdef(ix.indexrelid, k.i::int, true) END,
      CASE WHEN NOT o.opcdefault THEN o.opcname END,
      CASE WHEN k.coll <> 0 AND k.coll IS DISTINCT FROM COALESCE(
          (SELECT a.attcollation FROM pg_attribute a WHERE a.attrelid = ix.indrelid AND a.attnum = ix.indkey[k.i - 1]),
          100)
        THEN (SELECT co.collname FROM pg_collation co WHERE co.oid = k.coll) END
    ) ORDER BY k.i)::text
   FROM unnest(ix.indclass::oid[], ix.indcollation::oid[]) WITH ORDINALITY AS k(opc, coll, i)
   JOIN pg_opclass o ON o.oid = k.opc),
  (to_jsonb(ix) ->> 'indnullsnotdistinct') = 'true', array_to_string(i.reloptions, ', '), i.reltablespace <> 0
FROM pg_index ix
JOIN pg_class i ON i.oid = ix.indexrelid
JOIN pg_class c ON c.oid = ix.indrelid
JOIN pg_am am ON am.oid = i.relam
WHERE c.relnamespace IN (%s) AND c.relkind IN ('r', 'p') AND NOT i.relispartition
  AND NOT EXISTS (SELECT 1 FROM pg_constraint con
    WHERE con.conindid = ix.indexrelid AND con.conrelid = ix.indrelid AND con.contype IN ('p', 'u', 'x'))`

func (in *inspector) indexes(ctx context.Context) error {
	return in.query(ctx, fmt.Sprintf(indexesQuery, in.inList), func(r *sql.Rows) error {
		var (
			rel                         int64
			name, keys, options, method string
			unique                      bool
			nKeys                       int
			pred, parts, storage        sql.NullString
			nullsNotDistinct, spaced    sql.NullBool
		)
		if err := r.Scan(&rel, &name, &unique, &nKeys, &keys, &options, &method, &pred, &parts,
			&nullsNotDistinct, &storage, &spaced); err != nil {
			return err
		}
		tb := in.tables[rel]
		if tb == nil {
			return nil
		}
		if nullsNotDistinct.Bool {
			in.skip("index option", tb.nsp, name, "NULLS NOT DISTINCT is not managed by autogen: read as a unique index whose NULLs are distinct")
		}
		if storage.String != "" {
			in.skip("index option", tb.nsp, name, "WITH ("+storage.String+") is not managed by autogen: read as an index with default storage parameters")
		}
		if spaced.Bool {
			in.skip("index option", tb.nsp, name, "its tablespace is not managed by autogen: read as an index in the default tablespace")
		}
		ix, err := tb.index(name, unique, nKeys, keys, options, method, pred.String, parts.String)
		if err != nil {
			return fmt.Errorf("index %s of %s: %w", name, tb.t.QualifiedName(), err)
		}
		tb.t.Indexes = append(tb.t.Indexes, ix)
		return nil
	})
}

// index builds an index from its pg_index columns: keys are attnums (0
// for an expression), options the indoption bits of each key, parts a
// JSON array of [expression, opclass, collation] for each key.
func (tb *table) index(name string, unique bool, nKeys int, keys, options, method, pred, parts string) (*schema.Index, error) {
	ix := &schema.Index{Name: name, Unique: unique, Where: pred}
	if method != "btree" {
		ix.Method = method
	}
	attnums := strings.Fields(keys)
	opts := strings.Fields(options)
	var extra [][3]*string
	if parts != "" {
		if err := json.Unmarshal([]byte(parts), &extra); err != nil {
			return nil, fmt.Errorf("key parts: %w", err)
		}
	}
	if len(attnums) < nKeys || len(opts) < nKeys || len(extra) < nKeys {
		return nil, errors.New("the catalog lists fewer keys than the index has")
	}
	for i, f := range attnums {
		n, err := strconv.Atoi(f)
		if err != nil {
			return nil, fmt.Errorf("bad column number %q", f)
		}
		var col string
		if n != 0 {
			c := tb.attrs[n]
			if c == nil {
				return nil, fmt.Errorf("no column number %d", n)
			}
			col = c.Name
		}
		if i >= nKeys {
			ix.Include = append(ix.Include, col)
			continue
		}
		p := schema.IndexPart{Column: col}
		if n == 0 {
			if extra[i][0] == nil {
				return nil, fmt.Errorf("no expression for key %d", i+1)
			}
			p.Expr = *extra[i][0]
		}
		if extra[i][1] != nil {
			p.OpClass = *extra[i][1]
		}
		if extra[i][2] != nil {
			p.Collation = *extra[i][2]
		}
		bits, err := strconv.Atoi(opts[i])
		if err != nil {
			return nil, fmt.Errorf("bad index option %q", opts[i])
		}
		if method == "btree" || bits != 0 {
			const desc, nullsFirst = 1, 2
			p.Desc = bits&desc != 0
			switch first := bits&nullsFirst != 0; {
			case first && !p.Desc:
				p.Nulls = "first"
			case !first && p.Desc:
				p.Nulls = "last"
			}
		}
		ix.Parts = append(ix.Parts, p)
	}
	return ix, nil
}

const enumsQuery = `SELECT t.typnamespace::int8, t.typname, json_agg(e.enumlabel ORDER BY e.enumsortorder)::text
FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
WHERE t.typnamespace IN (%s)
  AND NOT EXISTS (SELECT 1 FROM pg_depend dep WHERE dep.classid = 'pg_type'::regclass AND dep.objid = t.oid AND dep.deptype = 'e')
GROUP BY t.oid, t.typnamespace, t.typname`

func (in *inspector) enums(ctx context.Context) error {
	return in.query(ctx, fmt.Sprintf(enumsQuery, in.inList), func(r *sql.Rows) error {
		var nsp int64
		var name, values string
		if err := r.Scan(&nsp, &name, &values); err != nil {
			return err
		}
		e := &schema.Enum{Schema: in.schemaName(in.nsps[nsp]), Name: name}
		if err := json.Unmarshal([]byte(values), &e.Values); err != nil {
			return fmt.Errorf("values of %s: %w", name, err)
		}
		in.s.Enums = append(in.s.Enums, e)
		return nil
	})
}

// othersQuery lists what autogen does not manage, to report it: triggers,
// routines, domains and other user types, and rules.
const othersQuery = `SELECT 'trigger', c.relnamespace::int8, c.relname || '.' || tg.tgname, c.oid::int8
FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid
WHERE NOT tg.tgisinternal AND c.relnamespace IN (%[1]s)
UNION ALL
SELECT CASE p.prokind WHEN 'a' THEN 'aggregate' WHEN 'p' THEN 'procedure' WHEN 'w' THEN 'window function' ELSE 'function' END,
  p.pronamespace::int8, p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')', 0
FROM pg_proc p
WHERE p.pronamespace IN (%[1]s)
  AND NOT EXISTS (SELECT 1 FROM pg_depend dep WHERE dep.classid = 'pg_proc'::regclass AND dep.objid = p.oid AND dep.deptype = 'e')
UNION ALL
SELECT CASE t.typtype WHEN 'd' THEN 'domain' WHEN 'r' THEN 'range type' WHEN 'c' THEN 'composite type' ELSE 'type' END,
  t.typnamespace::int8, t.typname, 0
FROM pg_type t
WHERE t.typnamespace IN (%[1]s) AND t.typtype IN ('b', 'c', 'd', 'r')
  AND (t.typtype <> 'c' OR (SELECT c.relkind FROM pg_class c WHERE c.oid = t.typrelid) = 'c')
  AND NOT EXISTS (SELECT 1 FROM pg_type a WHERE a.typarray = t.oid)
  AND NOT EXISTS (SELECT 1 FROM pg_depend dep WHERE dep.classid = 'pg_type'::regclass AND dep.objid = t.oid AND dep.deptype = 'e')
UNION ALL
SELECT 'rule', c.relnamespace::int8, c.relname || '.' || rw.rulename, c.oid::int8
FROM pg_rewrite rw JOIN pg_class c ON c.oid = rw.ev_class
WHERE rw.rulename <> '_RETURN' AND c.relnamespace IN (%[1]s)`

func (in *inspector) others(ctx context.Context) error {
	reasons := map[string]string{
		"domain": "domains are read as raw column types and not managed by autogen",
	}
	return in.query(ctx, fmt.Sprintf(othersQuery, in.inList), func(r *sql.Rows) error {
		var kind, name string
		var nsp, rel int64
		if err := r.Scan(&kind, &nsp, &name, &rel); err != nil {
			return err
		}
		if in.left[rel] {
			return nil // on a table left out
		}
		reason := reasons[kind]
		if reason == "" {
			reason = "not managed by autogen"
		}
		in.skip(kind, in.nsps[nsp], name, reason)
		return nil
	})
}

// ParseType parses format_type's spelling of a built-in type into a
// portable kind and its parameters, keeping raw as Type.Raw. Types
// without a portable kind (arrays, intervals, tsvector…), and those whose
// parameters the portable kind cannot carry (timestamp(0), bpchar), are
// Kind Raw. json and jsonb are both Kind JSON, told apart by Raw.
func ParseType(raw string) schema.Type {
	t := schema.Type{Kind: schema.Raw, Raw: raw}
	name, args, suffix := splitType(raw)
	if suffix != "" && name != "timestamp" && name != "time" {
		return t
	}
	switch name {
	case "bigint":
		t.Kind = schema.BigInt
	case "integer":
		t.Kind = schema.Integer
	case "smallint":
		t.Kind = schema.SmallInt
	case "text":
		t.Kind = schema.Text
	case "boolean":
		t.Kind = schema.Bool
	case "date":
		t.Kind = schema.Date
	case "real":
		t.Kind = schema.Float
	case "double precision":
		t.Kind = schema.Double
	case "bytea":
		t.Kind = schema.Bytes
	case "uuid":
		t.Kind = schema.UUID
	case "json", "jsonb":
		t.Kind = schema.JSON
	case "character varying":
		switch {
		case len(args) == 0:
			t.Kind = schema.Varchar
		case len(args) == 1 && args[0] > 0:
			t.Kind, t.Length = schema.Varchar, args[0]
		}
	case "character":
		if len(args) == 1 && args[0] > 0 {
			t.Kind, t.Length = schema.Char, args[0]
		}
	case "numeric":
		switch {
		case len(args) == 0:
			t.Kind = schema.Numeric
		case len(args) == 1 && args[0] > 0:
			t.Kind, t.Precision = schema.Numeric, args[0]
		case len(args) == 2 && args[0] > 0:
			t.Kind, t.Precision, t.Scale = schema.Numeric, args[0], args[1]
		}
	case "timestamp", "time":
		kinds := map[string]schema.Kind{
			"timestamp without time zone": schema.Timestamp,
			"timestamp with time zone":    schema.TimestampTZ,
			"time without time zone":      schema.Time,
		}
		k, ok := kinds[name+suffix]
		if !ok {
			break
		}
		switch len(args) {
		case 0:
			t.Kind = k
		case 1:
			if args[0] > 0 { // (0) has no portable spelling: 0 means the default
				t.Kind, t.Precision = k, args[0]
			}
		}
	}
	if len(args) > 0 && (t.IsInteger() || t.Kind == schema.Text || t.Kind == schema.Bool || t.Kind == schema.Date ||
		t.Kind == schema.Float || t.Kind == schema.Double || t.Kind == schema.Bytes || t.Kind == schema.UUID || t.Kind == schema.JSON) {
		t.Kind = schema.Raw // parameters a portable kind does not take
	}
	return t
}

// splitType splits "timestamp(3) with time zone" into its name
// ("timestamp"), its parameters ([3]) and what follows them
// (" with time zone"). A type with anything else in it (an array, a
// qualified or quoted name) comes back with name "".
func splitType(raw string) (name string, args []int, suffix string) {
	if strings.ContainsAny(raw, `[]".`) {
		return "", nil, ""
	}
	open := strings.IndexByte(raw, '(')
	if open < 0 {
		if strings.HasSuffix(raw, " without time zone") || strings.HasSuffix(raw, " with time zone") {
			i := strings.IndexByte(raw, ' ')
			return raw[:i], nil, raw[i:]
		}
		return raw, nil, ""
	}
	end := strings.IndexByte(raw[open:], ')')
	if end < 0 {
		return "", nil, ""
	}
	end += open
	for _, f := range strings.Split(raw[open+1:end], ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			return "", nil, ""
		}
		args = append(args, n)
	}
	return raw[:open], args, raw[end+1:]
}
