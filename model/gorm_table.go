package model

import (
	"fmt"
	"go/token"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/autogen-go/autogen/schema"
)

// This file turns parsed GORM schemas into tables: which tables
// AutoMigrate creates (migrator.ReorderModels), and what CreateTable,
// CreateIndex and the dialectors' DataTypeOf put in them.

// models parses the GORM models and adds the tables AutoMigrate would
// create for them, in AutoMigrate's order.
func (g *gormState) models(cands []*candidate) {
	var values []*gSchema
	for _, c := range cands {
		if s, ok := g.schemaOf(c.named); ok {
			values = append(values, s)
		}
	}
	// Two models on one table are an error (GORM would merge them).
	owner := map[string]*gSchema{}
	for _, s := range values {
		if prev, ok := owner[s.table]; ok {
			g.b.errorf(s.pos, s.goType, "", "table %s is also the table of %s (%s): give one of them another name with a TableName method", s.table, prev.goType, g.b.pos(prev.pos))
			continue
		}
		owner[s.table] = s
	}
	ordered, joinOf := g.reorder(values)
	for _, s := range ordered {
		if s.tn != nil {
			if c, ok := g.b.candByType[s.tn]; ok && (c.excluded || c.directive == "ignore") {
				continue // GORM would create it; the configuration says autogen does not manage it
			}
		}
		// A schema with errors is built too, for the errors its table
		// has, and then dropped.
		t := g.table(s)
		if t == nil || s.err {
			continue
		}
		if join := joinOf[s.table]; join != nil {
			if jt := g.table(join); jt != nil {
				mergeJoinTable(t, jt)
			}
		}
		g.b.tables = append(g.b.tables, &tableOut{t: t, goType: s.goType, pos: s.pos, join: s.tn == nil})
	}
}

// reorder is ReorderModels(values, autoAdd=true): the models, the
// tables of the models their foreign keys reference, and the join tables
// of many2many associations. A join table of one name declared from both
// sides is the one of the model that comes later. A model whose table is
// a join table's is that table, as GORM's SetupJoinTable makes it: the
// join table is returned apart, by table, for its keys (GORM without
// SetupJoinTable keeps whichever of the two its AutoMigrate meets last).
func (g *gormState) reorder(values []*gSchema) ([]*gSchema, map[string]*gSchema) {
	joinOf := map[string]*gSchema{}
	type dep struct {
		s       *gSchema
		depends []*gSchema
	}
	var (
		modelNames, ordered []string
		orderedSet          = map[string]bool{}
		parsed              = map[*gSchema]bool{}
		valuesMap           = map[string]*dep{}
		parseDependence     func(s *gSchema, addToList bool)
		insert              func(name string)
	)
	parseDependence = func(s *gSchema, addToList bool) {
		if parsed[s] {
			return
		}
		parsed[s] = true
		d := &dep{s: s}
		beDependedOn := map[*gSchema]bool{}
		var joins []*gRel
		for _, rel := range sortedRels(s) {
			if rel.Field != nil && rel.Field.IgnoreMigration {
				continue
			}
			if c := g.parseConstraint(rel); c != nil && c.Schema == s && c.Schema != c.ReferenceSchema && c.ReferenceSchema != nil {
				d.depends = append(d.depends, c.ReferenceSchema)
			}
			if rel.Type == hasOne || rel.Type == hasMany {
				beDependedOn[rel.FieldSchema] = true
			}
			if rel.JoinTable != nil {
				joins = append(joins, rel)
			}
		}
		if prev, ok := valuesMap[s.table]; ok && (prev.s.tn == nil) != (s.tn == nil) {
			// The model keeps the table, with the join table's
			// dependencies (the tables its keys refer to).
			if s.tn == nil { // the join table of a model's table
				joinOf[s.table] = s
				prev.depends = append(prev.depends, d.depends...)
				d = prev
			} else {
				joinOf[s.table] = prev.s
				d.depends = append(d.depends, prev.depends...)
			}
		}
		valuesMap[s.table] = d
		if addToList {
			modelNames = append(modelNames, s.table)
		}
		for i := len(joins) - 1; i >= 0; i-- { // deferred calls run last-first
			rel := joins[i]
			if !beDependedOn[rel.FieldSchema] {
				d.depends = append(d.depends, rel.FieldSchema)
			} else {
				parseDependence(rel.FieldSchema, true)
			}
			parseDependence(rel.JoinTable, true)
		}
	}
	insert = func(name string) {
		if orderedSet[name] {
			return
		}
		orderedSet[name] = true
		for _, d := range valuesMap[name].depends {
			if _, ok := valuesMap[d.table]; !ok {
				parseDependence(d, true)
			}
			insert(d.table)
		}
		ordered = append(ordered, name)
	}
	for _, s := range values {
		parseDependence(s, true)
	}
	for _, name := range modelNames {
		insert(name)
	}
	out := make([]*gSchema, 0, len(ordered))
	for _, name := range ordered {
		out = append(out, valuesMap[name].s)
	}
	return out, joinOf
}

// table builds what CreateTable creates for s.
func (g *gormState) table(s *gSchema) *schema.Table {
	b := g.b
	t := &schema.Table{Name: s.table, Pos: b.pos(s.pos)}
	if b.dialect == Postgres {
		if i := strings.IndexByte(t.Name, '.'); i > 0 {
			t.Schema, t.Name = t.Name[:i], t.Name[i+1:]
		}
		t.Name = pgIdent(t.Name)
	} else if strings.Contains(t.Name, ".") {
		g.errorf(s, nil, "table %s: a schema-qualified table name is an attached database on SQLite, which autogen does not manage", t.Name)
		return nil
	}
	var inlinePK []string
	pkFields := map[string]bool{}
	for _, f := range s.primary {
		pkFields[f.DBName] = true
	}
	for _, name := range s.dbNames {
		f := s.byDBName[name]
		if f.IgnoreMigration || f.reported {
			continue
		}
		col, inline := g.column(s, f)
		if col == nil {
			continue
		}
		if inline {
			inlinePK = append(inlinePK, col.Name)
		}
		t.Columns = append(t.Columns, col)
	}
	var pk []string
	switch {
	case len(inlinePK) > 1:
		g.errorf(s, nil, "table %s: GORM declares %s each as the primary key in its column type (an autoIncrement integer on SQLite is INTEGER PRIMARY KEY AUTOINCREMENT), and a table has one primary key; keep autoIncrement on one field",
			t.Name, strings.Join(inlinePK, " and "))
		return nil
	case len(inlinePK) == 1:
		pk = inlinePK
	default:
		for _, f := range s.primary {
			pk = append(pk, pgIdentIf(b.dialect, f.DBName))
		}
	}
	if len(pk) > 0 {
		t.PrimaryKey = &schema.PrimaryKey{Columns: pk}
		if b.dialect == Postgres {
			t.PrimaryKey.Name = pgDerivedName(t.Name, "pkey")
		}
		for _, c := range t.Columns {
			if !contains(pk, c.Name) {
				continue
			}
			if b.dialect == Postgres {
				c.Nullable = false
			} else if len(pk) == 1 && strings.EqualFold(strings.TrimSpace(c.Type.Raw), "integer") {
				// the rowid alias: never NULL, filled by SQLite
				c.Nullable = false
				if c.Identity == schema.NoIdentity {
					c.Identity = schema.IdentityByDefault
				}
			}
		}
	}
	if b.dialect == SQLite {
		for _, c := range t.Columns {
			if c.AutoIncrement && (len(pk) != 1 || pk[0] != c.Name) {
				c.AutoIncrement = false
			}
		}
	}
	t.Indexes = g.indexes(s, t)
	for _, f := range s.fields {
		if f.Unique {
			name := pgIdentIf(b.dialect, g.namer.uniqueName(s.table, f.DBName))
			if hasUnique(t, name) {
				continue
			}
			t.Uniques = append(t.Uniques, &schema.Unique{Name: name, Columns: []string{pgIdentIf(b.dialect, f.DBName)}, Pos: b.pos(f.sf.pos)})
		}
	}
	t.Checks = g.checks(s)
	for _, rel := range sortedRels(s) {
		if rel.Field != nil && rel.Field.IgnoreMigration {
			continue
		}
		c := g.parseConstraint(rel)
		if c == nil || c.Schema != s || c.ReferenceSchema == nil {
			continue
		}
		fk := &schema.ForeignKey{Name: pgIdentIf(b.dialect, c.Name), RefTable: c.ReferenceSchema.table, Pos: b.pos(rel.Field.sf.pos)}
		if b.dialect == Postgres {
			if i := strings.IndexByte(fk.RefTable, '.'); i > 0 {
				fk.RefSchema, fk.RefTable = fk.RefTable[:i], fk.RefTable[i+1:]
			}
			fk.RefTable = pgIdent(fk.RefTable)
		}
		for _, f := range c.ForeignKeys {
			fk.Columns = append(fk.Columns, pgIdentIf(b.dialect, f.DBName))
		}
		for _, f := range c.References {
			fk.RefColumns = append(fk.RefColumns, pgIdentIf(b.dialect, f.DBName))
		}
		var ok bool
		if fk.OnDelete, ok = gormAction(c.OnDelete); !ok {
			g.errorf(s, rel.Field, "constraint:OnDelete:%s is no referential action: use CASCADE, SET NULL, SET DEFAULT, RESTRICT or NO ACTION", c.OnDelete)
		}
		if fk.OnUpdate, ok = gormAction(c.OnUpdate); !ok {
			g.errorf(s, rel.Field, "constraint:OnUpdate:%s is no referential action: use CASCADE, SET NULL, SET DEFAULT, RESTRICT or NO ACTION", c.OnUpdate)
		}
		if hasFK(t, fk.Name) {
			continue
		}
		t.ForeignKeys = append(t.ForeignKeys, fk)
	}
	return t
}

func gormAction(s string) (string, bool) {
	if strings.TrimSpace(s) == "" {
		return "", true
	}
	return fkAction(s)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func hasUnique(t *schema.Table, name string) bool {
	for _, u := range t.Uniques {
		if u.Name == name {
			return true
		}
	}
	return false
}

func hasFK(t *schema.Table, name string) bool {
	for _, k := range t.ForeignKeys {
		if k.Name == name {
			return true
		}
	}
	return false
}

// column is what FullDataTypeOf gives a field: its type, NOT NULL and
// DEFAULT, plus the comment GORM's postgres migrator sets. inline
// reports a column whose type declares it the primary key.
func (g *gormState) column(s *gSchema, f *gField) (*schema.Column, bool) {
	b := g.b
	col := &schema.Column{Name: pgIdentIf(b.dialect, f.DBName), Pos: b.pos(f.sf.pos)}
	raw, identity, gen, err := g.dataTypeOf(f)
	if err != nil {
		g.errorf(s, f, "%v", err)
		return nil, false
	}
	if raw == "" {
		g.errorf(s, f, "GORM gives the column no type (an empty data type): add type:<sql> to the gorm tag")
		return nil, false
	}
	inline := false
	if i := strings.Index(strings.ToUpper(raw), "PRIMARY KEY"); i >= 0 {
		rest := strings.ToUpper(raw[i:])
		raw = strings.TrimSpace(raw[:i])
		inline = true
		col.AutoIncrement = strings.Contains(rest, "AUTOINCREMENT")
	}
	raw, col.Collation = splitCollate(b.dialect, raw)
	typ, id := b.sqlType(raw)
	if strings.EqualFold(raw, "enum") {
		typ = g.enumColumn(s, f)
	}
	col.Type = typ
	if identity != schema.NoIdentity {
		id = identity
	}
	col.Identity = id
	if gen != "" {
		col.Generated = &schema.Generated{Expr: gen, Stored: true}
	}
	col.Nullable = !f.NotNull && id == schema.NoIdentity
	if f.HasDefaultValue && (f.dv != nil || f.DefaultValue != "") {
		switch {
		case f.dv != nil:
			col.Default = g.literal(f.dv)
		case f.DefaultValue != "(-)":
			col.Default = f.DefaultValue
		}
	}
	if b.dialect == Postgres && f.Comment != "" {
		col.Comment = f.Comment
	}
	return col, inline
}

// literal renders a default GORM parsed, as the dialector's Explain does:
// strings and times quoted with ' on PostgreSQL and " on SQLite.
func (g *gormState) literal(d *gDefault) string {
	q := "'"
	if g.b.dialect == SQLite {
		q = `"`
	}
	switch d.kind {
	case gString, gTime:
		return q + strings.ReplaceAll(d.text, q, q+q) + q
	}
	return d.text
}

// dataTypeOf is the migrator's DataTypeOf: a type's GormDBDataType, else
// the dialector's. For PostgreSQL's generated:identity and generated:expr
// it returns the base type and the identity or the expression apart.
func (g *gormState) dataTypeOf(f *gField) (raw string, id schema.Identity, gen string, err error) {
	if m, ok := gormDBDataTypeMethod(fieldValue{t: f.indirect, ptr: true}.methodType()); ok {
		// What it returns wins over a type: tag, in GORM's migrator: a
		// tag cannot stand in for a method autogen cannot read.
		v, err := g.b.evalTypeMethod(m, string(g.b.dialect))
		if err != nil {
			return "", "", "", fmt.Errorf("%s.GormDBDataType: %v; GORM creates the column with what it returns (over a type: tag), so autogen must read it: make it return string constants, chosen by db.Dialector.Name() at most", shortType(f.indirect), err)
		}
		if v != "" {
			return v, "", "", nil
		}
	}
	if g.b.dialect == SQLite {
		return g.sqliteType(f), "", "", nil
	}
	if v, ok := f.TagSettings["GENERATED"]; ok {
		v = strings.TrimSpace(v)
		if v != "" && v != "GENERATED" {
			if mode, isIdentity := identityMode(v); isIdentity {
				if mode == "ALWAYS" {
					return pgIntType(f), schema.IdentityAlways, "", nil
				}
				return pgIntType(f), schema.IdentityByDefault, "", nil
			}
			return g.pgBaseType(f), "", v, nil
		}
	}
	return g.pgBaseType(f), "", "", nil
}

func identityMode(v string) (string, bool) {
	mode, ok := "BY DEFAULT", false
	for _, tok := range strings.Fields(strings.ToLower(v)) {
		switch tok {
		case "identity":
			ok = true
		case "always":
			mode = "ALWAYS"
		case "by", "default":
		default:
			return "", false
		}
	}
	return mode, ok
}

// pgBaseType is the postgres dialector's getSchemaBaseType.
func (g *gormState) pgBaseType(f *gField) string {
	switch f.DataType {
	case gBool:
		return "boolean"
	case gInt, gUint:
		t := pgIntType(f)
		if f.AutoIncrement {
			switch t {
			case "smallint":
				return "smallserial"
			case "integer":
				return "serial"
			}
			return "bigserial"
		}
		return t
	case gFloat:
		if f.Precision > 0 {
			if f.Scale > 0 {
				return fmt.Sprintf("numeric(%d, %d)", f.Precision, f.Scale)
			}
			return fmt.Sprintf("numeric(%d)", f.Precision)
		}
		return "decimal"
	case gString:
		if f.Size > 0 && f.Size <= 10485760 {
			return fmt.Sprintf("varchar(%d)", f.Size)
		}
		return "text"
	case gTime:
		if f.Precision > 0 {
			return fmt.Sprintf("timestamptz(%d)", f.Precision)
		}
		return "timestamptz"
	case gBytes:
		return "bytea"
	}
	t := f.DataType
	if f.AutoIncrement && !strings.Contains(strings.ToLower(t), "serial") {
		size := f.Size
		if f.GORMDataType == gUint {
			size++
		}
		switch {
		case size <= 16:
			t = "smallserial"
		case size <= 32:
			t = "serial"
		default:
			t = "bigserial"
		}
	}
	return t
}

// pgIntType is getSchemaIntType: by the field's size, one more bit for
// unsigned types.
func pgIntType(f *gField) string {
	size := f.Size
	if f.DataType == gUint {
		size++
	}
	switch {
	case size <= 16:
		return "smallint"
	case size <= 32:
		return "integer"
	}
	return "bigint"
}

// sqliteType is the SQLite dialectors' DataTypeOf.
func (g *gormState) sqliteType(f *gField) string {
	switch f.DataType {
	case gBool:
		return "numeric"
	case gInt, gUint:
		if f.AutoIncrement {
			return "integer PRIMARY KEY AUTOINCREMENT"
		}
		return "integer"
	case gFloat:
		return "real"
	case gString:
		return "text"
	case gTime:
		if v, ok := f.TagSettings["TYPE"]; ok {
			return v
		}
		return "datetime"
	case gBytes:
		return "blob"
	}
	return f.DataType
}

// enumColumn makes type:enum a PostgreSQL enum, as for db tags (GORM
// itself would fail on type "enum"; this is autogen's own).
func (g *gormState) enumColumn(s *gSchema, f *gField) schema.Type {
	return g.b.enumType(f.sf.typ, f.sf.pos, s.goType, f.Name)
}

// gIndex is GORM's schema.Index.
type gIndex struct {
	Name, Class, Type, Where, Comment, Option string
	Fields                                    []gIndexOption
	pos                                       token.Pos
}

type gIndexOption struct {
	f          *gField
	Expression string
	Sort       string
	Collate    string
	Priority   int
}

// parseIndexes is GORM's ParseIndexes: index and uniqueIndex settings of
// every field, merged by name and ordered by priority.
func (g *gormState) parseIndexes(s *gSchema) []*gIndex {
	byName := map[string]*gIndex{}
	var out []*gIndex
	for _, f := range s.fields {
		if f.TagSettings["INDEX"] == "" && f.TagSettings["UNIQUEINDEX"] == "" {
			continue
		}
		for _, ix := range g.fieldIndexes(s, f) {
			idx := byName[ix.Name]
			if idx == nil {
				idx = &gIndex{Name: ix.Name, pos: ix.pos}
				byName[ix.Name] = idx
				out = append(out, idx)
			}
			if idx.Class == "" {
				idx.Class = ix.Class
			}
			if idx.Type == "" {
				idx.Type = ix.Type
			}
			if idx.Where == "" {
				idx.Where = ix.Where
			}
			if idx.Comment == "" {
				idx.Comment = ix.Comment
			}
			if idx.Option == "" {
				idx.Option = ix.Option
			}
			idx.Fields = append(idx.Fields, ix.Fields...)
			sort.SliceStable(idx.Fields, func(i, j int) bool { return idx.Fields[i].Priority < idx.Fields[j].Priority })
		}
	}
	return out
}

// fieldIndexes is parseFieldIndexes: it reads the field's own raw tag,
// split on ";" and ":" without escapes.
func (g *gormState) fieldIndexes(s *gSchema, f *gField) []*gIndex {
	var out []*gIndex
	for _, value := range strings.Split(lookupTag(f.sf.tag, "gorm"), ";") {
		if value == "" {
			continue
		}
		v := strings.Split(value, ":")
		k := strings.TrimSpace(strings.ToUpper(v[0]))
		if k != "INDEX" && k != "UNIQUEINDEX" {
			continue
		}
		tag := strings.Join(v[1:], ":")
		idx := strings.IndexByte(tag, ',')
		settings := gormSettings(strings.Join(strings.Split(tag, ",")[1:], ","), ",")
		if idx == -1 {
			idx = len(tag)
		}
		for key := range settings {
			switch key {
			case "CLASS", "TYPE", "WHERE", "COMMENT", "OPTION", "EXPRESSION", "SORT", "COLLATE", "LENGTH", "PRIORITY", "UNIQUE", "COMPOSITE":
			default:
				g.errorf(s, f, "unknown index option %q in %s (GORM ignores it): the options are class, type, where, comment, option, expression, sort, collate, length, priority, unique and composite", key, value)
			}
		}
		name := tag[:idx]
		if name == "" {
			sub := f.Name
			if composite, ok := settings["COMPOSITE"]; ok {
				if composite == "" || composite == "COMPOSITE" {
					g.errorf(s, f, "composite in %s needs a name (GORM fails with \"the composite tag cannot be empty\"): composite:<name>", value)
					return nil
				}
				sub = composite
			}
			name = g.namer.indexName(s.table, sub)
		}
		if k == "UNIQUEINDEX" || settings["UNIQUE"] != "" {
			settings["CLASS"] = "UNIQUE"
		}
		prio := 10
		if v, ok := settings["PRIORITY"]; ok {
			if n, err := strconv.Atoi(v); err == nil {
				prio = n
			}
		}
		out = append(out, &gIndex{Name: name, Class: settings["CLASS"], Type: settings["TYPE"], Where: settings["WHERE"],
			Comment: settings["COMMENT"], Option: settings["OPTION"], pos: f.sf.pos,
			Fields: []gIndexOption{{f: f, Expression: settings["EXPRESSION"], Sort: settings["SORT"], Collate: settings["COLLATE"], Priority: prio}}})
	}
	return out
}

// indexes are what CreateIndex creates.
func (g *gormState) indexes(s *gSchema, t *schema.Table) []*schema.Index {
	b := g.b
	var out []*schema.Index
	for _, gi := range g.parseIndexes(s) {
		ix := &schema.Index{Name: pgIdentIf(b.dialect, gi.Name), Where: gi.Where, Pos: b.pos(gi.pos)}
		switch strings.ToUpper(gi.Class) {
		case "":
		case "UNIQUE":
			ix.Unique = true
		default:
			g.errorf(s, gi.Fields[0].f, "index %s: class %s is MySQL's; PostgreSQL and SQLite have plain and UNIQUE indexes", gi.Name, gi.Class)
			continue
		}
		if gi.Type != "" {
			if b.dialect == SQLite {
				g.errorf(s, gi.Fields[0].f, "index %s: type:%s makes GORM write CREATE INDEX … USING %s, which SQLite rejects (AutoMigrate fails); leave type out on SQLite", gi.Name, gi.Type, gi.Type)
				continue
			}
			ix.Method = strings.ToLower(gi.Type)
		}
		if b.dialect == Postgres {
			if opt := strings.TrimSpace(gi.Option); opt != "" && !strings.EqualFold(opt, "CONCURRENTLY") {
				if inc, ok := includeOption(opt); ok {
					ix.Include = inc
				}
			}
		}
		for _, o := range gi.Fields {
			p := schema.IndexPart{Column: pgIdentIf(b.dialect, o.f.DBName)}
			if o.Expression != "" {
				p = schema.IndexPart{Expr: o.Expression}
			}
			p.Collation = strings.Trim(o.Collate, `"`)
			words := strings.Fields(strings.ToLower(o.Sort))
			for i := 0; i < len(words); i++ {
				switch {
				case words[i] == "asc":
				case words[i] == "desc":
					p.Desc = true
				case words[i] == "nulls" && i+1 < len(words) && (words[i+1] == "first" || words[i+1] == "last"):
					p.Nulls = words[i+1]
					i++
				default:
					g.errorf(s, o.f, "index %s: sort:%s: use asc or desc, with nulls first or nulls last", gi.Name, o.Sort)
				}
			}
			ix.Parts = append(ix.Parts, p)
		}
		out = append(out, ix)
	}
	return out
}

// includeOption reads option:INCLUDE (a, b).
func includeOption(opt string) ([]string, bool) {
	up := strings.ToUpper(opt)
	if !strings.HasPrefix(up, "INCLUDE") {
		return nil, false
	}
	rest := strings.TrimSpace(opt[len("INCLUDE"):])
	if !strings.HasPrefix(rest, "(") || !strings.HasSuffix(rest, ")") {
		return nil, false
	}
	var out []string
	for _, c := range strings.Split(rest[1:len(rest)-1], ",") {
		out = append(out, strings.Trim(strings.TrimSpace(c), `"`))
	}
	return out, true
}

// checks is ParseCheckConstraints: check:name,expr or check:expr (named
// chk_<table>_<column>).
func (g *gormState) checks(s *gSchema) []*schema.Check {
	byName := map[string]*schema.Check{}
	var out []*schema.Check
	for _, name := range s.dbNames {
		f := s.byDBName[name]
		chk := f.TagSettings["CHECK"]
		if chk == "" {
			continue
		}
		parts := strings.Split(chk, ",")
		var ck *schema.Check
		if len(parts) > 1 && constraintNameRe.MatchString(parts[0]) {
			ck = &schema.Check{Name: parts[0], Expr: strings.Join(parts[1:], ",")}
		} else {
			if parts[0] == "" {
				chk = strings.Join(parts[1:], ",")
			}
			ck = &schema.Check{Name: g.namer.checkerName(s.table, f.DBName), Expr: chk}
		}
		ck.Name = pgIdentIf(g.b.dialect, ck.Name)
		ck.Pos = g.b.pos(f.sf.pos)
		if prev, ok := byName[ck.Name]; ok {
			*prev = *ck
			continue
		}
		byName[ck.Name] = ck
		out = append(out, ck)
	}
	return out
}

// pgIdent cuts a name to 63 bytes, as PostgreSQL does with a longer one.
func pgIdent(s string) string {
	if len(s) <= maxIdentLen {
		return s
	}
	cut := maxIdentLen
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut]
}

func pgIdentIf(d Dialect, s string) string {
	if d == Postgres {
		return pgIdent(s)
	}
	return s
}

// pgDerivedName is the name PostgreSQL gives a constraint it names:
// the table, cut to fit, then _label (users_pkey).
func pgDerivedName(table, label string) string {
	avail := maxIdentLen - len(label) - 1
	if len(table) > avail {
		cut := avail
		for cut > 0 && !utf8.RuneStart(table[cut]) {
			cut--
		}
		table = table[:cut]
	}
	return table + "_" + label
}
