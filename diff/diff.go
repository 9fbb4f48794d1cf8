package diff

import (
	"fmt"
	"slices"
	"strings"

	"github.com/autogen-go/autogen/schema"
)

// Options says what to compare. The zero value compares everything but
// server defaults, on every table.
type Options struct {
	// IgnoreTypes leaves column types out (compare.type: false).
	IgnoreTypes bool
	// ServerDefaults compares server defaults (compare.server_default).
	ServerDefaults bool
	// CompareType, when set, decides whether a column's type changed;
	// returning handled = false falls back to the built-in comparison.
	CompareType func(table string, current, target *schema.Column) (changed, handled bool)
	// Include, when set, says which tables to compare; others are left
	// alone on both sides.
	Include func(table string) bool
	// VersionTable is left out of the comparison (default
	// "autogen_version").
	VersionTable string
	// RenameTables maps old table names to new ones: such a pair is a
	// rename, not a drop and an add.
	RenameTables map[string]string
	// RenameColumns maps table (its new name) → old column → new column.
	RenameColumns map[string]map[string]string
}

// Compare returns the changes that take current to target, in the order
// to apply them: enum types first, then new tables in foreign-key order
// (a cycle is broken into tables first and foreign keys after), the
// changes of existing tables (constraints dropped before columns change,
// added after), and drops last.
func Compare(current, target *schema.Schema, opts Options) ([]Change, error) {
	if opts.VersionTable == "" {
		opts.VersionTable = "autogen_version"
	}
	keep := func(t *schema.Table) bool {
		if t.Name == opts.VersionTable {
			return false
		}
		return opts.Include == nil || opts.Include(t.Name)
	}
	from := map[string]*schema.Table{}
	for _, t := range current.Tables {
		if keep(t) {
			from[t.QualifiedName()] = t
		}
	}
	to := map[string]*schema.Table{}
	var toOrder []*schema.Table
	for _, t := range target.Tables {
		if keep(t) {
			to[t.QualifiedName()] = t
			toOrder = append(toOrder, t)
		}
	}
	var p plan

	// Renames asked for: compare the renamed table.
	for old, nu := range opts.RenameTables {
		ft, ok := from[old]
		if !ok {
			return nil, fmt.Errorf("--rename-table %s=%s: the database has no table %s", old, nu, old)
		}
		if _, ok := to[nu]; !ok {
			return nil, fmt.Errorf("--rename-table %s=%s: the models have no table %s", old, nu, nu)
		}
		if _, ok := to[old]; ok {
			return nil, fmt.Errorf("--rename-table %s=%s: the models still have table %s", old, nu, old)
		}
		if _, ok := from[nu]; ok {
			return nil, fmt.Errorf("--rename-table %s=%s: the database already has table %s", old, nu, nu)
		}
		p.renames = append(p.renames, RenameTable{From: old, To: nu})
		if p.oldNames == nil {
			p.oldNames = map[string]string{}
		}
		p.oldNames[nu] = old
		rt := ft.Clone()
		rt.Schema, rt.Name = splitName(nu)
		delete(from, old)
		from[nu] = rt
	}
	slices.SortFunc(p.renames, func(a, b RenameTable) int { return strings.Compare(a.From, b.From) })
	// A foreign key follows the table it refers to when that is renamed,
	// as the database makes it follow: it is no change.
	for _, r := range p.renames {
		oldSchema, oldName := splitName(r.From)
		newSchema, newName := splitName(r.To)
		for name, t := range from {
			var cloned *schema.Table
			for i, fk := range t.ForeignKeys {
				if fk.RefTable != oldName || fk.RefSchema != oldSchema {
					continue
				}
				if cloned == nil {
					cloned = t.Clone()
					from[name] = cloned
				}
				cfk := cloned.ForeignKeys[i]
				cfk.RefTable = newName
				if fk.RefSchema != "" || newSchema != oldSchema {
					cfk.RefSchema = newSchema
				}
			}
		}
	}

	for _, t := range toOrder {
		name := t.QualifiedName()
		f, ok := from[name]
		if !ok {
			p.newTables = append(p.newTables, t)
			continue
		}
		if err := compareTable(&p, f, t, opts); err != nil {
			return nil, err
		}
	}
	for table := range opts.RenameColumns {
		if _, ok := to[table]; !ok {
			return nil, fmt.Errorf("--rename-column %s.…: the models have no table %s", table, table)
		}
		if _, ok := from[table]; !ok {
			return nil, fmt.Errorf("--rename-column %s.…: the database has no table %s", table, table)
		}
	}
	for _, t := range current.Tables {
		if !keep(t) {
			continue
		}
		name := t.QualifiedName()
		if _, renamed := opts.RenameTables[name]; renamed {
			continue
		}
		if _, ok := to[name]; !ok {
			p.dropTables = append(p.dropTables, t)
		}
	}
	compareEnums(&p, current, target)
	return p.order(current)
}

// plan collects changes by phase.
type plan struct {
	enums      []Change // AddEnum, AddEnumValue
	renames    []RenameTable
	oldNames   map[string]string // renamed tables: new name → old name
	renameCols []Change
	newTables  []*schema.Table
	dropFKs    []Change
	dropOther  []Change // indexes, uniques, checks, primary keys
	columns    []Change // AddColumn, ModifyColumn, DropColumn, TableComment
	addOther   []Change // primary keys, uniques, checks, indexes
	addFKs     []Change
	dropTables []*schema.Table
	dropEnums  []Change // DropEnum, EnumValuesChanged
}

func compareTable(p *plan, f, t *schema.Table, opts Options) error {
	name := t.QualifiedName()
	// What is dropped goes before the table and its columns are renamed:
	// it is dropped under the old names, and the downgrade recreates it
	// after renaming them back.
	k := keyChanges{p: p, name: name, dropName: name}
	if old, ok := p.oldNames[name]; ok {
		k.dropName = old
	}
	// Renamed columns: compare under the new name.
	if ren := opts.RenameColumns[name]; len(ren) > 0 {
		o := f
		f = f.Clone()
		k.index(o, f)
		olds := make([]string, 0, len(ren))
		for old := range ren {
			olds = append(olds, old)
		}
		slices.Sort(olds)
		for _, old := range olds {
			nu := ren[old]
			if f.Column(old) == nil {
				return fmt.Errorf("--rename-column %s.%s=%s: the database has no column %s.%s", name, old, nu, name, old)
			}
			if t.Column(nu) == nil {
				return fmt.Errorf("--rename-column %s.%s=%s: the models have no column %s.%s", name, old, nu, name, nu)
			}
			if t.Column(old) != nil || f.Column(nu) != nil {
				return fmt.Errorf("--rename-column %s.%s=%s: both names exist on one side", name, old, nu)
			}
			p.renameCols = append(p.renameCols, RenameColumn{Table: name, From: old, To: nu})
			renameInTable(f, old, nu)
		}
	}

	// Constraints and indexes first, so that dropped ones go before the
	// columns they use change.
	compareKeys(k, f, t)

	for _, tc := range t.Columns {
		fc := f.Column(tc.Name)
		if fc == nil {
			p.columns = append(p.columns, AddColumn{Table: name, C: tc})
			continue
		}
		if what := compareColumn(name, fc, tc, opts); what != 0 {
			p.columns = append(p.columns, ModifyColumn{Table: name, From: fc, To: tc, What: what})
		}
	}
	for _, fc := range f.Columns {
		if t.Column(fc.Name) == nil {
			p.columns = append(p.columns, DropColumn{Table: name, C: fc})
		}
	}
	if f.Comment != t.Comment {
		p.columns = append(p.columns, TableComment{Table: name, From: f.Comment, To: t.Comment})
	}
	if (t.Partitioning != "" || t.PartitionOf != "") && (!strings.EqualFold(NormExpr(f.Partitioning), NormExpr(t.Partitioning)) ||
		f.PartitionOf != t.PartitionOf || !ExprEqual(f.PartitionBound, t.PartitionBound)) {
		p.columns = append(p.columns, TablePartitioning{Table: name, From: f, To: t})
	}
	return nil
}

// splitName splits "schema.table" into its parts.
func splitName(name string) (schemaName, table string) {
	if i := strings.IndexByte(name, '.'); i > 0 {
		return name[:i], name[i+1:]
	}
	return "", name
}

// renameInTable renames a column in a table definition and in its keys.
func renameInTable(t *schema.Table, from, to string) {
	ren := func(cols []string) {
		for i, c := range cols {
			if c == from {
				cols[i] = to
			}
		}
	}
	t.Column(from).Name = to
	if t.PrimaryKey != nil {
		ren(t.PrimaryKey.Columns)
	}
	for _, u := range t.Uniques {
		ren(u.Columns)
	}
	for _, fk := range t.ForeignKeys {
		ren(fk.Columns)
	}
	for _, ix := range t.Indexes {
		for i := range ix.Parts {
			if ix.Parts[i].Column == from {
				ix.Parts[i].Column = to
			}
		}
		ren(ix.Include)
	}
}

// compareColumn returns what differs between a column as it is and as
// the models want it.
func compareColumn(table string, f, t *schema.Column, opts Options) ColumnChange {
	var what ColumnChange
	if !opts.IgnoreTypes {
		changed, handled := false, false
		if opts.CompareType != nil {
			changed, handled = opts.CompareType(table, f, t)
		}
		if !handled {
			changed = !TypesEqual(f.Type, t.Type)
		}
		if changed {
			what |= ChangeType
		}
	}
	if f.Nullable != t.Nullable {
		what |= ChangeNull
	}
	if opts.ServerDefaults && !DefaultsEqual(f.Default, t.Default) && f.Identity != schema.IdentitySerial && t.Identity != schema.IdentitySerial {
		what |= ChangeDefault
	}
	if f.Comment != t.Comment {
		what |= ChangeComment
	}
	if f.Identity != t.Identity || f.AutoIncrement != t.AutoIncrement {
		what |= ChangeIdentity
	}
	if f.Collation != t.Collation {
		what |= ChangeCollation
	}
	if (f.Generated == nil) != (t.Generated == nil) ||
		f.Generated != nil && (f.Generated.Stored != t.Generated.Stored || !ExprEqual(f.Generated.Expr, t.Generated.Expr)) {
		what |= ChangeGenerated
	}
	return what
}

// TypesEqual compares two column types: by the database's spelling when
// both have one, else by kind and parameters.
func TypesEqual(a, b schema.Type) bool {
	if a.Raw != "" && b.Raw != "" {
		return normSpace(strings.ToLower(a.Raw)) == normSpace(strings.ToLower(b.Raw))
	}
	if a.Kind == schema.Raw || b.Kind == schema.Raw || a.Kind == "" || b.Kind == "" {
		return normSpace(strings.ToLower(a.String())) == normSpace(strings.ToLower(b.String()))
	}
	return a.Kind == b.Kind && a.Length == b.Length && a.Precision == b.Precision && a.Scale == b.Scale && a.EnumName == b.EnumName
}

// DefaultsEqual compares two default expressions as the database printed
// them, ignoring outer parentheses and spacing.
func DefaultsEqual(a, b string) bool { return ExprEqual(a, b) }

// ExprEqual compares two SQL expressions as the database printed them,
// ignoring outer parentheses and runs of spaces.
func ExprEqual(a, b string) bool { return NormExpr(a) == NormExpr(b) }

// NormExpr strips outer parentheses and collapses spacing outside quotes.
func NormExpr(s string) string {
	s = normSpace(s)
	for len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' && balanced(s[1:len(s)-1]) {
		s = strings.TrimSpace(s[1 : len(s)-1])
	}
	return s
}

func balanced(s string) bool {
	depth := 0
	inQuote := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\'':
			inQuote = !inQuote
		case inQuote:
		case c == '(':
			depth++
		case c == ')':
			depth--
			if depth < 0 {
				return false
			}
		}
	}
	return depth == 0 && !inQuote
}

// normSpace collapses whitespace outside single quotes to one space and
// drops it next to parentheses and commas.
func normSpace(s string) string {
	var b strings.Builder
	inQuote, space := false, false
	last := byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\'' {
			inQuote = !inQuote
		}
		if !inQuote && (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			space = true
			continue
		}
		if space && b.Len() > 0 && !strings.ContainsRune("(,", rune(last)) && !(!inQuote && strings.ContainsRune("),", rune(c))) {
			b.WriteByte(' ')
		}
		space = false
		b.WriteByte(c)
		last = c
	}
	return b.String()
}

// keyChanges is where compareKeys records its changes: the plan, the
// table's name, and for what is dropped, the table's and the keys' names
// before the renames.
type keyChanges struct {
	p              *plan
	name, dropName string
	// orig maps a key of the renamed copy of the table to the same key
	// as the database has it; nil when no column is renamed.
	orig map[any]any
}

// index records the keys of c, a clone of o, against those of o.
func (k *keyChanges) index(o, c *schema.Table) {
	k.orig = map[any]any{}
	if c.PrimaryKey != nil {
		k.orig[c.PrimaryKey] = o.PrimaryKey
	}
	for i := range c.Uniques {
		k.orig[c.Uniques[i]] = o.Uniques[i]
	}
	for i := range c.Indexes {
		k.orig[c.Indexes[i]] = o.Indexes[i]
	}
	for i := range c.ForeignKeys {
		k.orig[c.ForeignKeys[i]] = o.ForeignKeys[i]
	}
	for i := range c.Checks {
		k.orig[c.Checks[i]] = o.Checks[i]
	}
}

// orig returns the database's own definition of a key that is dropped.
func orig[T any](k keyChanges, x *T) *T {
	if o, ok := k.orig[x].(*T); ok {
		return o
	}
	return x
}

// compareKeys compares primary keys, unique constraints, indexes, checks
// and foreign keys of a table in both schemas.
func compareKeys(k keyChanges, f, t *schema.Table) {
	p, name := k.p, k.name
	// Primary key: by columns (PostgreSQL and SQLite name it as they
	// please; the name is not compared).
	switch {
	case f.PrimaryKey == nil && t.PrimaryKey != nil:
		p.addOther = append(p.addOther, AddPrimaryKey{Table: name, PK: t.PrimaryKey})
	case f.PrimaryKey != nil && t.PrimaryKey == nil:
		p.dropOther = append(p.dropOther, DropPrimaryKey{Table: k.dropName, PK: orig(k, f.PrimaryKey)})
	case f.PrimaryKey != nil && !slices.Equal(f.PrimaryKey.Columns, t.PrimaryKey.Columns):
		p.dropOther = append(p.dropOther, DropPrimaryKey{Table: k.dropName, PK: orig(k, f.PrimaryKey)})
		p.addOther = append(p.addOther, AddPrimaryKey{Table: name, PK: t.PrimaryKey})
	}

	// A unique constraint and a unique index of the same name on the
	// same columns enforce the same thing: equal.
	fIdx := slices.Clone(f.Indexes)
	tIdx := slices.Clone(t.Indexes)
	fUq := slices.Clone(f.Uniques)
	tUq := slices.Clone(t.Uniques)
	fUq, tIdx = pairUniqueWithIndex(fUq, tIdx)
	tUq, fIdx = pairUniqueWithIndex(tUq, fIdx)

	// Unique constraints: by name, or by columns when unnamed.
	matchedF := map[*schema.Unique]bool{}
	for _, tu := range tUq {
		var fu *schema.Unique
		for _, c := range fUq {
			if !matchedF[c] && uniqueMatch(c, tu) {
				fu = c
				break
			}
		}
		if fu == nil {
			p.addOther = append(p.addOther, AddUnique{Table: name, U: tu})
			continue
		}
		matchedF[fu] = true
		if !slices.Equal(fu.Columns, tu.Columns) || fu.Deferrable != tu.Deferrable {
			p.dropOther = append(p.dropOther, DropUnique{Table: k.dropName, U: orig(k, fu)})
			p.addOther = append(p.addOther, AddUnique{Table: name, U: tu})
		}
	}
	for _, fu := range fUq {
		if !matchedF[fu] {
			p.dropOther = append(p.dropOther, DropUnique{Table: k.dropName, U: orig(k, fu)})
		}
	}

	// Indexes: by name.
	for _, ti := range tIdx {
		i := slices.IndexFunc(fIdx, func(x *schema.Index) bool { return x.Name == ti.Name })
		if i < 0 {
			p.addOther = append(p.addOther, AddIndex{Table: name, I: ti})
			continue
		}
		if !IndexesEqual(fIdx[i], ti) {
			p.dropOther = append(p.dropOther, DropIndex{Table: k.dropName, I: orig(k, fIdx[i])})
			p.addOther = append(p.addOther, AddIndex{Table: name, I: ti})
		}
	}
	for _, fi := range fIdx {
		if !slices.ContainsFunc(tIdx, func(x *schema.Index) bool { return x.Name == fi.Name }) {
			p.dropOther = append(p.dropOther, DropIndex{Table: k.dropName, I: orig(k, fi)})
		}
	}

	// Checks: by name, or by expression when unnamed.
	usedF := map[*schema.Check]bool{}
	for _, tc := range t.Checks {
		var fc *schema.Check
		for _, c := range f.Checks {
			if !usedF[c] && (c.Name != "" && c.Name == tc.Name || (c.Name == "" || tc.Name == "") && ExprEqual(c.Expr, tc.Expr)) {
				fc = c
				break
			}
		}
		if fc == nil {
			p.addOther = append(p.addOther, AddCheck{Table: name, C: tc})
			continue
		}
		usedF[fc] = true
		if !ExprEqual(fc.Expr, tc.Expr) {
			p.dropOther = append(p.dropOther, DropCheck{Table: k.dropName, C: orig(k, fc)})
			p.addOther = append(p.addOther, AddCheck{Table: name, C: tc})
		}
	}
	for _, fc := range f.Checks {
		if !usedF[fc] {
			p.dropOther = append(p.dropOther, DropCheck{Table: k.dropName, C: orig(k, fc)})
		}
	}

	// Foreign keys: by what they link (names are not compared), then by
	// their actions.
	usedFK := map[*schema.ForeignKey]bool{}
	for _, tf := range t.ForeignKeys {
		var ff *schema.ForeignKey
		for _, c := range f.ForeignKeys {
			if !usedFK[c] && fkLinks(c, tf) {
				ff = c
				break
			}
		}
		if ff == nil {
			p.addFKs = append(p.addFKs, AddForeignKey{Table: name, FK: tf})
			continue
		}
		usedFK[ff] = true
		if !fkActionsEqual(ff, tf) {
			p.dropFKs = append(p.dropFKs, DropForeignKey{Table: k.dropName, FK: orig(k, ff)})
			p.addFKs = append(p.addFKs, AddForeignKey{Table: name, FK: tf})
		}
	}
	for _, ff := range f.ForeignKeys {
		if !usedFK[ff] {
			p.dropFKs = append(p.dropFKs, DropForeignKey{Table: k.dropName, FK: orig(k, ff)})
		}
	}
}

// pairUniqueWithIndex removes from both lists each unique constraint that
// a unique index of the same name and plain columns stands for.
func pairUniqueWithIndex(uqs []*schema.Unique, idx []*schema.Index) ([]*schema.Unique, []*schema.Index) {
	var restU []*schema.Unique
	for _, u := range uqs {
		i := slices.IndexFunc(idx, func(ix *schema.Index) bool {
			cols, plain := ix.Columns()
			return ix.Unique && plain && ix.Where == "" && len(ix.Include) == 0 && ix.Name == u.Name && u.Name != "" &&
				slices.Equal(cols, u.Columns) && !slices.ContainsFunc(ix.Parts, func(p schema.IndexPart) bool { return p.Desc || p.Nulls != "" })
		})
		if i >= 0 {
			idx = slices.Delete(slices.Clone(idx), i, i+1)
			continue
		}
		restU = append(restU, u)
	}
	return restU, idx
}

func uniqueMatch(a, b *schema.Unique) bool {
	if a.Name != "" && b.Name != "" {
		return a.Name == b.Name
	}
	return slices.Equal(a.Columns, b.Columns)
}

// IndexesEqual compares two indexes of the same name.
func IndexesEqual(a, b *schema.Index) bool {
	if a.Unique != b.Unique || !ExprEqual(a.Where, b.Where) || !slices.Equal(a.Include, b.Include) || len(a.Parts) != len(b.Parts) {
		return false
	}
	if m := func(s string) string {
		if strings.EqualFold(s, "btree") {
			return ""
		}
		return strings.ToLower(s)
	}; m(a.Method) != m(b.Method) {
		return false
	}
	for i := range a.Parts {
		pa, pb := a.Parts[i], b.Parts[i]
		if pa.Column != pb.Column || !ExprEqual(pa.Expr, pb.Expr) || pa.Desc != pb.Desc || pa.Collation != pb.Collation || pa.OpClass != pb.OpClass {
			return false
		}
		if nullsOrder(pa) != nullsOrder(pb) {
			return false
		}
	}
	return true
}

// nullsOrder is where NULLs sort, with the defaults made explicit: last
// ascending, first descending.
func nullsOrder(p schema.IndexPart) string {
	if p.Nulls != "" {
		return strings.ToLower(p.Nulls)
	}
	if p.Desc {
		return "first"
	}
	return "last"
}

func fkLinks(a, b *schema.ForeignKey) bool {
	return slices.Equal(a.Columns, b.Columns) && a.RefTable == b.RefTable && a.RefSchema == b.RefSchema &&
		(slices.Equal(a.RefColumns, b.RefColumns) || len(a.RefColumns) == 0 || len(b.RefColumns) == 0)
}

func fkActionsEqual(a, b *schema.ForeignKey) bool {
	act := func(s string) string {
		s = strings.ToUpper(strings.TrimSpace(s))
		if s == "NO ACTION" {
			return ""
		}
		return s
	}
	match := func(s string) string {
		s = strings.ToUpper(s)
		if s == "SIMPLE" {
			return ""
		}
		return s
	}
	return act(a.OnDelete) == act(b.OnDelete) && act(a.OnUpdate) == act(b.OnUpdate) && match(a.Match) == match(b.Match) && a.Deferrable == b.Deferrable
}

// compareEnums compares enum types by name.
func compareEnums(p *plan, current, target *schema.Schema) {
	for _, te := range target.Enums {
		fe := current.Enum(te.Name)
		if fe == nil {
			p.enums = append(p.enums, AddEnum{E: te})
			continue
		}
		if slices.Equal(fe.Values, te.Values) {
			continue
		}
		if adds := addedValues(fe, te); adds != nil {
			p.enums = append(p.enums, adds...)
			continue
		}
		// Between the drops of what uses the type and its creation again:
		// a check or index on the column would stop its conversion.
		p.enums = append(p.enums, EnumValuesChanged{From: fe, To: te})
	}
	for _, fe := range current.Enums {
		if target.Enum(fe.Name) == nil {
			p.dropEnums = append(p.dropEnums, DropEnum{E: fe})
		}
	}
}

// addedValues returns the ADD VALUE changes that take enum from to to,
// or nil when to is not from with values added, the old ones in their
// order.
func addedValues(from, to *schema.Enum) []Change {
	if !isSubsequence(from.Values, to.Values) || len(to.Values) == len(from.Values) {
		return nil
	}
	var out []Change
	for i, v := range to.Values {
		if slices.Contains(from.Values, v) {
			continue
		}
		add := AddEnumValue{Enum: from, Value: v}
		// Place it before the next old value, or after the last.
		for _, next := range to.Values[i+1:] {
			if slices.Contains(from.Values, next) {
				add.Before = next
				break
			}
		}
		out = append(out, add)
	}
	return out
}

func isSubsequence(sub, seq []string) bool {
	i := 0
	for _, s := range seq {
		if i < len(sub) && sub[i] == s {
			i++
		}
	}
	return i == len(sub)
}
