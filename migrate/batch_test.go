package migrate_test

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	m "github.com/autogen-go/autogen/migrate"
)

// bigSchema is the table of the batch test: two indexes, a unique, a
// check, a foreign key out (to parent) and one in (from child).
func bigSchema(op *m.Op) {
	op.CreateTable("parent",
		m.Col("id", m.Integer, m.PrimaryKey),
		m.Col("name", m.Varchar(64), m.NotNull),
	)
	op.CreateTable("big",
		m.Col("id", m.Integer, m.PrimaryKey),
		m.Col("parent_id", m.Integer, m.NotNull),
		m.Col("name", m.Varchar(64), m.NotNull),
		m.Col("code", m.Varchar(32), m.NotNull),
		m.Col("qty", m.Integer, m.NotNull, m.Default("0")),
		m.Col("note", m.Text),
		m.UniqueConstraint("", m.Cols("code")),
		m.CheckConstraint("qty_nonneg", "qty >= 0"),
		m.ForeignKey("", m.Cols("parent_id"), "parent", m.Cols("id")),
	)
	op.CreateIndex("", "big", m.Cols("name"))
	op.CreateIndex("", "big", m.Cols("parent_id", "qty"))
	op.CreateTable("child",
		m.Col("id", m.Integer, m.PrimaryKey),
		m.Col("big_id", m.Integer, m.NotNull, m.References("big", "id", m.OnDelete("CASCADE"))),
	)
}

func bigRegistry(failing bool) *m.Registry {
	reg := m.NewRegistry()
	reg.Add(m.Revision{ID: "b1", Message: "schema", Upgrade: func(op *m.Op) error { bigSchema(op); return nil }})
	reg.Add(m.Revision{ID: "b2", Revises: []string{"b1"}, Message: "batch",
		Upgrade: func(op *m.Op) error {
			op.BatchAlterTable("big", func(b *m.Batch) {
				b.DropColumn("note")
				b.AlterColumn("qty", m.SetType(m.BigInt))
				b.AddColumn(m.Col("active", m.Bool, m.NotNull, m.Default("1")))
				if failing {
					// Every row has qty >= 0: the copy fails half-way.
					b.CreateCheckConstraint("qty_negative", "qty < 0")
				}
			})
			return nil
		}})
	return reg
}

// series prefixes an INSERT … SELECT … FROM s with s: the numbers 1 to n.
func series(n int, insert string) string {
	return fmt.Sprintf("WITH RECURSIVE s(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM s WHERE value < %d) %s", n, insert)
}

// checksum summarises the rows of big that the batch keeps.
func checksum(t *testing.T, db *sql.DB) string {
	t.Helper()
	var n, ids, names, qty, parents int64
	var codes string
	err := db.QueryRow(`SELECT count(*), sum(id), sum(length(name)), sum(qty), sum(parent_id),
		(SELECT group_concat(code, ',') FROM (SELECT code FROM big ORDER BY id LIMIT 5)) FROM big`).Scan(&n, &ids, &names, &qty, &parents, &codes)
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("rows=%d ids=%d names=%d qty=%d parents=%d codes=%s", n, ids, names, qty, parents, codes)
}

func schemaOf(t *testing.T, db *sql.DB, table string) string {
	t.Helper()
	rows, err := db.Query("SELECT type, name, sql FROM sqlite_schema WHERE tbl_name = ? AND sql IS NOT NULL ORDER BY type, name", table)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var b strings.Builder
	for rows.Next() {
		var typ, name, text string
		if err := rows.Scan(&typ, &name, &text); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s %s: %s\n", typ, name, text)
	}
	return b.String()
}

// TestBatchMillionRows: on a SQLite table of 1,000,000 rows with two
// indexes, a unique, a check and foreign keys in and out, one batch drops
// a column, changes a type and adds a NOT NULL column with a default: one
// rebuild, rows and content kept, foreign keys clean, indexes back. A
// failure inside the block leaves the table as it was.
func TestBatchMillionRows(t *testing.T) {
	rows := 1_000_000
	if testing.Short() {
		rows = 20_000
	}
	ctx := context.Background()
	for _, failing := range []bool{false, true} {
		t.Run(map[bool]string{false: "rebuild", true: "failure rolls back"}[failing], func(t *testing.T) {
			dsn := "file:" + filepath.Join(t.TempDir(), "big.db") + "?_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=cache_size(-262144)"
			db, err := sql.Open("sqlite", dsn)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			db.SetMaxOpenConns(1)
			r, err := m.New(db, m.SQLite, bigRegistry(failing))
			if err != nil {
				t.Fatal(err)
			}
			if err := r.Upgrade(ctx, "b1"); err != nil {
				t.Fatal(err)
			}
			for _, q := range []string{
				series(1000, "INSERT INTO parent (id, name) SELECT value, 'p' || value FROM s"),
				series(rows, `INSERT INTO big (id, parent_id, name, code, qty, note)
					SELECT value, 1 + value % 1000, 'name ' || (value % 977), 'c' || value, value % 50, 'n' FROM s`),
				series(1000, "INSERT INTO child (id, big_id) SELECT value, value * 7 FROM s"),
			} {
				if _, err := db.ExecContext(ctx, q); err != nil {
					t.Fatal(err)
				}
			}
			before, beforeSchema := checksum(t, db), schemaOf(t, db, "big")

			// The plan: exactly one rebuild of big.
			var script bytes.Buffer
			if err := r.UpgradeSQL(ctx, &script, "b1:b2"); err != nil {
				t.Fatal(err)
			}
			if n := strings.Count(script.String(), "CREATE TABLE _autogen_new_big"); n != 1 {
				t.Errorf("the batch rebuilds big %d times, want once:\n%s", n, script.String())
			}

			err = r.Upgrade(ctx, "b2")
			if failing {
				var me *m.MigrationError
				if !errors.As(err, &me) || !strings.Contains(err.Error(), "CHECK constraint failed") {
					t.Fatalf("Upgrade = %v, want the check to fail the copy", err)
				}
				if got := checksum(t, db); got != before {
					t.Errorf("rows changed after a failed batch: %s, were %s", got, before)
				}
				if got := schemaOf(t, db, "big"); got != beforeSchema {
					t.Errorf("big changed after a failed batch:\n%s\nwas:\n%s", got, beforeSchema)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := checksum(t, db); got != before {
				t.Errorf("rows changed by the batch: %s, were %s", got, before)
			}
			after := schemaOf(t, db, "big")
			for _, want := range []string{"qty BIGINT NOT NULL DEFAULT 0", "active BOOLEAN NOT NULL DEFAULT 1",
				"CONSTRAINT uq_big_code UNIQUE (code)", "CONSTRAINT ck_big_qty_nonneg CHECK (qty >= 0)",
				"CONSTRAINT fk_big_parent_id_parent FOREIGN KEY (parent_id) REFERENCES parent (id)",
				"index ix_big_name: CREATE INDEX ix_big_name ON big (name)",
				"index ix_big_parent_id_qty: CREATE INDEX ix_big_parent_id_qty ON big (parent_id, qty)"} {
				if !strings.Contains(after, want) {
					t.Errorf("after the batch, big lacks %q:\n%s", want, after)
				}
			}
			if strings.Contains(after, "note") {
				t.Errorf("column note survived:\n%s", after)
			}
			var active, violations, children int
			if err := db.QueryRow("SELECT count(*) FROM big WHERE active = 1").Scan(&active); err != nil || active != rows {
				t.Errorf("rows with the new column's default: %d, %v", active, err)
			}
			if err := db.QueryRow("SELECT count(*) FROM pragma_foreign_key_check").Scan(&violations); err != nil || violations != 0 {
				t.Errorf("foreign_key_check: %d violations, %v", violations, err)
			}
			if err := db.QueryRow("SELECT count(*) FROM child JOIN big ON big.id = child.big_id").Scan(&children); err != nil || children != 1000 {
				t.Errorf("child rows still joined to big: %d, %v", children, err)
			}
			var fk int
			if err := db.QueryRow("PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
				t.Errorf("foreign_keys after the run = %d, %v; want it back on", fk, err)
			}
		})
	}
}

// TestForeignKeysChecked: SQLite runs a migration with foreign key
// enforcement off, so a revision that orphans rows fails before the
// commit, and rolls back, when the connection enforced foreign keys.
// Violations the database had before the run do not stop it.
func TestForeignKeysChecked(t *testing.T) {
	ctx := context.Background()
	db := openSQLiteFile(t, "fk.db?_pragma=foreign_keys(1)")
	reg := m.NewRegistry()
	reg.Add(m.Revision{ID: "f1", Message: "schema", Upgrade: func(op *m.Op) error {
		op.CreateTable("authors", m.Col("id", m.Integer, m.PrimaryKey))
		op.CreateTable("books",
			m.Col("id", m.Integer, m.PrimaryKey),
			m.Col("author_id", m.Integer, m.NotNull, m.References("authors", "id")),
		)
		op.Exec("INSERT INTO authors (id) VALUES (1), (2)")
		op.Exec("INSERT INTO books (id, author_id) VALUES (10, 1)")
		return nil
	}})
	reg.Add(m.Revision{ID: "f2", Revises: []string{"f1"}, Message: "orphan a book", Upgrade: func(op *m.Op) error {
		op.Exec("DELETE FROM authors WHERE id = 1")
		return nil
	}})
	reg.Add(m.Revision{ID: "f3", Revises: []string{"f1"}, Message: "unrelated", Upgrade: func(op *m.Op) error {
		op.Exec("DELETE FROM authors WHERE id = 2")
		return nil
	}})
	// Mends the older violation and makes a new one: the count stays, the
	// check does not pass.
	reg.Add(m.Revision{ID: "f4", Revises: []string{"f3"}, Message: "trade one orphan for another", Upgrade: func(op *m.Op) error {
		op.Exec("DELETE FROM books WHERE id = 11")
		op.Exec("DELETE FROM authors WHERE id = 1")
		return nil
	}})
	// A foreign key SQLite cannot check (no unique index on what it refers
	// to), and a revision that repairs one made outside autogen.
	reg.Add(m.Revision{ID: "f5", Revises: []string{"f3"}, Message: "a key to a non-unique column", Upgrade: func(op *m.Op) error {
		op.Exec("CREATE TABLE codes (code TEXT)")
		op.Exec("CREATE TABLE uses (code TEXT REFERENCES codes (code))")
		return nil
	}})
	reg.Add(m.Revision{ID: "f6", Revises: []string{"f3"}, Message: "repair it", Upgrade: func(op *m.Op) error {
		op.Exec("CREATE UNIQUE INDEX ix_codes_code ON codes (code)")
		return nil
	}})
	r, err := m.New(db, m.SQLite, reg)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Upgrade(ctx, "f1"); err != nil {
		t.Fatal(err)
	}
	err = r.Upgrade(ctx, "f2")
	if err == nil || !strings.Contains(err.Error(), "foreign keys broken by the migration: 1 new violation(s); row 10 of books refers to a missing row of authors") {
		t.Fatalf("Upgrade(f2) = %v, want the orphaned book named", err)
	}
	var authors int
	if err := db.QueryRow("SELECT count(*) FROM authors").Scan(&authors); err != nil || authors != 2 {
		t.Errorf("authors after the failed run: %d, %v; want both kept", authors, err)
	}
	if cur, err := r.Current(ctx); err != nil || len(cur) != 1 || cur[0] != "f1" {
		t.Errorf("Current = %v, %v; want f1", cur, err)
	}

	// A violation made before, outside autogen, does not fail another
	// revision.
	if _, err := db.Exec("PRAGMA foreign_keys = OFF"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("INSERT INTO books (id, author_id) VALUES (11, 99)"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("PRAGMA foreign_keys = ON"); err != nil {
		t.Fatal(err)
	}
	if err := r.Upgrade(ctx, "f3"); err != nil {
		t.Fatalf("Upgrade(f3) with an older violation = %v", err)
	}
	err = r.Upgrade(ctx, "f4")
	if err == nil || !strings.Contains(err.Error(), "1 new violation(s); row 10 of books refers to a missing row of authors") {
		t.Errorf("Upgrade(f4) = %v, want the new orphan named", err)
	}
	// A revision that makes such a key fails: SQLite would refuse every
	// write to uses.
	if err := r.Upgrade(ctx, "f5"); err == nil || !strings.Contains(err.Error(), `foreign key mismatch - "uses" referencing "codes"`) {
		t.Errorf("Upgrade(f5) = %v, want the mismatch named", err)
	}
	if _, err := db.Exec("CREATE TABLE codes (code TEXT); CREATE TABLE uses (code TEXT REFERENCES codes (code))"); err != nil {
		t.Fatal(err)
	}
	if err := r.Upgrade(ctx, "f6"); err != nil {
		t.Errorf("Upgrade(f6), which repairs a key SQLite could not check = %v", err)
	}
}

// TestRebuildChecksDependents: a rebuild that drops a column a view or a
// trigger uses fails, and rolls back, as SQLite's own DROP COLUMN does;
// SQLite does not check a view or trigger when the rebuild creates it
// again.
func TestRebuildChecksDependents(t *testing.T) {
	for _, tc := range []struct{ name, dependent, want string }{
		{"view", "CREATE VIEW v AS SELECT id, b FROM t", "view v no longer works after rebuilding t"},
		{"trigger", "CREATE TRIGGER tr AFTER UPDATE ON t BEGIN SELECT NEW.b; END", "a trigger on t (tr) no longer works after rebuilding t"},
		{"trigger on another table", "CREATE TABLE log (id INTEGER PRIMARY KEY); CREATE TRIGGER tr AFTER INSERT ON log BEGIN SELECT b FROM t; END",
			"a trigger on log (tr) no longer works after rebuilding t"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			db := openSQLiteFile(t, "dep.db")
			// The check makes SQLite rebuild t to drop b.
			if _, err := db.Exec("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT CHECK (a <> ''), b TEXT); " + tc.dependent); err != nil {
				t.Fatal(err)
			}
			reg := m.NewRegistry()
			reg.Add(m.Revision{ID: "d1", Message: "drop b", Upgrade: func(op *m.Op) error {
				op.BatchAlterTable("t", func(b *m.Batch) { b.DropColumn("b") }, m.Recreate("always"))
				return nil
			}})
			r, err := m.New(db, m.SQLite, reg)
			if err != nil {
				t.Fatal(err)
			}
			err = r.Upgrade(ctx, "head")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Upgrade = %v, want %q", err, tc.want)
			}
			var n int
			if err := db.QueryRow("SELECT count(*) FROM pragma_table_info('t') WHERE name = 'b'").Scan(&n); err != nil || n != 1 {
				t.Errorf("column b after the failed run: %d, %v; want it kept", n, err)
			}
		})
	}
}

// TestForeignKeysOldOrphanRebuilt: a rebuild renumbers the rowids of a
// table whose key is not its rowid; an orphan it had before is still the
// same orphan, not a new one.
func TestForeignKeysOldOrphanRebuilt(t *testing.T) {
	ctx := context.Background()
	db := openSQLiteFile(t, "fk.db?_pragma=foreign_keys(1)")
	for _, s := range []string{
		"CREATE TABLE parent (id INTEGER PRIMARY KEY)",
		"CREATE TABLE child (name TEXT PRIMARY KEY, pid INTEGER REFERENCES parent (id), note TEXT)",
		"INSERT INTO parent (id) VALUES (1)",
		"PRAGMA foreign_keys = OFF",
		"INSERT INTO child (name, pid) VALUES ('b', 1), ('c', 1), ('a', 99)", // 'a' is an orphan, rowid 3
		"DELETE FROM child WHERE name = 'b'",
		"PRAGMA foreign_keys = ON",
	} {
		if _, err := db.Exec(s); err != nil {
			t.Fatal(err)
		}
	}
	reg := m.NewRegistry()
	reg.Add(m.Revision{ID: "r1", Message: "rebuild child", Upgrade: func(op *m.Op) error {
		op.BatchAlterTable("child", func(b *m.Batch) { b.DropColumn("note") }, m.Recreate("always"))
		return nil
	}})
	reg.Add(m.Revision{ID: "r2", Revises: []string{"r1"}, Message: "rename and retype the key", Upgrade: func(op *m.Op) error {
		op.AlterColumn("child", "pid", m.RenameTo("parent_id"))
		op.BatchAlterTable("child", func(b *m.Batch) { b.AlterColumn("parent_id", m.SetType(m.Text)) })
		return nil
	}})
	reg.Add(m.Revision{ID: "r3", Revises: []string{"r2"}, Message: "a second orphan of the same value", Upgrade: func(op *m.Op) error {
		op.Exec("INSERT INTO child (name, parent_id) VALUES ('d', 99)")
		return nil
	}})
	r, err := m.New(db, m.SQLite, reg)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Upgrade(ctx, "r2"); err != nil {
		t.Errorf("Upgrade with an older orphan in a rebuilt, renamed, retyped table = %v", err)
	}
	if err := r.Upgrade(ctx, "r3"); err == nil || !strings.Contains(err.Error(), "1 new violation(s)") {
		t.Errorf("Upgrade adding a second orphan of the same value = %v, want it refused", err)
	}
}

// openSQLiteFile opens a new SQLite file (name, with its URI query) on one
// connection, closed after the test.
func openSQLiteFile(t *testing.T, name string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+filepath.Join(t.TempDir(), name))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	db.SetMaxOpenConns(1)
	return db
}
