package postgres

import (
	"testing"

	"github.com/autogen-go/autogen/schema"
)

// The catalog-reading tests are in package introspect, which has a
// PostgreSQL server for them.

func TestParseType(t *testing.T) {
	tests := []struct {
		raw  string
		want schema.Type
	}{
		{"bigint", schema.Type{Kind: schema.BigInt}},
		{"integer", schema.Type{Kind: schema.Integer}},
		{"smallint", schema.Type{Kind: schema.SmallInt}},
		{"text", schema.Type{Kind: schema.Text}},
		{"character varying", schema.Type{Kind: schema.Varchar}},
		{"character varying(255)", schema.Type{Kind: schema.Varchar, Length: 255}},
		{"character(8)", schema.Type{Kind: schema.Char, Length: 8}},
		{"bpchar", schema.Type{Kind: schema.Raw}},
		{"boolean", schema.Type{Kind: schema.Bool}},
		{"timestamp without time zone", schema.Type{Kind: schema.Timestamp}},
		{"timestamp(3) without time zone", schema.Type{Kind: schema.Timestamp, Precision: 3}},
		{"timestamp(0) without time zone", schema.Type{Kind: schema.Raw}},
		{"timestamp with time zone", schema.Type{Kind: schema.TimestampTZ}},
		{"timestamp(6) with time zone", schema.Type{Kind: schema.TimestampTZ, Precision: 6}},
		{"time without time zone", schema.Type{Kind: schema.Time}},
		{"time(2) without time zone", schema.Type{Kind: schema.Time, Precision: 2}},
		{"time with time zone", schema.Type{Kind: schema.Raw}},
		{"date", schema.Type{Kind: schema.Date}},
		{"numeric", schema.Type{Kind: schema.Numeric}},
		{"numeric(10,2)", schema.Type{Kind: schema.Numeric, Precision: 10, Scale: 2}},
		{"numeric(5,0)", schema.Type{Kind: schema.Numeric, Precision: 5}},
		{"real", schema.Type{Kind: schema.Float}},
		{"double precision", schema.Type{Kind: schema.Double}},
		{"bytea", schema.Type{Kind: schema.Bytes}},
		{"uuid", schema.Type{Kind: schema.UUID}},
		{"json", schema.Type{Kind: schema.JSON}},
		{"jsonb", schema.Type{Kind: schema.JSON}},
		{"integer[]", schema.Type{Kind: schema.Raw}},
		{"character varying(20)[]", schema.Type{Kind: schema.Raw}},
		{"interval", schema.Type{Kind: schema.Raw}},
		{"bit varying(3)", schema.Type{Kind: schema.Raw}},
		{"tsvector", schema.Type{Kind: schema.Raw}},
		{`public."bıgınt"`, schema.Type{Kind: schema.Raw}},
		{"numeric(x)", schema.Type{Kind: schema.Raw}},
		{"character varying(", schema.Type{Kind: schema.Raw}},
		{"", schema.Type{Kind: schema.Raw}},
	}
	for _, tt := range tests {
		tt.want.Raw = tt.raw
		if got := ParseType(tt.raw); got != tt.want {
			t.Errorf("ParseType(%q) = %+v, want %+v", tt.raw, got, tt.want)
		}
	}
}

func TestNormalizeDefault(t *testing.T) {
	for in, want := range map[string]string{
		"":                            "",
		"NULL":                        "",
		"NULL::character varying":     "",
		"CURRENT_TIMESTAMP":           "now()",
		"transaction_timestamp()":     "now()",
		"now()":                       "now()",
		" 0 ":                         "0",
		"'x'::character varying":      "'x'::character varying",
		"nextval('s'::regclass)":      "nextval('s'::regclass)",
		"CURRENT_TIMESTAMP(3)":        "CURRENT_TIMESTAMP(3)",
		"('now'::text)::timestamp(0)": "('now'::text)::timestamp(0)",
	} {
		if got := NormalizeDefault(in); got != want {
			t.Errorf("NormalizeDefault(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIndexOptions(t *testing.T) {
	tb := &table{attrs: map[int]*schema.Column{1: {Name: "a"}, 2: {Name: "b"}}}
	ix, err := tb.index("ix", false, 2, "1 0 2", "3 2", "btree", "", `[[null,null,null],["lower(b)","text_pattern_ops","C"]]`)
	if err != nil {
		t.Fatal(err)
	}
	want := []schema.IndexPart{
		{Column: "a", Desc: true}, // DESC NULLS FIRST: the default for DESC
		{Expr: "lower(b)", OpClass: "text_pattern_ops", Collation: "C", Nulls: "first"}, // ASC NULLS FIRST
	}
	if len(ix.Parts) != 2 || ix.Parts[0] != want[0] || ix.Parts[1] != want[1] || len(ix.Include) != 1 || ix.Include[0] != "b" {
		t.Errorf("index = %+v, want parts %+v include [b]", ix, want)
	}
	for _, bad := range [][]string{
		{"1", "0", "[]"}, // fewer parts than keys
		{"x 1", "0 0", `[[null,null,null],[null,null,null]]`},
		{"9 1", "0 0", `[[null,null,null],[null,null,null]]`},
		{"0 1", "0 0", `[[null,null,null],[null,null,null]]`}, // an expression without its text
		{"1 2", "0 0", `not json`},
	} {
		if _, err := tb.index("ix", false, 2, bad[0], bad[1], "btree", "", bad[2]); err == nil {
			t.Errorf("index(%q, %q, %q): no error", bad[0], bad[1], bad[2])
		}
	}
}

// FuzzParseType: no spelling makes ParseType panic, and Raw is kept.
func FuzzParseType(f *testing.F) {
	for _, s := range []string{"numeric(10,2)", "timestamp(3) with time zone", "character varying(", "a(1,)", "time(-1) without time zone"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got := ParseType(s); got.Raw != s {
			t.Errorf("ParseType(%q).Raw = %q", s, got.Raw)
		}
		_ = NormalizeDefault(s)
	})
}

func TestParseTypeOdd(t *testing.T) {
	for _, raw := range []string{"numeric(10,2) x", "numeric(-1)", "character varying(0)", "integer(3)", "boolean(1)"} {
		if got := ParseType(raw); got.Kind != schema.Raw {
			t.Errorf("ParseType(%q) = %+v, want Kind Raw", raw, got)
		}
	}
}
