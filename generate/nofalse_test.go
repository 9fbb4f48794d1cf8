package generate_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	m "github.com/autogen-go/autogen/migrate"
)

// nofalseSchema is a set of models (testdata/nofalse/<name>) that a
// database made from the same definitions must match exactly.
type nofalseSchema struct {
	name     string
	dialects []string // nil: both
	covers   string
}

var (
	pgOnly     = []string{"postgres"}
	sqliteOnly = []string{"sqlite"}
)

var nofalseSchemas = []nofalseSchema{
	{"types_integer", nil, "int16/32/64, uint8, pointers; int, int4, int8, int2, INTEGER, BigInt, smallint"},
	{"types_text", nil, "string, size:n, varchar(n), character varying(n), VARCHAR(n), varchar( n ), varchar, TEXT, char(n), character(n), sql.NullString"},
	{"types_bool", nil, "bool, bool/BOOLEAN spellings, sql.NullBool, defaults true/false/TRUE"},
	{"types_float", nil, "float32/64, real, float4, double precision, float8"},
	{"types_numeric", nil, "numeric, numeric(p,s), numeric(p, s), decimal(p,s), numeric(p), DECIMAL"},
	{"types_time", nil, "time.Time, timestamp, timestamptz, with/without time zone, timestamp(3), timestamptz(3), date, time, time(2), sql.NullTime"},
	{"types_binary_uuid_json", nil, "[]byte, uuid, UUID, json.RawMessage"},
	{"types_pg_arrays", pgOnly, "text[], int[], bigint[], varchar(10)[], integer[][], timestamptz[], array defaults '{}' and ARRAY['a', 'b']"},
	{"types_pg_misc", pgOnly, "inet, cidr, macaddr, money, tsvector, xml, interval, interval(3), json, timetz, bit(8), varbit(16)"},
	{"types_sqlite_affinity", sqliteOnly, "TINYINT, MEDIUMINT, UNSIGNED BIG INT, INT, NVARCHAR(n), CLOB, DOUBLE, FLOAT, NUMERIC, DECIMAL(p,s), DATETIME, BOOLEAN, lower case"},
	{"defaults_numbers", nil, "0, '0', -1, (42), 1.5, '2.5', 0.25, numeric 0 and '9.99', 9000000000, -0.5"},
	{"defaults_text", nil, "'', 'x', varchar 'draft', 'it''s', spaces, commas, char, NULL, '42' on text"},
	{"defaults_bool", nil, "true, false, TRUE, False, nullable"},
	{"defaults_time", nil, "CURRENT_TIMESTAMP, current_timestamp, CURRENT_DATE, CURRENT_TIME, date and timestamp literals"},
	{"defaults_pg_time", pgOnly, "now(), CURRENT_TIMESTAMP, transaction_timestamp(), LOCALTIMESTAMP, now() + interval, ::date, 'epoch', AT TIME ZONE"},
	{"defaults_pg_functions", pgOnly, "gen_random_uuid(), md5(random()::text), '{}' on jsonb, ::jsonb, (1 + 2), '7'::integer, 'x'::text, lower(), ARRAY[...], (-5)"},
	{"defaults_sqlite", sqliteOnly, "1/0 for booleans, (1 + 2), -3, 0.5, 'hello', CURRENT_TIMESTAMP, X'00ff', (abs(random()) % 10)"},
	{"pk_identity", nil, "bigint and integer identity keys, autoincrement:false, autoincrement (SQLite AUTOINCREMENT)"},
	{"pk_composite", nil, "composite key, named key in column order, varchar key"},
	{"indexes_plain", nil, "index, index:name, composite by shared name, nullable column"},
	{"indexes_unique", nil, "uniqueindex, named, composite"},
	{"indexes_order", nil, "DESC, ASC, NULLS FIRST, NULLS LAST, mixed"},
	{"indexes_expression", nil, "lower(), unique on lower(), (a + b), upper() DESC with a column, coalesce()"},
	{"indexes_partial", nil, "IS NULL, boolean column, = 'x', AND range, IN (...), OR"},
	{"indexes_pg_methods", pgOnly, "gin, gin jsonb_path_ops, hash, brin, INCLUDE, text_pattern_ops, COLLATE \"C\", gin on text[]"},
	{"uniques", nil, "unique, named composite, named single"},
	{"uniques_pg_deferrable", pgOnly, "DEFERRABLE, DEFERRABLE INITIALLY DEFERRED"},
	{"fks_actions", nil, "ON DELETE CASCADE/SET NULL/RESTRICT/NO ACTION/SET DEFAULT, ON UPDATE CASCADE/RESTRICT, self-reference"},
	{"fks_composite", nil, "composite foreign key to a composite unique, foreign key to a unique column"},
	{"fks_pg_deferrable", pgOnly, "DEFERRABLE INITIALLY DEFERRED, MATCH FULL DEFERRABLE, composite key"},
	{"fks_cycle", nil, "two tables referring to each other, self-reference"},
	{"checks", nil, "named and column checks: >, <=, IN, BETWEEN, length() AND, LIKE, IS NOT NULL OR <>"},
	{"checks_pg", pgOnly, "regular expression, = ANY (ARRAY[...]), NOT (...), ::numeric cast, upper()"},
	{"checks_pg_reprinted", pgOnly, "varchar IN lists in a check and a partial index, as a downgrade creates them again from PostgreSQL's text"},
	{"collations", sqliteOnly, "COLLATE NOCASE, RTRIM and \"BINARY\" after the type, in any case"},
	{"collations_pg", pgOnly, "COLLATE \"C\" and collate \"POSIX\" after the type"},
	{"comments_pg", pgOnly, "table and column comments with commas and quotes"},
	{"enums_pg", pgOnly, "enum NOT NULL with default and index, nullable enum, enum shared by two tables"},
	{"names_quoted", nil, "reserved words (user, group, select, desc, order, table), CamelCase, a space"},
	{"names_long", nil, "names past 63 bytes, shortened by the conventions"},
	{"blog_app", nil, "an application: varchar unique, defaults, composite index with DESC, FKs with actions, check, composite key"},
	{"shop_app", nil, "an application: numeric money, char(2) default, partial index, check IN, composite key with FK"},
}

// TestNoFalsePositives checks that models autogenerate to nothing when
// the database already has what they declare, made two ways: by the
// SQL a user would write by hand (testdata/nofalse/<name>/
// schema.<dialect>.sql, in other spellings than the models'), and by the
// draft autogenerate makes from an empty database, built and upgraded.
func TestNoFalsePositives(t *testing.T) {
	if len(nofalseSchemas) < 30 {
		t.Fatalf("%d schemas; the acceptance asks for at least 30", len(nofalseSchemas))
	}
	type run struct {
		s       nofalseSchema
		dialect string
		db      *testDB
	}
	var sqlRuns, draftRuns []*run
	for _, dialect := range dialects {
		fresh := newDBs(t, dialect)
		for _, s := range nofalseSchemas {
			if s.dialects != nil && !slices.Contains(s.dialects, dialect) {
				continue
			}
			if _, err := os.Stat(sqlFile(s.name, dialect)); err == nil {
				sqlRuns = append(sqlRuns, &run{s: s, dialect: dialect, db: fresh.new(t)})
			}
			draftRuns = append(draftRuns, &run{s: s, dialect: dialect, db: fresh.new(t)})
		}
	}
	t.Run("sql", func(t *testing.T) {
		for _, r := range sqlRuns {
			t.Run(r.dialect+"/"+r.s.name, func(t *testing.T) {
				text, err := os.ReadFile(sqlFile(r.s.name, r.dialect))
				if err != nil {
					t.Fatal(err)
				}
				r.db.exec(t, string(text))
				res := r.db.compare(t, r.db.options(nofalseModels.schema(t, r.s.name, r.dialect)))
				if got := changeLines(res); len(got) > 0 {
					t.Errorf("the database made by %s differs from the models by %d changes:\n%s", sqlFile(r.s.name, r.dialect), len(got), joinLines(got))
				}
			})
		}
	})
	prog := &draftProgram{}
	drafted := map[*run]bool{}
	t.Run("draft", func(t *testing.T) {
		for _, r := range draftRuns {
			t.Run(r.dialect+"/"+r.s.name, func(t *testing.T) {
				r.db.apply(t, func(*m.Op) error { return nil })
				o := r.db.options(nofalseModels.schema(t, r.s.name, r.dialect))
				res := r.db.compare(t, o)
				if len(res.Changes) == 0 {
					t.Fatal("no changes from an empty database")
				}
				prog.add(r.dialect, r.s.name, draft(t, res, o, r.s.name))
				drafted[r] = true
			})
		}
	})
	if len(drafted) == 0 {
		t.Fatal("no draft was made")
	}
	prog.build(t)
	var toUpgrade []draftRun
	for _, r := range draftRuns {
		if drafted[r] {
			toUpgrade = append(toUpgrade, draftRun{r.s.name, r.db})
		}
	}
	upgraded := prog.runAll(t, "upgrade", "head", toUpgrade)
	t.Run("upgrade", func(t *testing.T) {
		for _, r := range draftRuns {
			if !drafted[r] {
				continue
			}
			t.Run(r.dialect+"/"+r.s.name, func(t *testing.T) {
				if err := upgraded[r.dialect+"/"+r.s.name]; err != "" {
					t.Fatalf("upgrade head: %s", err)
				}
				res := r.db.compare(t, r.db.options(nofalseModels.schema(t, r.s.name, r.dialect)))
				if got := changeLines(res); len(got) > 0 {
					t.Errorf("after the upgrade of its own draft, %d changes:\n%s", len(got), joinLines(got))
				}
			})
		}
	})
}

func sqlFile(name, dialect string) string {
	return filepath.Join("testdata", "nofalse", name, "schema."+dialect+".sql")
}
