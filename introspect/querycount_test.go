package introspect_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/autogen-go/autogen/introspect"
)

// tablesDDL writes n tables, each with a primary key, a unique
// constraint, a check, a foreign key to the previous table, an index, a
// default and a comment (PostgreSQL).
func tablesDDL(n int, postgres bool) string {
	var b strings.Builder
	for i := range n {
		ref := ""
		if i > 0 {
			ref = fmt.Sprintf(", parent_id bigint REFERENCES t%d (id) ON DELETE CASCADE", i-1)
		}
		fmt.Fprintf(&b, `CREATE TABLE t%[1]d (id bigint PRIMARY KEY, code varchar(40) NOT NULL UNIQUE,
  qty integer NOT NULL DEFAULT 0 CHECK (qty >= 0), created_at timestamp%[2]s);
CREATE INDEX ix_t%[1]d_code_qty ON t%[1]d (code, qty DESC);
`, i, ref)
		if postgres {
			fmt.Fprintf(&b, "COMMENT ON TABLE t%d IS 'table %d';\n", i, i)
		}
	}
	return b.String()
}

// TestQueryCount shows that reading 1,000 tables costs the queries that
// reading 10 costs: 7 on PostgreSQL, 4 on SQLite.
func TestQueryCount(t *testing.T) {
	if testing.Short() {
		t.Skip("creates 2,000 tables")
	}
	ctx := context.Background()
	for _, d := range []string{"postgres", "sqlite"} {
		t.Run(d, func(t *testing.T) {
			counts := map[int]int64{}
			for _, n := range []int{10, 1000} {
				db := openSQLite(t)
				if d == "postgres" {
					db = openPostgres(t)
				}
				mustExec(t, db, tablesDDL(n, d == "postgres"))
				c := &counter{db: db}
				s, err := introspect.Inspect(ctx, c, d, introspect.Options{})
				if err != nil {
					t.Fatal(err)
				}
				if len(s.Tables) != n {
					t.Fatalf("%d tables read, want %d", len(s.Tables), n)
				}
				last := s.Table(fmt.Sprintf("t%d", n-1))
				if len(last.ForeignKeys) != 1 || len(last.Indexes) != 1 || len(last.Uniques) != 1 || len(last.Checks) != 1 {
					t.Errorf("table %s read incompletely: %+v", last.Name, last)
				}
				counts[n] = c.n.Load()
			}
			t.Logf("%s: %d queries for 10 tables, %d for 1,000", d, counts[10], counts[1000])
			want := map[string]int64{"postgres": 7, "sqlite": 4}[d]
			if counts[10] != counts[1000] || counts[10] != want {
				t.Errorf("queries: %d for 10 tables, %d for 1,000; want %d for both", counts[10], counts[1000], want)
			}
		})
	}
}
