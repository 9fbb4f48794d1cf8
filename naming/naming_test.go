package naming

import (
	"strings"
	"testing"
)

func TestName(t *testing.T) {
	c := Default()
	for _, tc := range []struct {
		k    Kind
		o    Object
		want string
	}{
		{Index, Object{Table: "users", Columns: []string{"email"}}, "ix_users_email"},
		{Index, Object{Table: "t", Columns: []string{"total", "created_at"}}, "ix_t_total_created_at"},
		{Index, Object{Table: "users", Columns: []string{"lower(email)"}}, "ix_users_lower_email"},
		{Unique, Object{Table: "t", Columns: []string{"code"}}, "uq_t_code"},
		{ForeignKey, Object{Table: "t_0002", Columns: []string{"parent_id"}, RefTable: "t_0001", RefColumns: []string{"id"}}, "fk_t_0002_parent_id_t_0001"},
		{PrimaryKey, Object{Table: "t"}, "pk_t"},
		{Check, Object{Table: "t", Name: "qty_nonneg"}, "ck_t_qty_nonneg"},
		{Check, Object{Table: "t", Expr: "qty >= 0"}, "ck_t_qty"},
		{Check, Object{Table: "t", Expr: "status IN ('a', 'b') AND length(\"Name\") > 0"}, "ck_t_status_Name"},
		{Index, Object{Table: "t", Columns: []string{"a"}, Name: "given"}, "given"},
	} {
		got, err := c.Name(tc.k, tc.o, 63)
		if err != nil || got != tc.want {
			t.Errorf("Name(%s, %+v) = %q, %v; want %q", tc.k, tc.o, got, err, tc.want)
		}
	}
}

func TestTokens(t *testing.T) {
	o := Object{Table: "acct", Columns: []string{"a", "b"}, RefTable: "users", RefColumns: []string{"id", "org"}, Name: "n"}
	for tmpl, want := range map[string]string{
		"%(column_0_name)s":            "a",
		"%(column_0N_name)s":           "ab",
		"%(column_0_N_name)s":          "a_b",
		"%(column_1_name)s":            "b",
		"%(column_0_label)s":           "acct_a",
		"%(column_0_N_label)s":         "acct_a_acct_b",
		"%(column_0_key)s":             "a",
		"%(referred_column_0_name)s":   "id",
		"%(referred_column_0_N_name)s": "id_org",
		"%(referred_table_name)s":      "users",
		"%(constraint_name)s":          "n",
		"x_%%_%(table_name)s":          "x_%_acct",
	} {
		got, err := Apply(tmpl, o)
		if err != nil || got != want {
			t.Errorf("Apply(%q) = %q, %v; want %q", tmpl, got, err, want)
		}
	}
	for tmpl, want := range map[string]string{
		"%(colum_0_name)s":  "unknown token",
		"%(column_2_name)s": "only 2 column(s)",
		"50%":               "stray %",
	} {
		if _, err := Apply(tmpl, o); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Apply(%q): %v, want %q", tmpl, err, want)
		}
	}
	if _, err := FromConfig(map[string]string{"idx": "x"}); err == nil {
		t.Error("FromConfig accepted key idx")
	}
	c, err := FromConfig(map[string]string{"ix": "ix_%(column_0_label)s"})
	if err != nil || c[Index] != "ix_%(column_0_label)s" || c[PrimaryKey] != "pk_%(table_name)s" {
		t.Errorf("FromConfig = %v, %v", c, err)
	}
}

func TestShorten(t *testing.T) {
	long := "ix_" + strings.Repeat("very_long_table_name_", 4) + "column"
	got := Shorten(long, 63)
	// SQLAlchemy: name[:max-8] + "_" + md5(name)[-4:].
	if len(got) != 60 || got[:55] != long[:55] || got[55] != '_' {
		t.Errorf("Shorten = %q (%d)", got, len(got))
	}
	if Shorten(long, 63) != got {
		t.Error("Shorten is not deterministic")
	}
	if Shorten("short", 63) != "short" {
		t.Error("Shorten changed a short name")
	}
	multi := strings.Repeat("é", 40) // 80 bytes
	if s := Shorten(multi, 63); len(s) > 63 || !strings.HasPrefix(multi, s[:strings.LastIndex(s, "_")]) {
		t.Errorf("Shorten cut a character: %q", s)
	}
}
