package generate_test

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	_ "github.com/jackc/pgx/v5/stdlib"
	"golang.org/x/mod/modfile"
	"golang.org/x/tools/go/packages"
	_ "modernc.org/sqlite"

	"github.com/autogen-go/autogen/generate"
	"github.com/autogen-go/autogen/internal/pgtest"
	"github.com/autogen-go/autogen/introspect"
	m "github.com/autogen-go/autogen/migrate"
	"github.com/autogen-go/autogen/model"
	"github.com/autogen-go/autogen/naming"
	"github.com/autogen-go/autogen/render"
	"github.com/autogen-go/autogen/schema"
)

var update = flag.Bool("update", false, "rewrite the golden drafts in testdata/golden")

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// dialects are the databases every end-to-end test runs on.
var dialects = []string{"postgres", "sqlite"}

// The revisions of the drafts: the database is at beforeID when the
// draft, revision draftID, is made.
const (
	beforeID = "aaaaaaaaaaaa"
	draftID  = "bbbbbbbbbbbb"
)

// created is the Created time of every draft, so that drafts are golden.
var created = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

// testDB is a fresh database of one dialect.
type testDB struct {
	dialect string
	driver  string // the database/sql driver
	dsn     string
	db      *sql.DB
	schema  string // PostgreSQL: the schema that stands for the database
}

// newDB returns a fresh, empty database: a new PostgreSQL database, or a
// new SQLite file with foreign keys enforced.
func newDB(t testing.TB, dialect string) *testDB {
	t.Helper()
	switch dialect {
	case "postgres":
		return openDB(t, dialect, pgtest.URL(t), "")
	case "sqlite":
		return openDB(t, dialect, "file:"+filepath.Join(t.TempDir(), "test.db")+"?_pragma=foreign_keys(1)&_pragma=busy_timeout(10000)", "")
	}
	t.Fatalf("unknown dialect %q", dialect)
	return nil
}

// dbs makes fresh databases for the cases of a test. On PostgreSQL, where
// creating a database costs a checkpoint, each is a schema of one
// database, which its connections have as their search_path; on SQLite,
// each is a file.
type dbs struct {
	dialect string
	pgURL   string
	admin   *testDB // PostgreSQL: creates the schemas
	n       int
}

func newDBs(t testing.TB, dialect string) *dbs {
	f := &dbs{dialect: dialect}
	if dialect == "postgres" {
		f.pgURL = pgtest.URL(t)
		f.admin = openDB(t, dialect, f.pgURL, "")
	}
	return f
}

// new returns a fresh database that lives as long as t.
func (f *dbs) new(t testing.TB) *testDB {
	t.Helper()
	if f.dialect != "postgres" {
		return newDB(t, f.dialect)
	}
	f.n++
	name := fmt.Sprintf("case%d", f.n)
	f.admin.exec(t, "CREATE SCHEMA "+name)
	sep := "?"
	if strings.Contains(f.pgURL, "?") {
		sep = "&"
	}
	return openDB(t, f.dialect, f.pgURL+sep+"search_path="+name, name)
}

func openDB(t testing.TB, dialect, dsn, schemaName string) *testDB {
	t.Helper()
	d := &testDB{dialect: dialect, driver: "pgx", dsn: dsn, schema: schemaName}
	if dialect == "sqlite" {
		d.driver = "sqlite"
	}
	db, err := sql.Open(d.driver, d.dsn)
	if err != nil {
		t.Fatal(err)
	}
	if dialect == "sqlite" {
		db.SetMaxOpenConns(1)
	}
	t.Cleanup(func() { db.Close() })
	d.db = db
	return d
}

// schemas is what introspection and autogenerate read.
func (d *testDB) schemas() []string {
	if d.schema == "" {
		return nil
	}
	return []string{d.schema}
}

// migrateDialect is the runtime's name of a dialect.
func migrateDialect(dialect string) m.Dialect {
	if dialect == "sqlite" {
		return m.SQLite
	}
	return m.Postgres
}

// apply runs fn as revision id (revising revises, if any) through a
// migrate.Runner: the way a revision file would.
func (d *testDB) apply(t testing.TB, fn func(op *m.Op) error) {
	t.Helper()
	reg := m.NewRegistry()
	reg.Add(m.Revision{ID: beforeID, Message: "before", Upgrade: fn, Downgrade: func(*m.Op) error { return nil }})
	r, err := m.New(d.db, migrateDialect(d.dialect), reg)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Upgrade(context.Background(), "head"); err != nil {
		t.Fatalf("before: %v", err)
	}
}

// exec runs statements on the database.
func (d *testDB) exec(t testing.TB, stmts ...string) {
	t.Helper()
	for _, s := range stmts {
		if _, err := d.db.ExecContext(context.Background(), s); err != nil {
			t.Fatalf("%v\n%s", err, s)
		}
	}
}

// query returns the rows of a query, one string per row, columns joined
// by "|".
func (d *testDB) query(t testing.TB, q string) []string {
	t.Helper()
	rows, err := d.db.QueryContext(context.Background(), q)
	if err != nil {
		t.Fatalf("%v\n%s", err, q)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for rows.Next() {
		vals := make([]sql.NullString, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		parts := make([]string, len(vals))
		for i, v := range vals {
			parts[i] = v.String
			if !v.Valid {
				parts[i] = "NULL"
			}
		}
		out = append(out, strings.Join(parts, "|"))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// inspect reads the database's schema.
func (d *testDB) inspect(t testing.TB) *schema.Schema {
	t.Helper()
	s, err := introspect.Inspect(context.Background(), d.db, d.dialect, introspect.Options{Schemas: d.schemas()})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// catalog is the database's schema as text, columns sorted by name:
// autogen compares columns by name, and a column dropped and added back
// comes back last.
func (d *testDB) catalog(t testing.TB) string {
	t.Helper()
	s := d.inspect(t)
	for _, tb := range s.Tables {
		slices.SortFunc(tb.Columns, func(a, b *schema.Column) int { return strings.Compare(a.Name, b.Name) })
	}
	return schema.Dump(s)
}

// options are the generate options of a comparison with the database.
func (d *testDB) options(target *schema.Schema) generate.Options {
	return generate.Options{DB: d.db, Dialect: d.dialect, Target: target, Schemas: d.schemas(), ServerDefaults: true, Batch: d.dialect == "sqlite"}
}

// compare runs autogenerate against the database.
func (d *testDB) compare(t testing.TB, o generate.Options) *generate.Result {
	t.Helper()
	res, err := generate.Compare(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// changeLines lists changes, one line each.
func changeLines(res *generate.Result) []string {
	var out []string
	for _, c := range res.Changes {
		out = append(out, c.String())
	}
	return out
}

// draft renders a result as a whole revision file, revising beforeID.
func draft(t testing.TB, res *generate.Result, o generate.Options, message string) []byte {
	t.Helper()
	up, down, err := generate.Render(res, o)
	if err != nil {
		t.Fatalf("render: %v", err)
	}
	src, err := render.Revision(render.Header{ID: draftID, Revises: []string{beforeID}, Message: message, Created: created}, up, down)
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// compareGolden compares got with the golden file, or rewrites it with
// -update.
func compareGolden(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s (-want +got):\n%s", path, diff)
	}
}

// modelPackages loads every package of the Go module in dir once, as
// model.Load does, so that each test builds its schema without running
// the go command again.
type modelPackages struct {
	dir  string
	once sync.Once
	pkgs map[string]*packages.Package // by folder, relative to dir
	err  error
}

var (
	casesModels   = &modelPackages{dir: filepath.Join("testdata", "cases")}
	nofalseModels = &modelPackages{dir: filepath.Join("testdata", "nofalse")}
)

// schema returns the schema the models of folder sub declare, for a
// dialect.
func (mp *modelPackages) schema(t testing.TB, sub, dialect string) *schema.Schema {
	t.Helper()
	mp.once.Do(func() {
		cfg := &packages.Config{
			Mode: packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
				packages.NeedSyntax | packages.NeedTypes | packages.NeedTypesInfo,
			Dir: mp.dir,
		}
		pkgs, err := packages.Load(cfg, "./...")
		if err != nil {
			mp.err = err
			return
		}
		abs, _ := filepath.Abs(mp.dir)
		mp.pkgs = map[string]*packages.Package{}
		for _, p := range pkgs {
			if len(p.Errors) > 0 {
				mp.err = fmt.Errorf("%s: %v", p.PkgPath, p.Errors)
				return
			}
			if len(p.GoFiles) > 0 {
				rel, _ := filepath.Rel(abs, filepath.Dir(p.GoFiles[0]))
				mp.pkgs[filepath.ToSlash(rel)] = p
			}
		}
	})
	if mp.err != nil {
		t.Fatal(mp.err)
	}
	p := mp.pkgs[sub]
	if p == nil {
		t.Fatalf("no models package %s in %s", sub, mp.dir)
	}
	s, err := model.Build([]*packages.Package{p}, model.Options{Dir: mp.dir, Dialect: model.Dialect(dialect), Naming: naming.Default()})
	if err != nil {
		t.Fatalf("models %s: %v", sub, err)
	}
	return s
}

// draftProgram is a Go module that holds drafts, each with a registry of
// its own, and a main that applies drafts to databases:
//
//	drafts upgrade head DIALECT/NAME=DSN…
//	drafts downgrade -1 DIALECT/NAME=DSN…
//
// Each registry also has the revision the draft revises, empty: the test
// makes that state itself. One build serves every draft of a
// test, and proves that they compile.
type draftProgram struct {
	drafts map[string][]byte // dialect/name → revision file
	// asIs builds each draft exactly as it is, in a package of its own
	// (golden drafts); otherwise one package holds them all, each with
	// its registry renamed, which builds several times faster.
	asIs bool
	bin  string
}

// add records a draft.
func (p *draftProgram) add(dialect, name string, src []byte) {
	if p.drafts == nil {
		p.drafts = map[string][]byte{}
	}
	p.drafts[dialect+"/"+name] = src
	if dir := os.Getenv("AUTOGEN_DUMP_DRAFTS"); dir != "" { // to read them
		_ = os.MkdirAll(filepath.Join(dir, dialect), 0o755)
		_ = os.WriteFile(filepath.Join(dir, dialect, name+".go"), src, 0o644)
	}
}

// root is the repository's folder.
func root(t testing.TB) string {
	t.Helper()
	r, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// build writes the module into a temporary folder and builds it.
func (p *draftProgram) build(t testing.TB) {
	t.Helper()
	dir := t.TempDir()
	if err := writeModule(dir, root(t)); err != nil {
		t.Fatal(err)
	}
	keys := make([]string, 0, len(p.drafts))
	for k := range p.drafts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	pkgDir := filepath.Join(dir, "versions")
	if err := os.MkdirAll(pkgDir, 0o755); err != nil {
		t.Fatal(err)
	}
	// The revision each draft revises: the state the test makes before
	// autogenerate runs, so nothing to do.
	const before = `
var _ = %s.Add(m.Revision{ID: %q, Message: "before",
	Upgrade: func(*m.Op) error { return nil }, Downgrade: func(*m.Op) error { return nil }})
`
	var regs strings.Builder
	regs.WriteString("package versions\n\nimport (\n\tm \"github.com/autogen-go/autogen/migrate\"\n")
	var body strings.Builder
	body.WriteString(")\n\n// Registries are the drafts' registries, by dialect/name.\nvar Registries = map[string]*m.Registry{}\n")
	for i, k := range keys {
		if p.asIs {
			// versions/<dialect>/<name>: the draft as it is, in a package of
			// its own.
			sub := filepath.Join(pkgDir, filepath.FromSlash(k))
			if err := os.MkdirAll(sub, 0o755); err != nil {
				t.Fatal(err)
			}
			src := "package versions\n\nimport m \"github.com/autogen-go/autogen/migrate\"\n\n// Revisions is the draft's registry.\nvar Revisions = m.NewRegistry()\n" +
				fmt.Sprintf(before, "Revisions", beforeID)
			if err := os.WriteFile(filepath.Join(sub, "versions.go"), []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(sub, draftID+"_draft.go"), p.drafts[k], 0o644); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&regs, "\tv%d %q\n", i, "autogen.test/drafts/versions/"+k)
			fmt.Fprintf(&body, "\nfunc init() { Registries[%q] = v%d.Revisions }\n", k, i)
			continue
		}
		// One package for every draft (one each makes the build several
		// times slower), each adding itself to a registry of its own: the
		// draft as it is, but for the name of the registry.
		reg := fmt.Sprintf("r%d", i)
		fmt.Fprintf(&body, "\nvar %s = m.NewRegistry()\n"+before+"\nfunc init() { Registries[%q] = %s }\n", reg, reg, beforeID, k, reg)
		src := string(p.drafts[k])
		if strings.Count(src, "\nvar _ = Revisions.Add(") != 1 {
			t.Fatalf("draft %s: no `var _ = Revisions.Add(` to rename", k)
		}
		src = strings.Replace(src, "\nvar _ = Revisions.Add(", "\nvar _ = "+reg+".Add(", 1)
		if err := os.WriteFile(filepath.Join(pkgDir, fmt.Sprintf("%s_%s.go", draftID, strings.ReplaceAll(k, "/", "_"))), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(pkgDir, "versions.go"), []byte(regs.String()+body.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	main := fmt.Sprintf(`package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	m "github.com/autogen-go/autogen/migrate"
	_ "github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite"

	"autogen.test/drafts/versions"
)

// drafts upgrade|downgrade TARGET DIALECT/NAME=DSN…: each draft in turn,
// one JSON line each: {"name": …, "error": …}.
func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: drafts upgrade|downgrade TARGET DIALECT/NAME=DSN…")
		os.Exit(2)
	}
	enc := json.NewEncoder(os.Stdout)
	for _, arg := range os.Args[3:] {
		name, dsn, _ := strings.Cut(arg, "=")
		res := struct {
			Name  string ` + "`json:\"name\"`" + `
			Error string ` + "`json:\"error\"`" + `
		}{Name: name}
		if err := run(name, dsn, os.Args[1], os.Args[2]); err != nil {
			res.Error = err.Error()
		}
		_ = enc.Encode(res)
	}
}

func run(name, dsn, command, target string) error {
	reg := versions.Registries[name]
	if reg == nil {
		return fmt.Errorf("no draft %%q", name)
	}
	driver, dialect := "pgx", m.Postgres
	if strings.HasPrefix(name, "sqlite/") {
		driver, dialect = "sqlite", m.SQLite
	}
	db, err := sql.Open(driver, dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	r, err := m.New(db, dialect, reg)
	if err != nil {
		return err
	}
	ctx := context.Background()
	switch command {
	case "upgrade":
		return r.Upgrade(ctx, target)
	case "downgrade":
		return r.Downgrade(ctx, target)
	}
	return fmt.Errorf("unknown command %%q", command)
}
`)
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(main), 0o644); err != nil {
		t.Fatal(err)
	}
	p.bin = filepath.Join(dir, "drafts")
	cmd := exec.Command("go", "build", "-o", p.bin, ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOTOOLCHAIN=local", "GOPROXY=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("the drafts do not build: %v\n%s", err, out)
	}
}

// draftRun is a draft to apply to a database.
type draftRun struct {
	name string // the draft's name; its key is dialect/name
	db   *testDB
}

func (r draftRun) key() string { return r.db.dialect + "/" + r.name }

// runAll applies drafts in one run of the program, each to its database
// ("upgrade", "head" or "downgrade", "-1"), and returns how each ended,
// by key: "" when it went well, the error otherwise.
func (p *draftProgram) runAll(t testing.TB, command, target string, runs []draftRun) map[string]string {
	t.Helper()
	args := []string{command, target}
	for _, r := range runs {
		args = append(args, r.key()+"="+r.db.dsn)
	}
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(p.bin, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("drafts %s %s: %v\n%s", command, target, err, stderr.String())
	}
	out := map[string]string{}
	dec := json.NewDecoder(&stdout)
	for dec.More() {
		var res struct{ Name, Error string }
		if err := dec.Decode(&res); err != nil {
			t.Fatalf("drafts %s %s: %v", command, target, err)
		}
		out[res.Name] = res.Error
	}
	for _, r := range runs {
		if _, ok := out[r.key()]; !ok {
			t.Fatalf("drafts %s %s: no result for %s\n%s", command, target, r.key(), stderr.String())
		}
	}
	return out
}

// writeModule writes a go.mod that requires this repository (replaced by
// its folder) and everything it requires, and this repository's go.sum,
// so that the module builds from the module cache.
func writeModule(dir, root string) error {
	data, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		return err
	}
	ours, err := modfile.Parse("go.mod", data, nil)
	if err != nil {
		return err
	}
	f := &modfile.File{}
	_ = f.AddModuleStmt("autogen.test/drafts")
	_ = f.AddGoStmt(ours.Go.Version)
	_ = f.AddRequire(ours.Module.Mod.Path, "v0.0.0-00010101000000-000000000000")
	for _, r := range ours.Require {
		f.AddNewRequire(r.Mod.Path, r.Mod.Version, r.Indirect)
	}
	_ = f.AddReplace(ours.Module.Mod.Path, "", root, "")
	out, err := f.Format()
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), out, 0o644); err != nil {
		return err
	}
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "go.sum"), sum, 0o644)
}
