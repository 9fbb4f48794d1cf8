package model

import (
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/packages"

	"github.com/autogen-go/autogen/naming"
	"github.com/autogen-go/autogen/schema"
)

// Dialect is the database a schema is produced for: types, defaults and
// names differ between them.
type Dialect string

// The dialects.
const (
	Postgres Dialect = "postgres"
	SQLite   Dialect = "sqlite"
)

// maxIdentLen is the longest name autogen gives an index or constraint
// that a model leaves unnamed, on both dialects (PostgreSQL's limit; SQLite
// has none, and keeping to one limit lets one history run on both).
const maxIdentLen = 63

// Options says where the models are and how to read them. The zero value
// loads the package in the current directory for PostgreSQL with the
// default naming convention.
type Options struct {
	// Dir is the directory the package patterns are resolved in (the
	// directory of autogen.yaml); "" is the current directory. Positions
	// in errors and in the schema are relative to it.
	Dir string
	// Patterns are Go package patterns (autogen.yaml's `models`), such
	// as "./models" or "./internal/...". Empty means ".".
	Patterns []string
	// Dialect is the database the schema is for; "" means Postgres.
	Dialect Dialect
	// Naming names the indexes and constraints that `db`-tagged models
	// leave unnamed; nil means naming.Default(). GORM models are named
	// the way GORM names them (idx_, uni_, chk_, fk_).
	Naming naming.Convention
	// SingularTable makes default table names singular ("user" for
	// User), as GORM's NamingStrategy{SingularTable: true} does.
	SingularTable bool
	// IncludeTypes, when not empty, keeps only the model types that match
	// one of its globs; ExcludeTypes drops those that match one of its.
	// A glob matches the type's name ("User"), its package-qualified name
	// ("models.User") or its full name ("example.com/app/models.User").
	IncludeTypes, ExcludeTypes []string
	// IncludeTables, when not empty, keeps only the tables whose name
	// matches one of its globs; ExcludeTables drops those that match one.
	IncludeTables, ExcludeTables []string
	// Env and BuildFlags are passed to the go command (nil: the
	// process's environment).
	Env        []string
	BuildFlags []string
}

func (o Options) dialect() Dialect {
	if o.Dialect == "" {
		return Postgres
	}
	return o.Dialect
}

// loadMode is what Load asks of go/packages: syntax and full type
// information for the model packages only. Their dependencies are read
// from compiler export data, not type-checked from source, so that a
// large dependency (GORM, pgx) costs a cached build rather than a parse.
const loadMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
	packages.NeedSyntax | packages.NeedTypes | packages.NeedTypesInfo

// Load reads the model packages named by opts.Patterns statically (no
// code of theirs is run) and returns the schema their models declare.
// Problems in the models are reported together as [Errors]; a failure to
// load or type-check the packages is returned as it is. Load and Build
// are safe for concurrent use.
func Load(ctx context.Context, opts Options) (*schema.Schema, error) {
	pkgs, err := loadPackages(ctx, opts)
	if err != nil {
		return nil, err
	}
	return build(pkgs, opts, true)
}

func loadPackages(ctx context.Context, opts Options) ([]*packages.Package, error) {
	if d := opts.dialect(); d != Postgres && d != SQLite {
		return nil, fmt.Errorf("model: unknown dialect %q: use postgres or sqlite", d)
	}
	patterns := opts.Patterns
	if len(patterns) == 0 {
		patterns = []string{"."}
	}
	cfg := &packages.Config{
		Context:    ctx,
		Mode:       loadMode,
		Dir:        opts.Dir,
		Env:        opts.Env,
		BuildFlags: opts.BuildFlags,
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, fmt.Errorf("model: load %s: %w", strings.Join(patterns, " "), err)
	}
	var msgs []string
	for _, p := range pkgs {
		for _, e := range p.Errors {
			msgs = append(msgs, relPos(opts.Dir, e.Pos)+": "+e.Msg)
		}
	}
	if len(msgs) > 0 {
		slices.Sort(msgs)
		msgs = slices.Compact(msgs)
		return nil, fmt.Errorf("model: the model packages do not build; autogen reads them with the Go type checker:\n%s", strings.Join(msgs, "\n"))
	}
	return pkgs, nil
}

// relPos makes "file:line:col" relative to dir.
func relPos(dir, pos string) string {
	if pos == "" || pos == "-" {
		return "-"
	}
	abs, _ := filepath.Abs(dir)
	if r, err := filepath.Rel(abs, pos); err == nil && !strings.HasPrefix(r, "..") {
		return r
	}
	return pos
}

// Build produces the schema of the models in packages that go/packages
// loaded with at least NeedName, NeedSyntax, NeedTypes and NeedTypesInfo
// (what Load does). It is Load without the loading, and without Load's
// look through the rest of the module for GORM naming strategies.
func Build(pkgs []*packages.Package, opts Options) (*schema.Schema, error) {
	return build(pkgs, opts, false)
}

// usesGORM reports whether a model is read from gorm tags.
func (b *builder) usesGORM() bool {
	for _, c := range b.cands {
		if c.style == styleGORM {
			return true
		}
	}
	return false
}

// build is Build; with scan, as Load does, it also looks in the rest of
// the module for GORM naming strategies when the models use GORM.
func build(pkgs []*packages.Package, opts Options, scan bool) (*schema.Schema, error) {
	b, err := newBuilder(pkgs, opts)
	if err != nil {
		return nil, err
	}
	s := b.build()
	if scan && b.usesGORM() {
		b.scanModuleNaming()
	}
	if len(b.errs) > 0 {
		return nil, sortErrors(b.errs)
	}
	return s, nil
}

// style is how a model's tags are read.
type style int

const (
	styleDB style = iota
	styleGORM
)

// candidate is a named struct type declared in a model package.
type candidate struct {
	tn        *types.TypeName
	named     *types.Named
	st        *types.Struct
	pkg       *packages.Package
	directive string // "", "model", "ignore"
	forced    string // "gorm" or "db" after //autogen:model
	excluded  bool   // by IncludeTypes/ExcludeTypes
	model     bool
	style     style
}

type builder struct {
	opts    Options
	dialect Dialect
	conv    naming.Convention
	fset    *token.FileSet
	pkgs    []*packages.Package
	errs    Errors
	dir     string // absolute Options.Dir
	modc    string // the module cache, for positions of dependencies

	funcs      map[types.Object]funcDecl
	cands      []*candidate
	candByType map[*types.TypeName]*candidate

	tables  []*tableOut
	enums   map[string]*enumOut
	gorm    *gormState
	seenPkg map[*types.Package]bool
	files   map[string]string     // file → how positions name it
	types   map[string]parsedType // parseSQLType's results
	// depFiles are dependencies' source files parsed to read a method
	// (nil where parsing failed).
	depFiles map[string]*ast.File
}

type parsedType struct {
	t  schema.Type
	id schema.Identity
}

// sqlType is parseSQLType, remembered: models repeat their types.
func (b *builder) sqlType(raw string) (schema.Type, schema.Identity) {
	if p, ok := b.types[raw]; ok {
		return p.t, p.id
	}
	t, id := parseSQLType(b.dialect, raw)
	b.types[raw] = parsedType{t, id}
	return t, id
}

type funcDecl struct {
	decl *ast.FuncDecl
	info *types.Info
}

// tableOut is a table with where it came from.
type tableOut struct {
	t      *schema.Table
	goType string // "models.User", "" for join tables
	pos    token.Pos
	join   bool
	// native models keep what is resolved once every table is known.
	native *nativeTable
}

type enumOut struct {
	e    *schema.Enum
	tn   *types.TypeName
	from string
}

func newBuilder(pkgs []*packages.Package, opts Options) (*builder, error) {
	if d := opts.dialect(); d != Postgres && d != SQLite {
		return nil, fmt.Errorf("model: unknown dialect %q: use postgres or sqlite", d)
	}
	conv := opts.Naming
	if conv == nil {
		conv = naming.Default()
	}
	b := &builder{
		opts:       opts,
		dialect:    opts.dialect(),
		conv:       conv,
		pkgs:       pkgs,
		funcs:      map[types.Object]funcDecl{},
		candByType: map[*types.TypeName]*candidate{},
		enums:      map[string]*enumOut{},
		seenPkg:    map[*types.Package]bool{},
		files:      map[string]string{},
		types:      map[string]parsedType{},
		depFiles:   map[string]*ast.File{},
	}
	b.dir, _ = filepath.Abs(opts.Dir)
	if mc := os.Getenv("GOMODCACHE"); mc != "" {
		b.modc = mc
	} else if gp := os.Getenv("GOPATH"); gp != "" {
		b.modc = filepath.Join(strings.Split(gp, string(filepath.ListSeparator))[0], "pkg", "mod")
	} else if home, err := os.UserHomeDir(); err == nil {
		b.modc = filepath.Join(home, "go", "pkg", "mod")
	}
	for _, p := range pkgs {
		if p.Fset != nil {
			b.fset = p.Fset
			break
		}
	}
	if b.fset == nil {
		b.fset = token.NewFileSet()
	}
	for _, p := range pkgs {
		if p.Types == nil || p.TypesInfo == nil {
			return nil, fmt.Errorf("model: package %s was loaded without type information (Build needs NeedSyntax, NeedTypes and NeedTypesInfo)", p.PkgPath)
		}
	}
	b.gorm = newGormState(b)
	return b, nil
}

// pos renders a position as "file:line", relative to Options.Dir when the
// file is inside it, or to the module cache for dependencies.
func (b *builder) pos(p token.Pos) schema.Pos {
	if !p.IsValid() {
		return ""
	}
	position := b.fset.Position(p)
	file, ok := b.files[position.Filename]
	if !ok {
		file = position.Filename
		if r, err := filepath.Rel(b.dir, file); err == nil && !strings.HasPrefix(r, "..") {
			file = filepath.ToSlash(r)
		} else if b.modc != "" {
			if r, err := filepath.Rel(b.modc, file); err == nil && !strings.HasPrefix(r, "..") {
				file = filepath.ToSlash(r)
			}
		}
		b.files[position.Filename] = file
	}
	return schema.Pos(file + ":" + strconv.Itoa(position.Line))
}

// errorf records a problem.
func (b *builder) errorf(p token.Pos, typ, field, format string, args ...any) {
	b.errs = append(b.errs, &Error{Pos: b.pos(p), Type: typ, Field: field, Msg: fmt.Sprintf(format, args...)})
}

// typeName is "pkg.Type" for messages.
func typeName(tn *types.TypeName) string {
	if tn.Pkg() == nil {
		return tn.Name()
	}
	return tn.Pkg().Name() + "." + tn.Name()
}

func (b *builder) build() *schema.Schema {
	b.collect()
	b.recognise()
	b.checkNamingStrategy()
	var models []*candidate
	for _, c := range b.cands {
		if c.model && !c.excluded {
			models = append(models, c)
		}
	}
	if len(models) == 0 {
		b.errs = append(b.errs, &Error{Msg: fmt.Sprintf("%v in %s: a model is an exported struct type with `db` or `gorm` tags, gorm.Model, a TableName method or an //autogen:model comment",
			ErrNoModels, strings.Join(b.pkgPaths(), ", ")), Err: ErrNoModels})
		return nil
	}
	var gormModels []*candidate
	for _, c := range models {
		if c.style == styleGORM {
			gormModels = append(gormModels, c)
		} else {
			b.nativeModel(c)
		}
	}
	if len(gormModels) > 0 {
		b.gorm.models(gormModels)
	}
	b.resolveNative()
	s := b.finish()
	if s != nil {
		b.listExcludedTables(s)
	}
	return s
}

// ExcludedTable is the Kind of a Skipped entry that names the table of a
// model that include_types or exclude_types leaves out: autogenerate
// leaves that table alone, neither created nor dropped, since models may
// still refer to it.
const ExcludedTable = "excluded model table"

// listExcludedTables lists in s.Skipped the tables of the models left out
// by type that no other model has.
func (b *builder) listExcludedTables(s *schema.Schema) {
	excluded := b.excludedTables()
	names := make([]string, 0, len(excluded))
	for name := range excluded {
		if !slices.ContainsFunc(s.Tables, func(t *schema.Table) bool { return t.QualifiedName() == name }) {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	for _, name := range names {
		s.Skipped = append(s.Skipped, schema.Skipped{Kind: ExcludedTable, Name: name,
			Reason: "the table of a model that include_types or exclude_types leaves out"})
	}
}

func (b *builder) pkgPaths() []string {
	var out []string
	for _, p := range b.pkgs {
		out = append(out, p.PkgPath)
	}
	return out
}

// collect finds the named struct types of the model packages, in package
// path and source order, and indexes the methods declared there.
func (b *builder) collect() {
	pkgs := slices.Clone(b.pkgs)
	slices.SortFunc(pkgs, func(x, y *packages.Package) int { return strings.Compare(x.PkgPath, y.PkgPath) })
	for _, p := range pkgs {
		if b.seenPkg[p.Types] {
			continue
		}
		b.seenPkg[p.Types] = true
		files := slices.Clone(p.Syntax)
		slices.SortFunc(files, func(x, y *ast.File) int {
			return strings.Compare(b.fset.Position(x.Pos()).Filename, b.fset.Position(y.Pos()).Filename)
		})
		for _, f := range files {
			for _, d := range f.Decls {
				switch d := d.(type) {
				case *ast.FuncDecl:
					if obj := p.TypesInfo.Defs[d.Name]; obj != nil {
						b.funcs[obj] = funcDecl{decl: d, info: p.TypesInfo}
					}
				case *ast.GenDecl:
					if d.Tok != token.TYPE {
						continue
					}
					for _, spec := range d.Specs {
						ts := spec.(*ast.TypeSpec)
						doc := ts.Doc
						if doc == nil && len(d.Specs) == 1 {
							doc = d.Doc
						}
						b.candidate(p, ts, doc)
					}
				}
			}
		}
	}
}

func (b *builder) candidate(p *packages.Package, ts *ast.TypeSpec, doc *ast.CommentGroup) {
	tn, ok := p.TypesInfo.Defs[ts.Name].(*types.TypeName)
	if !ok || tn.IsAlias() || ts.TypeParams != nil {
		return
	}
	named, ok := tn.Type().(*types.Named)
	if !ok {
		return
	}
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return
	}
	c := &candidate{tn: tn, named: named, st: st, pkg: p}
	if doc != nil {
		for _, cm := range doc.List {
			text := strings.TrimSpace(strings.TrimPrefix(cm.Text, "//"))
			if !strings.HasPrefix(text, "autogen:") || strings.HasPrefix(cm.Text, "// ") {
				continue
			}
			fields := strings.Fields(strings.TrimPrefix(text, "autogen:"))
			if len(fields) == 0 {
				continue
			}
			switch fields[0] {
			case "ignore":
				c.directive = "ignore"
			case "model":
				c.directive = "model"
				if len(fields) > 1 {
					switch fields[1] {
					case "gorm", "db":
						c.forced = fields[1]
					default:
						b.errorf(cm.Pos(), typeName(tn), "", "//autogen:model %s: the style is `gorm` or `db`", fields[1])
					}
				}
			default:
				b.errorf(cm.Pos(), typeName(tn), "", "unknown directive //autogen:%s: use //autogen:model [gorm|db] or //autogen:ignore", fields[0])
			}
		}
	}
	if !tn.Exported() {
		if c.directive == "model" {
			b.errorf(tn.Pos(), typeName(tn), "", "//autogen:model on an unexported type: GORM and autogen read exported types only")
		}
		return
	}
	c.excluded = !b.typeIncluded(tn)
	b.cands = append(b.cands, c)
	b.candByType[tn] = c
}

// typeIncluded applies IncludeTypes and ExcludeTypes.
func (b *builder) typeIncluded(tn *types.TypeName) bool {
	names := []string{tn.Name()}
	if tn.Pkg() != nil {
		names = append(names, tn.Pkg().Name()+"."+tn.Name(), tn.Pkg().Path()+"."+tn.Name())
	}
	match := func(globs []string) bool {
		for _, g := range globs {
			for _, n := range names {
				if ok, _ := path.Match(g, n); ok {
					return true
				}
			}
		}
		return false
	}
	if len(b.opts.IncludeTypes) > 0 && !match(b.opts.IncludeTypes) {
		return false
	}
	return !match(b.opts.ExcludeTypes)
}

// tableIncluded applies IncludeTables and ExcludeTables.
func (b *builder) tableIncluded(name string) bool {
	match := func(globs []string) bool {
		for _, g := range globs {
			if ok, _ := path.Match(g, name); ok {
				return true
			}
		}
		return false
	}
	if len(b.opts.IncludeTables) > 0 && !match(b.opts.IncludeTables) {
		return false
	}
	return !match(b.opts.ExcludeTables)
}

const gormPath = "gorm.io/gorm"

// recognise decides which candidates are models and how their tags are
// read.
func (b *builder) recognise() {
	// A package is GORM's when it imports gorm.io/gorm or any of its
	// structs has a gorm tag: its untagged structs are read as GORM reads
	// them.
	gormPkg := map[*types.Package]bool{}
	for _, c := range b.cands {
		if gormPkg[c.pkg.Types] {
			continue
		}
		for _, imp := range c.pkg.Types.Imports() {
			if imp.Path() == gormPath {
				gormPkg[c.pkg.Types] = true
			}
		}
		for i := 0; i < c.st.NumFields(); i++ {
			if _, ok := reflect.StructTag(c.st.Tag(i)).Lookup("gorm"); ok {
				gormPkg[c.pkg.Types] = true
			}
		}
	}
	embedded := map[*types.TypeName]bool{}
	for _, c := range b.cands {
		if c.directive == "ignore" {
			continue
		}
		var sum fieldSummary
		sum.scan(c.st, 0)
		for tn := range sum.embeds {
			embedded[tn] = true
		}
		switch {
		case c.forced == "gorm":
			c.style = styleGORM
		case c.forced == "db":
			c.style = styleDB
		case sum.gorm:
			c.style = styleGORM
		case sum.db:
			c.style = styleDB
		case gormPkg[c.pkg.Types]:
			c.style = styleGORM
		}
		_, hasTableName := tableNameMethod(c.named)
		c.model = c.directive == "model" || sum.gorm || sum.db || hasTableName || c.style == styleGORM && sum.id
	}
	for _, c := range b.cands {
		if c.model && c.directive != "model" && embedded[c.tn] {
			if _, ok := tableNameMethod(c.named); !ok {
				c.model = false // a base struct embedded in models, not a table
			}
		}
	}
}

// fieldSummary is what a struct's fields, with those of the structs it
// embeds, say about it.
type fieldSummary struct {
	gorm, db, id bool // gorm tags or types, db tags, a field named ID
	embeds       map[*types.TypeName]bool
}

func (sum *fieldSummary) scan(st *types.Struct, depth int) {
	if depth > 8 {
		return
	}
	if sum.embeds == nil {
		sum.embeds = map[*types.TypeName]bool{}
	}
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		tag := reflect.StructTag(st.Tag(i))
		gormTag, hasGorm := tag.Lookup("gorm")
		_, hasDB := tag.Lookup("db")
		sum.gorm = sum.gorm || hasGorm
		sum.db = sum.db || hasDB
		if f.Name() == "ID" && !f.Embedded() {
			sum.id = true
		}
		tn := namedOf(f.Type())
		if tn != nil && tn.Pkg() != nil && tn.Pkg().Path() == gormPath {
			sum.gorm = true
		}
		if tn != nil && (f.Embedded() || hasGorm && hasTagKey(gormTag, "EMBEDDED")) {
			sum.embeds[tn] = true
			if est, ok := tn.Type().Underlying().(*types.Struct); ok && f.Embedded() && gormTag != "-" && tag.Get("db") != "-" {
				sum.scan(est, depth+1)
			}
		}
	}
}

// namedOf returns the type name of t, through pointers.
func namedOf(t types.Type) *types.TypeName {
	for {
		switch u := t.(type) {
		case *types.Pointer:
			t = u.Elem()
		case *types.Named:
			return u.Obj()
		case *types.Alias:
			t = types.Unalias(u)
		default:
			return nil
		}
	}
}

// tableNameMethod finds a TableName method in the method set of *T, as
// GORM's Tabler (TableName() string) or TablerWithNamer.
func tableNameMethod(t types.Type) (*types.Func, bool) {
	fn := method(types.NewPointer(t), "TableName")
	if fn == nil {
		return nil, false
	}
	sig := fn.Type().(*types.Signature)
	if sig.Results().Len() != 1 || !isString(sig.Results().At(0).Type()) {
		return nil, false
	}
	switch sig.Params().Len() {
	case 0:
		return fn, true
	case 1: // TablerWithNamer: TableName(schema.Namer) string
		return fn, fullName(sig.Params().At(0).Type()) == gormSchemaPath+".Namer"
	}
	return nil, false
}

// tableName returns the table of a model type: its TableName method's
// constant, or GORM's default naming.
func (b *builder) tableName(named *types.Named, typ string) (string, bool) {
	if fn, ok := tableNameMethod(named); ok {
		v, err := b.constString(fn)
		if err != nil {
			b.errorf(fn.Pos(), typ, "", "%s.TableName: %v; autogen reads models without running them: make TableName return a string constant (return \"users\"), or leave the type out with exclude_types in autogen.yaml", typ, err)
			return "", false
		}
		return v, true
	}
	return b.gorm.namer.tableName(named.Obj().Name()), true
}

func isString(t types.Type) bool {
	bt, ok := t.Underlying().(*types.Basic)
	return ok && bt.Kind() == types.String
}

// constString evaluates a method whose body is a single return of a
// string constant.
func (b *builder) constString(fn *types.Func) (string, error) {
	fd, ok := b.funcs[fn.Origin()]
	if !ok {
		return "", fmt.Errorf("its source is not in the model packages (it is declared in %s): add that package to `models`", fn.Pkg().Path())
	}
	body := fd.decl.Body
	if body == nil || len(body.List) != 1 {
		return "", errors.New("the method is not a single return of a constant")
	}
	ret, ok := body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return "", errors.New("the method is not a single return of a constant")
	}
	return constStringOf(fd.info, ret.Results[0])
}

// constStringOf evaluates a string constant; without type information
// (a dependency's source), a string literal.
func constStringOf(info *types.Info, e ast.Expr) (string, error) {
	if info == nil {
		if lit, ok := e.(*ast.BasicLit); ok && lit.Kind == token.STRING {
			if s, err := strconv.Unquote(lit.Value); err == nil {
				return s, nil
			}
		}
		return "", fmt.Errorf("it returns %s, which is not a string literal", exprString(e))
	}
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil {
		return "", fmt.Errorf("it returns %s, which is not a constant", exprString(e))
	}
	s, ok := constantString(tv)
	if !ok {
		return "", fmt.Errorf("it returns %s, which is not a string constant", exprString(e))
	}
	return s, nil
}

func exprString(e ast.Expr) string {
	return types.ExprString(e)
}

// finish checks what spans tables and assembles the schema.
func (b *builder) finish() *schema.Schema {
	s := &schema.Schema{}
	byName := map[string]*tableOut{}
	for _, t := range b.tables {
		key := t.t.QualifiedName()
		if prev, ok := byName[key]; ok {
			if t.join || prev.join {
				continue
			}
			b.errorf(t.pos, t.goType, "", "table %s is also the table of %s (%s): give one of them another name with a TableName method", key, prev.goType, b.pos(prev.pos))
			continue
		}
		byName[key] = t
		if !b.tableIncluded(t.t.Name) {
			continue
		}
		s.Tables = append(s.Tables, t.t)
	}
	b.checkIndexNames(s)
	if b.dialect == Postgres {
		for _, e := range b.enums {
			s.Enums = append(s.Enums, e.e)
		}
	}
	s.Sort()
	return s
}

// mergeJoinTable gives the model of a join table what the association's
// join table has and the model does not: columns, the primary key, the
// foreign keys, as GORM's SetupJoinTable does.
func mergeJoinTable(model, join *schema.Table) {
	for _, c := range join.Columns {
		if model.Column(c.Name) == nil {
			model.Columns = append(model.Columns, c)
		}
	}
	if model.PrimaryKey == nil {
		model.PrimaryKey = join.PrimaryKey
	}
	for _, fk := range join.ForeignKeys {
		if !slices.ContainsFunc(model.ForeignKeys, func(m *schema.ForeignKey) bool { return slices.Equal(m.Columns, fk.Columns) }) {
			model.ForeignKeys = append(model.ForeignKeys, fk)
		}
	}
}

// checkIndexNames reports two indexes (or an index and a constraint that
// makes one) with one name: PostgreSQL names them per schema, not per
// table.
func (b *builder) checkIndexNames(s *schema.Schema) {
	type owner struct {
		table string
		pos   schema.Pos
	}
	seen := map[string]owner{}
	add := func(t *schema.Table, name string, pos schema.Pos) {
		if name == "" {
			return
		}
		key := t.Schema + "." + name
		if prev, ok := seen[key]; ok && prev.table != t.QualifiedName() {
			where := "PostgreSQL names indexes (and the keys and unique constraints that make one) per schema"
			if b.dialect == SQLite {
				where = "SQLite names indexes per database"
			}
			b.errs = append(b.errs, &Error{Pos: pos, Msg: fmt.Sprintf("index %s of table %s has the name of an index of table %s (%s): %s; rename one", name, t.QualifiedName(), prev.table, prev.pos, where)})
			return
		}
		seen[key] = owner{t.QualifiedName(), pos}
	}
	for _, t := range s.Tables {
		if t.PrimaryKey != nil && b.dialect == Postgres {
			add(t, t.PrimaryKey.Name, t.Pos)
		}
		for _, ix := range t.Indexes {
			add(t, ix.Name, cmpPos(ix.Pos, t.Pos))
		}
		for _, u := range t.Uniques {
			if b.dialect == Postgres {
				add(t, u.Name, cmpPos(u.Pos, t.Pos))
			}
		}
		b.checkConstraintNames(t)
	}
}

// checkConstraintNames reports two constraints of a table with one name
// (two check: options on one column, named by the convention alike).
func (b *builder) checkConstraintNames(t *schema.Table) {
	seen := map[string]schema.Pos{}
	add := func(kind, name string, pos schema.Pos) {
		if name == "" {
			return
		}
		pos = cmpPos(pos, t.Pos)
		key := strings.ToLower(name)
		if prev, ok := seen[key]; ok {
			b.errs = append(b.errs, &Error{Pos: pos, Msg: fmt.Sprintf("%s %s of table %s has the name of another constraint of the table (%s): name one, with a table check (a blank field tagged db:\"check:name(expr)\"), or join the two expressions with AND", kind, name, t.QualifiedName(), prev)})
			return
		}
		seen[key] = pos
	}
	if t.PrimaryKey != nil {
		add("primary key", t.PrimaryKey.Name, t.Pos)
	}
	for _, u := range t.Uniques {
		add("unique constraint", u.Name, u.Pos)
	}
	for _, fk := range t.ForeignKeys {
		add("foreign key", fk.Name, fk.Pos)
	}
	for _, c := range t.Checks {
		add("check", c.Name, c.Pos)
	}
}

func cmpPos(p, fallback schema.Pos) schema.Pos {
	if p != "" {
		return p
	}
	return fallback
}
