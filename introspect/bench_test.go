package introspect_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"

	"github.com/autogen-go/autogen/internal/pgtest"
	"github.com/autogen-go/autogen/introspect"
)

// The benchmarks read the fixtures of ../shared/bench (gen.py fixtures:
// N tables, each with ten columns, a primary key, a unique, a check, one
// or two foreign keys and two indexes). bench/introspect.sh compares them
// with the floor (the same catalog read by psql and sqlite3) and with
// Alembic's reflection; see bench/README.md.
//
//	go test ./introspect -run '^$' -bench Inspect -benchtime 10x

// fixtures writes the gen.py fixtures for n tables once per process.
var fixtures = struct {
	sync.Mutex
	dirs map[int]string
}{dirs: map[int]string{}}

func fixtureDDL(b *testing.B, n int, dialectName string) string {
	b.Helper()
	fixtures.Lock()
	defer fixtures.Unlock()
	dir, ok := fixtures.dirs[n]
	if !ok {
		gen := filepath.Join("..", "..", "shared", "bench", "gen.py")
		if g := os.Getenv("AUTOGEN_BENCH_GEN"); g != "" {
			gen = g
		}
		if _, err := os.Stat(gen); err != nil {
			b.Skipf("no fixture generator at %s (set AUTOGEN_BENCH_GEN): %v", gen, err)
		}
		var err error
		dir, err = os.MkdirTemp("", "autogen-fixtures-")
		if err != nil {
			b.Fatal(err)
		}
		if out, err := exec.Command("python3", gen, "fixtures", "--n", fmt.Sprint(n), "--out", dir).CombinedOutput(); err != nil {
			b.Fatalf("gen.py: %v\n%s", err, out)
		}
		fixtures.dirs[n] = dir
	}
	name := fmt.Sprintf("sqlite_n%d.sql", n)
	if dialectName == "postgres" {
		name = fmt.Sprintf("pg_n%d.sql", n)
	}
	text, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		b.Fatal(err)
	}
	return string(text)
}

func BenchmarkInspect(b *testing.B) {
	ctx := context.Background()
	for _, d := range []string{"postgres", "sqlite"} {
		for _, n := range []int{500, 2000} {
			b.Run(fmt.Sprintf("%s/n=%d", d, n), func(b *testing.B) {
				ddl := fixtureDDL(b, n, d)
				var db *sql.DB
				if d == "postgres" {
					u := pgtest.URL(b)
					loadDB, err := sql.Open("pgx", u)
					if err != nil {
						b.Fatal(err)
					}
					_, err = loadDB.ExecContext(ctx, ddl)
					loadDB.Close()
					if err != nil {
						b.Fatal(err)
					}
					db = openURLB(b, u)
				} else {
					db = openSQLite(b)
					mustExec(b, db, ddl)
				}
				b.ResetTimer()
				for b.Loop() {
					s, err := introspect.Inspect(ctx, db, d, introspect.Options{})
					if err != nil {
						b.Fatal(err)
					}
					if len(s.Tables) != n {
						b.Fatalf("%d tables, want %d", len(s.Tables), n)
					}
				}
			})
		}
	}
}

func openURLB(b *testing.B, u string) *sql.DB {
	b.Helper()
	db, err := sql.Open("pgx", u)
	if err != nil {
		b.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	b.Cleanup(func() { db.Close() })
	return db
}
