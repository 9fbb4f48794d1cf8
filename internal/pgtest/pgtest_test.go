package pgtest_test

import (
	"context"
	"database/sql"
	"os"
	"testing"

	"github.com/autogen-go/autogen/internal/pgtest"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

func TestURL(t *testing.T) {
	u := pgtest.URL(t)
	db, err := sql.Open("pgx", u)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var name string
	if err := db.QueryRowContext(context.Background(), "SELECT current_database()").Scan(&name); err != nil {
		t.Fatal(err)
	}
	if name[:2] != "t_" {
		t.Errorf("current_database() = %q, want a test database", name)
	}
}
