package generate

import (
	"testing"

	"github.com/autogen-go/autogen/diff"
	"github.com/autogen-go/autogen/schema"
)

// TestKeysAroundTypes: the foreign keys on a column whose type changes
// are dropped first and created again last, except those of tables or
// columns that go or are renamed, which their own changes handle.
func TestKeysAroundTypes(t *testing.T) {
	fk := &schema.ForeignKey{Name: "fk_posts_user_id_users", Columns: []string{"user_id"}, RefTable: "users", RefColumns: []string{"id"}}
	current := &schema.Schema{Tables: []*schema.Table{
		{Name: "users", Columns: []*schema.Column{{Name: "id", Type: schema.TypeInteger}}},
		{Name: "posts", Columns: []*schema.Column{{Name: "user_id", Type: schema.TypeInteger}}, ForeignKeys: []*schema.ForeignKey{fk}},
	}}
	widen := diff.ModifyColumn{Table: "users", From: &schema.Column{Name: "id", Type: schema.TypeInteger}, To: &schema.Column{Name: "id", Type: schema.TypeBigInt}, What: diff.ChangeType}
	got := keysAroundTypes([]diff.Change{widen}, current)
	if len(got) != 3 || got[0] != (diff.DropForeignKey{Table: "posts", FK: fk}) || got[2] != (diff.AddForeignKey{Table: "posts", FK: fk}) {
		t.Errorf("widening a referenced key: %v", got)
	}
	// A table that goes after the type change loses its key first, for good.
	gone := current.Tables[1].Clone()
	got = keysAroundTypes([]diff.Change{widen, diff.DropTable{T: gone}}, current)
	if len(got) != 3 || got[0] != (diff.DropForeignKey{Table: "posts", FK: fk}) || len(gone.ForeignKeys) != 0 {
		t.Errorf("widening a key of a dropped table: %v (dropped table's keys %v)", got, gone.ForeignKeys)
	}
	for name, other := range map[string]diff.Change{
		"posts renamed":        diff.RenameTable{From: "posts", To: "articles"},
		"user_id renamed":      diff.RenameColumn{Table: "posts", From: "user_id", To: "author_id"},
		"the key changes too":  diff.DropForeignKey{Table: "posts", FK: fk},
		"users.id renamed too": diff.RenameColumn{Table: "users", From: "id", To: "uid"},
	} {
		if got := keysAroundTypes([]diff.Change{other, widen}, current); len(got) != 2 {
			t.Errorf("%s: %v", name, got)
		}
	}
}
