package generate_test

import (
	"context"
	"database/sql"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/autogen-go/autogen/dialect"
	"github.com/autogen-go/autogen/dialect/postgres"
	"github.com/autogen-go/autogen/diff"
	"github.com/autogen-go/autogen/generate"
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

// corpusCase is one schema of the corpus, on one database.
type corpusCase struct {
	name    string
	dialect string
	schemas []string // PostgreSQL schemas to read; nil: public
}

var corpusCases = []corpusCase{
	{name: "pagila", dialect: "postgres"},
	{name: "chinook", dialect: "postgres"},
	{name: "chinook-autoincrement", dialect: "postgres"},
	{name: "synapse", dialect: "postgres"},
	{name: "adventureworks", dialect: "postgres", schemas: []string{"humanresources", "person", "production", "purchasing", "sales"}},
	{name: "chinook", dialect: "sqlite"},
	{name: "chinook-autoincrement", dialect: "sqlite"},
	{name: "synapse", dialect: "sqlite"},
	{name: "sakila", dialect: "sqlite"},
}

// draftName is the case's name as a Go package folder.
func (c corpusCase) draftName() string { return strings.ReplaceAll(c.name, "-", "_") }

// corpusRun is a corpus case between drafting and upgrading.
type corpusRun struct {
	c      corpusCase
	text   string         // the corpus file
	loaded *testDB        // the corpus file loaded
	db     *testDB        // where the draft runs
	target *schema.Schema // read from loaded
}

// options compare the run's database with the corpus schema.
func (r *corpusRun) options() generate.Options {
	o := r.db.options(r.target)
	o.Schemas = r.c.schemas
	return o
}

// TestCorpus takes each schema of the corpus through autogenerate: the
// schema read from a database loaded from the corpus file is the target;
// autogenerate compares it with a database that has none of it, and its
// draft, built and upgraded, makes a database that compares equal to the
// target. On PostgreSQL the database the draft runs on is the corpus file
// loaded with its tables and enum types dropped, so that what autogen
// does not manage but the tables use (domains, sequences, functions,
// extensions) is there; on SQLite it is empty.
func TestCorpus(t *testing.T) {
	dir := corpusDir(t)
	ctx := context.Background()
	var runs []*corpusRun
	for _, c := range corpusCases {
		text, err := os.ReadFile(filepath.Join(dir, c.name, "schema."+c.dialect+".sql"))
		if err != nil {
			t.Fatal(err)
		}
		runs = append(runs, &corpusRun{c: c, text: string(text), loaded: newDB(t, c.dialect), db: newDB(t, c.dialect)})
	}
	prog := &draftProgram{}
	t.Run("draft", func(t *testing.T) {
		for _, r := range runs {
			t.Run(r.c.dialect+"/"+r.c.name, func(t *testing.T) {
				loadCorpus(t, r.loaded, r.text)
				target, err := introspect.Inspect(ctx, r.loaded.db, r.c.dialect, introspect.Options{Schemas: r.c.schemas})
				if err != nil {
					t.Fatal(err)
				}
				target.Skipped = nil
				r.target = target
				if r.c.dialect == "postgres" {
					loadCorpus(t, r.db, r.text)
					dropManaged(t, r.db, target)
				}
				r.db.apply(t, func(*m.Op) error { return nil })
				o := r.options()
				res := r.db.compare(t, o)
				for _, ch := range res.Changes {
					switch ch.(type) {
					case diff.AddTable, diff.AddIndex, diff.AddEnum, diff.AddForeignKey:
					default:
						t.Errorf("from a database without the schema's tables: %s", ch)
					}
				}
				t.Logf("%d tables; %d changes", len(target.Tables), len(res.Changes))
				prog.add(r.c.dialect, r.c.draftName(), draft(t, res, o, r.c.name))
			})
		}
	})
	if len(prog.drafts) == 0 {
		t.Fatal("no draft was made")
	}
	prog.build(t)
	var drafted []draftRun
	for _, r := range runs {
		if dr := (draftRun{r.c.draftName(), r.db}); prog.drafts[dr.key()] != nil {
			drafted = append(drafted, dr)
		}
	}
	upgraded := prog.runAll(t, "upgrade", "head", drafted)
	t.Run("upgrade", func(t *testing.T) {
		for _, r := range runs {
			dr := draftRun{r.c.draftName(), r.db}
			if prog.drafts[dr.key()] == nil {
				continue
			}
			t.Run(r.c.dialect+"/"+r.c.name, func(t *testing.T) {
				if err := upgraded[dr.key()]; err != "" {
					t.Fatalf("upgrade head: %s", err)
				}
				res := r.db.compare(t, r.options())
				for _, ch := range res.Changes {
					t.Errorf("after the upgrade, autogenerate finds: %s", ch)
				}
			})
		}
	})
}

// loadCorpus runs a corpus file on d. PostgreSQL files change session
// settings (search_path): they run on a pool of their own. SQLite files
// that use FTS4, which modernc.org/sqlite lacks, are loaded with the
// sqlite3 command-line tool.
func loadCorpus(t *testing.T, d *testDB, text string) {
	t.Helper()
	db, err := sql.Open(d.driver, d.dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	_, err = db.ExecContext(context.Background(), text)
	if err == nil {
		return
	}
	if d.dialect != "sqlite" || !strings.Contains(err.Error(), "no such module") {
		t.Fatalf("load the corpus file: %v", err)
	}
	db.Close()
	d.db.Close()
	path := strings.TrimPrefix(strings.SplitN(d.dsn, "?", 2)[0], "file:")
	if err := os.Remove(path); err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
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
	*d = *openDB(t, d.dialect, d.dsn, d.schema)
}

// dropManaged drops the tables and enum types of s, and what depends on
// them.
func dropManaged(t *testing.T, d *testDB, s *schema.Schema) {
	t.Helper()
	pg := postgres.Dialect{}
	for _, tb := range s.Tables {
		if tb.PartitionOf == "" {
			d.exec(t, "DROP TABLE IF EXISTS "+dialect.Qualify(pg, dialect.Table(tb))+" CASCADE")
		}
	}
	for _, e := range s.Enums {
		d.exec(t, "DROP TYPE "+dialect.Qualify(pg, dialect.TableName{Schema: e.Schema, Name: e.Name})+" CASCADE")
	}
}
