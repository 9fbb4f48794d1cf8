package model

import (
	"go/types"
	"reflect"
	"regexp"
	"sort"
	"strings"

	"github.com/jinzhu/inflection"
)

// This file is GORM's relationship.go on go/types: associations (belongs
// to, has one, has many, many2many, polymorphic), the foreign key columns
// they pick, and the foreign key constraints AutoMigrate creates for them.

type relType string

const (
	hasOne    relType = "has_one"
	hasMany   relType = "has_many"
	belongsTo relType = "belongs_to"
	many2many relType = "many_to_many"
	has       relType = "has"
)

type gRel struct {
	Name        string
	Type        relType
	Field       *gField
	Polymorphic bool
	References  []*gRef
	Schema      *gSchema
	FieldSchema *gSchema
	JoinTable   *gSchema
	foreignKeys []string
	primaryKeys []string
}

type gRef struct {
	PrimaryKey    *gField
	PrimaryValue  string
	ForeignKey    *gField
	OwnPrimaryKey bool
}

// gConstraint is a foreign key GORM creates for a relationship.
type gConstraint struct {
	Name            string
	Field           *gField
	Schema          *gSchema
	ForeignKeys     []*gField
	ReferenceSchema *gSchema
	References      []*gField
	OnDelete        string
	OnUpdate        string
}

// toColumns splits foreignKey:/references: values on commas.
func toColumns(v string) []string {
	if v == "" {
		return nil
	}
	var out []string
	for _, s := range strings.Split(v, ",") {
		out = append(out, strings.TrimSpace(s))
	}
	return out
}

// parseRelations parses the relationship fields of a schema: the fields
// that are no column and that GORM may read or write.
func (g *gormState) parseRelations(s *gSchema) {
	var relFields []*gField
	for _, f := range s.fields {
		if f.DataType == "" && f.GORMDataType == "" && f.anyPerm() && !f.reported {
			relFields = append(relFields, f)
			s.byName[f.Name] = f
			s.byBindName[f.bindName()] = f
		}
	}
	for _, f := range relFields {
		g.parseRelation(s, f) // GORM stops at the first error; autogen reports them all
	}
}

func (g *gormState) parseRelation(s *gSchema, f *gField) {
	errs := len(g.b.errs)
	rel := &gRel{Name: f.Name, Field: f, Schema: s,
		foreignKeys: toColumns(f.TagSettings["FOREIGNKEY"]), primaryKeys: toColumns(f.TagSettings["REFERENCES"])}
	target := f.indirect
	for {
		switch u := target.Underlying().(type) {
		case *types.Slice:
			target = types.Unalias(u.Elem())
			continue
		case *types.Array:
			target = types.Unalias(u.Elem())
			continue
		case *types.Pointer:
			target = types.Unalias(u.Elem())
			continue
		}
		break
	}
	if _, ok := target.Underlying().(*types.Struct); !ok || namedOf(target) == nil {
		g.errorf(s, f, "field of type %s is neither a column nor an association for GORM (GORM fails with \"unsupported data type\"): add type:<sql> or serializer:json to the gorm tag, or `-` to leave it out",
			types.TypeString(f.sf.typ, shortQualifier))
		return
	}
	fs, ok := g.schemaOf(target)
	if !ok {
		if len(g.b.errs) == errs {
			g.errorf(s, f, "the association's type %s cannot be read (see the errors above)", shortType(target))
		}
		s.err = true
		return
	}
	rel.FieldSchema = fs
	switch {
	case hasPolymorphic(f.TagSettings):
		g.buildPolymorphic(s, rel, f)
	case f.TagSettings["MANY2MANY"] != "":
		g.buildMany2Many(s, rel, f, f.TagSettings["MANY2MANY"])
	case f.TagSettings["BELONGSTO"] != "":
		g.guessRelation(s, rel, f, guessBelongs)
	default:
		switch kindOf(f.indirect) {
		case reflect.Struct:
			g.guessRelation(s, rel, f, guessGuess)
		case reflect.Slice:
			g.guessRelation(s, rel, f, guessHas)
		default:
			g.errorf(s, f, "unsupported data type %s for an association: use a struct, a pointer to one or a slice of them", types.TypeString(f.sf.typ, shortQualifier))
		}
	}
	if rel.Type == has {
		if rel.FieldSchema != rel.Schema && !rel.Polymorphic && f.OwnerSchema == nil {
			rel.FieldSchema.rels["_"+rel.Schema.name+"_"+rel.Name] = rel
		}
		switch kindOf(f.indirect) {
		case reflect.Struct:
			rel.Type = hasOne
		case reflect.Slice:
			rel.Type = hasMany
		}
	}
	if len(g.b.errs) == errs {
		if prev := s.rels[rel.Name]; prev != nil {
			if len(prev.Field.BindNames) > 1 {
				s.rels[rel.Name] = rel
			}
		} else {
			s.rels[rel.Name] = rel
		}
	}
}

func hasPolymorphic(st map[string]string) bool {
	if _, ok := st["POLYMORPHIC"]; ok {
		return true
	}
	_, t := st["POLYMORPHICTYPE"]
	_, id := st["POLYMORPHICID"]
	return t && id
}

func (g *gormState) buildPolymorphic(s *gSchema, rel *gRel, f *gField) {
	poly := f.TagSettings["POLYMORPHIC"]
	rel.Polymorphic = true
	value := s.table
	typeName, idName := poly+"Type", poly+"ID"
	if v, ok := f.TagSettings["POLYMORPHICTYPE"]; ok {
		typeName = strings.TrimSpace(v)
	}
	if v, ok := f.TagSettings["POLYMORPHICID"]; ok {
		idName = strings.TrimSpace(v)
	}
	pType, pID := rel.FieldSchema.byName[typeName], rel.FieldSchema.byName[idName]
	if v, ok := f.TagSettings["POLYMORPHICVALUE"]; ok {
		value = strings.TrimSpace(v)
	}
	if pType == nil || pID == nil {
		missing := typeName
		if pType != nil {
			missing = idName
		}
		g.errorf(s, f, "polymorphic association: %s has no field %s", rel.FieldSchema.goType, missing)
		return
	}
	rel.References = append(rel.References, &gRef{PrimaryValue: value, ForeignKey: pType})
	pk := s.prioritized
	if len(rel.foreignKeys) > 0 {
		if pk = s.lookUpField(rel.foreignKeys[0]); pk == nil || len(rel.foreignKeys) > 1 {
			g.errorf(s, f, "polymorphic association: foreignKey:%s must name one field of %s", strings.Join(rel.foreignKeys, ","), s.goType)
			return
		}
	}
	if pk == nil {
		g.errorf(s, f, "polymorphic association: %s has no primary key", s.goType)
		return
	}
	if copyableDataType(pk.DataType) {
		pID.DataType = pk.DataType
	}
	pID.GORMDataType = pk.GORMDataType
	if pID.Size == 0 {
		pID.Size = pk.Size
	}
	rel.References = append(rel.References, &gRef{PrimaryKey: pk, ForeignKey: pID, OwnPrimaryKey: true})
	rel.Type = has
}

func (g *gormState) buildMany2Many(s *gSchema, rel *gRel, f *gField, m2m string) {
	rel.Type = many2many
	var (
		joinFields      []structField
		fieldsMap       = map[string]*gField{}
		ownFieldsMap    = map[string]*gField{}
		referFieldsMap  = map[string]*gField{}
		joinForeignKeys = toColumns(f.TagSettings["JOINFOREIGNKEY"])
		joinReferences  = toColumns(f.TagSettings["JOINREFERENCES"])
	)
	own, refs := s.primary, rel.FieldSchema.primary
	if len(rel.foreignKeys) > 0 {
		own = nil
		for _, k := range rel.foreignKeys {
			kf := s.lookUpField(k)
			if kf == nil {
				g.errorf(s, f, "many2many: foreignKey %s is not a field of %s (GORM fails with \"invalid foreign key\")", k, s.goType)
				return
			}
			own = append(own, kf)
		}
	}
	if len(rel.primaryKeys) > 0 {
		refs = nil
		for _, k := range rel.primaryKeys {
			kf := rel.FieldSchema.lookUpField(k)
			if kf == nil {
				g.errorf(s, f, "many2many: references %s is not a field of %s (GORM fails with \"invalid foreign key\")", k, rel.FieldSchema.goType)
				return
			}
			refs = append(refs, kf)
		}
	}
	joinTag := func(tag string) string {
		return gormRemoveSetting(gormAppendSetting(tag, "primaryKey"), "column", "autoincrement", "index", "unique", "uniqueindex")
	}
	for i, of := range own {
		name := title(s.name) + of.Name
		if i < len(joinForeignKeys) {
			name = title(joinForeignKeys[i])
		}
		ownFieldsMap[name], fieldsMap[name] = of, of
		joinFields = append(joinFields, structField{name: name, typ: of.sf.typ, tag: joinTag(of.sf.tag), pos: f.sf.pos})
	}
	for i, rf := range refs {
		name := title(rel.FieldSchema.name) + rf.Name
		if _, ok := ownFieldsMap[name]; ok {
			if f.Name != rel.FieldSchema.name {
				name = inflection.Singular(f.Name) + rf.Name
			} else {
				name += "Reference"
			}
		}
		if i < len(joinReferences) {
			name = title(joinReferences[i])
		}
		referFieldsMap[name] = rf
		if _, ok := fieldsMap[name]; !ok {
			fieldsMap[name] = rf
			joinFields = append(joinFields, structField{name: name, typ: rf.sf.typ, tag: joinTag(rf.sf.tag), pos: f.sf.pos})
		}
	}
	joinFields = append(joinFields, structField{name: title(s.name) + f.Name, typ: s.typ, tag: `gorm:"-"`, pos: f.sf.pos})

	join := &gSchema{byName: map[string]*gField{}, byBindName: map[string]*gField{}, byDBName: map[string]*gField{},
		rels: map[string]*gRel{}, goType: s.goType, pos: f.sf.pos}
	g.parseFields(join, joinFields)
	join.name = m2m
	join.table = g.namer.joinTableName(m2m)
	join.primary = nil
	relName, relRefName := s.name, rel.FieldSchema.name
	if relName == relRefName {
		relRefName = f.Name
	}
	if r, ok := join.rels[relName]; !ok {
		join.rels[relName] = &gRel{Name: relName, Type: belongsTo, Schema: join, FieldSchema: s}
	} else {
		r.References = nil
	}
	if r, ok := join.rels[relRefName]; !ok {
		join.rels[relRefName] = &gRel{Name: relRefName, Type: belongsTo, Schema: join, FieldSchema: rel.FieldSchema}
	} else {
		r.References = nil
	}
	for _, jf := range join.fields {
		if !jf.anyPerm() {
			continue
		}
		src := fieldsMap[jf.Name]
		if copyableDataType(src.DataType) {
			jf.DataType = src.DataType
		}
		jf.GORMDataType = src.GORMDataType
		if jf.Size == 0 {
			jf.Size = src.Size
		}
		join.primary = append(join.primary, jf)
		if of, ok := ownFieldsMap[jf.Name]; ok {
			jr := join.rels[relName]
			jr.Field = rel.Field
			jr.References = append(jr.References, &gRef{PrimaryKey: of, ForeignKey: jf})
			rel.References = append(rel.References, &gRef{PrimaryKey: of, ForeignKey: jf, OwnPrimaryKey: true})
		}
		if rf, ok := referFieldsMap[jf.Name]; ok {
			jr := join.rels[relRefName]
			if jr.Field == nil {
				jr.Field = rel.Field
			}
			jr.References = append(jr.References, &gRef{PrimaryKey: rf, ForeignKey: jf})
			rel.References = append(rel.References, &gRef{PrimaryKey: rf, ForeignKey: jf})
		}
	}
	rel.JoinTable = join
}

type guessLevel int

const (
	guessGuess guessLevel = iota
	guessBelongs
	guessEmbeddedBelongs
	guessHas
	guessEmbeddedHas
)

func (g *gormState) guessRelation(s *gSchema, rel *gRel, f *gField, cgl guessLevel) {
	var (
		primaryFields, foreignFields []*gField
		primarySchema, foreignSchema = s, rel.FieldSchema
		gl                           = cgl
	)
	if gl == guessGuess {
		if f.Schema == rel.FieldSchema {
			gl = guessBelongs
		} else {
			gl = guessHas
		}
	}
	reguess := func() {
		switch cgl {
		case guessGuess:
			g.guessRelation(s, rel, f, guessBelongs)
		case guessBelongs:
			g.guessRelation(s, rel, f, guessEmbeddedBelongs)
		case guessEmbeddedBelongs:
			g.guessRelation(s, rel, f, guessHas)
		case guessHas:
			g.guessRelation(s, rel, f, guessEmbeddedHas)
		default:
			hint := "name the foreign key with foreignKey:<Field> (and references:<Field>)"
			if len(rel.foreignKeys) > 0 {
				hint = "foreignKey:" + strings.Join(rel.foreignKeys, ",") + " is a field of neither " + s.goType + " nor " + rel.FieldSchema.goType
			}
			g.errorf(s, f, "GORM finds no foreign key for the association with %s (it fails with \"invalid field found for struct\"): %s; or make the field a column with type:<sql>, or `-`",
				rel.FieldSchema.goType, hint)
		}
	}
	switch gl {
	case guessBelongs:
		primarySchema, foreignSchema = rel.FieldSchema, s
	case guessEmbeddedBelongs:
		if f.OwnerSchema == nil {
			reguess()
			return
		}
		primarySchema, foreignSchema = rel.FieldSchema, f.OwnerSchema
	case guessHas:
	case guessEmbeddedHas:
		if f.OwnerSchema == nil {
			reguess()
			return
		}
		primarySchema, foreignSchema = f.OwnerSchema, rel.FieldSchema
	}
	if len(rel.foreignKeys) > 0 {
		for _, k := range rel.foreignKeys {
			ff := foreignSchema.lookUpField(k)
			if ff == nil {
				reguess()
				return
			}
			foreignFields = append(foreignFields, ff)
		}
	} else {
		primarySchemaName := primarySchema.name
		if primarySchemaName == "" {
			primarySchemaName = rel.FieldSchema.name
		}
		if len(rel.primaryKeys) > 0 {
			for _, k := range rel.primaryKeys {
				if pf := primarySchema.lookUpField(k); pf != nil {
					primaryFields = append(primaryFields, pf)
				}
			}
		} else {
			primaryFields = primarySchema.primary
		}
	loop:
		for _, pf := range primaryFields {
			look := primarySchemaName + pf.Name
			if gl == guessBelongs {
				look = f.Name + pf.Name
			}
			names := []string{look}
			if len(primaryFields) == 1 {
				base := strings.TrimSuffix(look, pf.Name)
				names = append(names, base+"ID", base+"Id", toDBName(base+"ID"))
			}
			for _, n := range names {
				if ff := foreignSchema.lookUpFieldByBindName(f.BindNames, n); ff != nil {
					foreignFields = append(foreignFields, ff)
					primaryFields = append(primaryFields, pf)
					continue loop
				}
			}
			for _, n := range names {
				if ff := foreignSchema.lookUpField(n); ff != nil {
					foreignFields = append(foreignFields, ff)
					primaryFields = append(primaryFields, pf)
					continue loop
				}
			}
		}
	}
	switch {
	case len(foreignFields) == 0:
		reguess()
		return
	case len(rel.primaryKeys) > 0:
		for i, k := range rel.primaryKeys {
			pf := primarySchema.lookUpField(k)
			if pf == nil {
				reguess()
				return
			}
			if len(primaryFields) < i+1 {
				primaryFields = append(primaryFields, pf)
			} else if pf != primaryFields[i] {
				reguess()
				return
			}
		}
	case len(primaryFields) == 0:
		if len(foreignFields) == 1 && primarySchema.prioritized != nil {
			primaryFields = append(primaryFields, primarySchema.prioritized)
		} else if len(primarySchema.primary) == len(foreignFields) {
			primaryFields = append(primaryFields, primarySchema.primary...)
		} else {
			reguess()
			return
		}
	}
	for i, ff := range foreignFields {
		pf := primaryFields[i]
		if copyableDataType(pf.DataType) {
			ff.DataType = pf.DataType
		}
		ff.GORMDataType = pf.GORMDataType
		if ff.Size == 0 {
			ff.Size = pf.Size
		}
		rel.References = append(rel.References, &gRef{PrimaryKey: pf, ForeignKey: ff,
			OwnPrimaryKey: s == primarySchema && gl == guessHas || f.OwnerSchema == primarySchema && gl == guessEmbeddedHas})
	}
	if gl == guessHas || gl == guessEmbeddedHas {
		rel.Type = has
	} else {
		rel.Type = belongsTo
	}
}

func copyableDataType(s string) bool {
	low := strings.ToLower(s)
	return !strings.Contains(low, "auto_increment") && !strings.Contains(low, "primary key")
}

var constraintNameRe = regexp.MustCompile(`^[\w-]+$`)

// parseConstraint is GORM's Relationship.ParseConstraint: the foreign key
// a relationship makes, or nil (constraint:-, or a belongs-to that the
// other side's has-one/has-many already makes).
func (g *gormState) parseConstraint(rel *gRel) *gConstraint {
	if rel.Field == nil {
		return nil
	}
	str := rel.Field.TagSettings["CONSTRAINT"]
	if str == "-" {
		return nil
	}
	if rel.Type == belongsTo {
		for _, r := range rel.FieldSchema.rels {
			if r != rel && r.FieldSchema == rel.Schema && len(rel.References) == len(r.References) {
				matched := true
				for i, ref := range r.References {
					mine := rel.References[i]
					if mine.PrimaryKey != ref.PrimaryKey || mine.ForeignKey != ref.ForeignKey || mine.PrimaryValue != ref.PrimaryValue {
						matched = false
						break
					}
				}
				if matched {
					return nil
				}
			}
		}
	}
	settings := gormSettings(str, ",")
	var name string
	if i := strings.IndexByte(str, ','); i != -1 && constraintNameRe.MatchString(str[:i]) {
		name = str[:i]
	} else {
		name = g.namer.relationshipFKName(rel.Schema.table, rel.Name)
	}
	c := &gConstraint{Name: name, Field: rel.Field, OnUpdate: settings["ONUPDATE"], OnDelete: settings["ONDELETE"]}
	for _, ref := range rel.References {
		if ref.PrimaryKey != nil && (rel.JoinTable == nil || ref.OwnPrimaryKey) {
			c.ForeignKeys = append(c.ForeignKeys, ref.ForeignKey)
			c.References = append(c.References, ref.PrimaryKey)
			if ref.OwnPrimaryKey {
				c.Schema = ref.ForeignKey.Schema
				c.ReferenceSchema = rel.Schema
			} else {
				c.Schema = rel.Schema
				c.ReferenceSchema = ref.PrimaryKey.Schema
			}
		}
	}
	return c
}

// sortedRels returns a schema's relationships by name.
func sortedRels(s *gSchema) []*gRel {
	names := make([]string, 0, len(s.rels))
	for n := range s.rels {
		names = append(names, n)
	}
	sort.Strings(names)
	out := make([]*gRel, len(names))
	for i, n := range names {
		out[i] = s.rels[n]
	}
	return out
}
