// Package generate is autogenerate: it loads the models, reads the
// database, normalises what still differs through the database itself,
// compares, and renders the draft revision. The CLI's `revision
// --autogenerate` and `check` call it; so can a program.
//
// Normalisation is what makes "no changes" mean no changes. Both schemas
// are first put in canonical form by rules (the spellings each database
// treats alike); what still differs (a type, a default, a check or an
// index expression) is then created in a scratch place (PostgreSQL: a
// schema inside a transaction that is rolled back; SQLite: an in-memory
// database) and read back with the same introspection, so that the
// comparison is catalog against catalog. A run where the rules already
// agree creates nothing in scratch: its cost is that of the change, not
// of the schema.
package generate

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/dave/jennifer/jen"

	"github.com/autogen-go/autogen/diff"
	"github.com/autogen-go/autogen/introspect"
	"github.com/autogen-go/autogen/model"
	"github.com/autogen-go/autogen/naming"
	"github.com/autogen-go/autogen/render"
	"github.com/autogen-go/autogen/schema"
)

// Options say what to compare. DB, Dialect and one of Models or Target
// are required.
type Options struct {
	// DB is the database; a connection is taken from it for the run.
	DB *sql.DB
	// Dialect is "postgres" or "sqlite".
	Dialect string
	// Models says where the models are (model.Load's options; Dialect
	// and Naming are filled in from these Options).
	Models model.Options
	// Target, when set, is compared instead of loading the models.
	Target *schema.Schema
	// Schemas are the PostgreSQL schemas compared; nil means public.
	Schemas []string
	// VersionTable is left out ("" means autogen_version).
	VersionTable string
	// IncludeTables and ExcludeTables are globs over table names.
	IncludeTables, ExcludeTables []string
	// Naming names indexes and constraints the models leave unnamed, and
	// is the convention the runtime applies (nil: naming.Default()).
	Naming naming.Convention
	// IgnoreTypes, ServerDefaults, CompareType, RenameTables and
	// RenameColumns are passed to diff.Compare.
	IgnoreTypes    bool
	ServerDefaults bool
	CompareType    func(table string, current, target *schema.Column) (changed, handled bool)
	RenameTables   map[string]string
	RenameColumns  map[string]map[string]string
	// Batch renders the changes of each existing table in one
	// op.BatchAlterTable (render_as_batch; the default for SQLite).
	Batch bool
}

// Result is a comparison: the changes, and the schemas as compared.
type Result struct {
	Changes []diff.Change
	// Current and Target are the database's schema and the models', in
	// the canonical form they were compared in.
	Current, Target *schema.Schema
	// Timing splits the run.
	Timing Timing
	// Scratch counts the tables created in scratch to normalise.
	Scratch int
}

// Timing is where a run's time went.
type Timing struct {
	Load, Introspect, Normalize, Diff, Render time.Duration
}

// Compare loads the models, reads the database and returns the changes
// that take the database to the models.
func Compare(ctx context.Context, o Options) (*Result, error) {
	if o.DB == nil {
		return nil, fmt.Errorf("generate: no database")
	}
	if o.Naming == nil {
		o.Naming = naming.Default()
	}
	if o.VersionTable == "" {
		o.VersionTable = introspect.DefaultVersionTable
	}
	res := &Result{}
	start := time.Now()
	target := o.Target
	if target == nil {
		mo := o.Models
		mo.Dialect = model.Dialect(o.Dialect)
		mo.Naming = o.Naming
		if len(mo.IncludeTables) == 0 {
			mo.IncludeTables = o.IncludeTables
		}
		if len(mo.ExcludeTables) == 0 {
			mo.ExcludeTables = o.ExcludeTables
		}
		var err error
		if target, err = model.Load(ctx, mo); err != nil {
			return nil, err
		}
	} else {
		target = target.Clone()
	}
	res.Timing.Load = time.Since(start)
	declared := target.Clone() // as the models declare it, for the draft

	start = time.Now()
	conn, err := o.DB.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("connect: %w", err)
	}
	defer conn.Close()
	current, err := introspect.Inspect(ctx, conn, o.Dialect, introspect.Options{
		Schemas: o.Schemas, VersionTable: o.VersionTable, Include: o.IncludeTables, Exclude: o.ExcludeTables,
	})
	if err != nil {
		return nil, err
	}
	// The schema whose tables are named unqualified: the one read, or
	// with several, the one an unqualified name resolves to.
	defaultSchema := ""
	if o.Dialect == "postgres" {
		switch len(o.Schemas) {
		case 0:
			defaultSchema = "public"
		case 1:
			defaultSchema = o.Schemas[0]
		default:
			// Several schemas are read, and named: what is in the default
			// schema is named without it, as the models name it.
			var def sql.NullString
			if err := conn.QueryRowContext(ctx, "SELECT current_schema()").Scan(&def); err != nil {
				return nil, fmt.Errorf("read current_schema(): %w", err)
			}
			if def.Valid {
				defaultSchema = def.String
				for _, s := range []*schema.Schema{current, target, declared} {
					unqualifyDefault(s, def.String)
				}
			}
		}
	}
	// The tables of models left out by type are left alone: not drawn as
	// dropped, since models may still refer to them.
	excluded := map[string]bool{}
	for _, sk := range target.Skipped {
		if sk.Kind == model.ExcludedTable {
			name := sk.Name
			if defaultSchema != "" {
				name = strings.TrimPrefix(name, defaultSchema+".")
			}
			excluded[name] = true
		}
	}
	current.Tables = slices.DeleteFunc(current.Tables, func(t *schema.Table) bool { return excluded[t.QualifiedName()] })
	res.Timing.Introspect = time.Since(start)
	found := current.Clone() // as the database spells it, for the downgrade

	start = time.Now()
	n := &normalizer{dialect: o.Dialect, conn: conn}
	n.rules(current)
	n.rules(target)
	n.forDialect(target)
	dopts := o.diffOptions()
	changes, err := diff.Compare(current, target, dopts)
	if err != nil {
		return nil, err
	}
	if tables := suspects(changes); len(tables) > 0 {
		if err := n.scratch(ctx, target, tables); err != nil {
			return nil, err
		}
		n.rules(target)
		res.Scratch = len(tables)
		if changes, err = diff.Compare(current, target, dopts); err != nil {
			return nil, err
		}
	}
	// PostgreSQL does not always print the same text for what it printed:
	// a varchar IN list becomes = ANY ((ARRAY[...])::text[]), and that
	// text, when a downgrade creates it again, = ANY (ARRAY[(...)::text]).
	// Both sides of what still differs go through scratch once more, to
	// the form both prints reach.
	// Where the database refuses its own table in scratch (a type of a
	// schema it cannot see), the first comparison stands.
	if again := suspects(changes); len(again) > 0 && res.Scratch > 0 && o.Dialect == "postgres" {
		cur, tgt := current.Clone(), target.Clone()
		if n.scratch(ctx, cur, again) == nil && n.scratch(ctx, tgt, again) == nil {
			n.rules(cur)
			n.rules(tgt)
			current, target = cur, tgt
			res.Scratch += 2 * len(again)
			if changes, err = diff.Compare(current, target, dopts); err != nil {
				return nil, err
			}
		}
	}
	res.Timing.Normalize = time.Since(start)

	start = time.Now()
	if o.Dialect == "sqlite" {
		changes = typedDefaults(rowidTypes(changes))
	} else {
		changes = keysAroundTypes(changes, current)
	}
	res.Timing.Diff = time.Since(start)
	res.Changes, res.Current, res.Target = currentSide(declaredSide(changes, declared), found, o), current, target
	return res, nil
}

// keysAroundTypes drops, on PostgreSQL, the foreign keys on both ends of
// a column whose type changes, first, and creates them again last: the
// key's two columns must have compatible types at every step, and a key
// and its referenced column changing together (varchar to uuid) failed
// between the two ALTERs (42804).
func keysAroundTypes(changes []diff.Change, current *schema.Schema) []diff.Change {
	typed := map[string]bool{} // table + "\x00" + column
	for _, c := range changes {
		if mc, ok := c.(diff.ModifyColumn); ok && mc.What&diff.ChangeType != 0 {
			typed[mc.Table+"\x00"+mc.From.Name] = true
		}
	}
	if len(typed) == 0 {
		return changes
	}
	// Keys the changes drop already, and those of tables or columns that
	// are dropped or renamed, which are left to those changes.
	dropped := map[*schema.ForeignKey]bool{}
	moved := map[string]bool{}         // tables, and table + "\x00" + column
	goes := map[string]*schema.Table{} // dropped tables, by name
	for _, c := range changes {
		switch c := c.(type) {
		case diff.DropForeignKey:
			dropped[c.FK] = true
		case diff.DropTable:
			goes[c.T.QualifiedName()] = c.T
		case diff.RenameTable:
			moved[c.From], moved[c.To] = true, true
		case diff.RenameColumn:
			moved[c.Table+"\x00"+c.From], moved[c.Table+"\x00"+c.To] = true, true
		}
	}
	var drops, adds []diff.Change
	for _, t := range current.Tables {
		for _, fk := range t.ForeignKeys {
			ref := fk.RefTable
			if fk.RefSchema != "" {
				ref = fk.RefSchema + "." + ref
			}
			if dropped[fk] || moved[t.QualifiedName()] || moved[ref] || goes[ref] != nil ||
				slices.ContainsFunc(fk.Columns, func(c string) bool { return moved[t.QualifiedName()+"\x00"+c] }) ||
				slices.ContainsFunc(fk.RefColumns, func(c string) bool { return moved[ref+"\x00"+c] }) {
				continue
			}
			touched := false
			for i, col := range fk.Columns {
				touched = touched || typed[t.QualifiedName()+"\x00"+col]
				if i < len(fk.RefColumns) {
					touched = touched || typed[ref+"\x00"+fk.RefColumns[i]]
				}
			}
			if !touched {
				continue
			}
			drops = append(drops, diff.DropForeignKey{Table: t.QualifiedName(), FK: fk})
			if gone := goes[t.QualifiedName()]; gone != nil {
				// The table goes after the type changes: its key goes first
				// and stays gone (the downgrade adds it after the table).
				gone.ForeignKeys = slices.DeleteFunc(gone.ForeignKeys, func(f *schema.ForeignKey) bool { return f.Name == fk.Name && slices.Equal(f.Columns, fk.Columns) })
				continue
			}
			adds = append(adds, diff.AddForeignKey{Table: t.QualifiedName(), FK: fk})
		}
	}
	if len(drops) == 0 {
		return changes
	}
	return slices.Concat(drops, changes, adds)
}

// typedDefaults leaves out, on SQLite, a default change that only comes
// with a type change: a default is compared as a value of its column's
// affinity, so that 0 on an INTEGER column and 0 on a REAL one differ
// (0 and 0.0), while the text is the same and the rebuild the type change
// makes writes the models' default anyway.
func typedDefaults(changes []diff.Change) []diff.Change {
	for i, c := range changes {
		mc, ok := c.(diff.ModifyColumn)
		if !ok || mc.What&diff.ChangeType == 0 || mc.What&diff.ChangeDefault == 0 {
			continue
		}
		if introspect.NormalizeDefault("sqlite", mc.To.Type, mc.From.Default) == mc.To.Default {
			mc.What &^= diff.ChangeDefault
			changes[i] = mc
		}
	}
	return changes
}

// rowidTypes leaves out, on SQLite, the type change that comes with an
// integer key becoming the rowid alias or ceasing to be one: the alias is
// declared INTEGER, another key BIGINT, and the identity change says it.
func rowidTypes(changes []diff.Change) []diff.Change {
	for i, c := range changes {
		if mc, ok := c.(diff.ModifyColumn); ok && mc.What&diff.ChangeIdentity != 0 && mc.What&diff.ChangeType != 0 &&
			mc.From.Type.IsInteger() && mc.To.Type.IsInteger() {
			mc.What &^= diff.ChangeType
			changes[i] = mc
		}
	}
	return changes
}

// currentSide puts back, in changes compared on canonical forms, the
// database's own spelling of the columns that are dropped or changed, so
// that the downgrade restores exactly what was there (a default written
// CURRENT_TIMESTAMP comes back as CURRENT_TIMESTAMP, not now()).
func currentSide(changes []diff.Change, found *schema.Schema, o Options) []diff.Change {
	// lookup finds a column by the names the comparison gave it: renamed
	// tables and columns under their new names.
	lookup := func(table, column string) *schema.Column {
		for old, nu := range o.RenameColumns[table] {
			if nu == column {
				column = old
			}
		}
		for old, nu := range o.RenameTables {
			if nu == table {
				table = old
			}
		}
		if c := declaredColumn(found, table, column); c != nil {
			cc := *c
			return &cc
		}
		return nil
	}
	for i, c := range changes {
		switch c := c.(type) {
		case diff.DropTable:
			t := c.T.Clone()
			for j, col := range t.Columns {
				if fc := lookup(t.QualifiedName(), col.Name); fc != nil {
					t.Columns[j] = fc
				}
			}
			changes[i] = diff.DropTable{T: t}
		case diff.DropColumn:
			if fc := lookup(c.Table, c.C.Name); fc != nil {
				changes[i] = diff.DropColumn{Table: c.Table, C: fc}
			}
		case diff.ModifyColumn:
			if fc := lookup(c.Table, c.From.Name); fc != nil {
				fc.Name = c.From.Name
				changes[i] = diff.ModifyColumn{Table: c.Table, From: fc, To: c.To, What: c.What}
			}
		}
	}
	return changes
}

// declaredSide puts back, in changes compared on canonical forms, the
// models' own definitions of what is added or changed: the draft says
// m.BigInt where the comparison saw the database's spelling of it.
func declaredSide(changes []diff.Change, declared *schema.Schema) []diff.Change {
	out := make([]diff.Change, len(changes))
	for i, c := range changes {
		out[i] = c
		switch c := c.(type) {
		case diff.AddTable:
			if t := tableByName(declared, c.T.QualifiedName()); t != nil {
				dt := t.Clone()
				dt.Indexes = nil
				keep := map[string]bool{}
				for _, fk := range c.T.ForeignKeys {
					keep[fk.Name] = true
				}
				dt.ForeignKeys = slices.DeleteFunc(dt.ForeignKeys, func(fk *schema.ForeignKey) bool { return !keep[fk.Name] })
				out[i] = diff.AddTable{T: dt}
			}
		case diff.AddColumn:
			if col := declaredColumn(declared, c.Table, c.C.Name); col != nil {
				out[i] = diff.AddColumn{Table: c.Table, C: col}
			}
		case diff.ModifyColumn:
			if col := declaredColumn(declared, c.Table, c.To.Name); col != nil {
				out[i] = diff.ModifyColumn{Table: c.Table, From: c.From, To: col, What: c.What}
			}
		case diff.AddIndex:
			if t := tableByName(declared, c.Table); t != nil {
				if ix := t.Index(c.I.Name); ix != nil {
					out[i] = diff.AddIndex{Table: c.Table, I: ix}
				}
			}
		case diff.AddCheck:
			if t := tableByName(declared, c.Table); t != nil {
				if ck, ok := t.Constraint(c.C.Name).(*schema.Check); ok {
					out[i] = diff.AddCheck{Table: c.Table, C: ck}
				}
			}
		}
	}
	return out
}

func declaredColumn(s *schema.Schema, table, column string) *schema.Column {
	if t := tableByName(s, table); t != nil {
		return t.Column(column)
	}
	return nil
}

func (o Options) diffOptions() diff.Options {
	return diff.Options{
		IgnoreTypes: o.IgnoreTypes, ServerDefaults: o.ServerDefaults, CompareType: o.CompareType,
		VersionTable: o.VersionTable, RenameTables: o.RenameTables, RenameColumns: o.RenameColumns,
	}
}

// Render writes the changes as the bodies of a revision's Upgrade and
// Downgrade: the downgrade is the exact inverse, with dropped objects
// written in full from the database's definitions.
func Render(res *Result, o Options) (upgrade, downgrade []jen.Code, err error) {
	start := time.Now()
	ro := render.Options{Dialect: o.Dialect, Batch: o.Batch, Naming: o.Naming, Current: res.Current, RenameHints: true}
	if upgrade, err = render.Ops(res.Changes, ro); err != nil {
		return nil, nil, err
	}
	ro.RenameHints, ro.Downgrade = false, true
	if downgrade, err = render.Ops(diff.Invert(res.Changes), ro); err != nil {
		return nil, nil, err
	}
	res.Timing.Render = time.Since(start)
	return upgrade, downgrade, nil
}
