package sqlite_test

import (
	"testing"

	"github.com/autogen-go/autogen/dialect/sqlite"
	"github.com/autogen-go/autogen/schema"
)

// TestDefaults creates columns with defaults as models and GORM write
// them, on a real database, and reads what each row gets.
func TestDefaults(t *testing.T) {
	tb := &schema.Table{Name: "items", Columns: []*schema.Column{
		{Name: "id", Type: schema.TypeInteger},
		{Name: "gorm", Type: schema.TypeText, Default: `"new"`}, // GORM's spelling of a string on SQLite
		{Name: "quoted", Type: schema.TypeText, Default: `"it's ""x"""`},
		{Name: "plain", Type: schema.TypeText, Default: "'basic'"},
		{Name: "expr", Type: schema.TypeInteger, Default: "1 + 2"},
		{Name: "neg", Type: schema.TypeInteger, Default: "-3"},
	}}
	stmts, err := sqlite.Dialect{}.CreateTable(tb)
	if err != nil {
		t.Fatal(err)
	}
	db := open(t, stmts[0]+"; INSERT INTO items (id) VALUES (1)")
	var gorm, quoted, plain string
	var expr, neg int
	if err := db.QueryRow("SELECT gorm, quoted, plain, expr, neg FROM items").Scan(&gorm, &quoted, &plain, &expr, &neg); err != nil {
		t.Fatalf("%v\n%s", err, stmts[0])
	}
	if gorm != "new" || quoted != `it's "x"` || plain != "basic" || expr != 3 || neg != -3 {
		t.Errorf("row = %q %q %q %d %d\n%s", gorm, quoted, plain, expr, neg, stmts[0])
	}
}
