package model

import (
	"errors"
	"fmt"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"go/types"
	"path/filepath"
	"strings"

	"golang.org/x/mod/module"

	"github.com/autogen-go/autogen/schema"
)

// evalTypeMethod evaluates GormDataType() or GormDBDataType(db, field)
// without running it: the body must return string constants, either
// directly or chosen by the dialect's name,
//
//	switch db.Dialector.Name() {
//	case "postgres":
//		return "JSONB"
//	}
//	return "JSON"
//
// or with if db.Dialector.Name() == "…" { return "…" }. dialect is ""
// for GormDataType, which does not depend on the database.
//
// A method of a dependency (gorm.io/datatypes) is read from its source
// file, where it must return string literals.
func (b *builder) evalTypeMethod(fn *types.Func, dialect string) (string, error) {
	fd, ok := b.funcs[fn.Origin()]
	if !ok {
		decl, err := b.dependencyFunc(fn)
		if err != nil {
			return "", err
		}
		fd = funcDecl{decl: decl} // no type information: literals only
	}
	if fd.decl.Body == nil {
		return "", errors.New("it has no body")
	}
	v, done, err := evalStmts(fd.info, fd.decl.Body.List, dialect)
	if err != nil {
		return "", err
	}
	if !done {
		return "", errors.New("it does not end in a return of a string constant")
	}
	return v, nil
}

// dependencyFunc finds the declaration of a method of a package that was
// loaded without syntax, by parsing the file its position names.
func (b *builder) dependencyFunc(fn *types.Func) (*ast.FuncDecl, error) {
	notFound := fmt.Errorf("its source is not in the model packages (it is in %s), and autogen could not read it there", fn.Pkg().Path())
	pos := b.fset.Position(fn.Pos())
	if !pos.IsValid() || pos.Filename == "" {
		return nil, notFound
	}
	file := pos.Filename
	if !filepath.IsAbs(file) && b.modc != "" {
		file = cachePath(b.modc, file)
	}
	f, ok := b.depFiles[file]
	if !ok {
		var err error
		if f, err = parser.ParseFile(token.NewFileSet(), file, nil, parser.SkipObjectResolution); err != nil {
			f = nil
		}
		b.depFiles[file] = f
	}
	if f == nil {
		return nil, notFound
	}
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if ok && fd.Recv != nil && fd.Name.Name == fn.Name() && recvName(fd) == recvTypeName(fn) {
			return fd, nil
		}
	}
	return nil, notFound
}

// cachePath finds in the module cache a file that a build with -trimpath
// names module@version/file.go, escaping the module path as the cache
// does (upper case letters as !x).
func cachePath(modc, name string) string {
	at := strings.Index(name, "@")
	if at < 0 {
		return name
	}
	slash := strings.Index(name[at:], "/")
	if slash < 0 {
		return name
	}
	mod, version, rest := name[:at], name[at+1:at+slash], name[at+slash+1:]
	escMod, err := module.EscapePath(mod)
	if err != nil {
		return name
	}
	escVersion, err := module.EscapeVersion(version)
	if err != nil {
		return name
	}
	return filepath.Join(modc, filepath.FromSlash(escMod+"@"+escVersion), filepath.FromSlash(rest))
}

// recvName is the name of a method declaration's receiver type.
func recvName(fd *ast.FuncDecl) string {
	if len(fd.Recv.List) == 0 {
		return ""
	}
	t := fd.Recv.List[0].Type
	if st, ok := t.(*ast.StarExpr); ok {
		t = st.X
	}
	switch x := t.(type) {
	case *ast.IndexExpr: // JSONType[T]
		t = x.X
	case *ast.IndexListExpr:
		t = x.X
	}
	if id, ok := t.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

// recvTypeName is the name of a method's receiver type.
func recvTypeName(fn *types.Func) string {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return ""
	}
	t := sig.Recv().Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

var errNotStatic = errors.New("its body is not a return of string constants (chosen by db.Dialector.Name() at most)")

func evalStmts(info *types.Info, stmts []ast.Stmt, dialect string) (string, bool, error) {
	for _, st := range stmts {
		switch st := st.(type) {
		case *ast.ReturnStmt:
			if len(st.Results) != 1 {
				return "", false, errNotStatic
			}
			v, err := constStringOf(info, st.Results[0])
			return v, true, err
		case *ast.SwitchStmt:
			if st.Init != nil || !isNameCall(st.Tag) {
				return "", false, errNotStatic
			}
			if dialect == "" {
				return "", false, errors.New("it depends on the database, which GormDataType cannot know")
			}
			var def *ast.CaseClause
			for _, c := range st.Body.List {
				cc := c.(*ast.CaseClause)
				if cc.List == nil {
					def = cc
					continue
				}
				for _, e := range cc.List {
					s, err := constStringOf(info, e)
					if err != nil {
						return "", false, errNotStatic
					}
					if s == dialect {
						return evalStmts(info, cc.Body, dialect)
					}
				}
			}
			if def != nil {
				return evalStmts(info, def.Body, dialect)
			}
		case *ast.IfStmt:
			if st.Init != nil {
				return "", false, errNotStatic
			}
			bin, ok := st.Cond.(*ast.BinaryExpr)
			if !ok || bin.Op != token.EQL && bin.Op != token.NEQ {
				return "", false, errNotStatic
			}
			call, lit := bin.X, bin.Y
			if !isNameCall(call) {
				call, lit = lit, call
			}
			if !isNameCall(call) {
				return "", false, errNotStatic
			}
			if dialect == "" {
				return "", false, errors.New("it depends on the database, which GormDataType cannot know")
			}
			s, err := constStringOf(info, lit)
			if err != nil {
				return "", false, errNotStatic
			}
			if (s == dialect) == (bin.Op == token.EQL) {
				return evalStmts(info, st.Body.List, dialect)
			}
			if st.Else != nil {
				switch e := st.Else.(type) {
				case *ast.BlockStmt:
					return evalStmts(info, e.List, dialect)
				case *ast.IfStmt:
					v, done, err := evalStmts(info, []ast.Stmt{e}, dialect)
					if done || err != nil {
						return v, done, err
					}
				}
			}
		default:
			return "", false, errNotStatic
		}
	}
	return "", false, nil
}

// isNameCall reports whether e is a call of a method Name() without
// arguments (db.Dialector.Name()).
func isNameCall(e ast.Expr) bool {
	call, ok := e.(*ast.CallExpr)
	if !ok || len(call.Args) != 0 {
		return false
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "Name"
}

func shortType(t types.Type) string { return types.TypeString(t, shortQualifier) }

const gormSchemaPath = "gorm.io/gorm/schema"

// checkNamingStrategy looks in the model packages for a GORM naming
// strategy other than the default: autogen names tables and columns as
// GORM's default NamingStrategy does (with singular_table), and cannot
// run another one.
func (b *builder) checkNamingStrategy() {
	for _, p := range b.pkgs {
		uses := false
		for _, imp := range p.Types.Imports() {
			uses = uses || imp.Path() == gormSchemaPath
		}
		if !uses {
			continue
		}
		scope := p.Types.Scope()
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || tn.IsAlias() {
				continue
			}
			if method(types.NewPointer(tn.Type()), "RelationshipFKName") != nil && method(types.NewPointer(tn.Type()), "ColumnName") != nil {
				b.errorf(tn.Pos(), typeName(tn), "", "%s is a GORM naming strategy (a schema.Namer), which autogen cannot run: it names tables and columns as GORM's default NamingStrategy does; give the models TableName methods and column: tags instead", typeName(tn))
			}
		}
		for _, f := range p.Syntax {
			info := p.TypesInfo
			ast.Inspect(f, func(n ast.Node) bool {
				lit, ok := n.(*ast.CompositeLit)
				if !ok {
					return true
				}
				if fullName(info.TypeOf(lit)) != gormSchemaPath+".NamingStrategy" {
					return true
				}
				b.checkNamingLiteral(lit, b.pos, func(e ast.Expr) constant.Value { return info.Types[e].Value })
				return true
			})
		}
	}
}

// checkNamingLiteral checks the fields of a schema.NamingStrategy
// literal; at places a position, value evaluates a constant (nil when the
// expression is not one).
func (b *builder) checkNamingLiteral(lit *ast.CompositeLit, at func(token.Pos) schema.Pos, value func(ast.Expr) constant.Value) {
	errorf := func(p token.Pos, format string, args ...any) {
		b.errs = append(b.errs, &Error{Pos: at(p), Msg: fmt.Sprintf(format, args...)})
	}
	for _, e := range lit.Elts {
		kv, ok := e.(*ast.KeyValueExpr)
		if !ok {
			errorf(lit.Pos(), "schema.NamingStrategy without field names: autogen cannot tell its settings; write NamingStrategy{SingularTable: true}")
			continue
		}
		key, _ := kv.Key.(*ast.Ident)
		if key == nil {
			continue
		}
		v := value(kv.Value)
		switch key.Name {
		case "SingularTable":
			if v == nil || v.Kind() != constant.Bool {
				errorf(kv.Pos(), "NamingStrategy.SingularTable is not a constant: autogen cannot tell whether tables are singular; use true or false and set singular_table in autogen.yaml to match")
			} else if v := constant.BoolVal(v); v != b.opts.SingularTable {
				errorf(kv.Pos(), "GORM's NamingStrategy here has SingularTable: %v, autogen.yaml has singular_table: %v: set singular_table: %v so that table names agree", v, b.opts.SingularTable, v)
			}
		case "IdentifierMaxLength":
			want := 63
			if b.dialect == SQLite {
				want = 64
			}
			if v == nil || v.Kind() != constant.Int {
				errorf(kv.Pos(), "NamingStrategy.IdentifierMaxLength is not a constant: autogen names long indexes and constraints with GORM's default (%d); remove it, or name them in the tags", want)
			} else if n, _ := constant.Int64Val(v); n != int64(want) && n > 0 {
				errorf(kv.Pos(), "NamingStrategy.IdentifierMaxLength: %d: autogen cuts long names at GORM's default for the dialect (%d); remove it, or name indexes and constraints in the tags", n, want)
			}
		default:
			errorf(kv.Pos(), "NamingStrategy.%s: autogen names tables and columns as GORM's default NamingStrategy does (and singular_table), and cannot apply %s; give the models TableName methods and column: tags instead", key.Name, key.Name)
		}
	}
}
