package model

import (
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/autogen-go/autogen/naming"
	"github.com/autogen-go/autogen/schema"
)

// nativeOptions are the options of a field's `db` tag, after its column
// name.
var nativeOptions = []string{"pk", "autoincrement", "null", "notnull", "unique", "uniqueindex", "index", "type",
	"size", "default", "fk", "ondelete", "onupdate", "check", "comment"}

// tableOptions are the options of the `db` tag of a blank field (`_`),
// which declare what belongs to the table rather than to one column.
var tableOptions = []string{"pk", "index", "uniqueindex", "unique", "check", "fk", "comment"}

// nativeTable is a `db`-tagged model being built.
type nativeTable struct {
	c         *candidate
	typ       string // "models.User"
	t         *schema.Table
	fields    map[string]string // Go field name → column
	colPos    map[string]token.Pos
	fks       []*pendingFK
	composite map[string]*compositeDecl // unique:<name> and index:<name> shared by fields
	order     []string                  // composite names in order of appearance
	pkName    string                    // the name pk:name(…) gives the primary key
}

type compositeDecl struct {
	kind    string // "unique", "index", "uniqueindex"
	name    string
	columns []string
	pos     token.Pos
	field   string
}

// pendingFK is a foreign key whose target is checked once every table is
// known.
type pendingFK struct {
	fk    *schema.ForeignKey
	pos   token.Pos
	field string
	named bool // the name was given
}

// nativeField is one column being read.
type nativeField struct {
	goName  string
	pos     token.Pos
	typ     types.Type
	col     *schema.Column
	pk      bool
	autoinc string // "", "true", "false"
	null    string // "", "null", "notnull"
}

func (b *builder) nativeModel(c *candidate) {
	typ := typeName(c.tn)
	name, ok := b.tableName(c.named, typ)
	if !ok {
		return
	}
	nt := &nativeTable{
		c: c, typ: typ,
		t:         &schema.Table{Name: name, Pos: b.pos(c.tn.Pos())},
		fields:    map[string]string{},
		colPos:    map[string]token.Pos{},
		composite: map[string]*compositeDecl{},
	}
	if strings.Contains(name, ".") && b.dialect == SQLite {
		b.errorf(c.tn.Pos(), typ, "", "table %s: a schema-qualified table name is an attached database on SQLite, which autogen does not manage", name)
		return
	}
	if b.dialect == Postgres {
		if i := strings.IndexByte(name, '.'); i > 0 {
			nt.t.Schema, nt.t.Name = name[:i], name[i+1:]
		}
		if len(nt.t.Name) > maxIdentLen {
			b.errorf(c.tn.Pos(), typ, "", "table name %q is longer than %d bytes: PostgreSQL would cut it; choose a shorter name", nt.t.Name, maxIdentLen)
		}
	}
	var fields []*nativeField
	var blanks []blankField
	b.nativeFields(nt, c.st, map[types.Type]bool{c.named: true}, &fields, &blanks)
	if len(fields) == 0 {
		b.errorf(c.tn.Pos(), typ, "", "no columns: a model needs at least one exported field that is not `db:\"-\"`")
		return
	}
	var pkCols []string
	for _, f := range fields {
		if f.pk {
			pkCols = append(pkCols, f.col.Name)
		}
	}
	for _, bl := range blanks {
		b.tableDecls(nt, bl, &pkCols)
	}
	// Primary key: NOT NULL, and a single integer key is an identity.
	if len(pkCols) > 0 {
		pkName, err := b.conv.Name(naming.PrimaryKey, naming.Object{Table: nt.t.Name, Columns: pkCols}, maxIdentLen)
		if err != nil {
			b.errorf(c.tn.Pos(), typ, "", "%v", err)
		}
		if given := nt.pkName; given != "" {
			pkName = given
		}
		nt.t.PrimaryKey = &schema.PrimaryKey{Name: pkName, Columns: pkCols}
		for _, f := range fields {
			if slices.Contains(pkCols, f.col.Name) {
				if f.null == "null" {
					b.errorf(f.pos, typ, f.goName, "`null` on a primary key column: primary keys are NOT NULL")
				}
				f.col.Nullable = false
			}
		}
	}
	for _, f := range fields {
		switch {
		case f.autoinc == "true":
			if !f.col.Type.IsInteger() {
				b.errorf(f.pos, typ, f.goName, "`autoincrement` on a %s column: only integer columns are filled by the database", f.col.Type)
				continue
			}
			if f.col.Identity == schema.NoIdentity { // type:serial keeps its sequence
				f.col.Identity = schema.IdentityByDefault
			}
			if b.dialect == SQLite {
				if len(pkCols) != 1 || pkCols[0] != f.col.Name {
					b.errorf(f.pos, typ, f.goName, "`autoincrement` on SQLite needs the column to be the whole primary key (INTEGER PRIMARY KEY AUTOINCREMENT)")
					continue
				}
				f.col.AutoIncrement = true
			}
		case f.autoinc == "" && len(pkCols) == 1 && pkCols[0] == f.col.Name && f.col.Type.IsInteger() && f.col.Identity == schema.NoIdentity:
			f.col.Identity = schema.IdentityByDefault
		}
	}
	for _, name := range nt.order {
		cd := nt.composite[name]
		b.addComposite(nt, cd)
	}
	b.tables = append(b.tables, &tableOut{t: nt.t, goType: typ, pos: c.tn.Pos(), native: nt})
}

type blankField struct {
	tag string
	pos token.Pos
}

// nativeFields reads the fields of st into columns, flattening embedded
// structs that carry no tag (as pgx, sqlx and scany do).
func (b *builder) nativeFields(nt *nativeTable, st *types.Struct, seen map[types.Type]bool, out *[]*nativeField, blanks *[]blankField) {
	for i := 0; i < st.NumFields(); i++ {
		v := st.Field(i)
		tag, hasTag := reflect.StructTag(st.Tag(i)).Lookup("db")
		if v.Name() == "_" {
			if hasTag {
				*blanks = append(*blanks, blankField{tag: tag, pos: v.Pos()})
			}
			continue
		}
		if tag == "-" {
			continue
		}
		if v.Embedded() && !hasTag {
			et := types.Unalias(v.Type())
			if p, ok := et.(*types.Pointer); ok {
				et = types.Unalias(p.Elem())
			}
			if est, ok := et.Underlying().(*types.Struct); ok && !isKnownType(et) {
				if seen[et] {
					b.errorf(v.Pos(), nt.typ, v.Name(), "the embedded struct %s embeds itself", shortType(v.Type()))
					continue
				}
				seen[et] = true
				b.nativeFields(nt, est, seen, out, blanks)
				delete(seen, et)
				continue
			}
		}
		if !v.Exported() {
			continue
		}
		if f := b.nativeField(nt, v, tag); f != nil {
			*out = append(*out, f)
		}
	}
}

func isKnownType(t types.Type) bool {
	_, ok := knownTypes[fullName(t)]
	return ok || fullName(t) == "database/sql.Null"
}

// nativeField reads one field's `db` tag.
func (b *builder) nativeField(nt *nativeTable, v *types.Var, tag string) *nativeField {
	typ := nt.typ
	opts, err := splitOptions(tag)
	if err != nil {
		b.errorf(v.Pos(), typ, v.Name(), "bad db tag %q: %v", tag, err)
		return nil
	}
	name := strings.TrimSpace(opts[0])
	if name == "" {
		name = toDBName(v.Name())
	}
	f := &nativeField{goName: v.Name(), pos: v.Pos(), typ: v.Type(), col: &schema.Column{Name: name, Pos: b.pos(v.Pos())}}
	if prev, ok := nt.colPos[name]; ok {
		b.errorf(v.Pos(), typ, v.Name(), "column %s is also the column of the field at %s: give one of them another name in its db tag", name, b.pos(prev))
		return nil
	}
	if b.dialect == Postgres && len(name) > maxIdentLen {
		b.errorf(v.Pos(), typ, v.Name(), "column name %q is longer than %d bytes: PostgreSQL would cut it; choose a shorter name", name, maxIdentLen)
	}
	nt.colPos[name] = v.Pos()
	nt.fields[v.Name()] = name

	var (
		sqlType, size, fk, onDelete, onUpdate string
		sizeN                                 int
		seen                                  = map[string]bool{}
	)
	bad := func(format string, args ...any) { b.errorf(v.Pos(), typ, v.Name(), format, args...) }
	for _, o := range opts[1:] {
		o = strings.TrimSpace(o)
		if o == "" {
			continue
		}
		key, val, hasVal := strings.Cut(o, ":")
		key = strings.ToLower(strings.TrimSpace(key))
		val = strings.TrimSpace(val)
		if !slices.Contains(nativeOptions, key) {
			bad("unknown option %q in db tag: the options are %s", key, strings.Join(nativeOptions, ", "))
			continue
		}
		repeatable := key == "index" || key == "unique" || key == "uniqueindex" || key == "check"
		if seen[key] && !repeatable {
			bad("option %s given twice in db tag", key)
			continue
		}
		seen[key] = true
		needVal := func() bool {
			if !hasVal || val == "" {
				bad("option %s needs a value: %s:<%s>", key, key, valueHint(key))
				return false
			}
			if next := runOnOption(val); next != "" && key != "comment" {
				bad("%s:%s runs on into option %s: separate options with a comma", key, val, next)
				return false
			}
			return true
		}
		noVal := func() bool {
			if hasVal {
				bad("option %s takes no value (got %s:%s)", key, key, val)
				return false
			}
			return true
		}
		switch key {
		case "pk":
			if noVal() {
				f.pk = true
			}
		case "autoincrement":
			switch {
			case !hasVal:
				f.autoinc = "true"
			case strings.EqualFold(val, "false"):
				f.autoinc = "false"
			case strings.EqualFold(val, "true"):
				f.autoinc = "true"
			default:
				bad("autoincrement:%s: use autoincrement or autoincrement:false", val)
			}
		case "null", "notnull":
			if noVal() {
				if f.null != "" && f.null != key {
					bad("`null` and `notnull` conflict: keep one")
					continue
				}
				f.null = key
			}
		case "unique", "index", "uniqueindex":
			if !hasVal {
				nt.order = append(nt.order, "\x00"+strconv.Itoa(len(nt.order)))
				nt.composite[nt.order[len(nt.order)-1]] = &compositeDecl{kind: key, columns: []string{name}, pos: v.Pos(), field: v.Name()}
				continue
			}
			if !isIdent(val) {
				bad("%s:%s: the name of an index or constraint is an identifier (letters, digits, underscores)", key, val)
				continue
			}
			cd, ok := nt.composite[val]
			if !ok {
				cd = &compositeDecl{kind: key, name: val, pos: v.Pos(), field: v.Name()}
				nt.composite[val] = cd
				nt.order = append(nt.order, val)
			} else if cd.kind != key {
				bad("%s:%s: %s is already the name of a %s (field %s)", key, val, val, cd.kind, cd.field)
				continue
			}
			cd.columns = append(cd.columns, name)
		case "type":
			if needVal() {
				sqlType = val
			}
		case "size":
			if needVal() {
				size = val
				n, err := strconv.Atoi(val)
				if err != nil || n <= 0 {
					bad("size:%s: the size is a positive number of characters", val)
					size = ""
					continue
				}
				sizeN = n
			}
		case "default":
			if needVal() {
				f.col.Default = val
			}
		case "fk":
			if needVal() {
				fk = val
			}
		case "ondelete", "onupdate":
			if needVal() {
				act, ok := fkAction(val)
				if !ok {
					bad("%s:%s: the actions are cascade, restrict, set null, set default and no action", key, val)
					continue
				}
				if key == "ondelete" {
					onDelete = act
				} else {
					onUpdate = act
				}
			}
		case "check":
			if needVal() {
				ck := &schema.Check{Expr: val, Pos: b.pos(v.Pos())}
				n, err := b.conv.Name(naming.Check, naming.Object{Table: nt.t.Name, Columns: []string{name}, Expr: val}, maxIdentLen)
				if err != nil {
					bad("%v", err)
				}
				ck.Name = n
				nt.t.Checks = append(nt.t.Checks, ck)
			}
		case "comment":
			if needVal() && b.dialect == Postgres {
				f.col.Comment = unquote(val)
			}
		}
	}
	// The type.
	switch {
	case sqlType != "" && size != "":
		bad("`type:%s` and `size:%s` conflict: write the length in the type, type:varchar(%s)", sqlType, size, size)
	case strings.EqualFold(sqlType, "enum"):
		f.col.Type = b.enumType(v.Type(), v.Pos(), typ, v.Name())
		g, _ := nativeType(v.Type())
		f.col.Nullable = g.null
	case sqlType != "":
		raw, collation := splitCollate(b.dialect, sqlType)
		t, id := b.sqlType(raw)
		f.col.Type, f.col.Collation = t, collation
		if id != schema.NoIdentity {
			f.col.Identity = id
		}
		g, _ := nativeType(v.Type())
		f.col.Nullable = g.null || isNullable(v.Type())
	default:
		g, ok := nativeType(v.Type())
		if !ok {
			example := "jsonb"
			if a, ok := v.Type().Underlying().(*types.Array); ok && a.Len() == 16 && isByteElem(a) {
				example = "uuid" // type UserID uuid.UUID
			}
			bad("autogen does not know the column type of Go type %s: add type:<sql> to the db tag (e.g. type:%s)", types.TypeString(v.Type(), shortQualifier), example)
			return nil
		}
		f.col.Type, f.col.Nullable = g.typ, g.null
		if size != "" {
			if g.typ.Kind != schema.Text {
				bad("size:%s on a %s column: size is the length of a string (varchar)", size, g.typ)
			} else {
				f.col.Type = schema.VarcharType(sizeN)
			}
		}
	}
	switch f.null {
	case "null":
		f.col.Nullable = true
	case "notnull":
		f.col.Nullable = false
	}
	if fk != "" {
		ref, col, ok := splitRef(fk)
		if !ok {
			bad("fk:%s: write fk:<table>.<column>", fk)
		} else {
			k := &schema.ForeignKey{Columns: []string{name}, RefTable: ref, RefColumns: []string{col}, OnDelete: onDelete, OnUpdate: onUpdate, Pos: b.pos(v.Pos())}
			if i := strings.IndexByte(ref, '.'); i > 0 {
				k.RefSchema, k.RefTable = ref[:i], ref[i+1:]
			}
			n, err := b.conv.Name(naming.ForeignKey, naming.Object{Table: nt.t.Name, Columns: k.Columns, RefTable: k.RefTable, RefColumns: k.RefColumns}, maxIdentLen)
			if err != nil {
				bad("%v", err)
			}
			k.Name = n
			nt.t.ForeignKeys = append(nt.t.ForeignKeys, k)
			nt.fks = append(nt.fks, &pendingFK{fk: k, pos: v.Pos(), field: v.Name()})
		}
	} else if onDelete != "" || onUpdate != "" {
		bad("ondelete/onupdate without fk: they are the actions of this field's foreign key (fk:<table>.<column>)")
	}
	nt.t.Columns = append(nt.t.Columns, f.col)
	return f
}

// runOnOption returns the option a value runs on into, when a comma was
// forgotten (default:0 check:qty >= 0), or "": a word of a known option
// and a colon after a space, outside quotes and parentheses.
func runOnOption(val string) string {
	for _, part := range splitTop(strings.ReplaceAll(val, "\t", " "), ' ')[1:] {
		if key, _, ok := strings.Cut(part, ":"); ok && slices.Contains(nativeOptions, strings.ToLower(key)) {
			return key
		}
	}
	return ""
}

func valueHint(key string) string {
	switch key {
	case "type":
		return "sql type"
	case "size":
		return "n"
	case "default":
		return "sql expression"
	case "fk":
		return "table>.<column"
	case "ondelete", "onupdate":
		return "action"
	case "check":
		return "sql expression"
	case "comment":
		return "text"
	}
	return "value"
}

// isNullable reports whether the Go type can hold NULL.
func isNullable(t types.Type) bool {
	g, _ := nativeType(t)
	return g.null
}

func shortQualifier(p *types.Package) string { return p.Name() }

// splitRef splits "table.column" (or "schema.table.column").
func splitRef(s string) (table, column string, ok bool) {
	i := strings.LastIndexByte(s, '.')
	if i <= 0 || i == len(s)-1 {
		return "", "", false
	}
	return s[:i], s[i+1:], true
}

// fkAction returns the canonical spelling of a referential action; NO
// ACTION is "" (the default).
func fkAction(s string) (string, bool) {
	a := strings.ToUpper(strings.Join(strings.Fields(s), " "))
	switch a {
	case "CASCADE", "RESTRICT", "SET NULL", "SET DEFAULT":
		return a, true
	case "NO ACTION":
		return "", true
	}
	return "", false
}

// addComposite turns a unique:/index:/uniqueindex: option (named or not)
// into a constraint or an index.
func (b *builder) addComposite(nt *nativeTable, cd *compositeDecl) {
	obj := naming.Object{Table: nt.t.Name, Columns: cd.columns, Name: cd.name}
	pos := b.pos(cd.pos)
	switch cd.kind {
	case "unique":
		n, err := b.conv.Name(naming.Unique, obj, maxIdentLen)
		if err != nil {
			b.errorf(cd.pos, nt.typ, cd.field, "%v", err)
		}
		nt.t.Uniques = append(nt.t.Uniques, &schema.Unique{Name: n, Columns: cd.columns, Pos: pos})
	default:
		n, err := b.conv.Name(naming.Index, obj, maxIdentLen)
		if err != nil {
			b.errorf(cd.pos, nt.typ, cd.field, "%v", err)
		}
		ix := &schema.Index{Name: n, Unique: cd.kind == "uniqueindex", Pos: pos}
		for _, c := range cd.columns {
			ix.Parts = append(ix.Parts, schema.IndexPart{Column: c})
		}
		nt.t.Indexes = append(nt.t.Indexes, ix)
	}
}

// resolveNative checks the targets of the native models' foreign keys,
// now that every table is known.
func (b *builder) resolveNative() {
	tables := map[string]*schema.Table{}
	for _, t := range b.tables {
		tables[t.t.QualifiedName()] = t.t
	}
	excluded := b.excludedTables()
	for _, t := range b.tables {
		nt := t.native
		if nt == nil {
			continue
		}
		for _, p := range nt.fks {
			qn := p.fk.RefTable
			if p.fk.RefSchema != "" {
				qn = p.fk.RefSchema + "." + qn
			}
			ref, ok := tables[qn]
			if !ok {
				if excluded[qn] {
					continue
				}
				b.errorf(p.pos, nt.typ, p.field, "foreign key to table %s, which no model declares: name a model's table (fk:<table>.<column>)", qn)
				continue
			}
			for _, c := range p.fk.RefColumns {
				if ref.Column(c) == nil {
					b.errorf(p.pos, nt.typ, p.field, "foreign key to column %s.%s, which does not exist (the columns of %s are %s)", qn, c, qn, columnNames(ref))
				}
			}
			if len(p.fk.Columns) != len(p.fk.RefColumns) {
				b.errorf(p.pos, nt.typ, p.field, "foreign key of %d column(s) referencing %d", len(p.fk.Columns), len(p.fk.RefColumns))
			}
		}
	}
}

// excludedTables are the tables of models left out by the type filters:
// foreign keys may still reference them.
func (b *builder) excludedTables() map[string]bool {
	out := map[string]bool{}
	for _, c := range b.cands {
		if c.model && c.excluded {
			if fn, ok := tableNameMethod(c.named); ok {
				if v, err := b.constString(fn); err == nil {
					out[v] = true
				}
				continue
			}
			out[b.gorm.namer.tableName(c.tn.Name())] = true
		}
	}
	return out
}

func columnNames(t *schema.Table) string {
	var out []string
	for _, c := range t.Columns {
		out = append(out, c.Name)
	}
	return strings.Join(out, ", ")
}

// resolveColumn maps a column or Go field name of a native model to its
// column.
func (nt *nativeTable) resolveColumn(s string) (string, bool) {
	if nt.t.Column(s) != nil {
		return s, true
	}
	if c, ok := nt.fields[s]; ok {
		return c, true
	}
	return "", false
}
