package migrate_test

import (
	"bytes"
	"context"
	"database/sql"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/autogen-go/autogen/internal/pgtest"
	m "github.com/autogen-go/autogen/migrate"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// everything is a history that uses every operation, the way revision
// files do, with the PostgreSQL-only ones on PostgreSQL.
func everything() *m.Registry {
	reg := m.NewRegistry()
	pg := func(op *m.Op) bool { return op.Dialect() == m.Postgres }
	reg.Add(m.Revision{ID: "a1", Message: "create users and accounts",
		Upgrade: func(op *m.Op) error {
			if pg(op) {
				op.CreateEnum("plan", "free", "pro")
			}
			op.CreateTable("users",
				m.Col("id", m.BigInt, m.PrimaryKey, m.Identity),
				m.Col("email", m.Varchar(255), m.NotNull, m.Comment("login")),
				m.Col("name", m.Text),
				m.Col("age", m.Integer),
				m.TableComment("people who log in"),
			)
			op.CreateIndex("", "users", m.Cols("email"), m.Unique)
			op.CreateTable("accounts",
				m.Col("id", m.BigInt, m.PrimaryKey, m.Identity),
				m.Col("owner_id", m.BigInt, m.NotNull),
				m.Col("plan", map[bool]m.Type{true: m.Enum("plan"), false: m.Varchar(10)}[pg(op)], m.NotNull, m.Default("'free'")),
				m.Col("balance", m.Numeric(12, 2), m.NotNull, m.Default("0")),
				m.ForeignKey("", m.Cols("owner_id"), "users", m.Cols("id"), m.OnDelete("CASCADE")),
				m.CheckConstraint("balance_nonneg", "balance >= 0"),
			)
			return nil
		},
		Downgrade: func(op *m.Op) error {
			op.DropTable("accounts")
			op.DropIndex("ix_users_email", "users")
			op.DropTable("users")
			if pg(op) {
				op.DropEnum("plan")
			}
			return nil
		}})
	reg.Add(m.Revision{ID: "a2", Revises: []string{"a1"}, Message: "seed data",
		Upgrade: func(op *m.Op) error {
			op.BulkInsert("users", m.Cols("id", "email", "name", "age"),
				[]any{1, "ada@example.com", "Ada O'Brien", 36},
				[]any{2, "bob@example.com", `back\slash "quoted"`, nil},
				[]any{3, "cy@example.com", "line\nbreak; -- not a comment", 71},
			)
			op.Exec("INSERT INTO accounts (id, owner_id, balance) VALUES (10, 1, 5.5), (11, 2, 0)")
			op.Exec(map[bool]string{true: "UPDATE users SET age = $1 WHERE id = $2", false: "UPDATE users SET age = ? WHERE id = ?"}[pg(op)], 37, 1)
			return nil
		},
		Downgrade: func(op *m.Op) error {
			op.Exec("DELETE FROM accounts")
			op.Exec("DELETE FROM users")
			return nil
		}})
	reg.Add(m.Revision{ID: "a3", Revises: []string{"a2"}, Message: "alter users",
		Upgrade: func(op *m.Op) error {
			op.AddColumn("users", m.Col("active", m.Bool, m.NotNull, m.Default("true")))
			op.AlterColumn("users", "age", m.SetType(m.BigInt))
			op.AlterColumn("users", "name", m.SetNotNull, m.SetDefault("''"))
			op.AlterColumn("users", "email", m.RenameTo("login"))
			op.CreateCheckConstraint("", "users", "age >= 0")
			if pg(op) {
				op.AlterColumn("users", "active", m.SetComment("can log in"))
			}
			return nil
		},
		Downgrade: func(op *m.Op) error {
			if pg(op) {
				op.AlterColumn("users", "active", m.DropComment)
			}
			op.DropConstraint("ck_users_age", "users")
			op.AlterColumn("users", "login", m.RenameTo("email"))
			op.AlterColumn("users", "name", m.DropNotNull, m.DropDefault)
			op.AlterColumn("users", "age", m.SetType(m.Integer))
			op.DropColumn("users", "active")
			return nil
		}})
	reg.Add(m.Revision{ID: "a4", Revises: []string{"a3"}, Message: "tags",
		Upgrade: func(op *m.Op) error {
			op.CreateTable("tags", m.Col("name", m.Varchar(30), m.NotNull), m.Col("account_id", m.BigInt))
			op.CreatePrimaryKey("", "tags", m.Cols("name"))
			op.CreateForeignKey("", "tags", m.Cols("account_id"), "accounts", m.Cols("id"), m.OnDelete("SET NULL"))
			op.CreateUniqueConstraint("", "tags", m.Cols("account_id", "name"))
			op.CreateIndex("ix_tags_lower_name", "tags", m.Expr("lower(name)"), m.Where("account_id IS NOT NULL"))
			op.RenameTable("tags", "labels")
			if pg(op) {
				op.AddEnumValue("plan", "team", m.Before("pro"))
				op.AutocommitBlock(func(op *m.Op) {
					op.CreateIndex("ix_accounts_balance", "accounts", m.Desc("balance"), m.Concurrently)
				})
			}
			return nil
		},
		Downgrade: func(op *m.Op) error {
			if pg(op) {
				op.AutocommitBlock(func(op *m.Op) { op.DropIndex("ix_accounts_balance", "accounts", m.Concurrently) })
				op.Exec("ALTER TYPE plan RENAME TO plan_old")
				op.CreateEnum("plan", "free", "pro")
				op.Exec("ALTER TABLE accounts ALTER COLUMN plan DROP DEFAULT")
				op.Exec("ALTER TABLE accounts ALTER COLUMN plan TYPE plan USING plan::text::plan")
				op.Exec("ALTER TABLE accounts ALTER COLUMN plan SET DEFAULT 'free'")
				op.DropEnum("plan_old")
			}
			op.RenameTable("labels", "tags")
			op.DropIndex("ix_tags_lower_name", "tags")
			op.DropConstraint("uq_tags_account_id_name", "tags")
			op.DropConstraint("fk_tags_account_id_accounts", "tags")
			op.DropConstraint("pk_tags", "tags")
			op.DropTable("tags")
			return nil
		}})
	reg.Add(m.Revision{ID: "a5", Revises: []string{"a4"}, Message: "batch",
		Upgrade: func(op *m.Op) error {
			op.BatchAlterTable("accounts", func(b *m.Batch) {
				b.AddColumn(m.Col("note", m.Text))
				b.AlterColumn("balance", m.SetType(m.Numeric(14, 2)))
				b.CreateIndex("", m.Cols("owner_id"))
			})
			if pg(op) {
				op.SetTableComment("accounts", "money")
			}
			return nil
		},
		Downgrade: func(op *m.Op) error {
			if pg(op) {
				op.DropTableComment("accounts")
			}
			op.BatchAlterTable("accounts", func(b *m.Batch) {
				b.DropIndex("ix_accounts_owner_id")
				b.AlterColumn("balance", m.SetType(m.Numeric(12, 2)))
				b.DropColumn("note")
			})
			return nil
		}})
	return reg
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s (-want +got):\n%s", name, diff)
	}
}

// runScript runs an SQL script with the database's own client, stopping
// at the first error: psql -v ON_ERROR_STOP=1, sqlite3 -bail.
func runScript(t *testing.T, d m.Dialect, dsn string, script []byte) {
	t.Helper()
	var cmd *exec.Cmd
	if d == m.Postgres {
		cmd = exec.Command("psql", "-q", "-X", "-v", "ON_ERROR_STOP=1", "-d", dsn)
	} else {
		cmd = exec.Command("sqlite3", "-bail", strings.TrimPrefix(dsn, "file:"))
	}
	cmd.Stdin = bytes.NewReader(script)
	out, err := cmd.CombinedOutput()
	if err != nil {
		if _, lookErr := exec.LookPath(cmd.Path); lookErr != nil && os.Getenv("CI") != "true" {
			t.Skipf("%s is not installed", cmd.Path)
		}
		t.Fatalf("%s: %v\n%s", cmd.Path, err, out)
	}
	if len(out) > 0 && d == m.SQLite {
		t.Fatalf("sqlite3 printed:\n%s", out)
	}
}

func rowsText(t *testing.T, db *sql.DB) string {
	t.Helper()
	rows, err := db.Query("SELECT id || '|' || login || '|' || name || '|' || coalesce(CAST(age AS TEXT), 'null') FROM users ORDER BY id")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	return strings.Join(out, "\n")
}

// TestOffline: the offline script of a history that uses every operation
// matches its golden file, runs cleanly with the database's own client on
// an empty database, and leaves the schema (and rows) the online upgrade
// leaves; its downgrade script takes it back to empty.
func TestOffline(t *testing.T) {
	ctx := context.Background()
	for _, c := range databases(t) {
		t.Run(string(c.dialect), func(t *testing.T) {
			dsn := func(name string) string {
				if c.dialect == m.Postgres {
					return pgtest.URL(t)
				}
				return "file:" + filepath.Join(t.TempDir(), name)
			}
			onlineDSN, offlineDSN := dsn("online.db"), dsn("offline.db")
			db, err := sql.Open(c.driver, onlineDSN)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			r, err := m.New(db, c.dialect, everything())
			if err != nil {
				t.Fatal(err)
			}
			if err := r.Upgrade(ctx, "head"); err != nil {
				t.Fatal(err)
			}
			want := catalog(t, c, onlineDSN)
			wantRows := rowsText(t, db)

			var up, down bytes.Buffer
			if err := r.UpgradeSQL(ctx, &up, "head"); err != nil {
				t.Fatal(err)
			}
			golden(t, "offline/"+string(c.dialect)+"-upgrade.sql", up.Bytes())
			if err := r.DowngradeSQL(ctx, &down, "head:base"); err != nil {
				t.Fatal(err)
			}
			golden(t, "offline/"+string(c.dialect)+"-downgrade.sql", down.Bytes())

			// An empty database for the script (SQLite: create the file).
			odb, err := sql.Open(c.driver, offlineDSN)
			if err != nil {
				t.Fatal(err)
			}
			defer odb.Close()
			if err := odb.Ping(); err != nil {
				t.Fatal(err)
			}
			runScript(t, c.dialect, offlineDSN, up.Bytes())
			if diff := cmp.Diff(want, catalog(t, c, offlineDSN)); diff != "" {
				t.Errorf("the offline upgrade leaves another schema than the online one (-online +offline):\n%s", diff)
			}
			if got := rowsText(t, odb); got != wantRows {
				t.Errorf("rows after the offline upgrade:\n%s\nwant:\n%s", got, wantRows)
			}
			runScript(t, c.dialect, offlineDSN, down.Bytes())
			var n int
			if err := odb.QueryRow("SELECT count(*) FROM autogen_version").Scan(&n); err != nil || n != 0 {
				t.Errorf("version table after the offline downgrade: %d rows, %v", n, err)
			}

			// A middle range starts from its first revision.
			var mid bytes.Buffer
			if err := r.UpgradeSQL(ctx, &mid, "a2:a4"); err != nil {
				t.Fatal(err)
			}
			text := mid.String()
			if strings.Contains(text, "CREATE TABLE autogen_version") || !strings.Contains(text, "-- Running upgrade a2 -> a3, alter users") ||
				strings.Contains(text, "a4 -> a5") || !strings.Contains(text, "UPDATE autogen_version SET version_num = 'a3' WHERE version_num = 'a2'") {
				t.Errorf("upgrade a2:a4 --sql:\n%s", text)
			}
		})
	}
}

// TestOfflineErrors: what a script cannot do fails with the revision named.
func TestOfflineErrors(t *testing.T) {
	ctx := context.Background()
	reg := m.NewRegistry()
	reg.Add(m.Revision{ID: "r1", Message: "reads rows", Upgrade: func(op *m.Op) error {
		rows, err := op.Query("SELECT 1")
		if err == nil {
			rows.Close()
		}
		return nil
	}})
	r, err := m.New(nil, m.Postgres, reg)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	err = r.UpgradeSQL(ctx, &buf, "head")
	if err == nil || !strings.Contains(err.Error(), "upgrade <base> -> r1, reads rows") || !strings.Contains(err.Error(), "needs the live database") {
		t.Errorf("UpgradeSQL of a revision that reads rows: %v", err)
	}
	if err := r.DowngradeSQL(ctx, &buf, "head"); err == nil || !strings.Contains(err.Error(), "START:END") {
		t.Errorf("DowngradeSQL without a range: %v", err)
	}
	lit := m.NewRegistry()
	lit.Add(m.Revision{ID: "r1", Upgrade: func(op *m.Op) error {
		op.Exec("INSERT INTO t VALUES ($1, $2, $3, $4, $5)", "it's", []byte{0xde, 0xad}, true, nil,
			time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC))
		op.Exec("INSERT INTO t VALUES ('$1 stays', $1)", 3.5)
		return nil
	}})
	r, err = m.New(nil, m.Postgres, lit)
	if err != nil {
		t.Fatal(err)
	}
	buf.Reset()
	if err := r.UpgradeSQL(ctx, &buf, "head"); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`INSERT INTO t VALUES ('it''s', '\xdead'::bytea, true, NULL, '2026-11-24 10:00:00Z');`,
		`INSERT INTO t VALUES ('$1 stays', 3.5);`} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("script lacks %s:\n%s", want, buf.String())
		}
	}
}

// TestOfflineExistingTables: an offline SQLite script over tables that no
// revision created (a database adopted with stamp) prints what ALTER
// TABLE can do, rebuilds a table given by m.CopyFrom, and otherwise asks
// for m.CopyFrom by name.
func TestOfflineExistingTables(t *testing.T) {
	ctx := context.Background()
	reg := m.NewRegistry()
	reg.Add(m.Revision{ID: "e1", Message: "add a column", Upgrade: func(op *m.Op) error {
		op.Exec("DROP TRIGGER legacy_touch") // made outside the revisions too
		op.AddColumn("legacy", m.Col("note", m.Text))
		op.CreateIndex("", "legacy", m.Cols("note"))
		return nil
	}})
	reg.Add(m.Revision{ID: "e2", Revises: []string{"e1"}, Message: "rebuild", Upgrade: func(op *m.Op) error {
		op.BatchAlterTable("legacy", func(b *m.Batch) {
			b.AlterColumn("name", m.SetNotNull)
		}, m.CopyFrom(
			m.Col("id", m.Integer, m.PrimaryKey),
			m.Col("name", m.Text),
			m.Col("note", m.Text),
		))
		op.AddColumn("legacy", m.Col("more", m.Text))
		return nil
	}})
	reg.Add(m.Revision{ID: "e3", Revises: []string{"e2"}, Message: "rebuild without a definition", Upgrade: func(op *m.Op) error {
		op.AlterColumn("other", "name", m.SetNotNull)
		return nil
	}})
	r, err := m.New(nil, m.SQLite, reg)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := r.UpgradeSQL(ctx, &buf, "e2"); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"ALTER TABLE legacy ADD COLUMN note TEXT;",
		"CREATE INDEX ix_legacy_note ON legacy (note);",
		"INSERT INTO _autogen_new_legacy (id, name, note) SELECT id, name, note FROM legacy;",
		"CREATE INDEX ix_legacy_note ON legacy (note);\n\nALTER TABLE legacy ADD COLUMN more TEXT;",
	} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("script lacks %q:\n%s", want, buf.String())
		}
	}
	err = r.UpgradeSQL(ctx, &buf, "e2:e3")
	if err == nil || !strings.Contains(err.Error(), `table "other" is not in the schema the script's revisions built`) || !strings.Contains(err.Error(), "m.CopyFrom") {
		t.Errorf("UpgradeSQL e2:e3 = %v; want it to ask for m.CopyFrom", err)
	}

	// Online, the index the definition leaves out survives the rebuild.
	db, err := sql.Open("sqlite", filepath.Join(t.TempDir(), "adopted.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec("CREATE TABLE legacy (id INTEGER PRIMARY KEY, name TEXT); CREATE TRIGGER legacy_touch AFTER UPDATE ON legacy BEGIN SELECT 1; END"); err != nil {
		t.Fatal(err)
	}
	if r, err = m.New(db, m.SQLite, reg); err != nil {
		t.Fatal(err)
	}
	if err := r.Upgrade(ctx, "e2"); err != nil {
		t.Fatal(err)
	}
	var ix string
	if err := db.QueryRow("SELECT sql FROM sqlite_schema WHERE name = 'ix_legacy_note'").Scan(&ix); err != nil {
		t.Errorf("index ix_legacy_note after the rebuild: %v", err)
	}
}

// TestOfflineShadowRefuses: a statement the in-memory copy refuses on a
// table the revisions built would leave the copy without a column, and a
// rebuild from it would drop that column: the script fails instead.
func TestOfflineShadowRefuses(t *testing.T) {
	reg := m.NewRegistry()
	reg.Add(m.Revision{ID: "s1", Upgrade: func(op *m.Op) error {
		op.CreateTable("t", m.Col("id", m.Integer, m.PrimaryKey), m.Col("name", m.Text))
		op.Exec("ALTER TABLE t ADD COLUMN c TEXT COLLATE unicode_ci") // a collation the real database has
		return nil
	}})
	reg.Add(m.Revision{ID: "s2", Revises: []string{"s1"}, Upgrade: func(op *m.Op) error {
		op.AlterColumn("t", "name", m.SetNotNull)
		return nil
	}})
	r, err := m.New(nil, m.SQLite, reg)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	err = r.UpgradeSQL(context.Background(), &buf, "head")
	if err == nil || !strings.Contains(err.Error(), "no such collation sequence: unicode_ci") || !strings.Contains(err.Error(), "in: ALTER TABLE t ADD COLUMN c") {
		t.Errorf("UpgradeSQL = %v; want the refused statement named", err)
	}
}
