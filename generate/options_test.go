package generate_test

import (
	"slices"
	"strings"
	"testing"

	m "github.com/autogen-go/autogen/migrate"
	"github.com/autogen-go/autogen/schema"
)

// TestCompareOptions: exclude_tables and include_tables keep tables out
// of the comparison, and a CompareType hook decides type changes, on
// both databases.
func TestCompareOptions(t *testing.T) {
	for _, dialect := range dialects {
		t.Run(dialect, func(t *testing.T) {
			d := newDBs(t, dialect).new(t)
			d.apply(t, func(op *m.Op) error {
				op.CreateTable("users", m.Col("id", m.BigInt, m.PrimaryKey, m.Identity), m.Col("email", m.Varchar(100), m.NotNull))
				op.CreateTable("audit_log", m.Col("id", m.BigInt, m.PrimaryKey, m.Identity))
				return nil
			})
			target := &schema.Schema{Tables: []*schema.Table{{
				Name: "users",
				Columns: []*schema.Column{
					{Name: "id", Type: schema.TypeBigInt, Identity: schema.IdentityByDefault},
					{Name: "email", Type: schema.VarcharType(320)},
				},
				PrimaryKey: &schema.PrimaryKey{Name: "pk_users", Columns: []string{"id"}},
			}}}
			has := func(lines []string, prefix string) bool {
				return slices.ContainsFunc(lines, func(l string) bool { return strings.HasPrefix(l, prefix) })
			}

			all := changeLines(d.compare(t, d.options(target.Clone())))
			if !has(all, "- table audit_log") || !has(all, "~ column users.email: varchar(100) -> varchar(320)") {
				t.Fatalf("without options: %q", all)
			}

			o := d.options(target.Clone())
			o.ExcludeTables = []string{"audit_*"}
			if got := changeLines(d.compare(t, o)); has(got, "- table audit_log") || !has(got, "~ column users.email") {
				t.Errorf("exclude_tables audit_*: %q", got)
			}
			o = d.options(target.Clone())
			o.IncludeTables = []string{"user*"}
			if got := changeLines(d.compare(t, o)); has(got, "- table audit_log") || !has(got, "~ column users.email") {
				t.Errorf("include_tables user*: %q", got)
			}

			o = d.options(target.Clone())
			var asked []string
			o.CompareType = func(table string, current, target *schema.Column) (bool, bool) {
				asked = append(asked, table+"."+current.Name)
				if current.Name == "email" {
					return false, true // varchar lengths do not matter here
				}
				return false, false // autogen decides
			}
			if got := changeLines(d.compare(t, o)); has(got, "~ column users.email") {
				t.Errorf("CompareType said email did not change: %q", got)
			}
			if !slices.Contains(asked, "users.email") || !slices.Contains(asked, "users.id") {
				t.Errorf("CompareType was asked about %q", asked)
			}
		})
	}
}
