package diff_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/autogen-go/autogen/diff"
	"github.com/autogen-go/autogen/schema"
)

// The end-to-end tests of the changes are in package generate; these
// check the rules that are the diff's own.

func lines(changes []diff.Change) []string {
	var out []string
	for _, c := range changes {
		out = append(out, c.String()+" ["+diff.TableOf(c)+"]")
	}
	return out
}

func col(name string) *schema.Column { return &schema.Column{Name: name, Type: schema.TypeText} }

func TestCompare(t *testing.T) {
	people := &schema.Table{Name: "people", Columns: []*schema.Column{col("id"), col("email")},
		Indexes: []*schema.Index{{Name: "ix_people_email", Parts: []schema.IndexPart{{Column: "email"}}}},
		Uniques: []*schema.Unique{{Name: "uq_people_email", Columns: []string{"email"}}}}
	members := &schema.Table{Name: "members", Columns: []*schema.Column{col("id"), col("login")},
		Indexes: []*schema.Index{{Name: "ix_members_login", Parts: []schema.IndexPart{{Column: "login"}}}}}
	tests := []struct {
		name            string
		current, target *schema.Schema
		opts            diff.Options
		want, inverse   []string
	}{
		{
			// What a renamed table drops goes first, under its old name and
			// columns; the downgrade recreates it after renaming it back.
			name:    "renamed table and column",
			current: &schema.Schema{Tables: []*schema.Table{people}},
			target:  &schema.Schema{Tables: []*schema.Table{members}},
			opts: diff.Options{RenameTables: map[string]string{"people": "members"},
				RenameColumns: map[string]map[string]string{"members": {"email": "login"}}},
			want: []string{
				"- unique uq_people_email on people [people]",
				"- index ix_people_email on people [people]",
				"~ table people -> members (rename) [members]",
				"~ column members.email -> login (rename) [members]",
				"+ index ix_members_login on members [members]",
			},
			inverse: []string{
				"- index ix_members_login on members [members]",
				"~ column members.login -> email (rename) [members]",
				"~ table members -> people (rename) [people]",
				"+ index ix_people_email on people [people]",
				"+ unique uq_people_email on people(email) [people]",
			},
		},
		{
			// Values added to one enum are undone at once.
			name:    "enum values added",
			current: &schema.Schema{Enums: []*schema.Enum{{Name: "status", Values: []string{"a", "c"}}}},
			target:  &schema.Schema{Enums: []*schema.Enum{{Name: "status", Values: []string{"a", "b", "c", "d"}}}},
			want:    []string{`~ enum status: + value "b" []`, `~ enum status: + value "d" []`},
			inverse: []string{"~ enum status: values (a, b, c, d) -> (a, c), needs manual steps []"},
		},
		{
			// Tables of other schemas are named with their schema, and
			// ordered by the keys between them.
			name:    "schemas",
			current: &schema.Schema{},
			target: &schema.Schema{Tables: []*schema.Table{
				{Schema: "sales", Name: "orders", Columns: []*schema.Column{col("id"), col("person_id")},
					ForeignKeys: []*schema.ForeignKey{{Name: "fk", Columns: []string{"person_id"}, RefSchema: "person", RefTable: "people", RefColumns: []string{"id"}}},
					Indexes:     []*schema.Index{{Name: "ix", Parts: []schema.IndexPart{{Column: "person_id"}}}}},
				{Schema: "person", Name: "people", Columns: []*schema.Column{col("id")}},
			}},
			want: []string{"+ table person.people [person.people]", "+ table sales.orders [sales.orders]", "+ index ix on sales.orders [sales.orders]"},
			inverse: []string{"- index ix on sales.orders [sales.orders]", "- table sales.orders [sales.orders]",
				"- table person.people [person.people]"},
		},
		{
			// Partitioning is compared when the target says it.
			name: "partitioning",
			current: &schema.Schema{Tables: []*schema.Table{
				{Name: "payment", Columns: []*schema.Column{col("at")}},
				{Name: "log", Columns: []*schema.Column{col("at")}, Partitioning: "RANGE (at)"},
			}},
			target: &schema.Schema{Tables: []*schema.Table{
				{Name: "payment", Columns: []*schema.Column{col("at")}, Partitioning: "RANGE (at)"},
				{Name: "log", Columns: []*schema.Column{col("at")}}, // says nothing of it
			}},
			want:    []string{"~ table payment: partitioning none -> by RANGE (at), needs manual steps [payment]"},
			inverse: []string{"~ table payment: partitioning by RANGE (at) -> none, needs manual steps [payment]"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := diff.Compare(tt.current, tt.target, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(tt.want, lines(got)); d != "" {
				t.Errorf("Compare (-want +got):\n%s", d)
			}
			if d := cmp.Diff(tt.inverse, lines(diff.Invert(got))); d != "" {
				t.Errorf("Invert (-want +got):\n%s", d)
			}
		})
	}
}

// TestIdentityText: a change of SQLite's AUTOINCREMENT alone reads as one.
func TestIdentityText(t *testing.T) {
	from := &schema.Column{Name: "id", Type: schema.TypeInteger, Identity: schema.IdentityByDefault, AutoIncrement: true}
	to := &schema.Column{Name: "id", Type: schema.TypeInteger, Identity: schema.IdentityByDefault}
	got := diff.ModifyColumn{Table: "authors", From: from, To: to, What: diff.ChangeIdentity}.String()
	if want := "~ column authors.id: identity by default autoincrement -> by default"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
