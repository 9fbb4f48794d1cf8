package model

import (
	"bytes"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/autogen-go/autogen/schema"
)

// scanModuleNaming looks for GORM naming strategies in the rest of the
// module: an application sets one where it opens the database
// (gorm.Config{NamingStrategy: …}), not in its model packages, and
// autogen names tables as GORM's default NamingStrategy does. The files
// are read without type information: a file that imports
// gorm.io/gorm/schema and names NamingStrategy is parsed, the others are
// skipped on their bytes.
func (b *builder) scanModuleNaming() {
	root := moduleRoot(b.dir)
	if root == "" {
		return
	}
	seen := map[string]bool{} // the model packages' files, checked with types
	for _, p := range b.pkgs {
		for _, f := range p.GoFiles {
			seen[f] = true
		}
	}
	_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			name := d.Name()
			if path != root && (name == "vendor" || name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			if path != root {
				if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil {
					return filepath.SkipDir // another module
				}
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") || seen[path] {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil || !bytes.Contains(src, []byte("NamingStrategy")) || !bytes.Contains(src, []byte(strconv.Quote(gormSchemaPath))) {
			return nil
		}
		b.scanFileNaming(path, src)
		return nil
	})
}

// scanFileNaming checks the schema.NamingStrategy literals of one file.
func (b *builder) scanFileNaming(path string, src []byte) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, src, parser.SkipObjectResolution)
	if err != nil {
		return // the go command reports it where it matters
	}
	alias := ""
	for _, imp := range f.Imports {
		if p, _ := strconv.Unquote(imp.Path.Value); p == gormSchemaPath {
			alias = "schema"
			if imp.Name != nil {
				alias = imp.Name.Name
			}
		}
	}
	if alias == "" || alias == "_" {
		return
	}
	at := func(p token.Pos) schema.Pos {
		pos := fset.Position(p)
		file := pos.Filename
		if r, err := filepath.Rel(b.dir, file); err == nil {
			file = filepath.ToSlash(r)
		}
		return schema.Pos(file + ":" + strconv.Itoa(pos.Line))
	}
	ast.Inspect(f, func(n ast.Node) bool {
		lit, ok := n.(*ast.CompositeLit)
		if !ok {
			return true
		}
		t := lit.Type
		if u, ok := t.(*ast.UnaryExpr); ok {
			t = u.X
		}
		if sel, ok := t.(*ast.SelectorExpr); ok && sel.Sel.Name == "NamingStrategy" {
			if x, ok := sel.X.(*ast.Ident); ok && x.Name == alias {
				b.checkNamingLiteral(lit, at, func(e ast.Expr) constant.Value {
					if v := literalValue(e); v != nil {
						return v
					}
					if id, ok := e.(*ast.Ident); ok {
						return packageConsts(filepath.Dir(path))[id.Name]
					}
					return nil
				})
			}
		}
		return true
	})
}

// packageConsts reads the package-level constants of the Go files of a
// folder that are written as literals (const singular = true).
func packageConsts(dir string) map[string]constant.Value {
	out := map[string]constant.Value{}
	files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), file, nil, parser.SkipObjectResolution)
		if err != nil {
			continue
		}
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, name := range vs.Names {
					if i < len(vs.Values) {
						if v := literalValue(vs.Values[i]); v != nil {
							out[name.Name] = v
						}
					}
				}
			}
		}
	}
	return out
}

// literalValue evaluates true, false and integer literals: what a
// NamingStrategy's settings are written with.
func literalValue(e ast.Expr) constant.Value {
	switch e := e.(type) {
	case *ast.Ident:
		switch e.Name {
		case "true":
			return constant.MakeBool(true)
		case "false":
			return constant.MakeBool(false)
		}
	case *ast.BasicLit:
		if e.Kind == token.INT {
			return constant.MakeFromLiteral(e.Value, e.Kind, 0)
		}
	}
	return nil
}

// moduleRoot returns the directory of the go.mod that holds dir, or "".
func moduleRoot(dir string) string {
	for d := dir; ; {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		parent := filepath.Dir(d)
		if parent == d {
			return ""
		}
		d = parent
	}
}
