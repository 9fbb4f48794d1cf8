package introspect_test

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/autogen-go/autogen/internal/pgtest"
	"github.com/autogen-go/autogen/schema"

	_ "github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// openPostgres returns a connection pool to a fresh database.
func openPostgres(t testing.TB) *sql.DB {
	t.Helper()
	db, err := sql.Open("pgx", pgtest.URL(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// openSQLite returns a fresh SQLite database in a file.
func openSQLite(t testing.TB) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+filepath.Join(t.TempDir(), "test.db")+"?_pragma=foreign_keys(1)")
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	t.Cleanup(func() { db.Close() })
	return db
}

func mustExec(t testing.TB, db *sql.DB, stmts ...string) {
	t.Helper()
	for _, s := range stmts {
		if _, err := db.ExecContext(context.Background(), s); err != nil {
			t.Fatalf("%v\n%s", err, s)
		}
	}
}

// counter is a Querier that counts the queries sent through it.
type counter struct {
	db *sql.DB
	n  atomic.Int64
}

func (c *counter) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	c.n.Add(1)
	return c.db.QueryContext(ctx, query, args...)
}

// typeEq compares column types: the portable parts always, the
// database's spelling only when both sides have one (expectations leave
// Raw empty unless it matters).
var typeEq = cmp.Comparer(func(a, b schema.Type) bool {
	if a.Portable() != b.Portable() {
		return false
	}
	return a.Raw == "" || b.Raw == "" || a.Raw == b.Raw
})

// irOpts compare two schemas as the round trips need: types by typeEq,
// unnamed constraints in a stable order.
var irOpts = cmp.Options{
	typeEq,
	cmpopts.EquateEmpty(),
	cmpopts.SortSlices(func(a, b *schema.Unique) bool { return uqKey(a) < uqKey(b) }),
	cmpopts.SortSlices(func(a, b *schema.ForeignKey) bool { return fkKey(a) < fkKey(b) }),
	cmpopts.SortSlices(func(a, b *schema.Check) bool { return a.Name+"\x00"+a.Expr < b.Name+"\x00"+b.Expr }),
	cmpopts.SortSlices(func(a, b schema.Skipped) bool { return a.Kind+"\x00"+a.Name < b.Kind+"\x00"+b.Name }),
}

func uqKey(u *schema.Unique) string { return u.Name + "\x00" + strings.Join(u.Columns, ",") }

func fkKey(f *schema.ForeignKey) string {
	return f.Name + "\x00" + strings.Join(f.Columns, ",") + "\x00" + f.RefTable + "\x00" + strings.Join(f.RefColumns, ",")
}

// withoutSkipped returns s without its Skipped list.
func withoutSkipped(s *schema.Schema) *schema.Schema {
	c := s.Clone()
	c.Skipped = nil
	return c
}

// kinds returns the sorted distinct kinds of skipped objects.
func kinds(s *schema.Schema) []string {
	var out []string
	for _, k := range s.Skipped {
		if !slices.Contains(out, k.Kind) {
			out = append(out, k.Kind)
		}
	}
	slices.Sort(out)
	return out
}
