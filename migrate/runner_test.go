package migrate_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	_ "github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite"

	"github.com/autogen-go/autogen/internal/pgtest"
	"github.com/autogen-go/autogen/migrate"
)

// The concurrency test runs copies of this test binary as the competing
// processes; these variables tell a copy what to do.
const (
	childDialect = "AUTOGEN_TEST_CHILD_DIALECT"
	childDSN     = "AUTOGEN_TEST_CHILD_DSN"
	childPerMig  = "AUTOGEN_TEST_CHILD_PER_MIGRATION"
)

func TestMain(m *testing.M) {
	if d := os.Getenv(childDialect); d != "" {
		os.Exit(child(migrate.Dialect(d), os.Getenv(childDSN), os.Getenv(childPerMig) != ""))
	}
	os.Exit(pgtest.Main(m))
}

// chain returns a registry of n revisions; revision i creates table t<i>
// and records itself in table applied, pausing a little so that
// competing processes overlap.
func chain(n int, pause time.Duration) *migrate.Registry {
	reg := migrate.NewRegistry()
	prev := ""
	for i := 1; i <= n; i++ {
		id := fmt.Sprintf("rev%09d", i)
		r := migrate.Revision{ID: id, Message: fmt.Sprintf("create t%d", i)}
		if prev != "" {
			r.Revises = []string{prev}
		}
		r.Upgrade = func(op *migrate.Op) error {
			if i == 1 {
				op.Exec("CREATE TABLE applied (rev VARCHAR(32) NOT NULL)")
			}
			op.Exec(fmt.Sprintf("CREATE TABLE t%d (id INTEGER PRIMARY KEY)", i))
			op.Exec(fmt.Sprintf("INSERT INTO applied (rev) VALUES ('%s')", id))
			time.Sleep(pause)
			return nil
		}
		r.Downgrade = func(op *migrate.Op) error {
			op.Exec(fmt.Sprintf("DROP TABLE t%d", i))
			if i == 1 {
				op.Exec("DROP TABLE applied")
			} else {
				op.Exec(fmt.Sprintf("DELETE FROM applied WHERE rev = '%s'", id))
			}
			return nil
		}
		reg.Add(r)
		prev = id
	}
	return reg
}

func child(d migrate.Dialect, dsn string, perMigration bool) int {
	driver := map[migrate.Dialect]string{migrate.Postgres: "pgx", migrate.SQLite: "sqlite"}[d]
	db, err := sql.Open(driver, dsn)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer db.Close()
	opts := []migrate.Option{migrate.WithLock(time.Minute)}
	if perMigration {
		opts = append(opts, migrate.WithTransactionPerMigration())
	}
	r, err := migrate.New(db, d, chain(10, 20*time.Millisecond), opts...)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	if err := r.Upgrade(context.Background(), "head"); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

type dbCase struct {
	dialect migrate.Dialect
	driver  string
	dsn     string
}

// databases returns a fresh SQLite file and a fresh PostgreSQL database.
func databases(t *testing.T) []dbCase {
	t.Helper()
	file := filepath.Join(t.TempDir(), "app.db")
	return []dbCase{
		{migrate.SQLite, "sqlite", "file:" + file + "?_pragma=busy_timeout(10000)"},
		{migrate.Postgres, "pgx", ""}, // filled in by open
	}
}

func (c dbCase) open(t *testing.T) *sql.DB {
	t.Helper()
	dsn := c.dsn
	if c.dialect == migrate.Postgres {
		dsn = pgtest.URL(t)
	}
	db, err := sql.Open(c.driver, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func tables(t *testing.T, ctx context.Context, q interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}, d migrate.Dialect) []string {
	t.Helper()
	query := "SELECT name FROM sqlite_master WHERE type = 'table'"
	if d == migrate.Postgres {
		query = "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
	}
	rows, err := q.QueryContext(ctx, query)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			t.Fatal(err)
		}
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// TestInMemorySQLite: an application's in-memory database only exists on
// its own connection, so the runner must work on that connection.
func TestInMemorySQLite(t *testing.T) {
	ctx := context.Background()
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	r, err := migrate.New(conn, migrate.SQLite, chain(3, 0))
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Upgrade(ctx, "heads"); err != nil {
		t.Fatal(err)
	}
	want := []string{"applied", "autogen_version", "t1", "t2", "t3"}
	if diff := cmp.Diff(want, tables(t, ctx, conn, migrate.SQLite)); diff != "" {
		t.Errorf("tables after upgrade (-want +got):\n%s", diff)
	}
	cur, err := r.Current(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"rev000000003"}, cur); diff != "" {
		t.Errorf("Current (-want +got):\n%s", diff)
	}
	if err := r.Downgrade(ctx, "-2"); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"applied", "autogen_version", "t1"}, tables(t, ctx, conn, migrate.SQLite)); diff != "" {
		t.Errorf("tables after downgrade -2 (-want +got):\n%s", diff)
	}
	if err := r.Stamp(ctx, []string{"head"}, false); err != nil {
		t.Fatal(err)
	}
	if cur, _ = r.Current(ctx); !cmp.Equal(cur, []string{"rev000000003"}) {
		t.Errorf("Current after stamp head = %v", cur)
	}
}

// TestOneConnection: given a *sql.DB, the runner borrows a single
// connection from the application's pool.
func TestOneConnection(t *testing.T) {
	ctx := context.Background()
	for _, c := range databases(t) {
		t.Run(string(c.dialect), func(t *testing.T) {
			db := c.open(t)
			r, err := migrate.New(db, c.dialect, chain(5, 0), migrate.WithLock(0))
			if err != nil {
				t.Fatal(err)
			}
			if err := r.Upgrade(ctx, "head"); err != nil {
				t.Fatal(err)
			}
			if n := db.Stats().OpenConnections; n > 1 {
				t.Errorf("the pool has %d connections after Upgrade, want at most 1", n)
			}
			cur, err := r.Current(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if !cmp.Equal(cur, []string{"rev000000005"}) {
				t.Errorf("Current = %v", cur)
			}
		})
	}
}

// TestConcurrentProcesses: 8 processes upgrade one database at once with
// the lock; each revision is applied exactly once and none fails.
func TestConcurrentProcesses(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range databases(t) {
		for _, perMig := range []bool{false, true} {
			name := string(c.dialect)
			if perMig {
				name += "/transaction_per_migration"
			}
			t.Run(name, func(t *testing.T) {
				dsn := c.dsn
				if c.dialect == migrate.Postgres {
					dsn = pgtest.URL(t)
				} else {
					dsn = strings.Replace(dsn, "app.db", fmt.Sprintf("app-%v.db", perMig), 1)
				}
				var wg sync.WaitGroup
				outs := make([]string, 8)
				errs := make([]error, 8)
				for i := range 8 {
					wg.Add(1)
					go func() {
						defer wg.Done()
						cmd := exec.Command(exe)
						cmd.Env = append(os.Environ(), childDialect+"="+string(c.dialect), childDSN+"="+dsn)
						if perMig {
							cmd.Env = append(cmd.Env, childPerMig+"=1")
						}
						out, err := cmd.CombinedOutput()
						outs[i], errs[i] = string(out), err
					}()
				}
				wg.Wait()
				for i := range 8 {
					if errs[i] != nil {
						t.Errorf("process %d: %v\n%s", i, errs[i], outs[i])
					}
				}
				db, err := sql.Open(c.driver, dsn)
				if err != nil {
					t.Fatal(err)
				}
				defer db.Close()
				var total, distinct int
				if err := db.QueryRow("SELECT count(*), count(DISTINCT rev) FROM applied").Scan(&total, &distinct); err != nil {
					t.Fatal(err)
				}
				if total != 10 || distinct != 10 {
					t.Errorf("applied holds %d rows for %d revisions, want each of 10 revisions once", total, distinct)
				}
				var version string
				if err := db.QueryRow("SELECT version_num FROM autogen_version").Scan(&version); err != nil {
					t.Fatal(err)
				}
				if version != "rev000000010" {
					t.Errorf("version table at %s, want rev000000010", version)
				}
			})
		}
	}
}

// TestFailure: a failing statement rolls the whole run back and comes out
// as a MigrationError wrapping a StatementError that names the statement.
func TestFailure(t *testing.T) {
	ctx := context.Background()
	for _, c := range databases(t) {
		t.Run(string(c.dialect), func(t *testing.T) {
			db := c.open(t)
			reg := chain(2, 0)
			reg.Add(migrate.Revision{ID: "rev000000003", Revises: []string{"rev000000002"}, Message: "broken",
				Upgrade: func(op *migrate.Op) error {
					op.Exec("CREATE TABLE t3 (id INTEGER)")
					op.Exec("INSERT INTO nowhere VALUES (1)")
					op.Exec("CREATE TABLE never (id INTEGER)")
					return nil
				}})
			r, err := migrate.New(db, c.dialect, reg)
			if err != nil {
				t.Fatal(err)
			}
			err = r.Upgrade(ctx, "head")
			var me *migrate.MigrationError
			var se *migrate.StatementError
			if !errors.As(err, &me) || !errors.As(err, &se) {
				t.Fatalf("Upgrade error = %v, want a MigrationError wrapping a StatementError", err)
			}
			if me.Revision != "rev000000003" || se.SQL != "INSERT INTO nowhere VALUES (1)" || !strings.Contains(se.Source, "runner_test.go:") {
				t.Errorf("error names revision %q, statement %q at %q", me.Revision, se.SQL, se.Source)
			}
			if !strings.Contains(me.State, "still at base") {
				t.Errorf("State = %q, want the database still at base", me.State)
			}
			if got := tables(t, ctx, db, c.dialect); len(got) != 0 {
				t.Errorf("tables after a failed run: %v, want none", got)
			}
		})
	}
}

// TestCancel: cancelling the context rolls the run back.
func TestCancel(t *testing.T) {
	for _, c := range databases(t) {
		t.Run(string(c.dialect), func(t *testing.T) {
			db := c.open(t)
			reg := chain(1, 0)
			reg.Add(migrate.Revision{ID: "slow", Revises: []string{"rev000000001"},
				Upgrade: func(op *migrate.Op) error {
					op.Exec("CREATE TABLE slow (id INTEGER)")
					<-op.Context().Done()
					return op.Context().Err()
				}})
			r, err := migrate.New(db, c.dialect, reg)
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
			defer cancel()
			if err := r.Upgrade(ctx, "head"); !errors.Is(err, context.DeadlineExceeded) {
				t.Fatalf("Upgrade = %v, want the context's error", err)
			}
			if got := tables(t, context.Background(), db, c.dialect); len(got) != 0 {
				t.Errorf("tables after a cancelled run: %v, want none", got)
			}
		})
	}
}

// TestNoDatabase: a Runner made without a database serves offline SQL
// only; online methods say so.
func TestNoDatabase(t *testing.T) {
	r, err := migrate.New(nil, migrate.SQLite, chain(1, 0))
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Upgrade(context.Background(), "head"); err == nil || !strings.Contains(err.Error(), "has no database") {
		t.Errorf("Upgrade without a database: %v", err)
	}
}

func TestNewErrors(t *testing.T) {
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	dup := migrate.NewRegistry()
	dup.Add(migrate.Revision{ID: "a1"})
	dup.Add(migrate.Revision{ID: "a1"})
	orphan := migrate.NewRegistry()
	orphan.Add(migrate.Revision{ID: "a1", Revises: []string{"zz"}})
	for _, tc := range []struct {
		name string
		db   migrate.DB
		d    migrate.Dialect
		reg  *migrate.Registry
		opts []migrate.Option
		want string
	}{
		{"dialect", db, "mysql", chain(1, 0), nil, `unknown dialect "mysql"`},
		{"nil registry", db, migrate.SQLite, nil, nil, "nil registry"},
		{"version table", db, migrate.SQLite, chain(1, 0), []migrate.Option{migrate.WithVersionTable("a b")}, `version table name "a b"`},
		{"duplicate", db, migrate.SQLite, dup, nil, "revision id a1 is declared twice"},
		{"orphan", db, migrate.SQLite, orphan, nil, "revision a1 revises zz, which no revision file declares"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := migrate.New(tc.db, tc.d, tc.reg, tc.opts...)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("New: %v, want an error containing %q", err, tc.want)
			}
		})
	}
}
