// Package script reads and writes a project's revision files. It reads
// them statically, with go/parser, without compiling them: the commands
// that only need the history (revision, heads, history, branches, show,
// merge, current, stamp) stay fast and work while the code does not build.
package script

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/autogen-go/autogen/internal/graph"
	"github.com/autogen-go/autogen/render"
)

// Dir is a versions folder, read.
type Dir struct {
	Path     string               // the folder
	Package  string               // its package name
	Registry string               // the name of its registry variable
	Graph    *graph.Graph         // the history
	Files    map[string]*Revision // by revision id
}

// Revision is what a revision file declares.
type Revision struct {
	ID           string
	Revises      []string
	DependsOn    []string
	BranchLabels []string
	Message      string
	Doc          string // the comment above the declaration
	Path         string // the file
	Line         int    // the line of the declaration
}

// Source returns file:line of the declaration, the file relative to the
// working folder when it is inside it.
func (r *Revision) Source() string { return fmt.Sprintf("%s:%d", display(r.Path), r.Line) }

// display shortens path to one relative to the working folder when it is
// inside it, for messages.
func display(path string) string {
	wd, err := os.Getwd()
	if err != nil {
		return path
	}
	if rel, err := filepath.Rel(wd, path); err == nil && filepath.IsLocal(rel) {
		return rel
	}
	return path
}

// Error is a revision file that autogen cannot read.
type Error struct {
	Pos string // file:line
	Msg string
}

func (e *Error) Error() string { return e.Pos + ": " + e.Msg }

// Load reads every revision file in dir and checks the history they make.
// A missing folder is an empty history.
func Load(dir string) (*Dir, error) {
	d := &Dir{Path: dir, Package: "versions", Registry: "Revisions", Files: map[string]*Revision{}}
	entries, err := os.ReadDir(dir)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("read revisions: %w", err)
	}
	var names []string
	for _, e := range entries {
		n := e.Name()
		if e.Type().IsRegular() && strings.HasSuffix(n, ".go") && !strings.HasSuffix(n, "_test.go") {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	fset := token.NewFileSet()
	var nodes []*graph.Node
	for _, n := range names {
		path := filepath.Join(dir, n)
		revs, err := d.parseFile(fset, path)
		if err != nil {
			return nil, err
		}
		for _, r := range revs {
			if prev, ok := d.Files[r.ID]; ok {
				return nil, &Error{Pos: r.Source(), Msg: fmt.Sprintf("revision id %s is declared twice: here and at %s; give one of them a new id", r.ID, prev.Source())}
			}
			d.Files[r.ID] = r
			nodes = append(nodes, &graph.Node{ID: r.ID, Revises: r.Revises, DependsOn: r.DependsOn,
				BranchLabels: r.BranchLabels, Message: r.Message, Source: r.Source()})
		}
	}
	g, err := graph.New(nodes)
	if err != nil {
		return nil, err
	}
	d.Graph = g
	return d, nil
}

// parseFile returns the revisions a file declares, and learns the package
// and registry names from the file that declares the registry.
func (d *Dir) parseFile(fset *token.FileSet, path string) ([]*Revision, error) {
	f, err := parser.ParseFile(fset, path, nil, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		var list scanner.ErrorList
		if errors.As(err, &list) && len(list) > 0 {
			e := list[0]
			return nil, &Error{Pos: fmt.Sprintf("%s:%d", display(path), e.Pos.Line), Msg: "does not parse: " + e.Msg}
		}
		return nil, &Error{Pos: display(path), Msg: "does not parse: " + err.Error()}
	}
	alias := ""
	for _, imp := range f.Imports {
		if p, _ := strconv.Unquote(imp.Path.Value); p == render.MigratePath {
			alias = "migrate"
			if imp.Name != nil {
				alias = imp.Name.Name
			}
		}
	}
	if alias == "" {
		return nil, nil
	}
	d.Package = f.Name.Name
	pos := func(n ast.Node) string { return fmt.Sprintf("%s:%d", display(path), fset.Position(n.Pos()).Line) }
	isRevision := func(e ast.Expr) bool {
		sel, ok := e.(*ast.SelectorExpr)
		if !ok {
			return false
		}
		x, ok := sel.X.(*ast.Ident)
		return ok && x.Name == alias && sel.Sel.Name == "Revision"
	}

	var revs []*Revision
	declared := map[*ast.CompositeLit]bool{}
	for _, decl := range f.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			continue
		}
		for _, spec := range gd.Specs {
			vs := spec.(*ast.ValueSpec)
			for i, v := range vs.Values {
				call, ok := v.(*ast.CallExpr)
				if !ok {
					continue
				}
				sel, ok := call.Fun.(*ast.SelectorExpr)
				if !ok {
					continue
				}
				// var Revisions = m.NewRegistry()
				if x, ok := sel.X.(*ast.Ident); ok && x.Name == alias && sel.Sel.Name == "NewRegistry" && i < len(vs.Names) {
					d.Registry = vs.Names[i].Name
					continue
				}
				if sel.Sel.Name != "Add" || len(call.Args) != 1 {
					continue
				}
				lit, ok := call.Args[0].(*ast.CompositeLit)
				if !ok || !isRevision(lit.Type) {
					continue
				}
				declared[lit] = true
				r, err := readRevision(lit, pos)
				if err != nil {
					return nil, err
				}
				r.Path, r.Line = path, fset.Position(gd.Pos()).Line
				doc := gd.Doc
				if doc == nil {
					doc = vs.Doc
				}
				if doc != nil {
					r.Doc = strings.TrimSpace(doc.Text())
				}
				revs = append(revs, r)
			}
		}
	}
	// A Revision literal anywhere else would be invisible to the static
	// reader: refuse it rather than ignore it.
	var stray ast.Node
	ast.Inspect(f, func(n ast.Node) bool {
		if lit, ok := n.(*ast.CompositeLit); ok && isRevision(lit.Type) && !declared[lit] && stray == nil {
			stray = lit
		}
		return stray == nil
	})
	if stray != nil {
		return nil, &Error{Pos: pos(stray), Msg: fmt.Sprintf("a %s.Revision must be declared at package level as `var _ = %s.Add(%s.Revision{…})`, so that autogen can read it without compiling", alias, d.Registry, alias)}
	}
	return revs, nil
}

// readRevision reads the metadata fields of a Revision literal: each must
// be a string literal or a []string of string literals.
func readRevision(lit *ast.CompositeLit, pos func(ast.Node) string) (*Revision, error) {
	r := &Revision{}
	seen := map[string]bool{}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return nil, &Error{Pos: pos(elt), Msg: "Revision fields must be named (ID: …, Revises: …)"}
		}
		key, _ := kv.Key.(*ast.Ident)
		if key == nil {
			return nil, &Error{Pos: pos(kv), Msg: "Revision fields must be named"}
		}
		seen[key.Name] = true
		var err error
		switch key.Name {
		case "ID":
			r.ID, err = stringLit(kv.Value, "ID", pos)
		case "Message":
			r.Message, err = stringLit(kv.Value, "Message", pos)
		case "Revises":
			r.Revises, err = stringsLit(kv.Value, "Revises", pos)
		case "DependsOn":
			r.DependsOn, err = stringsLit(kv.Value, "DependsOn", pos)
		case "BranchLabels":
			r.BranchLabels, err = stringsLit(kv.Value, "BranchLabels", pos)
		}
		if err != nil {
			return nil, err
		}
	}
	if !seen["ID"] {
		return nil, &Error{Pos: pos(lit), Msg: "Revision has no ID"}
	}
	if err := graph.ValidateID(r.ID); err != nil {
		return nil, &Error{Pos: pos(lit), Msg: err.Error()}
	}
	return r, nil
}

func stringLit(e ast.Expr, field string, pos func(ast.Node) string) (string, error) {
	if b, ok := e.(*ast.BasicLit); ok && b.Kind == token.STRING {
		s, err := strconv.Unquote(b.Value)
		if err == nil {
			return s, nil
		}
	}
	return "", &Error{Pos: pos(e), Msg: fmt.Sprintf("Revision.%s must be a string literal: autogen reads revision metadata without compiling", field)}
}

func stringsLit(e ast.Expr, field string, pos func(ast.Node) string) ([]string, error) {
	if id, ok := e.(*ast.Ident); ok && id.Name == "nil" {
		return nil, nil
	}
	bad := &Error{Pos: pos(e), Msg: fmt.Sprintf("Revision.%s must be a []string of string literals (or nil): autogen reads revision metadata without compiling", field)}
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return nil, bad
	}
	arr, ok := lit.Type.(*ast.ArrayType)
	if !ok || arr.Len != nil {
		return nil, bad
	}
	if el, ok := arr.Elt.(*ast.Ident); !ok || el.Name != "string" {
		return nil, bad
	}
	out := make([]string, 0, len(lit.Elts))
	for _, x := range lit.Elts {
		s, err := stringLit(x, field, pos)
		if err != nil {
			return nil, bad
		}
		out = append(out, s)
	}
	return out, nil
}
