package sqlite

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/autogen-go/autogen/schema"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		src  string
		want []string // kind:text
	}{
		{`a "b""c" [d e] ` + "`f`", []string{"w:a", "q:b\"c", "q:d e", "q:f"}},
		{`'it''s' x'0F' X'ab'`, []string{"s:'it''s'", "b:x'0F'", "b:X'ab'"}},
		{"1 1.5 .5 1e3 1.5E-2 0x1F 1_000", []string{"n:1", "n:1.5", "n:.5", "n:1e3", "n:1.5E-2", "n:0x1F", "n:1_000"}},
		{"a -- comment ( \n b /* ) */ c", []string{"w:a", "w:b", "w:c"}},
		{"a||b<=c<>d->e->>f", []string{"w:a", "p:||", "w:b", "p:<=", "w:c", "p:<>", "w:d", "p:->", "w:e", "p:->>", "w:f"}},
		{"? ?1 :x @y $z", []string{"v:?", "v:?1", "v::x", "v:@y", "v:$z"}},
		{"naïve_$1", []string{"w:naïve_$1"}},
		{"a /* open", []string{"w:a"}},
	}
	kinds := map[tokKind]string{tokWord: "w", tokQuoted: "q", tokString: "s", tokBlob: "b", tokNumber: "n", tokVar: "v", tokPunct: "p"}
	for _, tt := range tests {
		toks, err := tokenize(tt.src)
		if err != nil {
			t.Errorf("tokenize(%q): %v", tt.src, err)
			continue
		}
		var got []string
		for _, tk := range toks {
			got = append(got, kinds[tk.kind]+":"+tk.text)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("tokenize(%q) (-want +got):\n%s", tt.src, diff)
		}
	}
	for _, bad := range []string{`'open`, `"open`, `[open`, "`open", `x'ab`} {
		if _, err := tokenize(bad); err == nil {
			t.Errorf("tokenize(%q): no error", bad)
		}
	}
}

func TestParseCreateTable(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want *tableDef
	}{
		{
			name: "everything",
			src: `CREATE TABLE IF NOT EXISTS main."t ""1""" (
  id integer CONSTRAINT pk PRIMARY KEY DESC ON CONFLICT REPLACE AUTOINCREMENT,
  [a b] varchar ( 10 ) NOT NULL ON CONFLICT FAIL COLLATE "NOCASE" DEFAULT -1,
  c DOUBLE PRECISION DEFAULT (1 + (2)) CHECK (c > 0 AND c < ')'),
  d TEXT CONSTRAINT fk_d REFERENCES other(x) ON DELETE SET NULL ON UPDATE NO ACTION MATCH SIMPLE NOT DEFERRABLE,
  e GENERATED ALWAYS AS (c * 2) VIRTUAL,
  f INT AS (abs(c)) STORED UNIQUE,
  g DEFAULT CURRENT_TIMESTAMP NULL,
  CONSTRAINT uq UNIQUE (c COLLATE NOCASE ASC, d) ON CONFLICT IGNORE
  CHECK (d <> 'x')
  CONSTRAINT fk2 FOREIGN KEY (c, d) REFERENCES "other" ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  CONSTRAINT dangling
) WITHOUT ROWID, STRICT;`,
			want: &tableDef{
				Name: `t "1"`,
				Columns: []columnDef{
					{Name: "id", Type: "integer"},
					{Name: "a b", Type: "varchar ( 10 )", Collation: "NOCASE"},
					{Name: "c", Type: "DOUBLE PRECISION"},
					{Name: "d", Type: "TEXT"},
					{Name: "e", Generated: "c * 2"},
					{Name: "f", Type: "INT", Generated: "abs(c)", Stored: true},
					{Name: "g"},
				},
				PrimaryKey: &keyDef{Name: "pk", Columns: []string{"id"}, Autoincrement: true},
				Uniques: []keyDef{
					{Columns: []string{"f"}},
					{Name: "uq", Columns: []string{"c", "d"}},
				},
				Checks: []checkDef{{Expr: "c > 0 AND c < ')'"}, {Expr: "d <> 'x'"}},
				ForeignKeys: []fkDef{
					{Name: "fk_d", Columns: []string{"d"}, RefTable: "other", RefColumns: []string{"x"}, OnDelete: "SET NULL", Match: "SIMPLE"},
					{Name: "fk2", Columns: []string{"c", "d"}, RefTable: "other", OnDelete: "CASCADE", Deferrable: "deferrable initially deferred"},
				},
				WithoutRowid: true,
				Strict:       true,
			},
		},
		{
			name: "table primary key with autoincrement",
			src:  "CREATE TEMP TABLE t (id INTEGER, PRIMARY KEY (id AUTOINCREMENT))",
			want: &tableDef{Name: "t", Columns: []columnDef{{Name: "id", Type: "INTEGER"}},
				PrimaryKey: &keyDef{Columns: []string{"id"}, Autoincrement: true}},
		},
		{
			name: "as select",
			src:  "CREATE TABLE t AS SELECT 1 AS x",
			want: &tableDef{Name: "t", AsSelect: true},
		},
		{
			name: "keyword-like names and string names",
			src:  "CREATE TABLE 'key' (key TEXT, match INT, 'desc' BLOB)",
			want: &tableDef{Name: "key", Columns: []columnDef{{Name: "key", Type: "TEXT"}, {Name: "match", Type: "INT"}, {Name: "desc", Type: "BLOB"}}},
		},
		{
			name: "comments",
			src:  "CREATE TABLE t ( -- the id\n id INTEGER /* a ( */ PRIMARY KEY )",
			want: &tableDef{Name: "t", Columns: []columnDef{{Name: "id", Type: "INTEGER"}}, PrimaryKey: &keyDef{Columns: []string{"id"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseCreateTable(tt.src)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("parseCreateTable (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	for _, src := range []string{
		"",
		"CREATE",
		"CREATE VIEW v AS SELECT 1",
		"CREATE TABLE t",
		"CREATE TABLE t (",
		"CREATE TABLE t (a INT CHECK (a > 0)",
		"CREATE TABLE t (a INT DEFAULT)",
		"CREATE TABLE t (a INT) garbage",
		"CREATE TABLE t (a 'open)",
		"CREATE TABLE t (a INT, FOREIGN KEY (a) REFERENCES)",
		"CREATE TABLE t (a INT REFERENCES u ON DELETE EXPLODE)",
		"CREATE TABLE t (a INT, CONSTRAINT c WHAT)",
	} {
		if _, err := parseCreateTable(src); err == nil {
			t.Errorf("parseCreateTable(%q): no error", src)
		}
	}
	for _, src := range []string{
		"CREATE INDEX i ON t",
		"CREATE INDEX i ON t ()",
		"CREATE INDEX i ON t (a WHERE",
		"CREATE INDEX i ON t (a) WHERE",
		"CREATE INDEX i ON t (a) junk",
	} {
		if _, err := parseCreateIndex(src); err == nil {
			t.Errorf("parseCreateIndex(%q): no error", src)
		}
	}
}

func TestParseCreateIndex(t *testing.T) {
	got, err := parseCreateIndex(`CREATE UNIQUE INDEX IF NOT EXISTS main.[ix 1] ON "t" (a, b DESC, lower(c) COLLATE "NOCASE" ASC, (a + b), d COLLATE 'x') WHERE a > 0 AND (b, c) IS NOT NULL;`)
	if err != nil {
		t.Fatal(err)
	}
	want := &indexDef{
		Name: "ix 1", Table: "t", Unique: true,
		Parts: []indexPartDef{
			{Column: "a"},
			{Column: "b", Desc: true},
			{Expr: "lower(c)", Collation: "NOCASE"},
			{Expr: "a + b"},
			{Column: "d", Collation: "x"},
		},
		Where: "a > 0 AND (b, c) IS NOT NULL",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("parseCreateIndex (-want +got):\n%s", diff)
	}
}

func TestParseType(t *testing.T) {
	tests := []struct {
		decl string
		want schema.Type
	}{
		{"INTEGER", schema.Type{Kind: schema.Integer}},
		{"int", schema.Type{Kind: schema.Integer}},
		{"BIGINT", schema.Type{Kind: schema.BigInt}},
		{"varchar ( 20 )", schema.Type{Kind: schema.Varchar, Length: 20}},
		{"character varying(20)", schema.Type{Kind: schema.Varchar, Length: 20}},
		{"VARCHAR", schema.Type{Kind: schema.Varchar}},
		{"CHAR(3)", schema.Type{Kind: schema.Char, Length: 3}},
		{"NUMERIC(10, 2)", schema.Type{Kind: schema.Numeric, Precision: 10, Scale: 2}},
		{"decimal(5)", schema.Type{Kind: schema.Numeric, Precision: 5}},
		{"TIMESTAMP WITH TIME ZONE", schema.Type{Kind: schema.TimestampTZ}},
		{"timestamp(3)", schema.Type{Kind: schema.Timestamp, Precision: 3}},
		{"DATETIME", schema.Type{Kind: schema.Timestamp}},
		{"double precision", schema.Type{Kind: schema.Double}},
		{"FLOAT4", schema.Type{Kind: schema.Float}},
		{"float8", schema.Type{Kind: schema.Double}},
		{"BLOB", schema.Type{Kind: schema.Bytes}},
		{"bytea", schema.Type{Kind: schema.Raw}},
		{"", schema.Type{Kind: schema.Raw}},
		{"VARCHAR(a)", schema.Type{Kind: schema.Raw}},
		{"VARCHAR(1,2)", schema.Type{Kind: schema.Raw}},
		{"NUMERIC(-1)", schema.Type{Kind: schema.Raw}},
		{`"quoted"`, schema.Type{Kind: schema.Raw}},
		{"INT(", schema.Type{Kind: schema.Raw}},
		{"'open", schema.Type{Kind: schema.Raw}},
	}
	for _, tt := range tests {
		tt.want.Raw = tt.decl
		if got := ParseType(tt.decl); got != tt.want {
			t.Errorf("ParseType(%q) = %+v, want %+v", tt.decl, got, tt.want)
		}
	}
}

func TestNormalizeDefault(t *testing.T) {
	tests := []struct {
		decl, expr, want string
	}{
		{"INTEGER", "", ""},
		{"INTEGER", "NULL", ""},
		{"INTEGER", "(NULL)", ""},
		{"INTEGER", "0", "0"},
		{"INTEGER", "'0'", "0"},
		{"INTEGER", "(0)", "0"},
		{"INTEGER", "((0))", "0"},
		{"INTEGER", "' 7 '", "7"},
		{"INTEGER", "1.0", "1"},
		{"INTEGER", "0x10", "16"},
		{"INTEGER", "- 5", "-5"},
		{"INTEGER", "'abc'", "'abc'"},
		{"BOOLEAN", "TRUE", "1"},
		{"BOOLEAN", "false", "0"},
		{"BOOLEAN", "1", "1"},
		{"REAL", "1", "1.0"},
		{"REAL", "'1.50'", "1.5"},
		{"NUMERIC(10,2)", "'1.50'", "1.5"},
		{"NUMERIC(10,2)", "2.0", "2"},
		{"TEXT", "5", "'5'"},
		{"TEXT", "'5'", "'5'"},
		{"VARCHAR(3)", "'it''s'", "'it''s'"},
		{"BLOB", "'5'", "'5'"},
		{"BLOB", "x'ab'", "X'AB'"},
		{"TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP"},
		{"TIMESTAMP", "current_timestamp", "CURRENT_TIMESTAMP"},
		{"TIMESTAMP", "(datetime('now'))", "CURRENT_TIMESTAMP"},
		{"TIMESTAMP", "DATETIME( 'now' )", "CURRENT_TIMESTAMP"},
		{"DATE", "date('now')", "CURRENT_DATE"},
		{"TEXT", "datetime('now', 'localtime')", "datetime('now', 'localtime')"},
		{"TEXT", "DATETIME ( 'now','localtime' )", "datetime('now', 'localtime')"},
		{"INTEGER", "(1 + 2) * 3", "(1 + 2) * 3"},
		{"INTEGER", "(1+2)", "1 + 2"},
		{"TEXT", "(lower( \"A\" ))", `lower("A")`},
		{"TEXT", `"hello"`, "'hello'"},
		{"TEXT", `("it's")`, "'it''s'"},
		{"INTEGER", `"5"`, "5"},
		{"TEXT", "'open", "'open"},
	}
	for _, tt := range tests {
		got := NormalizeDefault(tt.decl, tt.expr)
		if got != tt.want {
			t.Errorf("NormalizeDefault(%q, %q) = %q, want %q", tt.decl, tt.expr, got, tt.want)
		}
		if again := NormalizeDefault(tt.decl, got); again != got {
			t.Errorf("NormalizeDefault is not idempotent on %q: %q", got, again)
		}
	}
}

func TestNormalizeType(t *testing.T) {
	for in, want := range map[string]string{
		"varchar ( 20 )":     "VARCHAR(20)",
		"double   precision": "DOUBLE PRECISION",
		"NUMERIC(10, 2)":     "NUMERIC(10,2)",
		`"my type"`:          `"my type"`,
		"":                   "",
	} {
		if got := NormalizeType(in); got != want {
			t.Errorf("NormalizeType(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAffinity(t *testing.T) {
	for decl, want := range map[string]string{
		"INT": "INTEGER", "TINYINT": "INTEGER", "POINT": "INTEGER", "VARCHAR(3)": "TEXT", "CLOB": "TEXT",
		"BLOB": "BLOB", "": "BLOB", "DOUBLE": "REAL", "FLOATING": "REAL", "DECIMAL(10,5)": "NUMERIC",
		"BOOLEAN": "NUMERIC", "DATETIME": "NUMERIC", "bytea": "NUMERIC",
	} {
		if got := Affinity(decl); got != want {
			t.Errorf("Affinity(%q) = %q, want %q", decl, got, want)
		}
	}
}

// FuzzParse: no input makes the tokenizer, the parsers or the rules
// panic.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"CREATE TABLE t (a INTEGER PRIMARY KEY AUTOINCREMENT, b TEXT COLLATE NOCASE DEFAULT 'x' CHECK (b <> ''))",
		"CREATE TABLE t (a, b, CONSTRAINT c UNIQUE (a, b) ON CONFLICT REPLACE, FOREIGN KEY (a) REFERENCES u ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED) WITHOUT ROWID, STRICT",
		"CREATE TABLE \"t\"\"x\" ([a b] AS (1 + (2)) STORED, c GENERATED ALWAYS AS (lower(a)) VIRTUAL)",
		"CREATE UNIQUE INDEX i ON t (lower(a) COLLATE nocase DESC, b) WHERE a > 0",
		"CREATE TABLE t AS SELECT 1",
		"(datetime('now'))", "-1.5e3", "x'00'", "'it''s'",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_, _ = parseCreateTable(s)
		_, _ = parseCreateIndex(s)
		_ = ParseType(s)
		_ = NormalizeType(s)
		for _, decl := range []string{"INTEGER", "TEXT", "REAL", "BLOB", "NUMERIC"} {
			n := NormalizeDefault(decl, s)
			if again := NormalizeDefault(decl, n); again != n {
				t.Errorf("NormalizeDefault(%q, %q) = %q, not idempotent: %q", decl, s, n, again)
			}
		}
	})
}
