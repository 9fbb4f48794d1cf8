package generate_test

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/autogen-go/autogen/generate"
	m "github.com/autogen-go/autogen/migrate"
)

// changeCase is one kind of change: the database before (made through
// the op API), and models (testdata/cases/<name>) that differ from it.
type changeCase struct {
	name     string
	dialects []string // nil: both
	before   func(op *m.Op) error
	// options adds to the generate options (renames).
	options func(o *generate.Options)
	// after are queries whose rows must be these after the upgrade: the
	// data the draft must keep.
	after []query
	// manualUp and manualDown are what the draft's comments ask the user
	// to do by hand after the upgrade and after the downgrade (an enum
	// value removed); the test does it.
	manualUp, manualDown []string
}

type query struct {
	sql    string
	want   []string
	sqlite []string // the rows on SQLite, when it prints them otherwise
}

func pg(op *m.Op) bool { return op.Dialect() == m.Postgres }

// usersTable is users(id, email): the starting point of many cases.
func usersTable(op *m.Op, more ...m.TableElement) {
	op.CreateTable("users", append([]m.TableElement{
		m.Col("id", m.BigInt, m.PrimaryKey, m.Identity),
		m.Col("email", m.Text, m.NotNull),
	}, more...)...)
}

// ordersWithStatus is orders(id, status) of enum status (pending,
// active), with a default: the start of the enum value cases.
func ordersWithStatus(op *m.Op) error {
	op.CreateEnum("status", "pending", "active")
	op.CreateTable("orders",
		m.Col("id", m.BigInt, m.PrimaryKey, m.Identity),
		m.Col("status", m.Enum("status"), m.NotNull, m.Default("'pending'")),
	)
	return nil
}

// restoreStatus is what the drafts ask to do by hand after a downgrade
// that removes values of status: recreate the type.
var restoreStatus = []string{
	"ALTER TYPE status RENAME TO status_old",
	"CREATE TYPE status AS ENUM ('pending', 'active')",
	"ALTER TABLE orders ALTER COLUMN status DROP DEFAULT",
	"ALTER TABLE orders ALTER COLUMN status TYPE status USING status::text::status",
	"ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'pending'::status",
	"DROP TYPE status_old",
}

var changeCases = []changeCase{
	{
		name: "table_add",
		before: func(op *m.Op) error {
			usersTable(op)
			return nil
		},
	},
	{
		name: "table_drop",
		before: func(op *m.Op) error {
			usersTable(op)
			op.CreateTable("legacy_notes",
				m.Col("id", m.BigInt, m.PrimaryKey, m.Identity),
				m.Col("user_id", m.BigInt, m.NotNull, m.References("users", "id", m.OnDelete("CASCADE"))),
				m.Col("note", m.Varchar(500), m.NotNull, m.Default("''")),
				m.Col("created_at", m.TimestampTZ, m.NotNull, m.Default("CURRENT_TIMESTAMP")),
				m.CheckConstraint("note_len", "length(note) < 400"),
				m.UniqueConstraint("uq_legacy_notes_user_note", m.Cols("user_id", "note")),
			)
			op.CreateIndex("ix_legacy_notes_created_at", "legacy_notes", m.Desc("created_at"))
			return nil
		},
	},
	{
		name: "column_add_nullable",
		before: func(op *m.Op) error {
			usersTable(op)
			return nil
		},
	},
	{
		name: "column_add_notnull_default",
		before: func(op *m.Op) error {
			usersTable(op)
			op.Exec("INSERT INTO users (email) VALUES ('a@example.com'), ('b@example.com')")
			return nil
		},
		after: []query{{sql: "SELECT email FROM users WHERE active AND score = 0 AND status = 'new' ORDER BY email", want: []string{"a@example.com", "b@example.com"}}},
	},
	{
		name: "column_drop",
		before: func(op *m.Op) error {
			usersTable(op,
				m.Col("legacy", m.Text),
				m.Col("old_score", m.Integer, m.NotNull, m.Default("0")),
				// NOT NULL without a default: the downgrade must add it
				// back to a table that has rows.
				m.Col("nick", m.Varchar(20), m.NotNull),
				m.Col("verified", m.Bool, m.NotNull),
				m.Col("joined", m.TimestampTZ, m.NotNull),
			)
			op.Exec("INSERT INTO users (email, nick, verified, joined) VALUES ('a@example.com', 'a', true, CURRENT_TIMESTAMP)")
			return nil
		},
		after: []query{{sql: "SELECT email FROM users", want: []string{"a@example.com"}}},
	},
	{
		name: "nullability",
		before: func(op *m.Op) error {
			op.CreateTable("users",
				m.Col("id", m.BigInt, m.PrimaryKey, m.Identity),
				m.Col("name", m.Text),
				m.Col("bio", m.Text, m.NotNull, m.Default("''")),
			)
			op.Exec("INSERT INTO users (name) VALUES ('ann')")
			return nil
		},
		after: []query{{sql: "SELECT name, bio FROM users", want: []string{"ann|"}}},
	},
	{
		name: "type_widen",
		before: func(op *m.Op) error {
			op.CreateTable("measures",
				m.Col("id", m.BigInt, m.PrimaryKey, m.Identity),
				m.Col("n", m.Integer, m.NotNull),
				m.Col("code", m.Varchar(50), m.NotNull),
				m.Col("amount", m.Numeric(8, 2), m.NotNull),
				m.Col("ratio", m.Float, m.NotNull),
				// The default's text stays; on SQLite its value changes
				// with the column's affinity (0 and 0.0), which is no
				// change to draft.
				m.Col("score", m.Integer, m.NotNull, m.Default("0")),
			)
			op.Exec("INSERT INTO measures (n, code, amount, ratio) VALUES (7, 'x', 12.5, 0.5)")
			return nil
		},
		after: []query{{sql: "SELECT n, code, amount, ratio FROM measures", want: []string{"7|x|12.50|0.5"}, sqlite: []string{"7|x|12.5|0.5"}}},
	},
	{
		name: "type_narrow",
		before: func(op *m.Op) error {
			op.CreateTable("measures",
				m.Col("id", m.BigInt, m.PrimaryKey, m.Identity),
				m.Col("n", m.BigInt, m.NotNull),
				m.Col("code", m.Varchar(200), m.NotNull),
				m.Col("note", m.Text, m.NotNull),
				m.Col("amount", m.Numeric(12, 4), m.NotNull),
			)
			op.Exec("INSERT INTO measures (n, code, note, amount) VALUES (7, 'x', 'short', 12.5)")
			return nil
		},
		after: []query{{sql: "SELECT n, code, note FROM measures", want: []string{"7|x|short"}}},
	},
	{
		name: "type_kind",
		before: func(op *m.Op) error {
			op.CreateTable("measures",
				m.Col("id", m.BigInt, m.PrimaryKey, m.Identity),
				m.Col("n", m.Integer, m.NotNull),
				m.Col("code", m.Text, m.NotNull),
				m.Col("at", m.Text, m.NotNull),
				// A default PostgreSQL cannot cast to the new type: the
				// draft drops it before the type changes.
				m.Col("level", m.Text, m.NotNull, m.Default("'0'")),
			)
			op.Exec("INSERT INTO measures (n, code, at) VALUES (5, '42', '2024-01-02 03:04:05+00')")
			return nil
		},
		after: []query{{sql: "SELECT n, code FROM measures WHERE code = 42", want: []string{"5|42"}}},
	},
	{
		name: "server_default",
		before: func(op *m.Op) error {
			now := "CURRENT_TIMESTAMP" // the models' spelling
			if pg(op) {
				now = "now()" // the same default to PostgreSQL: no change
			}
			op.CreateTable("settings",
				m.Col("id", m.BigInt, m.PrimaryKey, m.Identity),
				m.Col("a", m.Integer, m.NotNull),
				m.Col("b", m.Text, m.Default("'x'")),
				m.Col("c", m.Integer, m.Default("0")),
				m.Col("created", m.TimestampTZ, m.NotNull, m.Default(now)),
			)
			return nil
		},
	},
	{
		name: "primary_key",
		before: func(op *m.Op) error {
			op.CreateTable("memberships",
				m.Col("user_id", m.BigInt, m.NotNull),
				m.Col("group_id", m.BigInt, m.NotNull),
			)
			op.CreateTable("tags",
				m.Col("code", m.Text, m.PrimaryKey),
				m.Col("lang", m.Text, m.NotNull, m.Default("'en'")),
				m.Col("name", m.Text, m.NotNull),
			)
			op.Exec("INSERT INTO tags (code, name) VALUES ('go', 'Go')")
			return nil
		},
		after: []query{{sql: "SELECT code, lang, name FROM tags", want: []string{"go|en|Go"}}},
	},
	{
		name: "index_plain",
		before: func(op *m.Op) error {
			usersTable(op, m.Col("name", m.Text, m.NotNull))
			op.CreateIndex("ix_users_name", "users", m.Cols("name"))
			return nil
		},
	},
	{
		name: "index_unique",
		before: func(op *m.Op) error {
			usersTable(op, m.Col("handle", m.Text, m.NotNull))
			op.CreateIndex("ix_users_handle", "users", m.Cols("handle"))
			return nil
		},
	},
	{
		name: "index_composite",
		before: func(op *m.Op) error {
			op.CreateTable("events",
				m.Col("id", m.BigInt, m.PrimaryKey, m.Identity),
				m.Col("user_id", m.BigInt, m.NotNull),
				m.Col("kind", m.Text, m.NotNull),
				m.Col("created_at", m.TimestampTZ, m.NotNull),
			)
			op.CreateIndex("ix_events_kind_user", "events", m.Cols("user_id", "kind"))
			return nil
		},
	},
	{
		name: "index_expression",
		before: func(op *m.Op) error {
			usersTable(op, m.Col("handle", m.Text, m.NotNull))
			op.CreateIndex("ix_users_lower_email", "users", m.Expr("upper(email)"))
			return nil
		},
	},
	{
		name: "index_partial",
		before: func(op *m.Op) error {
			usersTable(op, m.Col("deleted_at", m.TimestampTZ))
			op.CreateIndex("ix_users_deleted", "users", m.Cols("deleted_at"))
			return nil
		},
	},
	{
		name: "unique_constraint",
		before: func(op *m.Op) error {
			usersTable(op,
				m.Col("org_id", m.BigInt, m.NotNull),
				m.Col("code", m.Text, m.NotNull),
				m.UniqueConstraint("uq_users_email", m.Cols("email")),
			)
			return nil
		},
	},
	{
		name: "fk_add",
		before: func(op *m.Op) error {
			op.CreateTable("orgs", m.Col("id", m.BigInt, m.PrimaryKey, m.Identity))
			op.CreateTable("teams", m.Col("id", m.BigInt, m.PrimaryKey, m.Identity))
			op.CreateTable("users",
				m.Col("id", m.BigInt, m.PrimaryKey, m.Identity),
				m.Col("org_id", m.BigInt, m.NotNull),
				m.Col("team_id", m.BigInt, m.References("teams", "id")),
			)
			op.Exec("INSERT INTO orgs (id) VALUES (1)")
			op.Exec("INSERT INTO teams (id) VALUES (1)")
			op.Exec("INSERT INTO users (org_id, team_id) VALUES (1, 1)")
			return nil
		},
		after: []query{{sql: "SELECT org_id, team_id FROM users", want: []string{"1|1"}}},
	},
	{
		name: "fk_actions",
		before: func(op *m.Op) error {
			op.CreateTable("users", m.Col("id", m.BigInt, m.PrimaryKey, m.Identity))
			op.CreateTable("posts",
				m.Col("id", m.BigInt, m.PrimaryKey, m.Identity),
				m.Col("author_id", m.BigInt, m.References("users", "id", m.OnDelete("CASCADE"))),
			)
			op.CreateTable("comments",
				m.Col("id", m.BigInt, m.PrimaryKey, m.Identity),
				m.Col("post_id", m.BigInt, m.NotNull, m.References("posts", "id")),
			)
			return nil
		},
	},
	{
		name: "check_constraint",
		before: func(op *m.Op) error {
			op.CreateTable("products",
				m.Col("id", m.BigInt, m.PrimaryKey, m.Identity),
				m.Col("price", m.BigInt, m.NotNull),
				m.Col("qty", m.BigInt, m.NotNull),
				m.Col("discount", m.BigInt, m.NotNull, m.Default("0")),
				m.CheckConstraint("price", "price >= 0"),
				m.CheckConstraint("qty", "qty > 0"),
			)
			return nil
		},
	},
	{
		name:     "comments",
		dialects: []string{"postgres"},
		before: func(op *m.Op) error {
			op.CreateTable("accounts",
				m.Col("id", m.BigInt, m.PrimaryKey, m.Identity),
				m.Col("a", m.Text, m.Comment("old a")),
				m.Col("b", m.Text, m.Comment("gone")),
				m.Col("c", m.Text),
				m.TableComment("accounts"),
			)
			op.CreateTable("notes", m.Col("id", m.BigInt, m.PrimaryKey, m.Identity), m.TableComment("to drop"))
			return nil
		},
	},
	{
		name:     "enum_create",
		dialects: []string{"postgres"},
		before: func(op *m.Op) error {
			op.CreateTable("orders", m.Col("id", m.BigInt, m.PrimaryKey, m.Identity))
			return nil
		},
	},
	{
		name:     "enum_add_value",
		dialects: []string{"postgres"},
		before:   ordersWithStatus,
		// The downgrade cannot remove the values in place.
		manualDown: restoreStatus,
	},
	{
		// PostgreSQL refuses a new value in the transaction that added it
		// (SQLSTATE 55P04): the draft adds it in an autocommit block.
		name:     "enum_value_used",
		dialects: []string{"postgres"},
		before: func(op *m.Op) error {
			// Dropped by the draft, before the enum's changes in the
			// order of changes: the block of new values still comes
			// first, so that it commits nothing of the revision.
			err := ordersWithStatus(op)
			op.CreateIndex("ix_orders_status", "orders", m.Cols("status"))
			return err
		},
		manualDown: restoreStatus,
	},
	{
		name:     "enum_remove_value",
		dialects: []string{"postgres"},
		before: func(op *m.Op) error {
			op.CreateEnum("status", "pending", "active", "archived")
			op.CreateTable("orders",
				m.Col("id", m.BigInt, m.PrimaryKey, m.Identity),
				m.Col("status", m.Enum("status"), m.NotNull),
			)
			return nil
		},
		manualUp: []string{
			"ALTER TYPE status RENAME TO status_old",
			"CREATE TYPE status AS ENUM ('pending', 'active')",
			"ALTER TABLE orders ALTER COLUMN status TYPE status USING status::text::status",
			"ALTER TABLE orders ALTER COLUMN previous TYPE status USING previous::text::status",
			"DROP TYPE status_old",
		},
		// The downgrade adds the value back with ADD VALUE: nothing by hand.
	},
	{
		name:     "type_fk_pair",
		dialects: []string{"postgres"},
		before: func(op *m.Op) error {
			op.CreateTable("employees",
				m.Col("id", m.BigInt, m.PrimaryKey, m.Identity),
				m.Col("uid", m.Varchar(36), m.NotNull, m.Unique),
			)
			op.CreateTable("badges",
				m.Col("id", m.BigInt, m.PrimaryKey, m.Identity),
				m.Col("owner_uid", m.Varchar(36), m.NotNull, m.References("employees", "uid")),
			)
			op.Exec("INSERT INTO employees (uid) VALUES ('0b7e2c1a-5f3d-4a8e-9c61-2d4f8a9b7c10')")
			op.Exec("INSERT INTO badges (owner_uid) VALUES ('0b7e2c1a-5f3d-4a8e-9c61-2d4f8a9b7c10')")
			return nil
		},
		after: []query{{sql: "SELECT owner_uid FROM badges", want: []string{"0b7e2c1a-5f3d-4a8e-9c61-2d4f8a9b7c10"}}},
	},
	{
		name:     "serial_widen",
		dialects: []string{"postgres"},
		before: func(op *m.Op) error {
			op.CreateTable("employees",
				m.Col("id", m.Integer, m.PrimaryKey, m.Serial),
				m.Col("name", m.Text, m.NotNull),
			)
			op.Exec("INSERT INTO employees (name) VALUES ('ann')")
			return nil
		},
		after: []query{{sql: "SELECT data_type FROM information_schema.sequences WHERE sequence_name = 'employees_id_seq'", want: []string{"bigint"}}},
	},
	{
		name: "identity",
		before: func(op *m.Op) error {
			op.CreateTable("jobs",
				m.Col("id", m.BigInt, m.PrimaryKey),
				m.Col("name", m.Text, m.NotNull),
			)
			op.Exec("INSERT INTO jobs (id, name) VALUES (1, 'a')")
			return nil
		},
		// The identity starts after the rows there are.
		after: []query{{sql: "SELECT id, name FROM jobs", want: []string{"1|a"}},
			{sql: "INSERT INTO jobs (name) VALUES ('b') RETURNING id", want: []string{"2"}}},
	},
	{
		name: "fk_cycle",
		before: func(op *m.Op) error {
			return nil
		},
	},
	{
		name: "rename_column",
		before: func(op *m.Op) error {
			op.CreateTable("users",
				m.Col("id", m.BigInt, m.PrimaryKey, m.Identity),
				m.Col("email", m.Varchar(100), m.NotNull),
			)
			op.Exec("INSERT INTO users (email) VALUES ('a@example.com'), ('b@example.com')")
			return nil
		},
		options: func(o *generate.Options) {
			o.RenameColumns = map[string]map[string]string{"users": {"email": "login"}}
		},
		after: []query{{sql: "SELECT login FROM users ORDER BY login", want: []string{"a@example.com", "b@example.com"}}},
	},
	{
		name: "rename_table",
		before: func(op *m.Op) error {
			op.CreateTable("people",
				m.Col("id", m.BigInt, m.PrimaryKey, m.Identity),
				m.Col("name", m.Text, m.NotNull),
			)
			op.CreateIndex("ix_people_name", "people", m.Cols("name"))
			// A foreign key follows the renamed table: no change.
			op.CreateTable("notes",
				m.Col("id", m.BigInt, m.PrimaryKey, m.Identity),
				m.Col("author_id", m.BigInt, m.NotNull),
				m.ForeignKey("fk_notes_author", m.Cols("author_id"), "people", m.Cols("id")),
			)
			op.Exec("INSERT INTO people (name) VALUES ('ann'), ('bob')")
			return nil
		},
		options: func(o *generate.Options) {
			o.RenameTables = map[string]string{"people": "members"}
		},
		after: []query{{sql: "SELECT name FROM members ORDER BY name", want: []string{"ann", "bob"}}},
	},
	{
		name: "fk_to_new_table",
		before: func(op *m.Op) error {
			op.CreateTable("teams", m.Col("id", m.BigInt, m.PrimaryKey, m.Identity))
			op.CreateTable("users",
				m.Col("id", m.BigInt, m.PrimaryKey, m.Identity),
				m.Col("team_id", m.BigInt, m.References("teams", "id")),
			)
			op.Exec("INSERT INTO users (team_id) VALUES (NULL)")
			return nil
		},
	},
	{
		name: "column_add_fk",
		before: func(op *m.Op) error {
			op.CreateTable("orgs", m.Col("id", m.BigInt, m.PrimaryKey, m.Identity))
			op.CreateTable("users", m.Col("id", m.BigInt, m.PrimaryKey, m.Identity))
			return nil
		},
	},
}

// caseRun is the state of one case between drafting and applying.
type caseRun struct {
	c       changeCase
	dialect string
	db      *testDB
	before  string // the catalog after "before"
	options generate.Options
}

// TestChangeKinds is autogenerate end to end, for every kind of change
// on both databases: the database as "before" makes it, the models of
// testdata/cases/<case>; autogenerate drafts a revision (compared with
// testdata/golden/<dialect>/<case>.go); the drafts are built into one
// program, which upgrades the databases; the models and each database
// then agree (`autogen check` exits 0), and the downgrade takes each
// database back to "before".
func TestChangeKinds(t *testing.T) {
	ctx := context.Background()
	prog := &draftProgram{asIs: true} // the golden drafts compile as they are
	var runs []*caseRun
	// The databases live as long as the test: both halves use them.
	for _, dialect := range dialects {
		fresh := newDBs(t, dialect)
		for _, c := range changeCases {
			if c.dialects == nil || slices.Contains(c.dialects, dialect) {
				runs = append(runs, &caseRun{c: c, dialect: dialect, db: fresh.new(t)})
			}
		}
	}
	drafted := map[*caseRun]bool{}
	t.Run("draft", func(t *testing.T) {
		for _, r := range runs {
			t.Run(r.dialect+"/"+r.c.name, func(t *testing.T) {
				d, c := r.db, r.c
				d.apply(t, c.before)
				r.before = d.catalog(t)
				r.options = d.options(casesModels.schema(t, c.name, r.dialect))
				if c.options != nil {
					c.options(&r.options)
				}
				res := d.compare(t, r.options)
				if len(res.Changes) == 0 {
					t.Fatal("no changes found")
				}
				t.Logf("changes:\n%s", joinLines(changeLines(res)))
				src := draft(t, res, r.options, c.name)
				compareGolden(t, filepath.Join("testdata", "golden", r.dialect, c.name+".go"), src)
				prog.add(r.dialect, c.name, src)
				drafted[r] = true
			})
		}
	})
	if len(drafted) == 0 {
		t.Fatal("no draft was made")
	}
	prog.build(t)

	// Upgrade: the database then matches the models (`autogen check`
	// exits 0), and keeps its data.
	var toApply []draftRun
	for _, r := range runs {
		if drafted[r] {
			toApply = append(toApply, draftRun{r.c.name, r.db})
		}
	}
	upgraded := prog.runAll(t, "upgrade", "head", toApply)
	t.Run("upgrade", func(t *testing.T) {
		for _, r := range runs {
			if !drafted[r] {
				continue
			}
			t.Run(r.dialect+"/"+r.c.name, func(t *testing.T) {
				d, c := r.db, r.c
				if err := upgraded[r.dialect+"/"+c.name]; err != "" {
					t.Fatalf("upgrade head: %s", err)
				}
				d.exec(t, c.manualUp...)
				o := r.options
				o.RenameTables, o.RenameColumns = nil, nil // nothing to ask for any more
				res, err := generate.Compare(ctx, o)
				if err != nil {
					t.Fatal(err)
				}
				if got := changeLines(res); len(got) > 0 {
					t.Errorf("after the upgrade, autogenerate finds %d changes:\n%s", len(got), joinLines(got))
				}
				for _, q := range c.after {
					want := q.want
					if r.dialect == "sqlite" && q.sqlite != nil {
						want = q.sqlite
					}
					if diff := cmp.Diff(want, d.query(t, q.sql)); diff != "" {
						t.Errorf("%s after the upgrade (-want +got):\n%s", q.sql, diff)
					}
				}
			})
		}
	})

	// Downgrade: the database is as it was before.
	var toRevert []draftRun
	for _, dr := range toApply {
		if upgraded[dr.key()] == "" {
			toRevert = append(toRevert, dr)
		}
	}
	downgraded := prog.runAll(t, "downgrade", "-1", toRevert)
	t.Run("downgrade", func(t *testing.T) {
		for _, r := range runs {
			err, ok := downgraded[r.dialect+"/"+r.c.name]
			if !ok {
				continue
			}
			t.Run(r.dialect+"/"+r.c.name, func(t *testing.T) {
				if err != "" {
					t.Fatalf("downgrade -1: %s", err)
				}
				r.db.exec(t, r.c.manualDown...)
				if diff := cmp.Diff(r.before, r.db.catalog(t)); diff != "" {
					t.Errorf("after the downgrade, the database is not as before (-before +after):\n%s", diff)
				}
			})
		}
	})
}

func joinLines(lines []string) string {
	out := ""
	for _, l := range lines {
		out += "  " + l + "\n"
	}
	return out
}
