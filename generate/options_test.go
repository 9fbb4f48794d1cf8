package generate_test

import (
	"slices"
	"strings"
	"testing"

	m "github.com/autogen-go/autogen/migrate"
	"github.com/autogen-go/autogen/model"
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

// TestSeveralSchemas: with several PostgreSQL schemas read, a table of
// the schema unqualified names resolve to is the models' unqualified
// table, references to it and enums of it too: no change where the
// database has what the models say.
func TestSeveralSchemas(t *testing.T) {
	d := newDBs(t, "postgres").new(t)
	audit := d.schema + "_audit"
	d.exec(t, "CREATE SCHEMA "+audit)
	target := &schema.Schema{
		Enums: []*schema.Enum{{Name: "level", Values: []string{"info", "warn"}}},
		Tables: []*schema.Table{
			{
				Name:       "accounts",
				Columns:    []*schema.Column{{Name: "id", Type: schema.TypeBigInt, Identity: schema.IdentityByDefault}},
				PrimaryKey: &schema.PrimaryKey{Name: "pk_accounts", Columns: []string{"id"}},
			},
			{
				Schema: audit,
				Name:   "events",
				Columns: []*schema.Column{
					{Name: "id", Type: schema.TypeBigInt, Identity: schema.IdentityByDefault},
					{Name: "account_id", Type: schema.TypeBigInt, Nullable: true},
					{Name: "level", Type: schema.EnumType("level"), Nullable: true},
				},
				PrimaryKey:  &schema.PrimaryKey{Name: "pk_events", Columns: []string{"id"}},
				ForeignKeys: []*schema.ForeignKey{{Name: "fk_events_account_id_accounts", Columns: []string{"account_id"}, RefTable: "accounts", RefColumns: []string{"id"}}},
			},
		},
	}
	o := d.options(target.Clone())
	o.Schemas = []string{d.schema, audit}
	fresh := changeLines(d.compare(t, o))
	for _, l := range fresh {
		if strings.HasPrefix(l, "- ") {
			t.Errorf("from an empty database, a drop: %q", fresh)
		}
	}
	d.apply(t, func(op *m.Op) error {
		op.CreateEnum("level", "info", "warn")
		op.CreateTable("accounts", m.Col("id", m.BigInt, m.PrimaryKey, m.Identity))
		op.CreateTable(audit+".events",
			m.Col("id", m.BigInt, m.PrimaryKey, m.Identity),
			m.Col("account_id", m.BigInt, m.References("accounts", "id")),
			m.Col("level", m.Enum("level")),
		)
		return nil
	})
	o = d.options(target.Clone())
	o.Schemas = []string{d.schema, audit}
	if got := changeLines(d.compare(t, o)); len(got) > 0 {
		t.Errorf("the database has what the models say; autogenerate finds %q", got)
	}
}

// TestExcludedModelTable: the table of a model left out by type is left
// alone, not drawn as dropped: models may still refer to it. Named with
// the schema read, it is that schema's table.
func TestExcludedModelTable(t *testing.T) {
	for _, dialect := range dialects {
		d := newDBs(t, dialect).new(t)
		d.apply(t, func(op *m.Op) error {
			op.CreateTable("legacy_users", m.Col("id", m.BigInt, m.PrimaryKey))
			return nil
		})
		names := []string{"legacy_users"}
		if dialect == "postgres" {
			names = append(names, d.schema+".legacy_users")
		}
		for _, name := range names {
			target := &schema.Schema{Skipped: []schema.Skipped{{Kind: model.ExcludedTable, Name: name}}}
			if got := changeLines(d.compare(t, d.options(target))); len(got) > 0 {
				t.Errorf("%s, excluded %s: changes %q", dialect, name, got)
			}
		}
	}
}
