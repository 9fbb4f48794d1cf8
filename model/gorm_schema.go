package model

import (
	"go/token"
	"go/types"
	"reflect"
	"strconv"
	"strings"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
)

// This file reads GORM models the way gorm.io/gorm/schema parses them
// (schema.go, field.go), on go/types instead of reflect: the same fields,
// column names, data types, primary keys, defaults and embedded structs.

// GORM's data types (schema.DataType).
const (
	gBool   = "bool"
	gInt    = "int"
	gUint   = "uint"
	gFloat  = "float"
	gString = "string"
	gTime   = "time"
	gBytes  = "bytes"
)

// gormState is the GORM side of one Build: the parsed schemas, shared as
// GORM's schema cache shares them.
type gormState struct {
	b       *builder
	namer   gormNamer
	schemas map[types.Type]*gSchema
	failed  map[types.Type]bool
	// embedding is how deep parse is in embedded structs.
	embedding int
}

// gSchema is GORM's schema.Schema.
type gSchema struct {
	name        string // the struct's name; "" for join tables
	table       string
	typ         types.Type // the struct type (nil for join tables)
	tn          *types.TypeName
	goType      string // for messages
	pos         token.Pos
	fields      []*gField
	dbNames     []string
	byName      map[string]*gField
	byBindName  map[string]*gField
	byDBName    map[string]*gField
	primary     []*gField
	prioritized *gField
	rels        map[string]*gRel
	embedded    bool
	parent      *gSchema // the schema an embedded one is part of
	err         bool
}

// gField is GORM's schema.Field.
type gField struct {
	Name              string
	DBName            string
	BindNames         []string
	EmbeddedBindNames []string
	DataType          string
	GORMDataType      string
	PrimaryKey        bool
	AutoIncrement     bool
	Creatable         bool
	Updatable         bool
	Readable          bool
	HasDefaultValue   bool
	DefaultValue      string
	dv                *gDefault // DefaultValueInterface, when GORM parsed the default
	NotNull           bool
	Unique            bool
	Comment           string
	Size              int
	Precision         int
	Scale             int
	IgnoreMigration   bool
	TagSettings       map[string]string
	Schema            *gSchema
	EmbeddedSchema    *gSchema
	OwnerSchema       *gSchema
	sf                structField // the struct field (its type and raw tag)
	indirect          types.Type  // the field's type without pointers
	valueKind         reflect.Kind
	reported          bool // an error about the field was reported: no more about it
}

// gDefault is a default GORM parsed into a Go value and renders as a
// literal.
type gDefault struct {
	kind string // "bool", "int", "uint", "float", "string", "time"
	text string // the value: true, 42, 1.5, the string, the formatted time
}

// structField is a field of a struct type, or one GORM makes up for a
// join table.
type structField struct {
	name      string
	typ       types.Type
	tag       string
	anonymous bool
	pos       token.Pos
}

func newGormState(b *builder) *gormState {
	max := 63
	if b.dialect == SQLite {
		max = 64
	}
	return &gormState{b: b, namer: gormNamer{singular: b.opts.SingularTable, maxLen: max},
		schemas: map[types.Type]*gSchema{}, failed: map[types.Type]bool{}}
}

func lookupTag(tag, key string) string { return reflect.StructTag(tag).Get(key) }

func (f *gField) anyPerm() bool    { return f.Creatable || f.Updatable || f.Readable }
func (f *gField) bindName() string { return strings.Join(f.BindNames, ".") }

// errorf records a problem with a field of s.
func (g *gormState) errorf(s *gSchema, f *gField, format string, args ...any) {
	if s != nil {
		s.err = true
	}
	pos, typ, field := token.NoPos, "", ""
	if s != nil {
		pos, typ = s.pos, s.goType
	}
	if f != nil {
		pos, field = f.sf.pos, f.Name
		if f.Schema != nil && f.Schema.goType != "" {
			typ = f.Schema.goType
		}
		if f.OwnerSchema != nil && f.OwnerSchema.goType != "" {
			typ = f.OwnerSchema.goType
		}
	}
	g.b.errorf(pos, typ, field, format, args...)
}

// schemaOf returns the parsed schema of a struct type, parsing it on
// first use (GORM's getOrParse).
func (g *gormState) schemaOf(t types.Type) (*gSchema, bool) {
	t = types.Unalias(t)
	if s, ok := g.schemas[t]; ok {
		return s, true
	}
	if g.failed[t] {
		return nil, false
	}
	s := g.parse(t, "", false)
	if s == nil {
		g.failed[t] = true
		return nil, false
	}
	return s, true
}

// parse is GORM's schema.Parse of the struct type t. An embedded struct
// is parsed with its parent's table and is not cached.
func (g *gormState) parse(t types.Type, table string, embedded bool) *gSchema {
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	s := &gSchema{typ: t, embedded: embedded,
		byName: map[string]*gField{}, byBindName: map[string]*gField{}, byDBName: map[string]*gField{},
		rels: map[string]*gRel{}}
	if tn := namedOf(t); tn != nil {
		s.tn, s.name, s.goType, s.pos = tn, tn.Name(), typeName(tn), tn.Pos()
	}
	if embedded {
		s.table = table
	} else {
		if s.tn == nil {
			return nil
		}
		name, ok := g.b.tableName(t.(*types.Named), s.goType)
		if !ok {
			return nil
		}
		s.table = name
	}
	var fields []structField
	for i := 0; i < st.NumFields(); i++ {
		v := st.Field(i)
		fields = append(fields, structField{name: v.Name(), typ: v.Type(), tag: st.Tag(i), anonymous: v.Embedded(), pos: v.Pos()})
	}
	g.parseFields(s, fields)
	if !embedded {
		g.schemas[t] = s // cached before relations, as GORM does, so cycles end
		g.parseRelations(s)
	}
	return s
}

// parseFields is the part of GORM's Parse that reads fields, names
// columns and finds the primary key.
func (g *gormState) parseFields(s *gSchema, fields []structField) {
	for _, sf := range fields {
		if !token.IsExported(sf.name) {
			continue
		}
		f := g.parseField(s, sf)
		if f.EmbeddedSchema != nil {
			s.fields = append(s.fields, f.EmbeddedSchema.fields...)
		} else {
			s.fields = append(s.fields, f)
		}
	}
	for _, f := range s.fields {
		if f.DBName == "" && f.DataType != "" {
			f.DBName = toDBName(f.Name)
		}
		bind := f.bindName()
		if f.DBName != "" {
			v, ok := s.byDBName[f.DBName]
			if !ok || f.anyPerm() && len(f.BindNames) < len(v.BindNames) {
				if !ok {
					s.dbNames = append(s.dbNames, f.DBName)
				}
				s.byDBName[f.DBName] = f
				s.byName[f.Name] = f
				s.byBindName[bind] = f
				if v != nil && v.PrimaryKey {
					for i, p := range s.primary {
						if p.DBName == v.DBName {
							s.primary = append(s.primary[:i:i], s.primary[i+1:]...)
							break
						}
					}
				}
				if f.PrimaryKey {
					s.primary = append(s.primary, f)
				}
			}
		}
		if of, ok := s.byName[f.Name]; !ok || of.TagSettings["-"] == "-" {
			s.byName[f.Name] = f
		}
		if of, ok := s.byBindName[bind]; !ok || of.TagSettings["-"] == "-" {
			s.byBindName[bind] = f
		}
	}
	p := s.lookUpField("id")
	if p == nil {
		p = s.lookUpField("ID")
	}
	if p != nil {
		if p.PrimaryKey {
			s.prioritized = p
		} else if len(s.primary) == 0 {
			p.PrimaryKey = true
			s.prioritized = p
			s.primary = append(s.primary, p)
		}
	}
	if s.prioritized == nil {
		if len(s.primary) == 1 {
			s.prioritized = s.primary[0]
		} else {
			for _, f := range s.primary {
				if f.AutoIncrement {
					s.prioritized = f
					break
				}
			}
		}
	}
	if f := s.prioritized; f != nil && (f.GORMDataType == gInt || f.GORMDataType == gUint) {
		if _, ok := f.TagSettings["AUTOINCREMENT"]; !ok {
			f.HasDefaultValue = true
			f.AutoIncrement = true
		}
	}
}

// lookUpField is GORM's LookUpField: by column, by Go name, by the column
// the name would have.
func (s *gSchema) lookUpField(name string) *gField {
	if f, ok := s.byDBName[name]; ok {
		return f
	}
	if f, ok := s.byName[name]; ok {
		return f
	}
	if f, ok := s.byDBName[toDBName(name)]; ok {
		return f
	}
	return nil
}

// lookUpFieldByBindName finds the closest field named name among the
// embedded structs of bindNames.
func (s *gSchema) lookUpFieldByBindName(bindNames []string, name string) *gField {
	for i := len(bindNames) - 1; i >= 0; i-- {
		if f, ok := s.byBindName[strings.Join(bindNames[:i], ".")+"."+name]; ok {
			return f
		}
	}
	return nil
}

// fieldValue stands for GORM's fieldValue: the type whose kind and
// methods decide a field's data type, either reflect.New(t) (ptr) or a
// value of t that Value() returned.
type fieldValue struct {
	t   types.Type
	ptr bool
}

func (fv fieldValue) methodType() types.Type {
	if fv.ptr {
		return types.NewPointer(fv.t)
	}
	return fv.t
}

// parseField is GORM's ParseField.
func (g *gormState) parseField(s *gSchema, sf structField) *gField {
	tag := lookupTag(sf.tag, "gorm")
	st := gormSettings(tag, ";")
	f := &gField{
		Name: sf.name, DBName: st["COLUMN"], BindNames: []string{sf.name}, EmbeddedBindNames: []string{sf.name},
		TagSettings: st, Schema: s, Creatable: true, Updatable: true, Readable: true,
		PrimaryKey:    truth(st["PRIMARYKEY"], st["PRIMARY_KEY"]),
		AutoIncrement: truth(st["AUTOINCREMENT"]), HasDefaultValue: truth(st["AUTOINCREMENT"]),
		NotNull: truth(st["NOT NULL"], st["NOTNULL"]), Unique: truth(st["UNIQUE"]), Comment: st["COMMENT"],
		sf: sf,
	}
	g.checkKeys(s, f, tag, st)
	f.indirect = types.Unalias(sf.typ)
	for {
		p, ok := f.indirect.Underlying().(*types.Pointer)
		if !ok {
			break
		}
		f.indirect = types.Unalias(p.Elem())
	}
	fv := fieldValue{t: f.indirect, ptr: true}
	isValuer := isValuerType(f.indirect)
	if isValuer {
		if _, ok := gormDataTypeMethod(fv.methodType()); !ok {
			switch zeroValue(f.indirect) {
			case "string":
				fv = fieldValue{t: types.Typ[types.String]}
			case "nil":
				fv = g.realValue(s, f, fv, 0)
			default:
				if _, ok := st["TYPE"]; !ok {
					g.errorf(s, f, "%s implements driver.Valuer: GORM takes the column type from what Value() returns for a zero %s, and autogen does not run code; add type:<sql> to the gorm tag",
						types.TypeString(f.indirect, shortQualifier), types.TypeString(f.indirect, shortQualifier))
				}
				fv = g.realValue(s, f, fv, 0)
			}
		}
	}
	if isSerializerType(fv.methodType()) {
		f.DataType = gString
	} else if name := firstNonEmpty(f.TagSettings["JSON"], f.TagSettings["SERIALIZER"]); name != "" {
		f.DataType = gString // GORM's json, gob, unixtime, or one the app registers
	}
	if v, ok := f.TagSettings["DEFAULT"]; ok {
		f.HasDefaultValue = true
		f.DefaultValue = v
	}
	if v, ok := f.TagSettings["SIZE"]; ok {
		n, err := strconv.Atoi(v)
		if err != nil {
			n = -1
		}
		f.Size = n
	}
	if v, ok := f.TagSettings["PRECISION"]; ok {
		f.Precision, _ = strconv.Atoi(v)
	}
	if v, ok := f.TagSettings["SCALE"]; ok {
		f.Scale, _ = strconv.Atoi(v)
	}
	f.DefaultValue = strings.TrimSpace(f.DefaultValue)
	skip := strings.Contains(f.DefaultValue, "(") && strings.Contains(f.DefaultValue, ")") ||
		strings.ToLower(f.DefaultValue) == "null" || f.DefaultValue == ""
	parse := f.HasDefaultValue && !skip
	f.valueKind = kindOf(fv.t)
	switch f.valueKind {
	case reflect.Bool:
		f.DataType = gBool
		if parse {
			v, err := strconv.ParseBool(f.DefaultValue)
			if err != nil {
				g.errorf(s, f, "default:%s is not a bool (GORM fails with \"failed to parse %s as default value for bool\"): use true or false", f.DefaultValue, f.DefaultValue)
			} else {
				f.dv = &gDefault{kind: gBool, text: strconv.FormatBool(v)}
			}
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		f.DataType = gInt
		if parse {
			v, err := strconv.ParseInt(f.DefaultValue, 0, 64)
			if err != nil {
				g.errorf(s, f, "default:%s is not an integer (GORM fails with \"failed to parse %s as default value for int\")", f.DefaultValue, f.DefaultValue)
			} else {
				f.dv = &gDefault{kind: gInt, text: strconv.FormatInt(v, 10)}
			}
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if f.valueKind == reflect.Uintptr {
			break
		}
		f.DataType = gUint
		if parse {
			v, err := strconv.ParseUint(f.DefaultValue, 0, 64)
			if err != nil {
				g.errorf(s, f, "default:%s is not an unsigned integer (GORM fails with \"failed to parse %s as default value for uint\")", f.DefaultValue, f.DefaultValue)
			} else {
				f.dv = &gDefault{kind: gUint, text: strconv.FormatUint(v, 10)}
			}
		}
	case reflect.Float32, reflect.Float64:
		f.DataType = gFloat
		if parse {
			v, err := strconv.ParseFloat(f.DefaultValue, 64)
			if err != nil {
				g.errorf(s, f, "default:%s is not a number (GORM fails with \"failed to parse %s as default value for float\")", f.DefaultValue, f.DefaultValue)
			} else {
				f.dv = &gDefault{kind: gFloat, text: strconv.FormatFloat(v, 'f', -1, 64)}
			}
		}
	case reflect.String:
		f.DataType = gString
		if parse {
			v := strings.Trim(strings.Trim(f.DefaultValue, "'"), `"`)
			f.DefaultValue = v
			f.dv = &gDefault{kind: gString, text: v}
		}
	case reflect.Struct:
		if isTimeType(fv.t) {
			f.DataType = gTime
		}
		if parse && f.DataType == gTime {
			text, ok, err := nowParse(f.DefaultValue)
			if err != nil {
				g.errorf(s, f, "default:%s: %v", f.DefaultValue, err)
			} else if ok {
				f.dv = &gDefault{kind: gTime, text: text}
			}
		}
	case reflect.Array, reflect.Slice:
		if isByteElem(fv.t) && f.DataType == "" {
			f.DataType = gBytes
		}
	}
	if m, ok := gormDataTypeMethod(fv.methodType()); ok {
		v, err := g.b.evalTypeMethod(m, "")
		if err != nil {
			if _, hasType := st["TYPE"]; !hasType {
				g.errorf(s, f, "%s.GormDataType: %v; add type:<sql> to the gorm tag", types.TypeString(fv.t, shortQualifier), err)
			}
		}
		f.DataType = v
	}
	// autoCreateTime and autoUpdateTime change what GORM writes, not the
	// schema.
	if f.GORMDataType == "" {
		f.GORMDataType = f.DataType
	}
	if v, ok := f.TagSettings["TYPE"]; ok {
		switch low := strings.ToLower(v); low {
		case gBool, gInt, gUint, gFloat, gString, gTime, gBytes:
			f.DataType = low
		default:
			f.DataType = v
		}
	}
	if f.Size == 0 {
		switch f.valueKind {
		case reflect.Int, reflect.Int64, reflect.Uint, reflect.Uint64, reflect.Float64:
			f.Size = 64
		case reflect.Int8, reflect.Uint8:
			f.Size = 8
		case reflect.Int16, reflect.Uint16:
			f.Size = 16
		case reflect.Int32, reflect.Uint32, reflect.Float32:
			f.Size = 32
		}
	}
	if v, ok := f.TagSettings["-"]; ok {
		switch strings.ToLower(strings.TrimSpace(v)) {
		case "-":
			f.Creatable, f.Updatable, f.Readable, f.DataType = false, false, false, ""
		case "all":
			f.Creatable, f.Updatable, f.Readable, f.DataType = false, false, false, ""
			f.IgnoreMigration = true
		case "migration":
			f.IgnoreMigration = true
		}
	}
	if v, ok := f.TagSettings["->"]; ok {
		f.Creatable, f.Updatable = false, false
		f.Readable = strings.ToLower(v) != "false"
	}
	if v, ok := f.TagSettings["<-"]; ok {
		f.Creatable, f.Updatable = true, true
		if v != "<-" {
			f.Creatable = strings.Contains(v, "create")
			f.Updatable = strings.Contains(v, "update")
		}
	}
	_, embedTag := f.TagSettings["EMBEDDED"]
	if embedTag || f.GORMDataType != gTime && f.GORMDataType != gBytes && !isValuer && sf.anonymous && f.anyPerm() {
		switch kindOf(fv.t) {
		case reflect.Struct:
			g.embed(s, f, sf, fv.t, embedTag)
		case reflect.Invalid, reflect.Uintptr, reflect.Array, reflect.Chan, reflect.Func, reflect.Interface,
			reflect.Map, reflect.Ptr, reflect.Slice, reflect.UnsafePointer, reflect.Complex64, reflect.Complex128:
			g.errorf(s, f, "embedded field of type %s: GORM embeds structs only (it fails with \"invalid embedded struct\")", types.TypeString(sf.typ, shortQualifier))
			f.reported = true
		}
	}
	return f
}

// embed parses an embedded struct with the parent's table and takes its
// fields in, as GORM does for anonymous fields and `embedded`.
func (g *gormState) embed(s *gSchema, f *gField, sf structField, t types.Type, embedTag bool) {
	if g.embedding > 32 {
		g.errorf(s, f, "embedded structs nest more than 32 levels deep: a struct that embeds itself? (GORM overflows its stack on it)")
		f.reported = true
		return
	}
	g.embedding++
	es := g.parse(t, s.table, true)
	g.embedding--
	if es == nil {
		return
	}
	es.goType = s.goType
	if es.tn != nil {
		es.goType = typeName(es.tn)
	}
	es.pos = f.sf.pos
	es.parent = s
	f.Creatable, f.Updatable, f.Readable = false, false, false
	for _, ef := range es.fields {
		ef.Schema = s
		ef.OwnerSchema = es
		ef.BindNames = append([]string{sf.name}, ef.BindNames...)
		if embedTag || !sf.anonymous {
			ef.EmbeddedBindNames = append([]string{sf.name}, ef.EmbeddedBindNames...)
		}
		if prefix, ok := f.TagSettings["EMBEDDEDPREFIX"]; ok && ef.DBName != "" {
			ef.DBName = prefix + ef.DBName
		}
		if ef.PrimaryKey && !truth(ef.TagSettings["PRIMARYKEY"], ef.TagSettings["PRIMARY_KEY"]) {
			ef.PrimaryKey = false
			if v, ok := ef.TagSettings["AUTOINCREMENT"]; !ok || !truth(v) {
				ef.AutoIncrement = false
			}
			if !ef.AutoIncrement && ef.DefaultValue == "" {
				ef.HasDefaultValue = false
			}
		}
		for k, v := range f.TagSettings {
			ef.TagSettings[k] = v
		}
	}
	f.EmbeddedSchema = es
}

// realValue is GORM's getRealFieldValue: for a Valuer whose zero value
// is NULL, the data type is that of the struct's first field (through
// nested structs), and the struct's fields' gorm tags fill in settings
// the field does not have.
func (g *gormState) realValue(s *gSchema, f *gField, fv fieldValue, depth int) fieldValue {
	st, ok := fv.t.Underlying().(*types.Struct)
	if !ok || isTimeType(fv.t) {
		return fv
	}
	if depth > 32 {
		g.errorf(s, f, "the first fields of %s nest without end; add type:<sql> to the gorm tag", types.TypeString(fv.t, shortQualifier))
		return fv
	}
	for i := 0; i < st.NumFields(); i++ {
		for k, v := range gormSettings(lookupTag(st.Tag(i), "gorm"), ";") {
			if _, ok := f.TagSettings[k]; !ok {
				f.TagSettings[k] = v
			}
		}
	}
	if st.NumFields() == 0 {
		return fv
	}
	ft := types.Unalias(st.Field(0).Type())
	for {
		p, ok := ft.Underlying().(*types.Pointer)
		if !ok {
			break
		}
		ft = types.Unalias(p.Elem())
	}
	next := fieldValue{t: ft, ptr: true}
	if !types.Identical(fv.t, ft) {
		return g.realValue(s, f, next, depth+1)
	}
	return next
}

// checkKeys reports keys GORM does not know (GORM ignores them, so a
// typo silently changes nothing) and options that contradict each other.
func (g *gormState) checkKeys(s *gSchema, f *gField, tag string, st map[string]string) {
	if tag == "" {
		return
	}
	for k := range st {
		if !gormKeys[k] {
			g.errorf(s, f, "unknown key %q in gorm tag (GORM ignores it): check the spelling against GORM's tags (column, type, size, primaryKey, unique, default, not null, index, uniqueIndex, check, comment, …)", k)
		}
	}
	if v, ok := st["-"]; ok && strings.TrimSpace(strings.ToLower(v)) != "migration" {
		for _, k := range []string{"COLUMN", "TYPE", "PRIMARYKEY", "PRIMARY_KEY", "INDEX", "UNIQUEINDEX", "UNIQUE", "DEFAULT", "NOT NULL", "NOTNULL"} {
			if _, ok := st[k]; ok {
				g.errorf(s, f, "`-` and %s conflict in gorm tag: `-` leaves the field out of the table", strings.ToLower(k))
				f.reported = true
				break
			}
		}
	}
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}

// kindOf is reflect's Kind of a type.
func kindOf(t types.Type) reflect.Kind {
	switch u := types.Unalias(t).Underlying().(type) {
	case *types.Basic:
		switch u.Kind() {
		case types.Bool:
			return reflect.Bool
		case types.Int:
			return reflect.Int
		case types.Int8:
			return reflect.Int8
		case types.Int16:
			return reflect.Int16
		case types.Int32:
			return reflect.Int32
		case types.Int64:
			return reflect.Int64
		case types.Uint:
			return reflect.Uint
		case types.Uint8:
			return reflect.Uint8
		case types.Uint16:
			return reflect.Uint16
		case types.Uint32:
			return reflect.Uint32
		case types.Uint64:
			return reflect.Uint64
		case types.Uintptr:
			return reflect.Uintptr
		case types.Float32:
			return reflect.Float32
		case types.Float64:
			return reflect.Float64
		case types.Complex64:
			return reflect.Complex64
		case types.Complex128:
			return reflect.Complex128
		case types.String:
			return reflect.String
		case types.UnsafePointer:
			return reflect.UnsafePointer
		}
	case *types.Pointer:
		return reflect.Ptr
	case *types.Struct:
		return reflect.Struct
	case *types.Slice:
		return reflect.Slice
	case *types.Array:
		return reflect.Array
	case *types.Map:
		return reflect.Map
	case *types.Chan:
		return reflect.Chan
	case *types.Signature:
		return reflect.Func
	case *types.Interface:
		return reflect.Interface
	}
	return reflect.Invalid
}

// isTimeType reports whether t is time.Time or a struct type convertible
// to it (type MyTime time.Time).
func isTimeType(t types.Type) bool {
	if fullName(t) == "time.Time" {
		return true
	}
	// time.Time's fields are unexported: only a type defined from
	// time.Time has the same underlying struct, which names package time.
	st, ok := t.Underlying().(*types.Struct)
	if !ok || st.NumFields() != 3 {
		return false
	}
	f := st.Field(0)
	return f.Name() == "wall" && f.Pkg() != nil && f.Pkg().Path() == "time"
}

// isByteElem reports whether t is a slice or array of exactly uint8.
func isByteElem(t types.Type) bool {
	var elem types.Type
	switch u := t.Underlying().(type) {
	case *types.Slice:
		elem = u.Elem()
	case *types.Array:
		elem = u.Elem()
	default:
		return false
	}
	b, ok := types.Unalias(elem).(*types.Basic)
	return ok && b.Kind() == types.Uint8
}

// method finds a method of t's method set (of *T when t is a pointer).
// It looks the one name up rather than building the method set, which
// for time.Time and the like is most of the cost of reading a model.
func method(t types.Type, name string) *types.Func {
	addressable := false
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t, addressable = p.Elem(), true
	}
	if _, ok := t.Underlying().(*types.Interface); ok {
		return nil // reflect.New(iface) is a pointer to an interface: no methods
	}
	obj, _, _ := types.LookupFieldOrMethod(t, addressable, nil, name)
	fn, _ := obj.(*types.Func)
	return fn
}

// isValuerType reports whether *t is a driver.Valuer.
func isValuerType(t types.Type) bool {
	fn := method(types.NewPointer(t), "Value")
	if fn == nil {
		return false
	}
	sig := fn.Type().(*types.Signature)
	return sig.Params().Len() == 0 && sig.Results().Len() == 2 &&
		fullName(sig.Results().At(0).Type()) == "database/sql/driver.Value" && isErrorType(sig.Results().At(1).Type())
}

func isErrorType(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

// isSerializerType reports whether t is a GORM SerializerInterface
// (Scan and Value with GORM's four arguments).
func isSerializerType(t types.Type) bool {
	scan, value := method(t, "Scan"), method(t, "Value")
	if scan == nil || value == nil {
		return false
	}
	return scan.Type().(*types.Signature).Params().Len() == 4 && value.Type().(*types.Signature).Params().Len() == 4
}

// gormDataTypeMethod finds GormDataType() string.
func gormDataTypeMethod(t types.Type) (*types.Func, bool) {
	fn := method(t, "GormDataType")
	if fn == nil {
		return nil, false
	}
	sig := fn.Type().(*types.Signature)
	if sig.Params().Len() != 0 || sig.Results().Len() != 1 || !isString(sig.Results().At(0).Type()) {
		return nil, false
	}
	return fn, true
}

// gormDBDataTypeMethod finds GormDBDataType(*gorm.DB, *schema.Field) string.
func gormDBDataTypeMethod(t types.Type) (*types.Func, bool) {
	fn := method(t, "GormDBDataType")
	if fn == nil {
		return nil, false
	}
	sig := fn.Type().(*types.Signature)
	if sig.Params().Len() != 2 || sig.Results().Len() != 1 || !isString(sig.Results().At(0).Type()) {
		return nil, false
	}
	return fn, true
}

// zeroValue says what Value() returns for the zero value of a Valuer
// type autogen knows: "nil" (NULL), "string", or "" (unknown). A Value
// method promoted from an embedded field is that field's.
func zeroValue(t types.Type) string {
	fn := method(types.NewPointer(t), "Value")
	if fn == nil {
		return ""
	}
	recv := fn.Type().(*types.Signature).Recv()
	if recv == nil {
		return ""
	}
	rt := types.Unalias(recv.Type())
	if p, ok := rt.(*types.Pointer); ok {
		rt = p.Elem()
	}
	name := fullName(rt)
	switch name {
	case "database/sql.NullString", "database/sql.NullInt64", "database/sql.NullInt32", "database/sql.NullInt16",
		"database/sql.NullByte", "database/sql.NullFloat64", "database/sql.NullBool", "database/sql.NullTime",
		"database/sql.Null", "gorm.io/gorm.DeletedAt",
		"github.com/google/uuid.NullUUID", "github.com/gofrs/uuid.NullUUID", "github.com/gofrs/uuid/v5.NullUUID",
		"github.com/satori/go.uuid.NullUUID", "github.com/shopspring/decimal.NullDecimal":
		return "nil"
	case "github.com/google/uuid.UUID", "github.com/gofrs/uuid.UUID", "github.com/gofrs/uuid/v5.UUID",
		"github.com/satori/go.uuid.UUID", "github.com/shopspring/decimal.Decimal":
		return "string"
	}
	if strings.HasPrefix(name, pgtypePath+".") {
		if st, ok := rt.Underlying().(*types.Struct); ok {
			for i := 0; i < st.NumFields(); i++ {
				if st.Field(i).Name() == "Valid" {
					return "nil"
				}
			}
		}
	}
	return ""
}

// title is cases.Title(language.Und, cases.NoLower), as GORM names the
// fields of a join table.
func title(s string) string {
	return cases.Title(language.Und, cases.NoLower).String(s)
}
