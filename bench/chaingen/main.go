// Command chaingen writes a benchmark project: a Go module with a
// migration environment whose history is a linear chain of N revisions,
// revision i creating table t_i and its two indexes, the same workload as
// the Alembic chain of ../shared/bench/gen.py.
//
//	python3 gen.py fixtures --n 500 --out /tmp/fx
//	go run ./bench/chaingen -ddl /tmp/fx/sqlite_n500.sql -dialect sqlite -out /tmp/chain-sqlite
//
// The table definitions are read from the fixture's DDL file, so both
// tools create exactly the same schema.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/autogen-go/autogen/internal/config"
	"github.com/autogen-go/autogen/internal/script"
)

func main() {
	ddl := flag.String("ddl", "", "the fixture's DDL file (gen.py fixtures)")
	dialect := flag.String("dialect", "sqlite", "sqlite or postgres")
	out := flag.String("out", "", "the project folder to create")
	repo := flag.String("repo", ".", "this repository, for the replace directive")
	flag.Parse()
	if err := run(*ddl, *dialect, *out, *repo); err != nil {
		fmt.Fprintln(os.Stderr, "chaingen:", err)
		os.Exit(1)
	}
}

func run(ddlPath, dialect, out, repo string) error {
	if ddlPath == "" || out == "" {
		return fmt.Errorf("-ddl and -out are required")
	}
	src, err := os.ReadFile(ddlPath)
	if err != nil {
		return err
	}
	tables := splitTables(string(src))
	if len(tables) == 0 {
		return fmt.Errorf("%s: no CREATE TABLE found", ddlPath)
	}
	repoAbs, err := filepath.Abs(repo)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	goMod, err := os.ReadFile(filepath.Join(repoAbs, "go.mod"))
	if err != nil {
		return err
	}
	// The project requires what this repository requires, so that it
	// builds from the module cache.
	requires := goMod[bytes.Index(goMod, []byte("require")):]
	mod := fmt.Sprintf("module example.com/bench\n\ngo 1.26\n\nrequire github.com/autogen-go/autogen v0.0.0-00010101000000-000000000000\n\n%s\nreplace github.com/autogen-go/autogen => %s\n", requires, repoAbs)
	if err := os.WriteFile(filepath.Join(out, "go.mod"), []byte(mod), 0o644); err != nil {
		return err
	}
	sum, err := os.ReadFile(filepath.Join(repoAbs, "go.sum"))
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "go.sum"), sum, 0o644); err != nil {
		return err
	}
	if _, err := script.Init(script.InitOptions{Dir: out, Dialect: dialect}); err != nil {
		return err
	}
	if dialect == config.Postgres {
		// The URL comes from $AUTOGEN_URL.
		cfg := filepath.Join(out, config.FileName)
		b, _ := os.ReadFile(cfg)
		b = bytes.Replace(b, []byte("url: ${DATABASE_URL}\n"), nil, 1)
		if err := os.WriteFile(cfg, b, 0o644); err != nil {
			return err
		}
	}
	versions := filepath.Join(out, "migrations", "versions")
	prev := ""
	for i, t := range tables {
		id := fmt.Sprintf("r%04d", i+1)
		var b strings.Builder
		fmt.Fprintf(&b, "package versions\n\nimport m \"github.com/autogen-go/autogen/migrate\"\n\n// add %s\nvar _ = Revisions.Add(m.Revision{\n\tID: %q,\n", t.name, id)
		if prev != "" {
			fmt.Fprintf(&b, "\tRevises: []string{%q},\n", prev)
		}
		fmt.Fprintf(&b, "\tMessage: %q,\n\tUpgrade: func(op *m.Op) error {\n", "add "+t.name)
		for _, s := range t.stmts {
			fmt.Fprintf(&b, "\t\top.Exec(%s)\n", goString(s))
		}
		b.WriteString("\t\treturn nil\n\t},\n\tDowngrade: func(op *m.Op) error {\n")
		for j := len(t.indexes) - 1; j >= 0; j-- {
			fmt.Fprintf(&b, "\t\top.Exec(%q)\n", "DROP INDEX "+t.indexes[j])
		}
		fmt.Fprintf(&b, "\t\top.Exec(%q)\n\t\treturn nil\n\t},\n})\n", "DROP TABLE "+t.name)
		if err := os.WriteFile(filepath.Join(versions, fmt.Sprintf("%s_add_%s.go", id, t.name)), []byte(b.String()), 0o644); err != nil {
			return err
		}
		prev = id
	}
	return nil
}

type table struct {
	name    string
	stmts   []string
	indexes []string
}

// splitTables groups the DDL's statements by table: CREATE TABLE t and
// the CREATE INDEX … ON t that follow it.
func splitTables(src string) []table {
	var out []table
	for _, stmt := range strings.Split(src, ";\n") {
		var lines []string
		for _, l := range strings.Split(stmt, "\n") {
			if !strings.HasPrefix(strings.TrimSpace(l), "--") {
				lines = append(lines, l)
			}
		}
		s := strings.TrimSpace(strings.Join(lines, "\n"))
		f := strings.Fields(s)
		switch {
		case len(f) > 2 && f[0] == "CREATE" && f[1] == "TABLE":
			out = append(out, table{name: f[2], stmts: []string{s}})
		case len(f) > 2 && f[0] == "CREATE" && f[1] == "INDEX" && len(out) > 0:
			t := &out[len(out)-1]
			t.stmts = append(t.stmts, s)
			t.indexes = append(t.indexes, f[2])
		}
	}
	return out
}

func goString(s string) string {
	if !strings.Contains(s, "`") {
		return "`" + s + "`"
	}
	return fmt.Sprintf("%q", s)
}
