package postgres

import "testing"

// The rules are checked against the database's own printing in package
// generate (TestPostgresTypeRules) and introspect (TestCanonicalPostgres).

func TestNormalizeDefaultNumbers(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"NULL", ""},
		{"NULL::text", ""},
		{"CURRENT_TIMESTAMP", "now()"},
		{"current_timestamp", "now()"},
		{"transaction_timestamp()", "now()"},
		{"now()", "now()"},
		{"0", "0"},
		{"0.00", "0"},
		{"(0)", "0"},
		{"'0'::integer", "0"},
		{"(0)::numeric", "0"},
		{"'-1'::integer", "-1"},
		{"(-1)", "-1"},
		{"-0.0", "0"},
		{"'1.5'::double precision", "1.5"},
		{"1.50", "1.5"},
		{"'9.99'::numeric(10,2)", "9.99"},
		{"'0.25'::real", "0.25"},
		{"007", "7"},
		{".5", "0.5"},
		{"'9000000000'::bigint", "9000000000"},
		// Not numbers, or not cast to a number: PostgreSQL's business.
		{"'1.5'::text", "'1.5'::text"},
		{"'x'::character varying", "'x'::character varying"},
		{"1e3", "1e3"},
		{"(1 + 2)", "(1 + 2)"},
		{"'abc'::integer", "'abc'::integer"},
	}
	for _, tt := range tests {
		got := NormalizeDefault(tt.in)
		if got != tt.want {
			t.Errorf("NormalizeDefault(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if again := NormalizeDefault(got); again != got {
			t.Errorf("NormalizeDefault is not idempotent on %q: %q", got, again)
		}
	}
}

func TestNormalizeType(t *testing.T) {
	tests := []struct{ in, want string }{
		{"varchar(255)", "character varying(255)"},
		{"VARCHAR ( 255 )", "character varying(255)"},
		{"int4", "integer"},
		{"numeric(7)", "numeric(7,0)"},
		{"timestamptz(3)", "timestamp(3) with time zone"},
		{"timestamp with time zone", "timestamp with time zone"},
		{"char", "character(1)"},
		{"int[][]", "integer[]"},
		{"float(10)", "real"},
		// What it does not know stays as it is.
		{`"Name"`, `"Name"`},
		{"public.mood", "public.mood"},
		{"mood", "mood"},
		{"bit varying(16)", "bit varying(16)"},
		{"interval day to second", "interval day to second"},
	}
	for _, tt := range tests {
		if got := NormalizeType(tt.in); got != tt.want {
			t.Errorf("NormalizeType(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
