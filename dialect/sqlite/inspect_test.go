package sqlite_test

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/autogen-go/autogen/dialect/sqlite"
	"github.com/autogen-go/autogen/schema"

	_ "modernc.org/sqlite"
)

func open(t *testing.T, stmts string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	t.Cleanup(func() { db.Close() })
	if _, err := db.Exec(stmts); err != nil {
		t.Fatal(err)
	}
	return db
}

// features exercises everything the SQLite inspector reads. (SQLite
// spells the types of STRICT tables, INT, INTEGER, REAL, TEXT, BLOB and
// ANY, in upper case whatever was written.)
const features = `
CREATE TABLE [users] (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  email VARCHAR(255) NOT NULL CONSTRAINT uq_users_email UNIQUE,
  name text COLLATE NOCASE,
  "full name" TEXT DEFAULT 'x''y',
  score NUMERIC(10, 2) DEFAULT (0) CHECK (score >= 0),
  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  flag BOOLEAN DEFAULT TRUE,
  big bigint,
  payload BLOB,
  doc JSON,
  weird my_type(3),
  notype,
  twice INTEGER GENERATED ALWAYS AS (score * 2) STORED,
  lower_name AS (lower(name)),
  CONSTRAINT ck_users_name CHECK (length(name) > 0),
  CHECK (big <> 0)
);
CREATE TABLE orders (
  user_id INTEGER NOT NULL REFERENCES users ON DELETE CASCADE,
  code CHAR(8) NOT NULL,
  qty SMALLINT NOT NULL,
  parent_user INTEGER,
  parent_code CHAR(8),
  CONSTRAINT pk_orders PRIMARY KEY (user_id, code),
  UNIQUE (code, qty),
  CONSTRAINT fk_orders_parent FOREIGN KEY (parent_user, parent_code) REFERENCES orders (user_id, code)
    ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED
) WITHOUT ROWID;
CREATE TABLE t_int (id INT PRIMARY KEY, v REAL);
CREATE TABLE t_strict (id INTEGER PRIMARY KEY, v TEXT) STRICT;
CREATE UNIQUE INDEX ix_users_lower ON users (lower(email) COLLATE NOCASE DESC);
CREATE INDEX "ix orders" ON orders (qty DESC, code) WHERE qty > 0 AND code <> 'x';
CREATE INDEX ix_users_name ON users (name COLLATE BINARY, created_at);
CREATE TABLE autogen_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT autogen_version_pkc PRIMARY KEY (version_num));
CREATE VIEW v AS SELECT id FROM users;
CREATE TRIGGER tg AFTER INSERT ON users BEGIN SELECT 1; END;
CREATE VIRTUAL TABLE docs USING fts5(body);
`

var featuresIR = &schema.Schema{
	Tables: []*schema.Table{
		{
			Name: "orders",
			Columns: []*schema.Column{
				{Name: "user_id", Type: schema.Type{Kind: schema.Integer, Raw: "INTEGER"}},
				{Name: "code", Type: schema.Type{Kind: schema.Char, Length: 8, Raw: "CHAR(8)"}},
				{Name: "qty", Type: schema.Type{Kind: schema.SmallInt, Raw: "SMALLINT"}},
				{Name: "parent_user", Type: schema.Type{Kind: schema.Integer, Raw: "INTEGER"}, Nullable: true},
				{Name: "parent_code", Type: schema.Type{Kind: schema.Char, Length: 8, Raw: "CHAR(8)"}, Nullable: true},
			},
			PrimaryKey: &schema.PrimaryKey{Name: "pk_orders", Columns: []string{"user_id", "code"}},
			Uniques:    []*schema.Unique{{Columns: []string{"code", "qty"}}},
			ForeignKeys: []*schema.ForeignKey{
				{Columns: []string{"user_id"}, RefTable: "users", RefColumns: []string{"id"}, OnDelete: "CASCADE"},
				{Name: "fk_orders_parent", Columns: []string{"parent_user", "parent_code"}, RefTable: "orders",
					RefColumns: []string{"user_id", "code"}, OnUpdate: "SET NULL", Deferrable: schema.InitiallyDeferred},
			},
			Indexes: []*schema.Index{
				{Name: "ix orders", Parts: []schema.IndexPart{{Column: "qty", Desc: true}, {Column: "code"}},
					Where: "qty > 0 AND code <> 'x'"},
			},
			Options: "WITHOUT ROWID",
		},
		{
			Name: "t_int",
			Columns: []*schema.Column{
				{Name: "id", Type: schema.Type{Kind: schema.Integer, Raw: "INT"}, Nullable: true},
				{Name: "v", Type: schema.Type{Kind: schema.Float, Raw: "REAL"}, Nullable: true},
			},
			PrimaryKey: &schema.PrimaryKey{Columns: []string{"id"}},
		},
		{
			Name: "t_strict",
			Columns: []*schema.Column{
				{Name: "id", Type: schema.Type{Kind: schema.Integer, Raw: "INTEGER"}, Identity: schema.IdentityByDefault},
				{Name: "v", Type: schema.Type{Kind: schema.Text, Raw: "TEXT"}, Nullable: true},
			},
			PrimaryKey: &schema.PrimaryKey{Columns: []string{"id"}},
			Options:    "STRICT",
		},
		{
			Name: "users",
			Columns: []*schema.Column{
				{Name: "id", Type: schema.Type{Kind: schema.Integer, Raw: "INTEGER"}, Identity: schema.IdentityByDefault, AutoIncrement: true},
				{Name: "email", Type: schema.Type{Kind: schema.Varchar, Length: 255, Raw: "VARCHAR(255)"}},
				{Name: "name", Type: schema.Type{Kind: schema.Text, Raw: "TEXT"}, Nullable: true, Collation: "NOCASE"},
				{Name: "full name", Type: schema.Type{Kind: schema.Text, Raw: "TEXT"}, Nullable: true, Default: "'x''y'"},
				{Name: "score", Type: schema.Type{Kind: schema.Numeric, Precision: 10, Scale: 2, Raw: "NUMERIC(10, 2)"}, Nullable: true, Default: "0"},
				{Name: "created_at", Type: schema.Type{Kind: schema.Timestamp, Raw: "TIMESTAMP"}, Default: "CURRENT_TIMESTAMP"},
				{Name: "flag", Type: schema.Type{Kind: schema.Bool, Raw: "BOOLEAN"}, Nullable: true, Default: "TRUE"},
				{Name: "big", Type: schema.Type{Kind: schema.BigInt, Raw: "bigint"}, Nullable: true},
				{Name: "payload", Type: schema.Type{Kind: schema.Bytes, Raw: "BLOB"}, Nullable: true},
				{Name: "doc", Type: schema.Type{Kind: schema.JSON, Raw: "JSON"}, Nullable: true},
				{Name: "weird", Type: schema.RawType("my_type(3)"), Nullable: true},
				{Name: "notype", Type: schema.RawType(""), Nullable: true},
				{Name: "twice", Type: schema.Type{Kind: schema.Integer, Raw: "INTEGER"}, Nullable: true,
					Generated: &schema.Generated{Expr: "score * 2", Stored: true}},
				{Name: "lower_name", Type: schema.RawType(""), Nullable: true, Generated: &schema.Generated{Expr: "lower(name)"}},
			},
			PrimaryKey: &schema.PrimaryKey{Columns: []string{"id"}},
			Uniques:    []*schema.Unique{{Name: "uq_users_email", Columns: []string{"email"}}},
			Checks: []*schema.Check{
				{Expr: "score >= 0"},
				{Expr: "big <> 0"},
				{Name: "ck_users_name", Expr: "length(name) > 0"},
			},
			Indexes: []*schema.Index{
				{Name: "ix_users_lower", Unique: true, Parts: []schema.IndexPart{{Expr: "lower(email)", Collation: "NOCASE", Desc: true}}},
				{Name: "ix_users_name", Parts: []schema.IndexPart{{Column: "name", Collation: "BINARY"}, {Column: "created_at"}}},
			},
		},
	},
	Skipped: []schema.Skipped{
		{Kind: "trigger", Name: "tg", Reason: "not managed by autogen"},
		{Kind: "view", Name: "v", Reason: "not managed by autogen"},
		{Kind: "virtual table", Name: "docs", Reason: "virtual tables are not managed by autogen"},
	},
}

var sortOpts = cmp.Options{
	cmpopts.EquateEmpty(),
	cmpopts.SortSlices(func(a, b *schema.Check) bool { return a.Name+"\x00"+a.Expr < b.Name+"\x00"+b.Expr }),
	cmpopts.SortSlices(func(a, b *schema.ForeignKey) bool {
		return a.Name+strings.Join(a.Columns, ",") < b.Name+strings.Join(b.Columns, ",")
	}),
}

func TestInspect(t *testing.T) {
	db := open(t, features)
	got, err := sqlite.Inspect(context.Background(), db, sqlite.InspectOptions{
		Tables: func(name string) bool { return name != "autogen_version" },
	})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(featuresIR, got, sortOpts); diff != "" {
		t.Errorf("Inspect (-want +got):\n%s", diff)
	}
}

func TestInspectTables(t *testing.T) {
	db := open(t, features)
	ctx := context.Background()
	got, err := sqlite.InspectTables(ctx, db, "USERS", "orders")
	if err != nil {
		t.Fatal(err)
	}
	want := []*schema.Table{featuresIR.Table("users"), featuresIR.Table("orders")}
	if diff := cmp.Diff(want, got, sortOpts); diff != "" {
		t.Errorf("InspectTables (-want +got):\n%s", diff)
	}
	all, err := sqlite.InspectTables(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, tb := range all {
		names = append(names, tb.Name)
	}
	if want := []string{"autogen_version", "orders", "t_int", "t_strict", "users"}; !cmp.Equal(want, names) {
		t.Errorf("InspectTables(): got %v, want %v", names, want)
	}
	if _, err := sqlite.InspectTables(ctx, db, "nope"); err == nil || !strings.Contains(err.Error(), `"nope"`) {
		t.Errorf("InspectTables(nope): got %v, want an error naming it", err)
	}
}

func TestTableSQL(t *testing.T) {
	db := open(t, features)
	create, related, err := sqlite.TableSQL(context.Background(), db, "users")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(create, "CREATE TABLE [users]") {
		t.Errorf("create = %q", create)
	}
	want := []string{
		"CREATE UNIQUE INDEX ix_users_lower ON users (lower(email) COLLATE NOCASE DESC)",
		"CREATE INDEX ix_users_name ON users (name COLLATE BINARY, created_at)",
		"CREATE TRIGGER tg AFTER INSERT ON users BEGIN SELECT 1; END",
	}
	if diff := cmp.Diff(want, related); diff != "" {
		t.Errorf("related (-want +got):\n%s", diff)
	}
	if _, _, err := sqlite.TableSQL(context.Background(), db, "nope"); err == nil {
		t.Error("TableSQL(nope): no error")
	}
}

// TestQueryCount shows that reading 10 tables and reading 300 cost the
// same number of queries.
func TestQueryCount(t *testing.T) {
	count := func(n int) int64 {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, `CREATE TABLE t%[1]d (id INTEGER PRIMARY KEY, p INTEGER REFERENCES t%[1]d, c TEXT UNIQUE CHECK (c <> ''));
CREATE INDEX ix_t%[1]d ON t%[1]d (c);
`, i)
		}
		db := open(t, b.String())
		c := &counter{db: db}
		s, err := sqlite.Inspect(context.Background(), c, sqlite.InspectOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if len(s.Tables) != n {
			t.Fatalf("%d tables, want %d", len(s.Tables), n)
		}
		return c.n
	}
	if a, b := count(10), count(300); a != b || a > 5 {
		t.Errorf("queries: %d for 10 tables, %d for 300; want the same, at most 5", a, b)
	}
}

type counter struct {
	db *sql.DB
	n  int64
}

func (c *counter) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	c.n++
	return c.db.QueryContext(ctx, q, args...)
}
