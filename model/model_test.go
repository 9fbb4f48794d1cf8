package model

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/autogen-go/autogen/schema"
)

// TestToDBName uses GORM's own cases (gorm.io/gorm/schema naming_test.go)
// and some of its quirks; testdata/gormfidelity checks more names against
// GORM itself.
func TestToDBName(t *testing.T) {
	for in, want := range map[string]string{
		"":                          "",
		"x":                         "x",
		"X":                         "x",
		"userRestrictions":          "user_restrictions",
		"ThisIsATest":               "this_is_a_test",
		"PFAndESI":                  "pf_and_esi",
		"AbcAndJkl":                 "abc_and_jkl",
		"EmployeeID":                "employee_id",
		"SKU_ID":                    "sku_id",
		"FieldX":                    "field_x",
		"HTTPAndSMTP":               "http_and_smtp",
		"HTTPServerHandlerForURLID": "http_server_handler_for_url_id",
		"UUID":                      "uuid",
		"HTTPURL":                   "http_url",
		"HTTP_URL":                  "http_url",
		"SHA256Hash":                "sha256_hash",
		"SHA256HASH":                "sha256_hash",
		"HTTPSPort":                 "http_s_port", // HTTP comes before HTTPS in GORM's list
		"OAuth2Token":               "o_auth2_token",
		"IPv4Addr":                  "ipv4_addr",
	} {
		if got := toDBName(in); got != want {
			t.Errorf("toDBName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestGormNamer(t *testing.T) {
	n := gormNamer{maxLen: 63}
	for _, tc := range []struct{ got, want string }{
		{n.tableName("User"), "users"},
		{n.tableName("Person"), "people"},
		{n.tableName("APIKey"), "api_keys"},
		{gormNamer{singular: true}.tableName("Person"), "person"},
		{n.joinTableName("user_languages"), "user_languages"},
		{n.joinTableName("UserLanguage"), "user_languages"},
		{n.indexName("users", "Email"), "idx_users_email"},
		{n.uniqueName("users", "email"), "uni_users_email"},
		{n.checkerName("users", "age"), "chk_users_age"},
		{n.relationshipFKName("users", "CreditCard"), "fk_users_credit_card"},
		{n.indexName("public.table", "name"), "idx_public_table_name"},
		{n.indexName("a_table_with_a_name_long_enough_to_need_cutting", "AndAColumnToo"), "idx_a_table_with_a_name_long_enough_to_need_cutting_and76448682"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}

func TestGormSettings(t *testing.T) {
	got := gormSettings(`column:a;not null; Size:10 ;default:a\;b;type:varchar(10);check:x > 0,y`, ";")
	want := map[string]string{"COLUMN": "a", "NOT NULL": "NOT NULL", "SIZE": "10 ", "DEFAULT": "a;b", "TYPE": "varchar(10)", "CHECK": "x > 0,y"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("gormSettings (-want +got):\n%s", diff)
	}
}

func TestSplitOptions(t *testing.T) {
	got, err := splitOptions(`email,type:numeric(10,2),default:'a,b',check:(a IN (1,2)),comment:'it''s, ok',default:ARRAY['a', 'b']::varchar[]`)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"email", "type:numeric(10,2)", "default:'a,b'", "check:(a IN (1,2))", "comment:'it''s, ok'", "default:ARRAY['a', 'b']::varchar[]"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("splitOptions (-want +got):\n%s", diff)
	}
	for _, bad := range []string{"a,type:x(", "a,default:'x", "a,check:b)"} {
		if _, err := splitOptions(bad); err == nil {
			t.Errorf("splitOptions(%q): no error", bad)
		}
	}
}

func TestParseSQLType(t *testing.T) {
	for _, tc := range []struct {
		d    Dialect
		in   string
		want schema.Type
		id   schema.Identity
	}{
		{Postgres, "bigint", schema.Type{Kind: schema.BigInt, Raw: "bigint"}, ""},
		{Postgres, "bigserial", schema.Type{Kind: schema.BigInt, Raw: "bigint"}, schema.IdentitySerial},
		{SQLite, "bigserial", schema.Type{Kind: schema.Raw, Raw: "bigserial"}, ""},
		{Postgres, "VARCHAR(255)", schema.Type{Kind: schema.Varchar, Length: 255, Raw: "VARCHAR(255)"}, ""},
		{Postgres, "character varying(10)", schema.Type{Kind: schema.Varchar, Length: 10, Raw: "character varying(10)"}, ""},
		{Postgres, "numeric(10, 2)", schema.Type{Kind: schema.Numeric, Precision: 10, Scale: 2, Raw: "numeric(10, 2)"}, ""},
		{Postgres, "decimal", schema.Type{Kind: schema.Numeric, Raw: "decimal"}, ""},
		{Postgres, "timestamp with time zone", schema.Type{Kind: schema.TimestampTZ, Raw: "timestamp with time zone"}, ""},
		{Postgres, "timestamp(3) without time zone", schema.Type{Kind: schema.Timestamp, Precision: 3, Raw: "timestamp(3) without time zone"}, ""},
		{Postgres, "timestamptz(6)", schema.Type{Kind: schema.TimestampTZ, Precision: 6, Raw: "timestamptz(6)"}, ""},
		{Postgres, "double precision", schema.Type{Kind: schema.Double, Raw: "double precision"}, ""},
		{Postgres, "jsonb", schema.Type{Kind: schema.JSON, Raw: "jsonb"}, ""},
		{Postgres, "json", schema.Type{Kind: schema.Raw, Raw: "json"}, ""},
		{SQLite, "json", schema.Type{Kind: schema.JSON, Raw: "json"}, ""},
		{Postgres, "text[]", schema.Type{Kind: schema.Raw, Raw: "text[]"}, ""},
		{Postgres, "integer(4)", schema.Type{Kind: schema.Raw, Raw: "integer(4)"}, ""},
		{SQLite, "datetime", schema.Type{Kind: schema.Raw, Raw: "datetime"}, ""},
		{Postgres, "char", schema.Type{Kind: schema.Char, Length: 1, Raw: "char"}, ""},
	} {
		got, id := parseSQLType(tc.d, tc.in)
		if got != tc.want || id != tc.id {
			t.Errorf("parseSQLType(%s, %q) = %+v, %q; want %+v, %q", tc.d, tc.in, got, id, tc.want, tc.id)
		}
	}
}

func TestSplitCollate(t *testing.T) {
	for _, tc := range []struct {
		d                  Dialect
		in, typ, collation string
	}{
		{SQLite, "varchar(40) collate nocase", "varchar(40)", "nocase"},
		{SQLite, "TEXT COLLATE RTRIM", "TEXT", "RTRIM"},
		{Postgres, `varchar(8) COLLATE "C"`, "varchar(8)", "C"},
		{Postgres, "text COLLATE Posix", "text", "posix"},
		{Postgres, `text collate "a""b"`, "text", `a"b`},
		{Postgres, "numeric(10, 2)", "numeric(10, 2)", ""},
		{Postgres, "collate", "collate", ""},
	} {
		typ, coll := splitCollate(tc.d, tc.in)
		if typ != tc.typ || coll != tc.collation {
			t.Errorf("splitCollate(%s, %q) = %q, %q; want %q, %q", tc.d, tc.in, typ, coll, tc.typ, tc.collation)
		}
	}
}

func TestNowParse(t *testing.T) {
	for in, want := range map[string]string{
		"2024-02-29":          "2024-02-29 00:00:00",
		"2024-02-29 13:14:15": "2024-02-29 13:14:15",
		"2020":                "2020-01-01 00:00:00",
		"CURRENT_TIMESTAMP":   "",
	} {
		got, ok, err := nowParse(in)
		if err != nil || ok != (want != "") || got != want {
			t.Errorf("nowParse(%q) = %q, %v, %v; want %q", in, got, ok, err, want)
		}
	}
	for _, in := range []string{"13:14", "1-2"} {
		if _, _, err := nowParse(in); err == nil {
			t.Errorf("nowParse(%q): no error for a time GORM completes from today", in)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	ctx := context.Background()
	if _, err := Load(ctx, Options{Dialect: "mysql"}); err == nil || !strings.Contains(err.Error(), `unknown dialect "mysql"`) {
		t.Errorf("bad dialect: %v", err)
	}
	if _, err := Load(ctx, Options{Dir: goldenRoot, Patterns: []string{"./does_not_exist"}}); err == nil {
		t.Error("a missing package loads")
	}
	// A package without models.
	_, err := Load(ctx, Options{Dir: "../schema"})
	if !errors.Is(err, ErrNoModels) {
		t.Errorf("a package without models: %v, want ErrNoModels", err)
	}
	var es Errors
	if !errors.As(err, &es) || len(es) != 1 {
		t.Errorf("not reported as Errors: %#v", err)
	}
}

// FuzzTags feeds arbitrary tags to the parsers: they return errors, they
// do not panic.
func FuzzTags(f *testing.F) {
	for _, s := range []string{"a,type:numeric(10,2)", "x,check:(a", "index:n(a desc) where b,fk:(a) references t(b) on delete set null", `gorm:"a\;b"`, "'", "((", "))"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_, _ = splitOptions(s)
		_ = splitTop(s, ',')
		_ = gormSettings(s, ";")
		_ = gormRemoveSetting(s, "column", "index", "unique")
		_, _ = parseSQLType(Postgres, s)
		_ = toDBName(s)
		_, _, _, _ = nameParens(s)
		_, _ = parseFKTail(s)
		nt := &nativeTable{t: &schema.Table{Name: "t", Columns: []*schema.Column{{Name: "a"}}}, fields: map[string]string{}}
		_, _ = nt.indexPart(s)
		_ = indexTail(&schema.Index{}, s, nt)
		_, _, _ = nowParse(s)
	})
}

// TestLoadFindsNamingStrategy: Load looks through the rest of the module
// for a GORM naming strategy, where an application opens its database.
func TestLoadFindsNamingStrategy(t *testing.T) {
	_, err := Load(context.Background(), Options{Dir: "../testdata/namescan", Patterns: []string{"./models"}, Dialect: Postgres})
	if err == nil {
		t.Fatal("Load: no error")
	}
	for _, want := range []string{
		"internal/db/db.go:16: NamingStrategy.TablePrefix: autogen names tables and columns as GORM's default NamingStrategy does",
		"internal/db/db.go:17: GORM's NamingStrategy here has SingularTable: true, autogen.yaml has singular_table: false",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("Load error lacks %q:\n%v", want, err)
		}
	}
	// Build reads the packages it is given, and nothing else.
	pkgs, err := loadPackages(context.Background(), Options{Dir: "../testdata/namescan", Patterns: []string{"./models"}, Dialect: Postgres})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Build(pkgs, Options{Dir: "../testdata/namescan", Dialect: Postgres}); err != nil {
		t.Errorf("Build: %v", err)
	}
}

func TestCachePath(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"gorm.io/datatypes@v1.2.7/json.go", "/mc/gorm.io/datatypes@v1.2.7/json.go"},
		{"github.com/BurntSushi/toml@v1.4.0/decode.go", "/mc/github.com/!burnt!sushi/toml@v1.4.0/decode.go"},
		{"types.go", "types.go"},
	} {
		if got := cachePath("/mc", tc.name); got != tc.want {
			t.Errorf("cachePath(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestRunOnOption(t *testing.T) {
	for _, tc := range []struct{ val, want string }{
		{"0 check:qty >= 0", "check"},
		{"0 Check:qty >= 0", "Check"},
		{"0\tcheck:qty >= 0", "check"},
		{"'see index: x'", ""},
		{"now() + interval '1 day'", ""},
		{"(a IN ('x', 'y')) type:text", "type"},
		{"x::text", ""},
	} {
		if got := runOnOption(tc.val); got != tc.want {
			t.Errorf("runOnOption(%q) = %q, want %q", tc.val, got, tc.want)
		}
	}
}
