package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParse(t *testing.T) {
	c, err := Parse([]byte(`
dialect: postgres
url: postgres://app@localhost/app
models: [./models, ./billing/...]
naming_convention:
  ix: ix_%(column_0_label)s
compare:
  server_default: true
transaction_per_migration: true
`), "/proj/autogen.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if c.Dialect != Postgres || c.VersionTable != DefaultVersionTable || c.Migrations != DefaultMigrations {
		t.Errorf("defaults not applied: %+v", c)
	}
	if !*c.Compare.Type || !c.Compare.ServerDefault || *c.RenderAsBatch || !c.TransactionPerMigration {
		t.Errorf("compare/batch/transaction flags wrong: %+v", c)
	}
	if diff := cmp.Diff([]string{"./models", "./billing/..."}, c.Models); diff != "" {
		t.Errorf("models (-want +got):\n%s", diff)
	}
	if got, want := c.VersionsDir(), "/proj/migrations/versions"; got != want {
		t.Errorf("VersionsDir = %q, want %q", got, want)
	}
	sq, err := Parse([]byte("dialect: sqlite\n"), "/proj/autogen.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if sq.URL != DefaultSQLiteURL || !*sq.RenderAsBatch {
		t.Errorf("sqlite defaults: url %q, render_as_batch %v", sq.URL, *sq.RenderAsBatch)
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"url: x\n", "`dialect` is required"},
		{"dialect: mysql\n", "autogen.yaml:1: unknown dialect \"mysql\""},
		{"dialect: sqlite\nversoin_table: x\n", "autogen.yaml:2: unknown top-level key \"versoin_table\""},
		{"dialect: sqlite\ncompare:\n  types: true\n", "autogen.yaml:3: unknown compare key \"types\""},
		{"dialect: sqlite\nversion_table: \"a b\"\n", "autogen.yaml:2: version_table \"a b\" must be a plain identifier"},
		{"dialect: sqlite\nnaming_convention:\n  idx: x\n", "unknown naming_convention key \"idx\""},
		{"dialect: sqlite\nschemas: [public]\n", "autogen.yaml:2: schemas is for PostgreSQL"},
		{"dialect: sqlite\nmodels: 3\n", "autogen.yaml: line 2: "},
		{"dialect: [sqlite\n", "autogen.yaml: "},
		{"- a\n- b\n", "autogen.yaml:1: expected keys"},
	} {
		_, err := Parse([]byte(tc.src), "/p/autogen.yaml")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Parse(%q) = %v, want an error containing %q", tc.src, err, tc.want)
		}
	}
}

func TestDatabaseURL(t *testing.T) {
	c := &Config{Path: "/p/autogen.yaml", URL: "postgres://u:${PW}@h/db"}
	t.Setenv("PW", "s3cret")
	t.Setenv(EnvURL, "")
	got, err := c.DatabaseURL("")
	if err != nil || got != "postgres://u:s3cret@h/db" {
		t.Errorf("DatabaseURL = %q, %v", got, err)
	}
	t.Setenv(EnvURL, "sqlite://env.db")
	if got, _ := c.DatabaseURL(""); got != "sqlite://env.db" {
		t.Errorf("$AUTOGEN_URL does not override url: %q", got)
	}
	if got, _ := c.DatabaseURL("sqlite://flag.db"); got != "sqlite://flag.db" {
		t.Errorf("--db does not override $AUTOGEN_URL: %q", got)
	}
	t.Setenv(EnvURL, "")
	os.Unsetenv("PW")
	if _, err := c.DatabaseURL(""); err == nil || !strings.Contains(err.Error(), "${PW}, which is not set") {
		t.Errorf("unset variable: %v", err)
	}
}

func TestParseURL(t *testing.T) {
	for _, tc := range []struct {
		raw, dialect, driver, dsn string
	}{
		{"postgres://u:p@h:5432/db?sslmode=disable", Postgres, "pgx", "postgres://u:p@h:5432/db?sslmode=disable"},
		{"postgresql://h/db", Postgres, "pgx", "postgresql://h/db"},
		{"host=h user=u password=p dbname=db", Postgres, "pgx", "host=h user=u password=p dbname=db"},
		{"sqlite://app.db", SQLite, "sqlite", "file:/proj/app.db?_pragma=busy_timeout(10000)"},
		{"sqlite:///var/db/app.db", SQLite, "sqlite", "file:/var/db/app.db?_pragma=busy_timeout(10000)"},
		{"sqlite://sub/a b#%.db", SQLite, "sqlite", "file:/proj/sub/a b%23%25.db?_pragma=busy_timeout(10000)"},
		{"sqlite://app.db?_pragma=foreign_keys(1)", SQLite, "sqlite", "file:/proj/app.db?_pragma=foreign_keys(1)&_pragma=busy_timeout(10000)"},
		{"sqlite://:memory:", SQLite, "sqlite", ":memory:"},
		{"file:x.db?mode=ro", SQLite, "sqlite", "file:x.db?mode=ro"},
	} {
		d, err := ParseURL(tc.raw, "/proj")
		if err != nil {
			t.Errorf("ParseURL(%q): %v", tc.raw, err)
			continue
		}
		if d.Dialect != tc.dialect || d.Driver != tc.driver || d.DSN != tc.dsn {
			t.Errorf("ParseURL(%q) = %s %s %q, want %s %s %q", tc.raw, d.Dialect, d.Driver, d.DSN, tc.dialect, tc.driver, tc.dsn)
		}
	}
	for _, raw := range []string{"mysql://u:pw@h/db", "app.db"} {
		_, err := ParseURL(raw, "/proj")
		if err == nil {
			t.Errorf("ParseURL(%q): no error", raw)
		} else if strings.Contains(err.Error(), "pw@") {
			t.Errorf("ParseURL(%q) error shows the password: %v", raw, err)
		}
	}
}

func TestRedact(t *testing.T) {
	for _, tc := range []struct{ raw, want string }{
		{"postgres://u:s3cret@h/db", "postgres://u:xxxxx@h/db"},
		{"postgres://u@h/db?password=s3cret&sslmode=disable", "postgres://u@h/db?password=xxxxx&sslmode=disable"},
		{"host=h password=s3cret user=u", "host=h password=xxxxx user=u"},
		{"host=h password='s 3cret' user=u", "host=h password=xxxxx user=u"},
		{"sqlite://app.db", "sqlite://app.db"},
	} {
		if got := Redact(tc.raw); got != tc.want {
			t.Errorf("Redact(%q) = %q, want %q", tc.raw, got, tc.want)
		}
	}
	raw := "postgres://u:p%40ss w@h/db"
	msg := ScrubPassword("failed to connect to postgres://u:p%40ss w@h/db: p@ss w rejected; p%40ss+w", raw)
	if strings.Contains(msg, "p@ss") || strings.Contains(msg, "p%40ss") {
		t.Errorf("ScrubPassword left the password in %q", msg)
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	sub := filepath.Join(root, "a", "b")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, FileName), []byte("dialect: sqlite\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := Find(sub)
	if err != nil || got != filepath.Join(root, FileName) {
		t.Errorf("Find = %q, %v", got, err)
	}
	if _, err := Find(t.TempDir()); err == nil || !strings.Contains(err.Error(), "autogen init") {
		t.Errorf("Find in an empty tree: %v", err)
	}
}

func TestParseModelKeys(t *testing.T) {
	c, err := Parse([]byte(`
dialect: postgres
models: [./models]
singular_table: true
include_types: ["models.*"]
exclude_types: [Legacy*]
include_tables: ["app_*"]
exclude_tables: ["app_audit_*"]
`), "/proj/autogen.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if !c.SingularTable {
		t.Error("singular_table not read")
	}
	got := [][]string{c.IncludeTypes, c.ExcludeTypes, c.IncludeTables, c.ExcludeTables}
	want := [][]string{{"models.*"}, {"Legacy*"}, {"app_*"}, {"app_audit_*"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("include/exclude (-want +got):\n%s", diff)
	}
	for _, tc := range []struct{ src, want string }{
		{"dialect: sqlite\nexclude_types: [\"[a-\"]\n", `autogen.yaml:2: exclude_types: "[a-" is not a valid glob`},
		{"dialect: sqlite\ninclude_tables: [\"\\\\\"]\n", `autogen.yaml:2: include_tables:`},
		{"dialect: sqlite\nsingular_table: maybe\n", "autogen.yaml: line 2: "},
	} {
		_, err := Parse([]byte(tc.src), "/p/autogen.yaml")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Parse(%q) = %v, want an error containing %q", tc.src, err, tc.want)
		}
	}
}
