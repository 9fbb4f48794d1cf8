package introspect_test

import (
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/autogen-go/autogen/introspect"
	m "github.com/autogen-go/autogen/migrate"
	"github.com/autogen-go/autogen/schema"
)

var (
	propertyRuns = flag.Int("property.runs", 200, "schemas generated per dialect by TestProperty")
	propertySeed = flag.Uint64("property.seed", 0, "run TestProperty on this seed only")
)

// TestProperty generates schemas (at least 200 per dialect, deterministic
// seeds), creates each with the operations API in an empty database, reads
// it back, and compares: what was created must be what is read.
func TestProperty(t *testing.T) {
	runs := *propertyRuns
	if testing.Short() {
		runs = 20
	}
	seeds := make([]uint64, runs)
	for i := range seeds {
		seeds[i] = uint64(i + 1)
	}
	if *propertySeed != 0 {
		seeds = []uint64{*propertySeed}
	}
	ctx := context.Background()
	t.Run("postgres", func(t *testing.T) {
		db := openPostgres(t)
		for _, seed := range seeds {
			want := genSchema(seed, "postgres")
			mustExec(t, db, `DROP SCHEMA public CASCADE; CREATE SCHEMA public`)
			if !propertyCase(t, seed, want, func() (*schema.Schema, error) {
				createWithOps(t, db, m.Postgres, want)
				return introspect.Inspect(ctx, db, "postgres", introspect.Options{})
			}) {
				return
			}
		}
	})
	t.Run("sqlite", func(t *testing.T) {
		for _, seed := range seeds {
			want := genSchema(seed, "sqlite")
			db := openSQLite(t)
			if !propertyCase(t, seed, want, func() (*schema.Schema, error) {
				createWithOps(t, db, m.SQLite, want)
				return introspect.Inspect(ctx, db, "sqlite", introspect.Options{})
			}) {
				return
			}
			db.Close()
		}
	})
}

// propertyCase compares one generated schema with what was read, and
// reports whether to go on.
func propertyCase(t *testing.T, seed uint64, want *schema.Schema, read func() (*schema.Schema, error)) bool {
	t.Helper()
	got, err := read()
	if err != nil {
		t.Errorf("seed %d: %v", seed, err)
		return false
	}
	want.Sort()
	if diff := cmp.Diff(want, withoutSkipped(got), irOpts); diff != "" {
		t.Errorf("seed %d (rerun with -property.seed=%d): created (-) and read (+) differ:\n%s", seed, seed, diff)
		return false
	}
	return true
}

// gen writes a random schema in the form the database reads it back
// (pg_get_expr's spelling of defaults and checks on PostgreSQL, the text
// as written on SQLite).
type gen struct {
	r  *rand.Rand
	pg bool
	s  *schema.Schema
	n  int // names handed out
}

func genSchema(seed uint64, dialectName string) *schema.Schema {
	g := &gen{r: rand.New(rand.NewPCG(seed, 0x5eed)), pg: dialectName == "postgres", s: &schema.Schema{}}
	if g.pg {
		for i := range g.r.IntN(3) {
			e := &schema.Enum{Name: fmt.Sprintf("e%d", i)}
			for j := range 1 + g.r.IntN(4) {
				e.Values = append(e.Values, []string{"a", "b c", "it's", "Z", "é"}[j])
			}
			g.s.Enums = append(g.s.Enums, e)
		}
	}
	for i := range 1 + g.r.IntN(4) {
		if g.pg && g.r.IntN(8) == 0 {
			g.partitioned(i)
			continue
		}
		g.table(i)
	}
	return g.s
}

func (g *gen) pick(n int) int       { return g.r.IntN(n) }
func (g *gen) chance(n int) bool    { return g.r.IntN(n) == 0 }
func (g *gen) name(p string) string { g.n++; return fmt.Sprintf("%s%d", p, g.n) }

// colType is a column type with what may be done with it.
type colType struct {
	t        schema.Type
	defaults []string // defaults in the database's spelling
	key      bool     // may be in a key, a unique or a btree index
	num      bool     // an integer: checks, identity, generated columns
	text     bool     // text: collations, lower()
}

func (g *gen) types() []colType {
	if g.pg {
		ts := []colType{
			{t: schema.TypeBigInt, defaults: []string{"0", "42"}, key: true, num: true},
			{t: schema.TypeInteger, defaults: []string{"0", "'-1'::integer"}, key: true, num: true},
			{t: schema.TypeSmallInt, defaults: []string{"1"}, key: true, num: true},
			{t: schema.TypeText, defaults: []string{"'x'::text", "''::text"}, key: true, text: true},
			{t: schema.VarcharType(40), defaults: []string{"'it''s'::character varying"}, key: true},
			{t: schema.VarcharType(0), key: true},
			{t: schema.CharType(3), defaults: []string{"'abc'::bpchar"}, key: true},
			{t: schema.TypeBool, defaults: []string{"true", "false"}, key: true},
			{t: schema.TypeTimestamp, defaults: []string{"now()", "CURRENT_TIMESTAMP"}, key: true},
			{t: schema.TypeTimestampTZ, defaults: []string{"now()"}, key: true},
			{t: schema.Type{Kind: schema.Timestamp, Precision: 3}, key: true},
			{t: schema.TypeDate, defaults: []string{"CURRENT_DATE"}, key: true},
			{t: schema.TypeTime, key: true},
			{t: schema.NumericType(10, 2), defaults: []string{"0", "1.5"}, key: true},
			{t: schema.NumericType(0, 0), key: true},
			{t: schema.TypeFloat, key: true},
			{t: schema.TypeDouble, defaults: []string{"'0.5'::double precision"}, key: true},
			{t: schema.TypeBytes, key: true},
			{t: schema.TypeUUID, defaults: []string{"gen_random_uuid()"}, key: true},
			{t: schema.Type{Kind: schema.JSON, Raw: "json"}},
			{t: schema.Type{Kind: schema.JSON, Raw: "jsonb"}, defaults: []string{"'{}'::jsonb"}},
			{t: schema.RawType("text[]"), defaults: []string{"'{}'::text[]"}},
			{t: schema.RawType("interval"), key: true},
		}
		for _, e := range g.s.Enums {
			ts = append(ts, colType{t: schema.Type{Kind: schema.EnumKind, EnumName: e.Name},
				defaults: []string{"'" + strings.ReplaceAll(e.Values[0], "'", "''") + "'::" + e.Name}, key: true})
		}
		return ts
	}
	sq := func(decl string, k schema.Kind) schema.Type { return schema.Type{Kind: k, Raw: decl} }
	return []colType{
		{t: sq("INTEGER", schema.Integer), defaults: []string{"0", "-1", "'7'"}, key: true, num: true},
		{t: sq("INT", schema.Integer), defaults: []string{"42"}, key: true, num: true},
		{t: sq("BIGINT", schema.BigInt), defaults: []string{"0"}, key: true, num: true},
		{t: sq("SMALLINT", schema.SmallInt), key: true, num: true},
		{t: sq("TEXT", schema.Text), defaults: []string{"'x'", "''", "lower('ABC')"}, key: true, text: true},
		{t: schema.Type{Kind: schema.Varchar, Length: 40, Raw: "VARCHAR(40)"}, defaults: []string{"'it''s'"}, key: true, text: true},
		{t: schema.Type{Kind: schema.Char, Length: 3, Raw: "character(3)"}, key: true, text: true},
		{t: sq("BOOLEAN", schema.Bool), defaults: []string{"TRUE", "0"}, key: true},
		{t: sq("TIMESTAMP", schema.Timestamp), defaults: []string{"CURRENT_TIMESTAMP", "datetime('now', 'localtime')"}, key: true},
		{t: sq("DATETIME", schema.Timestamp), key: true},
		{t: sq("DATE", schema.Date), defaults: []string{"CURRENT_DATE"}, key: true},
		{t: schema.Type{Kind: schema.Numeric, Precision: 10, Scale: 2, Raw: "NUMERIC(10, 2)"}, defaults: []string{"1.5"}, key: true},
		{t: sq("REAL", schema.Float), defaults: []string{"0.5"}, key: true},
		{t: sq("DOUBLE PRECISION", schema.Double), key: true},
		{t: sq("BLOB", schema.Bytes), defaults: []string{"X'00FF'"}, key: true},
		{t: sq("UUID", schema.UUID), key: true},
		{t: sq("JSON", schema.JSON), defaults: []string{"'{}'"}, key: true},
		{t: schema.RawType("my_type(3)"), key: true},
		{t: schema.RawType("bytea"), key: true},
	}
}

// colName is a column's name: mostly plain, now and then one that must be
// quoted (those are kept out of expressions).
func (g *gen) colName(plain bool) string {
	if !plain && g.chance(6) {
		return []string{"Mixed Case", "select", "order", "with space", "naïve"}[g.pick(5)] + g.name("")
	}
	return g.name("c")
}

func (g *gen) table(i int) {
	t := &schema.Table{Name: fmt.Sprintf("t%d", i)}
	if g.chance(5) {
		t.Name = []string{"User", "table", "Some Table", "naïve"}[g.pick(4)] + fmt.Sprint(i)
	}
	types := g.types()
	var plainInts, plainTexts []*schema.Column
	ct := map[*schema.Column]colType{}
	for range 1 + g.pick(7) {
		ty := types[g.pick(len(types))]
		c := &schema.Column{Name: g.colName(false), Type: ty.t, Nullable: g.chance(2)}
		if len(ty.defaults) > 0 && g.chance(3) {
			c.Default = ty.defaults[g.pick(len(ty.defaults))]
		}
		if ty.text && g.chance(5) {
			c.Collation = []string{"C", "POSIX"}[g.pick(2)]
			if !g.pg {
				c.Collation = []string{"NOCASE", "RTRIM"}[g.pick(2)]
			}
		}
		if g.pg && g.chance(6) {
			c.Comment = "the " + c.Name + "'s comment"
		}
		if ty.num && !strings.ContainsAny(c.Name, " éï") && c.Name == strings.ToLower(c.Name) && c.Name != "select" && c.Name != "order" {
			if g.pg && g.chance(6) {
				c.Identity = []schema.Identity{schema.IdentityByDefault, schema.IdentityAlways, schema.IdentitySerial}[g.pick(3)]
				c.Nullable, c.Default = false, ""
				if c.Identity == schema.IdentitySerial && c.Type.Kind != schema.BigInt && c.Type.Kind != schema.Integer && c.Type.Kind != schema.SmallInt {
					c.Identity = schema.IdentityByDefault
				}
			} else if c.Identity == "" {
				plainInts = append(plainInts, c)
			}
		}
		if ty.text && c.Name == strings.ToLower(c.Name) && strings.HasPrefix(c.Name, "c") {
			plainTexts = append(plainTexts, c)
		}
		ct[c] = ty
		t.Columns = append(t.Columns, c)
	}
	// A generated column from an integer column.
	if len(plainInts) > 0 && g.chance(4) {
		src := plainInts[g.pick(len(plainInts))]
		typ := src.Type
		if g.pg && typ.Kind != schema.BigInt {
			typ = schema.TypeInteger // the type of src * 2: no cast for pg_get_expr to show
		}
		c := &schema.Column{Name: g.name("g"), Type: typ, Nullable: true,
			Generated: &schema.Generated{Expr: src.Name + " * 2", Stored: g.pg || g.chance(2)}}
		t.Columns = append(t.Columns, c)
	}
	keyable := func() []*schema.Column {
		var out []*schema.Column
		for _, c := range t.Columns {
			if ct[c].key && c.Generated == nil {
				out = append(out, c)
			}
		}
		return out
	}
	keys := keyable()
	// The primary key: the SQLite rowid alias now and then.
	if !g.pg && g.chance(3) {
		c := &schema.Column{Name: "id", Type: schema.Type{Kind: schema.Integer, Raw: "INTEGER"}, Identity: schema.IdentityByDefault, AutoIncrement: g.chance(2)}
		t.Columns = append([]*schema.Column{c}, t.Columns...)
		t.PrimaryKey = &schema.PrimaryKey{Columns: []string{"id"}}
		if g.chance(2) {
			t.PrimaryKey.Name = "pk_" + t.Name
		}
	} else if len(keys) > 0 && g.chance(2) {
		pk := &schema.PrimaryKey{Name: "pk_" + t.Name}
		if !g.pg && g.chance(2) {
			pk.Name = ""
		}
		for _, c := range g.subset(keys, 2) {
			c.Nullable = false
			pk.Columns = append(pk.Columns, c.Name)
		}
		t.PrimaryKey = pk
		if !g.pg && g.chance(4) {
			t.Options = "WITHOUT ROWID"
		}
		// SQLite makes a lone primary key declared INTEGER the rowid.
		if c := t.Column(pk.Columns[0]); !g.pg && len(pk.Columns) == 1 && t.Options == "" && c.Type.Raw == "INTEGER" {
			c.Identity = schema.IdentityByDefault
		}
	}
	// Unique constraints, on distinct column sets.
	seen := map[string]bool{}
	if t.PrimaryKey != nil {
		seen[strings.Join(t.PrimaryKey.Columns, ",")] = true
	}
	for range g.pick(3) {
		if len(keys) == 0 {
			break
		}
		cols := names(g.subset(keys, 3))
		if seen[strings.Join(cols, ",")] {
			continue
		}
		seen[strings.Join(cols, ",")] = true
		u := &schema.Unique{Name: g.name("uq_" + t.Name + "_"), Columns: cols}
		if !g.pg && g.chance(2) {
			u.Name = ""
		}
		if g.pg && g.chance(4) {
			u.Deferrable = []schema.Deferrable{schema.InitiallyImmediate, schema.InitiallyDeferred}[g.pick(2)]
		}
		t.Uniques = append(t.Uniques, u)
	}
	// Checks.
	for range g.pick(3) {
		var ck *schema.Check
		switch {
		case len(plainInts) > 0 && g.chance(2):
			c := plainInts[g.pick(len(plainInts))].Name
			ck = &schema.Check{Expr: c + " >= 0"}
			if g.chance(2) {
				ck.Expr = c + " > 0 AND " + c + " < 100"
			}
		case len(plainTexts) > 0:
			ck = &schema.Check{Expr: "length(" + plainTexts[g.pick(len(plainTexts))].Name + ") > 0"}
		default:
			continue
		}
		ck.Name = g.name("ck_" + t.Name + "_")
		if !g.pg && g.chance(2) {
			ck.Name = ""
		}
		t.Checks = append(t.Checks, ck)
	}
	// Foreign keys to the key of an earlier table, or to its own.
	for range g.pick(3) {
		targets := slices.DeleteFunc(slices.Clone(g.s.Tables), func(x *schema.Table) bool { return x.PartitionOf != "" || x.Partitioning != "" })
		targets = append(targets, t)
		ref := targets[g.pick(len(targets))]
		var refCols []string
		var deferrableKey bool
		if ref.PrimaryKey != nil && g.chance(2) {
			refCols = ref.PrimaryKey.Columns
		} else if len(ref.Uniques) > 0 {
			u := ref.Uniques[g.pick(len(ref.Uniques))]
			refCols, deferrableKey = u.Columns, u.Deferrable != ""
		} else if ref.PrimaryKey != nil {
			refCols = ref.PrimaryKey.Columns
		}
		if refCols == nil || deferrableKey && g.pg {
			continue
		}
		fk := &schema.ForeignKey{Name: g.name("fk_" + t.Name + "_"), RefTable: ref.Name, RefColumns: refCols}
		if !g.pg && g.chance(2) {
			fk.Name = ""
		}
		for _, rc := range refCols {
			src := ref.Column(rc)
			c := &schema.Column{Name: g.name("r"), Type: src.Type, Nullable: true, Collation: src.Collation}
			t.Columns = append(t.Columns, c)
			fk.Columns = append(fk.Columns, c.Name)
		}
		actions := []string{"", "CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT"}
		fk.OnDelete, fk.OnUpdate = actions[g.pick(5)], actions[g.pick(5)]
		if g.pg && len(refCols) > 1 && g.chance(2) {
			fk.Match = "FULL"
		}
		if g.chance(4) {
			fk.Deferrable = []schema.Deferrable{schema.InitiallyImmediate, schema.InitiallyDeferred}[g.pick(2)]
		}
		t.ForeignKeys = append(t.ForeignKeys, fk)
	}
	// Indexes.
	keys = keyable()
	for k := range g.pick(4) {
		if len(keys) == 0 {
			break
		}
		ix := &schema.Index{Name: fmt.Sprintf("ix_%s_%d", t.Name, k), Unique: g.chance(4)}
		for _, c := range g.subset(keys, 3) {
			p := schema.IndexPart{Column: c.Name, Desc: g.chance(3)}
			if g.pg && g.chance(4) {
				p.Nulls = []string{"first", "last"}[g.pick(2)]
				if p.Desc && p.Nulls == "first" || !p.Desc && p.Nulls == "last" {
					p.Nulls = "" // the default, which the catalog does not tell apart
				}
			}
			ix.Parts = append(ix.Parts, p)
		}
		if len(plainTexts) > 0 && g.chance(3) {
			c := plainTexts[g.pick(len(plainTexts))]
			p := schema.IndexPart{Expr: "lower(" + c.Name + ")"}
			if !g.pg && g.chance(2) {
				p.Collation = "NOCASE"
			}
			if g.pg && c.Collation == "" && g.chance(2) {
				p.Collation = "C"
			}
			if g.pg && c.Collation != "" {
				p.Collation = c.Collation // derived from the column: the catalog does not tell it from a COLLATE
			}
			ix.Parts = append(ix.Parts, p)
		}
		if len(plainInts) > 0 && g.chance(3) {
			c := plainInts[g.pick(len(plainInts))].Name
			ix.Where = c + " > 0"
			if !g.pg {
				ix.Where = c + " > 0 AND " + c + " IS NOT NULL"
			}
		}
		if g.pg && g.chance(4) {
			for _, c := range t.Columns {
				if !slices.ContainsFunc(ix.Parts, func(p schema.IndexPart) bool { return p.Column == c.Name }) && c.Generated == nil {
					ix.Include = append(ix.Include, c.Name)
					break
				}
			}
		}
		if g.pg && len(plainTexts) > 0 && g.chance(6) {
			c := plainTexts[g.pick(len(plainTexts))]
			if c.Collation == "" {
				ix.Parts = []schema.IndexPart{{Column: c.Name, OpClass: "text_pattern_ops"}}
				ix.Include = nil
			}
		}
		t.Indexes = append(t.Indexes, ix)
	}
	if g.pg && g.chance(5) {
		for _, c := range t.Columns {
			if c.Type.Raw == "jsonb" || c.Type.Raw == "text[]" {
				t.Indexes = append(t.Indexes, &schema.Index{Name: g.name("ix_gin_"), Method: "gin", Parts: []schema.IndexPart{{Column: c.Name}}})
				break
			}
		}
	}
	if g.pg && g.chance(4) {
		t.Comment = "table " + t.Name + ", it's commented"
	}
	g.s.Tables = append(g.s.Tables, t)
}

// partitioned adds a range-partitioned table and its partitions
// (PostgreSQL).
func (g *gen) partitioned(i int) {
	cols := func() []*schema.Column {
		return []*schema.Column{
			{Name: "k", Type: schema.TypeInteger},
			{Name: "v", Type: schema.TypeText, Nullable: true},
		}
	}
	p := &schema.Table{Name: fmt.Sprintf("p%d", i), Columns: cols(), Partitioning: "RANGE (k)"}
	if g.chance(2) {
		p.PrimaryKey = &schema.PrimaryKey{Name: "pk_" + p.Name, Columns: []string{"k"}}
	}
	if g.chance(2) {
		p.Indexes = []*schema.Index{{Name: "ix_" + p.Name + "_v", Parts: []schema.IndexPart{{Column: "v"}}}}
	}
	g.s.Tables = append(g.s.Tables, p)
	for j := range 1 + g.pick(2) {
		g.s.Tables = append(g.s.Tables, &schema.Table{
			Name: fmt.Sprintf("%s_%d", p.Name, j), Columns: cols(), PartitionOf: p.Name,
			PartitionBound: fmt.Sprintf("FOR VALUES FROM (%d) TO (%d)", j*100, (j+1)*100),
		})
	}
}

// subset returns 1 to max distinct columns of cols, in a random order.
func (g *gen) subset(cols []*schema.Column, max int) []*schema.Column {
	perm := g.r.Perm(len(cols))
	n := 1 + g.pick(min(max, len(cols)))
	out := make([]*schema.Column, n)
	for i := range n {
		out[i] = cols[perm[i]]
	}
	return out
}

func names(cols []*schema.Column) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = c.Name
	}
	return out
}
