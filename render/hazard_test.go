package render

import (
	"fmt"
	"strings"
	"testing"

	"github.com/autogen-go/autogen/diff"
	"github.com/autogen-go/autogen/schema"
)

// TestTypeRisks: what PostgreSQL's assignment casts do to values a new
// type cannot hold as they are: an error, or a silent change.
func TestTypeRisks(t *testing.T) {
	num := schema.NumericType
	for _, tc := range []struct {
		from, to    schema.Type
		fail, round string
	}{
		{schema.TypeBigInt, schema.TypeInteger, "narrows the integers", ""},
		{schema.TypeInteger, schema.TypeBigInt, "", ""},
		{schema.TypeText, schema.VarcharType(10), "shortens the text", ""},
		{schema.VarcharType(10), schema.TypeText, "", ""},
		{num(12, 4), num(10, 2), "", "rounds to 2 decimal places"},
		{num(12, 2), num(8, 2), "narrows the numbers", ""},
		{num(12, 4), num(6, 1), "narrows the numbers", "rounds to 1 decimal place"},
		{schema.Type{Kind: schema.Numeric}, num(10, 2), "narrows the numbers", "rounds to 2 decimal places"},
		{num(10, 2), schema.Type{Kind: schema.Numeric}, "", ""},
		{num(10, 2), num(12, 0), "", "rounds to whole numbers"},
		{schema.TypeInteger, num(8, 2), "narrows the numbers", ""},
		{schema.TypeSmallInt, num(8, 2), "", ""},
		{schema.TypeDouble, schema.TypeFloat, "", "rounds to the 6 significant digits of real (and values beyond its range fail)"},
		{schema.TypeFloat, schema.TypeDouble, "", ""},
		{schema.TypeDouble, schema.TypeBigInt, "", "rounds to whole numbers (and values out of range fail)"},
		{num(10, 2), schema.TypeInteger, "", "rounds to whole numbers (and values out of range fail)"},
		{num(10, 2), schema.TypeDouble, "", "rounds to floating point"},
		{schema.TypeBigInt, schema.TypeDouble, "", "rounds integers past 2^53"},
		{schema.TypeInteger, schema.TypeDouble, "", ""},
		{schema.TypeInteger, schema.TypeFloat, "", "rounds integers past 2^24"},
		{schema.TypeText, schema.TypeBigInt, "converts between kinds of values", ""},
		{schema.TypeBigInt, schema.TypeText, "", ""},
	} {
		fail, round := typeRisks(tc.from, tc.to)
		if fail != tc.fail || round != tc.round {
			t.Errorf("typeRisks(%s, %s) = %q, %q; want %q, %q", tc.from, tc.to, fail, round, tc.fail, tc.round)
		}
	}
}

// TestRenameHints: a drop and an add of the same shape get the comment
// that suggests a rename, also on SQLite, where a table's rowid key reads
// back INTEGER and the models say BIGINT.
func TestRenameHints(t *testing.T) {
	dropped := &schema.Table{Name: "people", Columns: []*schema.Column{
		{Name: "id", Type: schema.Type{Kind: schema.Integer, Raw: "INTEGER"}},
		{Name: "name", Type: schema.Type{Kind: schema.Text, Raw: "TEXT"}},
	}}
	added := &schema.Table{Name: "persons", Columns: []*schema.Column{
		{Name: "id", Type: schema.TypeBigInt},
		{Name: "name", Type: schema.TypeText},
	}}
	other := &schema.Table{Name: "tags", Columns: []*schema.Column{
		{Name: "id", Type: schema.TypeBigInt},
		{Name: "label", Type: schema.TypeText},
	}}
	changes := []diff.Change{diff.DropTable{T: dropped}, diff.AddTable{T: added}, diff.AddTable{T: other},
		diff.DropColumn{Table: "users", C: &schema.Column{Name: "age", Type: schema.Type{Kind: schema.Integer, Raw: "INTEGER"}}},
		diff.AddColumn{Table: "users", C: &schema.Column{Name: "years", Type: schema.TypeBigInt}},
		diff.AddColumn{Table: "users", C: &schema.Column{Name: "bio", Type: schema.TypeText}},
	}
	hints := renameHints(changes)
	if len(hints[1]) != 1 || !strings.Contains(hints[1][0], "--rename-table people=persons") {
		t.Errorf("hint for persons = %q", hints[1])
	}
	if len(hints[4]) != 1 || !strings.Contains(hints[4][0], "--rename-column users.age=years") {
		t.Errorf("hint for users.years = %q", hints[4])
	}
	if len(hints[2]) != 0 || len(hints[5]) != 0 {
		t.Errorf("hints for tags or users.bio: %q, %q", hints[2], hints[5])
	}
}

// TestZeroFill: a downgrade fills a NOT NULL column it adds back with its
// type's zero value, except where one value in every row would break a
// key, a unique constraint or index, or a foreign key.
func TestZeroFill(t *testing.T) {
	current := &schema.Schema{Tables: []*schema.Table{{
		Name:        "users",
		PrimaryKey:  &schema.PrimaryKey{Columns: []string{"id"}},
		Uniques:     []*schema.Unique{{Columns: []string{"handle"}}},
		ForeignKeys: []*schema.ForeignKey{{Columns: []string{"org_id"}, RefTable: "orgs", RefColumns: []string{"id"}}},
		Indexes: []*schema.Index{
			{Unique: true, Parts: []schema.IndexPart{{Column: "email"}}},
			{Parts: []schema.IndexPart{{Column: "nick"}}},
		},
	}}}
	o := Options{Dialect: "postgres", Downgrade: true, Current: current}
	for _, tc := range []struct {
		col  *schema.Column
		want string
	}{
		{&schema.Column{Name: "nick", Type: schema.TypeText}, "''"},
		{&schema.Column{Name: "score", Type: schema.TypeInteger}, "0"},
		{&schema.Column{Name: "seen", Type: schema.TypeTimestampTZ}, "CURRENT_TIMESTAMP"},
		{&schema.Column{Name: "tags", Type: schema.RawType("text[]")}, "'{}'"},
		{&schema.Column{Name: "shape", Type: schema.RawType("point")}, ""},
		{&schema.Column{Name: "score", Type: schema.TypeInteger, Nullable: true}, ""},
		{&schema.Column{Name: "score", Type: schema.TypeInteger, Default: "1"}, ""},
		{&schema.Column{Name: "id", Type: schema.TypeBigInt}, ""},
		{&schema.Column{Name: "handle", Type: schema.TypeText}, ""},
		{&schema.Column{Name: "org_id", Type: schema.TypeBigInt}, ""},
		{&schema.Column{Name: "email", Type: schema.TypeText}, ""},
	} {
		if got := o.zeroFill("users", tc.col); got != tc.want {
			t.Errorf("zeroFill(%s %s) = %q, want %q", tc.col.Name, tc.col.Type, got, tc.want)
		}
	}
	up := o
	up.Downgrade = false
	if got := up.zeroFill("users", &schema.Column{Name: "nick", Type: schema.TypeText}); got != "" {
		t.Errorf("an upgrade fills %q: it must say the hazard instead", got)
	}
}

// TestRecreateEnumSteps: the manual steps of an enum whose values are
// removed name every column of the type, schema-qualified, and the type.
func TestRecreateEnumSteps(t *testing.T) {
	current := &schema.Schema{Tables: []*schema.Table{
		{Name: "orders", Columns: []*schema.Column{{Name: "level", Type: schema.EnumType("level"), Default: "'info'::level"}}},
		{Schema: "audit", Name: "events", Columns: []*schema.Column{{Name: "level", Type: schema.EnumType("level")}}},
		{Schema: "audit", Name: "other", Columns: []*schema.Column{{Name: "level", Type: schema.EnumType("audit.level")}}},
	}}
	r := &renderer{o: Options{Dialect: "postgres", Current: current}}
	from := &schema.Enum{Name: "level", Values: []string{"info", "warn", "error"}}
	to := &schema.Enum{Name: "level", Values: []string{"info", "warn"}}
	var b strings.Builder
	for _, c := range r.recreateEnum(diff.EnumValuesChanged{From: from, To: to}) {
		b.WriteString(fmt.Sprintf("%#v\n", c))
	}
	got := b.String()
	for _, want := range []string{
		`ALTER TYPE level RENAME TO level_old`,
		`ALTER TABLE audit.events ALTER COLUMN level TYPE level USING level::text::level`,
		`ALTER TABLE orders ALTER COLUMN level DROP DEFAULT`,
		`ALTER TABLE orders ALTER COLUMN level SET DEFAULT 'info'::level`,
		`op.DropEnum("level_old")`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the steps lack %s:\n%s", want, got)
		}
	}
	if strings.Contains(got, "audit.other") {
		t.Errorf("a column of another schema's enum is named:\n%s", got)
	}
}

// TestRenameHintsPrefix: columns renamed by a new prefix pair up by
// suffix, one hint each, not every drop with every add.
func TestRenameHintsPrefix(t *testing.T) {
	v := func(n int) schema.Type { return schema.VarcharType(n) }
	changes := []diff.Change{
		diff.DropColumn{Table: "users", C: &schema.Column{Name: "billing_street", Type: v(100)}},
		diff.DropColumn{Table: "users", C: &schema.Column{Name: "billing_zip", Type: v(10)}},
		diff.DropColumn{Table: "users", C: &schema.Column{Name: "billing_city", Type: v(50)}},
		diff.AddColumn{Table: "users", C: &schema.Column{Name: "bill_street", Type: v(100)}},
		diff.AddColumn{Table: "users", C: &schema.Column{Name: "bill_zip", Type: v(10)}},
		diff.AddColumn{Table: "users", C: &schema.Column{Name: "bill_city", Type: v(60)}},
	}
	hints := renameHints(changes)
	for i, want := range map[int]string{3: "users.billing_street=bill_street", 4: "users.billing_zip=bill_zip", 5: "users.billing_city=bill_city"} {
		if len(hints[i]) != 1 || !strings.Contains(hints[i][0], want) {
			t.Errorf("hints for change %d = %q, want one with %s", i, hints[i], want)
		}
	}
}

// TestSerialSequenceInBatch: in a PostgreSQL batch block, the serial's
// sequence changes after the block, as code, not as a comment.
func TestSerialSequenceInBatch(t *testing.T) {
	c := diff.ModifyColumn{Table: "employees", What: diff.ChangeType,
		From: &schema.Column{Name: "id", Type: schema.TypeInteger, Identity: schema.IdentitySerial},
		To:   &schema.Column{Name: "id", Type: schema.TypeBigInt, Identity: schema.IdentitySerial}}
	code, err := Ops([]diff.Change{c}, Options{Dialect: "postgres", Batch: true})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, c := range code {
		b.WriteString(fmt.Sprintf("%#v\n", c))
	}
	got := b.String()
	block := strings.Index(got, "op.BatchAlterTable")
	exec := strings.Index(got, "op.Exec(\"DO $$ DECLARE seq text := pg_get_serial_sequence('employees', 'id'); BEGIN IF seq IS NOT NULL THEN EXECUTE format('ALTER SEQUENCE %s AS bigint', seq); END IF; END $$\")")
	if block < 0 || exec < block || strings.Contains(got, "// op.Exec") {
		t.Errorf("the sequence's change is not code after the block:\n%s", got)
	}
}
