package main

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
	"golang.org/x/mod/modfile"

	"github.com/autogen-go/autogen/internal/cli"
	"github.com/autogen-go/autogen/internal/pgtest"
)

var update = flag.Bool("update", false, "rewrite the golden sections of the scripts (cmp against a file in the archive)")

func TestMain(m *testing.M) {
	testscript.Main(withCluster{m}, map[string]func(){
		"autogen": func() { os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// withCluster stops the throwaway PostgreSQL cluster after the tests.
type withCluster struct{ m *testing.M }

func (w withCluster) Run() int { return pgtest.Main(w.m) }

// TestScript runs the end-to-end scripts in testdata/script once per
// dialect. Each script gets a Go module that uses this repository through
// a replace directive, $DIALECT, and on PostgreSQL a fresh database in
// $DATABASE_URL (the URL `autogen init --dialect postgres` configures).
// [sqlite] and [postgres] conditions select dialect-specific lines.
func TestScript(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	env, err := goEnv()
	if err != nil {
		t.Fatal(err)
	}
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			admin := ""
			if dialect == "postgres" {
				admin = pgtest.AdminURL(t)
			}
			testscript.Run(t, testscript.Params{
				Dir:                 filepath.Join(root, "testdata", "script"),
				UpdateScripts:       *update,
				RequireUniqueNames:  true,
				RequireExplicitExec: false,
				Setup: func(e *testscript.Env) error {
					return setup(e, root, dialect, admin, env)
				},
				Condition: func(cond string) (bool, error) {
					switch cond {
					case "sqlite", "postgres":
						return cond == dialect, nil
					}
					return false, fmt.Errorf("unknown condition %q", cond)
				},
				Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
					"dbq":    cmdQuery,
					"tables": cmdTables,
					"addop":  cmdAddOp,
					"status": cmdStatus,
				},
			})
		})
	}
}

// goEnv returns the go command's settings that scripts must share with
// the test's environment, so that builds hit the same caches.
func goEnv() ([]string, error) {
	out, err := exec.Command("go", "env", "GOCACHE", "GOMODCACHE", "GOPATH", "GOPROXY", "GONOSUMDB", "GOPRIVATE", "GOSUMDB").Output()
	if err != nil {
		return nil, fmt.Errorf("go env: %w", err)
	}
	names := []string{"GOCACHE", "GOMODCACHE", "GOPATH", "GOPROXY", "GONOSUMDB", "GOPRIVATE", "GOSUMDB"}
	lines := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
	var env []string
	for i, n := range names {
		if i < len(lines) && lines[i] != "" {
			env = append(env, n+"="+lines[i])
		}
	}
	return env, nil
}

func setup(e *testscript.Env, root, dialect, admin string, goenv []string) error {
	e.Vars = append(e.Vars, goenv...)
	e.Vars = append(e.Vars,
		"DIALECT="+dialect,
		"GOFLAGS=-mod=mod",
		"GOTOOLCHAIN=local",
		"CGO_ENABLED=0",
		"XDG_CACHE_HOME="+filepath.Join(e.WorkDir, ".cache"),
		"AUTOGEN_SRC="+root,
	)
	if dialect == "postgres" {
		suffix := make([]byte, 4)
		_, _ = rand.Read(suffix)
		name := "ts_" + hex.EncodeToString(suffix)
		u, err := pgtest.CreateDatabase(admin, name)
		if err != nil {
			return err
		}
		e.Defer(func() { _ = pgtest.DropDatabase(admin, name) })
		e.Vars = append(e.Vars, "DATABASE_URL="+u)
	}
	if _, err := os.Stat(filepath.Join(e.WorkDir, "go.mod")); err == nil {
		return nil
	}
	return writeModule(e.WorkDir, root)
}

// writeModule writes a go.mod that requires this repository (replaced by
// its folder) and everything it requires, and this repository's go.sum,
// so that the script's module builds from the module cache.
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
	_ = f.AddModuleStmt("example.com/app")
	_ = f.AddGoStmt(ours.Go.Version)
	_ = f.AddRequire(ours.Module.Mod.Path, "v0.0.0-00010101000000-000000000000")
	for _, r := range ours.Require {
		f.AddNewRequire(r.Mod.Path, r.Mod.Version, true)
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

// openDB opens the script's database: $DATABASE_URL on PostgreSQL,
// app.db in the script's folder on SQLite.
func openDB(ts *testscript.TestScript) *sql.DB {
	var db *sql.DB
	var err error
	if ts.Getenv("DIALECT") == "postgres" {
		db, err = sql.Open("pgx", ts.Getenv("DATABASE_URL"))
	} else {
		db, err = sql.Open("sqlite", "file:"+ts.MkAbs("app.db")+"?mode=rw")
	}
	ts.Check(err)
	return db
}

// cmdStatus runs autogen and checks its exit status, which `!` cannot
// tell apart: status N args...
func cmdStatus(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 1 {
		ts.Fatalf("usage: status N autogen-args...")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("status: %q is not a number", args[0])
	}
	got := 0
	var ee *exec.ExitError
	if err := ts.Exec("autogen", args[1:]...); errors.As(err, &ee) {
		got = ee.ExitCode()
	} else if err != nil {
		ts.Fatalf("autogen %s: %v", strings.Join(args[1:], " "), err)
	}
	if got != want {
		ts.Fatalf("autogen %s: exit status %d, want %d", strings.Join(args[1:], " "), got, want)
	}
}

// cmdQuery runs a query on the script's database and prints its rows, one
// per line, columns separated by "|": dbq 'SELECT …'.
func cmdQuery(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 {
		ts.Fatalf("usage: dbq QUERY")
	}
	out := ts.Stdout() // set even when nothing is printed
	db := openDB(ts)
	defer db.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	rows, err := db.QueryContext(ctx, args[0])
	if err != nil {
		if neg {
			fmt.Fprintln(out, err)
			return
		}
		ts.Fatalf("dbq: %v", err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	ts.Check(err)
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		ts.Check(rows.Scan(ptrs...))
		parts := make([]string, len(vals))
		for i, v := range vals {
			if b, ok := v.([]byte); ok {
				v = string(b)
			}
			if v == nil {
				v = "NULL"
			}
			parts[i] = fmt.Sprint(v)
		}
		fmt.Fprintln(out, strings.Join(parts, "|"))
	}
	if err := rows.Err(); err != nil && !neg {
		ts.Fatalf("dbq: %v", err)
	}
	if neg {
		ts.Fatalf("dbq: query succeeded")
	}
}

// cmdTables prints the tables of the script's database, sorted, one per
// line.
func cmdTables(ts *testscript.TestScript, neg bool, args []string) {
	out := ts.Stdout() // set even when nothing is printed
	db := openDB(ts)
	defer db.Close()
	q := "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
	if ts.Getenv("DIALECT") == "postgres" {
		q = "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
	}
	rows, err := db.QueryContext(context.Background(), q)
	if err != nil {
		if os.IsNotExist(err) || strings.Contains(err.Error(), "unable to open") {
			return
		}
		ts.Fatalf("tables: %v", err)
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		ts.Check(rows.Scan(&n))
		names = append(names, n)
	}
	ts.Check(rows.Err())
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintln(out, n)
	}
}

var opFunc = map[string]*regexp.Regexp{
	"up":   regexp.MustCompile(`(?m)^(\s*)Upgrade: func\(op \*m\.Op\) error \{\n`),
	"down": regexp.MustCompile(`(?m)^(\s*)Downgrade: func\(op \*m\.Op\) error \{\n`),
}

// cmdAddOp adds a statement at the start of a revision's Upgrade or
// Downgrade: addop FILE up|down 'op.Exec("…")'. FILE may be a glob.
func cmdAddOp(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 3 || opFunc[args[1]] == nil {
		ts.Fatalf("usage: addop FILE up|down STATEMENT")
	}
	matches, err := filepath.Glob(ts.MkAbs(args[0]))
	ts.Check(err)
	if len(matches) != 1 {
		ts.Fatalf("addop: %s matches %d files", args[0], len(matches))
	}
	src := ts.ReadFile(matches[0])
	re := opFunc[args[1]]
	if !re.MatchString(src) {
		ts.Fatalf("addop: no %s function in %s", args[1], args[0])
	}
	src = re.ReplaceAllStringFunc(src, func(m string) string {
		indent := re.FindStringSubmatch(m)[1]
		return m + indent + "\t" + args[2] + "\n"
	})
	ts.Check(os.WriteFile(matches[0], []byte(src), 0o644))
}

// TestQuickstart runs the README's first command on the quickstart
// example (against a database of its own): upgrade head, then check.
func TestQuickstart(t *testing.T) {
	db := "sqlite://" + filepath.Join(t.TempDir(), "quickstart.db")
	for _, args := range [][]string{
		{"-c", "../../examples/quickstart/autogen.yaml", "--db", db, "upgrade", "head"},
		{"-c", "../../examples/quickstart/autogen.yaml", "--db", db, "check"},
	} {
		var out, errOut strings.Builder
		if code := cli.Main(args, strings.NewReader(""), &out, &errOut); code != 0 {
			t.Fatalf("autogen %s: exit %d\n%s%s", strings.Join(args, " "), code, out.String(), errOut.String())
		}
		if args[len(args)-1] == "check" && !strings.Contains(out.String(), "No changes detected") {
			t.Errorf("check on the quickstart:\n%s", out.String())
		}
	}
}
