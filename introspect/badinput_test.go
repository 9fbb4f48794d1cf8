package introspect_test

import (
	"context"
	"database/sql"
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/autogen-go/autogen/internal/pgtest"
	"github.com/autogen-go/autogen/introspect"
	"github.com/autogen-go/autogen/schema"
)

const secret = "s3cr3t-Pa55w0rd"

// inspectURL opens url with pgx and inspects it, as the CLI will.
func inspectURL(t *testing.T, rawURL string, opts introspect.Options) (*schema.Schema, error) {
	t.Helper()
	db, err := sql.Open("pgx", rawURL)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	return introspect.Inspect(ctx, db, "postgres", opts)
}

func TestBadConnection(t *testing.T) {
	t.Run("unreachable host", func(t *testing.T) {
		_, err := inspectURL(t, "postgres://app:"+secret+"@127.0.0.1:1/app?sslmode=disable&connect_timeout=5", introspect.Options{})
		if err == nil {
			t.Fatal("no error")
		}
		t.Logf("error: %v", err)
		if strings.Contains(err.Error(), secret) {
			t.Errorf("the error shows the password: %v", err)
		}
		if !strings.Contains(err.Error(), "introspect postgres") {
			t.Errorf("the error does not say what failed: %v", err)
		}
	})
	t.Run("no such socket", func(t *testing.T) {
		_, err := inspectURL(t, "postgres://app:"+secret+"@/app?host="+url.QueryEscape(t.TempDir())+"&sslmode=disable", introspect.Options{})
		if err == nil || strings.Contains(err.Error(), secret) {
			t.Errorf("got %v, want an error without the password", err)
		}
	})
	t.Run("wrong password", func(t *testing.T) {
		if testing.Short() {
			t.Skip("starts a PostgreSQL cluster")
		}
		good := pgtest.PasswordURL(t, secret)
		if _, err := inspectURL(t, good, introspect.Options{}); err != nil {
			t.Fatalf("with the right password: %v", err)
		}
		wrong := strings.Replace(good, url.QueryEscape(secret), "not-"+secret, 1)
		_, err := inspectURL(t, wrong, introspect.Options{})
		if err == nil {
			t.Fatal("no error with a wrong password")
		}
		t.Logf("error: %v", err)
		if strings.Contains(err.Error(), secret) {
			t.Errorf("the error shows the password: %v", err)
		}
		if !strings.Contains(err.Error(), "password authentication failed") {
			t.Errorf("the error does not say the password is wrong: %v", err)
		}
	})
}

func TestSchemaPermission(t *testing.T) {
	ctx := context.Background()
	admin := pgtest.URL(t)
	db := openURL(t, admin)
	role := "nopriv_" + strings.TrimPrefix(mustParse(t, admin).Path, "/") // the database's name is unique
	mustExec(t, db,
		`CREATE SCHEMA secret`,
		`CREATE TABLE secret.hidden (id int PRIMARY KEY)`,
		`REVOKE ALL ON SCHEMA secret FROM PUBLIC`,
		`CREATE ROLE `+role+` LOGIN`,
		`CREATE TABLE public.visible (id int)`,
	)
	t.Cleanup(func() { _, _ = db.ExecContext(ctx, `DROP OWNED BY `+role+`; DROP ROLE `+role) })
	u := mustParse(t, admin)
	u.User = url.User(role)

	_, err := inspectURL(t, u.String(), introspect.Options{Schemas: []string{"public", "secret"}})
	if err == nil || !strings.Contains(err.Error(), `permission denied for schema secret`) || !strings.Contains(err.Error(), "USAGE") {
		t.Errorf("schema without USAGE: got %v, want an error that names the schema and the privilege", err)
	} else {
		t.Logf("error: %v", err)
	}
	s, err := inspectURL(t, u.String(), introspect.Options{})
	if err != nil || s.Table("visible") == nil {
		t.Errorf("public as that user: %v, %v", s, err)
	}
	_, err = inspectURL(t, admin, introspect.Options{Schemas: []string{"nope"}})
	if err == nil || !strings.Contains(err.Error(), "schema nope does not exist") || !strings.Contains(err.Error(), `op.Exec("CREATE SCHEMA nope")`) {
		t.Errorf("missing schema: got %v, want an error naming it", err)
	}
}

func mustParse(t *testing.T, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// TestUnknownTypes: types introspection does not map come back raw, in
// the database's spelling.
func TestUnknownTypes(t *testing.T) {
	ctx := context.Background()
	db := openPostgres(t)
	mustExec(t, db, `CREATE TYPE pair AS (a int, b text);
CREATE TYPE floatrange AS RANGE (subtype = float8);
CREATE DOMAIN codes AS text[] CHECK (cardinality(VALUE) < 10);
CREATE TYPE "Weird Enum" AS ENUM ('x');
CREATE TABLE odd (
  p pair, r floatrange, c codes, e "Weird Enum", ea "Weird Enum"[], v tsvector, i interval, x xml, pt point,
  b bit(3), vb bit varying(8), tz time with time zone, m money, n inet, o oid, nm name, ch "char", bpc bpchar,
  ts0 timestamp(0) with time zone, a2 integer[][], big numeric(1000, 500)
)`)
	s, err := introspect.Inspect(ctx, db, "postgres", introspect.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]schema.Type{}
	for _, c := range s.Table("odd").Columns {
		got[c.Name] = c.Type
	}
	raw := func(r string) schema.Type { return schema.Type{Kind: schema.Raw, Raw: r} }
	want := map[string]schema.Type{
		"p": raw("pair"), "r": raw("floatrange"), "c": raw("codes"),
		"e":  {Kind: schema.EnumKind, EnumName: "Weird Enum", Raw: `"Weird Enum"`},
		"ea": raw(`"Weird Enum"[]`), "v": raw("tsvector"), "i": raw("interval"), "x": raw("xml"), "pt": raw("point"),
		"b": raw("bit(3)"), "vb": raw("bit varying(8)"), "tz": raw("time with time zone"), "m": raw("money"),
		"n": raw("inet"), "o": raw("oid"), "nm": raw("name"), "ch": raw(`"char"`), "bpc": raw("bpchar"),
		"ts0": raw("timestamp(0) with time zone"), "a2": raw("integer[]"),
		"big": {Kind: schema.Numeric, Precision: 1000, Scale: 500, Raw: "numeric(1000,500)"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("types (-want +got):\n%s", diff)
	}
}

// TestOddInput: what is not a database, or not the dialect named, is an
// error, never a panic.
func TestOddInput(t *testing.T) {
	ctx := context.Background()
	if _, err := introspect.Inspect(ctx, nil, "postgres", introspect.Options{}); err == nil {
		t.Error("nil Querier: no error")
	}
	db := openSQLite(t)
	if _, err := introspect.Inspect(ctx, db, "mysql", introspect.Options{}); err == nil || !strings.Contains(err.Error(), "mysql") {
		t.Errorf("unknown dialect: %v", err)
	}
	if _, err := introspect.Inspect(ctx, db, "sqlite", introspect.Options{Include: []string{"[a-"}}); err == nil {
		t.Error("bad glob: no error")
	}
	// A SQLite database asked for PostgreSQL's catalog.
	if _, err := introspect.Inspect(ctx, db, "postgres", introspect.Options{}); err == nil || !strings.Contains(err.Error(), "introspect postgres") {
		t.Errorf("SQLite read as PostgreSQL: %v", err)
	}
	// A file that is not a database.
	junk := filepath.Join(t.TempDir(), "junk.db")
	if err := os.WriteFile(junk, []byte(strings.Repeat("not a database ", 100)), 0o600); err != nil {
		t.Fatal(err)
	}
	jdb, err := sql.Open("sqlite", "file:"+junk)
	if err != nil {
		t.Fatal(err)
	}
	defer jdb.Close()
	if _, err := introspect.Inspect(ctx, jdb, "sqlite", introspect.Options{}); err == nil || !strings.Contains(err.Error(), "introspect sqlite") {
		t.Errorf("junk file: %v", err)
	}
	// A cancelled context.
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	pg := openPostgres(t)
	if _, err := introspect.Inspect(cctx, pg, "postgres", introspect.Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: got %v, want context.Canceled", err)
	}
	// SQLite tables that SQLite accepts in odd spellings.
	odd := openSQLite(t)
	mustExec(t, odd, `CREATE TABLE "t""x" ("a b" INTEGER PRIMARY KEY ASC, [c] "my type" DEFAULT -1.5e3, d DEFAULT x'00' NOT NULL);
CREATE TABLE t2 (a, b, UNIQUE (a, b) ON CONFLICT REPLACE, CONSTRAINT dangling);
CREATE TABLE t3 AS SELECT 1 AS one, 'x' AS two;
CREATE TABLE t4 (id INTEGER, PRIMARY KEY (id AUTOINCREMENT));
CREATE INDEX "i""x" ON "t""x" ([c] COLLATE nocase, (d || 'x'))`)
	s, err := introspect.Inspect(ctx, odd, "sqlite", introspect.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Tables) != 4 {
		t.Errorf("%d tables, want 4", len(s.Tables))
	}
	if c := s.Table(`t"x`).Column("a b"); c == nil || c.Identity != schema.IdentityByDefault {
		t.Errorf(`t"x."a b" should be the rowid alias: %+v`, c)
	}
	if c := s.Table("t4").Column("id"); c == nil || !c.AutoIncrement {
		t.Errorf("t4.id should be AUTOINCREMENT: %+v", c)
	}
}

func TestIncludeExclude(t *testing.T) {
	ctx := context.Background()
	db := openSQLite(t)
	mustExec(t, db, `CREATE TABLE users (id INTEGER PRIMARY KEY); CREATE TABLE user_roles (id INTEGER PRIMARY KEY);
CREATE TABLE audit_log (id INTEGER PRIMARY KEY); CREATE TABLE my_version (v TEXT);
CREATE TRIGGER tg AFTER INSERT ON audit_log BEGIN SELECT 1; END;`)
	names := func(opts introspect.Options) []string {
		s, err := introspect.Inspect(ctx, db, "sqlite", opts)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, tb := range s.Tables {
			out = append(out, tb.Name)
		}
		for _, k := range s.Skipped {
			out = append(out, k.Kind+":"+k.Name)
		}
		return out
	}
	tests := []struct {
		opts introspect.Options
		want []string
	}{
		{introspect.Options{}, []string{"audit_log", "my_version", "user_roles", "users", "trigger:tg"}},
		{introspect.Options{VersionTable: "my_version"}, []string{"audit_log", "user_roles", "users", "trigger:tg"}},
		{introspect.Options{Include: []string{"user*"}}, []string{"user_roles", "users"}},
		{introspect.Options{Exclude: []string{"audit_*", "my_*"}}, []string{"user_roles", "users"}},
		{introspect.Options{Include: []string{"user*"}, Exclude: []string{"*roles"}}, []string{"users"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, names(tt.opts)); diff != "" {
			t.Errorf("%+v (-want +got):\n%s", tt.opts, diff)
		}
	}
}

// TestPostgresUnmanagedOptions: options autogen does not model are read
// as if absent, and listed in Skipped with what was left out.
func TestPostgresUnmanagedOptions(t *testing.T) {
	ctx := context.Background()
	db := openPostgres(t)
	mustExec(t, db, `CREATE TABLE items (
    id bigint PRIMARY KEY,
    code text,
    qty integer,
    CONSTRAINT uq_items_code UNIQUE NULLS NOT DISTINCT (code),
    CONSTRAINT ck_items_qty CHECK (qty > 0) NO INHERIT
);
ALTER TABLE items ADD CONSTRAINT ck_items_code CHECK (code <> '') NOT VALID;
CREATE INDEX ix_items_qty ON items (qty) WITH (fillfactor = 70);
CREATE TABLE uses (code text REFERENCES items (code));
CREATE UNIQUE INDEX ix_items_code_qty ON items (code, qty) NULLS NOT DISTINCT;`)
	s, err := introspect.Inspect(ctx, db, "postgres", introspect.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, k := range s.Skipped {
		got = append(got, k.Kind+" "+k.Name+": "+strings.SplitN(k.Reason, " is not managed", 2)[0])
	}
	want := []string{
		"constraint option items.ck_items_code: NOT VALID",
		"constraint option items.ck_items_qty: NO INHERIT",
		"constraint option items.uq_items_code: NULLS NOT DISTINCT",
		"index option ix_items_code_qty: NULLS NOT DISTINCT",
		"index option ix_items_qty: WITH (fillfactor=70)",
	}
	slices.Sort(got)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Skipped (-want +got):\n%s", diff)
	}
	if tb := s.Table("items"); tb == nil || len(tb.Checks) != 2 || len(tb.Uniques) != 1 || len(tb.Indexes) != 2 {
		t.Errorf("the objects themselves are still read: %+v", tb)
	}
}
