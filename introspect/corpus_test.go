package introspect_test

import (
	"context"
	"database/sql"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/autogen-go/autogen/dialect"
	"github.com/autogen-go/autogen/dialect/postgres"
	"github.com/autogen-go/autogen/internal/pgtest"
	"github.com/autogen-go/autogen/introspect"
	m "github.com/autogen-go/autogen/migrate"
	"github.com/autogen-go/autogen/schema"
)

// corpusDir is ../shared/corpus: real-world schemas nobody here wrote.
func corpusDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("AUTOGEN_CORPUS")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "corpus")
	}
	if _, err := os.Stat(filepath.Join(dir, "README.md")); err != nil {
		t.Skipf("no corpus at %s (set AUTOGEN_CORPUS): %v", dir, err)
	}
	return dir
}

// corpusCase is one schema of the corpus and what reading it must find.
type corpusCase struct {
	name    string
	schemas []string // PostgreSQL schemas to read
	tables  int      // as counted in the corpus README
	skipped []string // kinds of objects that must be reported as skipped
	// columns, indexes (CREATE INDEX, not the ones a key or unique
	// constraint makes), foreign keys and checks, as counted with the
	// sqlite3 tool from pragma_table_info, pragma_index_list (origin c)
	// and pragma_foreign_key_list, without the shadow tables of FTS
	// virtual tables, and the CHECKs of the CREATE TABLE statements.
	counts *objectCounts
}

// objectCounts are the objects of a schema, by kind.
type objectCounts struct{ columns, indexes, fks, checks int }

var corpusPostgres = []corpusCase{
	{name: "pagila", tables: 22, skipped: []string{"aggregate", "domain", "function", "materialized view", "sequence", "trigger", "view"}},
	{name: "chinook", tables: 11},
	{name: "chinook-autoincrement", tables: 11},
	{name: "synapse", tables: 138, skipped: []string{"function", "trigger"}},
	{name: "adventureworks", tables: 68, schemas: []string{"humanresources", "person", "production", "purchasing", "sales"},
		skipped: []string{"materialized view", "view"}},
}

var corpusSQLite = []corpusCase{
	{name: "chinook", tables: 11, counts: &objectCounts{64, 11, 11, 0}},
	{name: "chinook-autoincrement", tables: 11, counts: &objectCounts{64, 11, 11, 0}},
	{name: "synapse", tables: 134, skipped: []string{"trigger", "virtual table"}, counts: &objectCounts{621, 148, 14, 5}},
	{name: "sakila", tables: 16, skipped: []string{"trigger", "view"}, counts: &objectCounts{89, 24, 22, 2}},
}

// loadPostgres runs a corpus file on its own connection pool (the files
// change session settings such as search_path), closed afterwards.
func loadPostgres(t *testing.T, url, file string) {
	t.Helper()
	text, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("pgx", url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.ExecContext(context.Background(), string(text)); err != nil {
		t.Fatalf("load %s: %v", file, err)
	}
}

// TestCorpusPostgres loads each PostgreSQL schema of the corpus, reads
// it, recreates what it read through the operations API, and reads that
// back: the two reads must agree. The recreation starts from the corpus
// file with every table and enum dropped, so that what autogen does not
// manage but the tables use (domains, sequences, functions, extensions)
// is there.
func TestCorpusPostgres(t *testing.T) {
	dir := corpusDir(t)
	ctx := context.Background()
	for _, tc := range corpusPostgres {
		t.Run(tc.name, func(t *testing.T) {
			file := filepath.Join(dir, tc.name, "schema.postgres.sql")
			urlA := pgtest.URL(t)
			loadPostgres(t, urlA, file)
			dbA := openURL(t, urlA)
			opts := introspect.Options{Schemas: tc.schemas}
			want, err := introspect.Inspect(ctx, dbA, "postgres", opts)
			if err != nil {
				t.Fatal(err)
			}
			checkCorpus(t, tc, want)

			urlB := pgtest.URL(t)
			loadPostgres(t, urlB, file)
			dbB := openURL(t, urlB)
			dropManaged(t, dbB, want)
			stats := createWithOps(t, dbB, m.Postgres, withoutSkipped(want))
			t.Logf("%d tables; %d operations, %d op.Exec of dialect DDL: %v", len(want.Tables), stats.ops, stats.execs, stats.why)
			got, err := introspect.Inspect(ctx, dbB, "postgres", opts)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(withoutSkipped(want), withoutSkipped(got), irOpts); diff != "" {
				t.Errorf("recreated through the op API (-read from the corpus +read from the recreation):\n%s", diff)
			}
		})
	}
}

func openURL(t *testing.T, url string) *sql.DB {
	t.Helper()
	db, err := sql.Open("pgx", url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// dropManaged drops the tables and enums of s, and what depends on them.
func dropManaged(t *testing.T, db *sql.DB, s *schema.Schema) {
	t.Helper()
	d := postgres.Dialect{}
	for _, tb := range s.Tables {
		if tb.PartitionOf == "" {
			mustExec(t, db, "DROP TABLE IF EXISTS "+dialect.Qualify(d, dialect.Table(tb))+" CASCADE")
		}
	}
	for _, e := range s.Enums {
		mustExec(t, db, "DROP TYPE "+dialect.Qualify(d, dialect.TableName{Schema: e.Schema, Name: e.Name})+" CASCADE")
	}
}

func checkCorpus(t *testing.T, tc corpusCase, s *schema.Schema) {
	t.Helper()
	if len(s.Tables) != tc.tables {
		t.Errorf("%d tables, want %d (the corpus README's count)", len(s.Tables), tc.tables)
	}
	if tc.counts != nil {
		var got objectCounts
		for _, t := range s.Tables {
			got.columns += len(t.Columns)
			got.indexes += len(t.Indexes)
			got.fks += len(t.ForeignKeys)
			got.checks += len(t.Checks)
		}
		if got != *tc.counts {
			t.Errorf("read %+v, want %+v", got, *tc.counts)
		}
	}
	got := kinds(s)
	for _, k := range tc.skipped {
		if !slices.Contains(got, k) {
			t.Errorf("no %s reported as skipped; skipped kinds: %v", k, got)
		}
	}
	t.Logf("skipped: %d objects (%v)", len(s.Skipped), got)
}

// TestCorpusSQLite loads each SQLite schema of the corpus, reads it,
// recreates what it read through the operations API in an empty
// database, and reads that back.
func TestCorpusSQLite(t *testing.T) {
	dir := corpusDir(t)
	ctx := context.Background()
	for _, tc := range corpusSQLite {
		t.Run(tc.name, func(t *testing.T) {
			text, err := os.ReadFile(filepath.Join(dir, tc.name, "schema.sqlite.sql"))
			if err != nil {
				t.Fatal(err)
			}
			dbA := loadSQLite(t, string(text))
			want, err := introspect.Inspect(ctx, dbA, "sqlite", introspect.Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkCorpus(t, tc, want)

			dbB := openSQLite(t)
			stats := createWithOps(t, dbB, m.SQLite, withoutSkipped(want))
			t.Logf("%d tables; %d operations, %d op.Exec of dialect DDL: %v", len(want.Tables), stats.ops, stats.execs, stats.why)
			got, err := introspect.Inspect(ctx, dbB, "sqlite", introspect.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(withoutSkipped(want), withoutSkipped(got), irOpts); diff != "" {
				t.Errorf("recreated through the op API (-read from the corpus +read from the recreation):\n%s", diff)
			}
		})
	}
}

// loadSQLite loads a schema into a new database file. modernc.org/sqlite
// has no FTS4, which synapse's virtual tables use: such a schema is loaded
// with the sqlite3 command-line tool (Debian's has FTS4), and read through
// modernc as any other file.
func loadSQLite(t *testing.T, text string) *sql.DB {
	t.Helper()
	path := filepath.Join(t.TempDir(), "corpus.db")
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	t.Cleanup(func() { db.Close() })
	_, err = db.ExecContext(context.Background(), text)
	if err == nil {
		return db
	}
	if !strings.Contains(err.Error(), "no such module") {
		t.Fatal(err)
	}
	db.Close()
	os.Remove(path)
	cli, lookErr := exec.LookPath("sqlite3")
	if lookErr != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%v, and no sqlite3 command to load the schema with (install it: apt-get install sqlite3)", err)
		}
		t.Skipf("%v, and no sqlite3 command to load the schema with", err)
	}
	cmd := exec.Command(cli, "-bail", path)
	cmd.Stdin = strings.NewReader(text)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("sqlite3: %v\n%s", err, out)
	}
	db, err = sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	t.Cleanup(func() { db.Close() })
	return db
}
