package dialect_test

import (
	"context"
	"database/sql"
	"os"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite"

	"github.com/autogen-go/autogen/dialect"
	"github.com/autogen-go/autogen/dialect/postgres"
	"github.com/autogen-go/autogen/dialect/sqlite"
	"github.com/autogen-go/autogen/internal/pgtest"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

var names = []string{"users", "user", "order", "Users", "camelCase", "with space", `quo"te`, "1st", "_x", "a$b",
	"select", "column_name", "naïve", "plan", "key", "index", "from", "id", "json", "tablesample", "x-y", ""}

// TestQuotePostgres: QuoteIdent agrees with PostgreSQL's own quote_ident.
func TestQuotePostgres(t *testing.T) {
	db, err := sql.Open("pgx", pgtest.URL(t))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, n := range names {
		if n == "" {
			continue
		}
		var want string
		if err := db.QueryRowContext(context.Background(), "SELECT quote_ident($1)", n).Scan(&want); err != nil {
			t.Fatal(err)
		}
		if got := (postgres.Dialect{}).QuoteIdent(n); got != want {
			t.Errorf("QuoteIdent(%q) = %s, quote_ident says %s", n, got, want)
		}
	}
}

// TestQuoteRoundTrip: every name, quoted by each dialect, names a table
// that the database creates and reports under exactly that name.
func TestQuoteRoundTrip(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		d      dialect.Dialect
		driver string
		dsn    func() string
		list   string
	}{
		{sqlite.Dialect{}, "sqlite", func() string { return "file:" + t.TempDir() + "/q.db" }, "SELECT name FROM sqlite_schema WHERE type = 'table'"},
		{postgres.Dialect{}, "pgx", func() string { return pgtest.URL(t) }, "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"},
	} {
		t.Run(tc.d.Name(), func(t *testing.T) {
			db, err := sql.Open(tc.driver, tc.dsn())
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			for _, n := range names {
				if n == "" {
					continue
				}
				q := tc.d.QuoteIdent(n)
				if _, err := db.ExecContext(ctx, "CREATE TABLE "+q+" ("+tc.d.QuoteIdent("select")+" integer)"); err != nil {
					t.Errorf("CREATE TABLE %s: %v", q, err)
					continue
				}
				var got string
				if err := db.QueryRowContext(ctx, tc.list+" AND "+map[string]string{"sqlite": "name", "postgres": "tablename"}[tc.d.Name()]+" = "+dialect.QuoteString(n)).Scan(&got); err != nil {
					t.Errorf("table %q not found after CREATE TABLE %s: %v", n, q, err)
				}
				if _, err := db.ExecContext(ctx, "DROP TABLE "+q); err != nil {
					t.Errorf("DROP TABLE %s: %v", q, err)
				}
			}
		})
	}
}

func TestQuoteString(t *testing.T) {
	for in, want := range map[string]string{"plain": "'plain'", "it's": "'it''s'", `back\slash`: `'back\slash'`, "": "''"} {
		if got := dialect.QuoteString(in); got != want {
			t.Errorf("QuoteString(%q) = %s, want %s", in, got, want)
		}
	}
}
