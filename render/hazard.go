package render

import (
	"fmt"
	"slices"
	"strings"

	"github.com/autogen-go/autogen/diff"
	"github.com/autogen-go/autogen/schema"
)

// hazards returns the comments a change deserves: what it risks (data
// loss, failure on existing rows) and what it locks.
func (r *renderer) hazards(c diff.Change) []string {
	o := r.o
	pg := o.Dialect != "sqlite"
	// A table the revision creates is empty: checking or indexing its
	// rows costs nothing.
	if r.newTables[diff.TableOf(c)] {
		switch c.(type) {
		case diff.AddUnique, diff.AddPrimaryKey, diff.AddCheck, diff.AddForeignKey:
			return nil
		}
	}
	switch c := c.(type) {
	case diff.DropTable:
		if o.Downgrade {
			return []string{fmt.Sprintf("Hazard: drops table %s and every row in it.", c.T.Name)}
		}
		return []string{fmt.Sprintf("Hazard: drops table %s and every row in it; the downgrade recreates the table, not the rows.", c.T.Name)}
	case diff.DropColumn:
		if o.Downgrade {
			return []string{fmt.Sprintf("Hazard: drops column %s.%s and its data.", c.Table, c.C.Name)}
		}
		return []string{fmt.Sprintf("Hazard: drops column %s.%s and its data; the downgrade recreates the column, not the data.", c.Table, c.C.Name)}
	case diff.AddColumn:
		if fill := o.zeroFill(c.Table, c.C); fill != "" {
			return []string{fmt.Sprintf("Restores %s.%s without its values, which the upgrade dropped: its rows get %s,\nthrough a default dropped after.", c.Table, c.C.Name, fill)}
		}
		if !c.C.Nullable && c.C.Default == "" && c.C.Identity == schema.NoIdentity && c.C.Generated == nil {
			return []string{fmt.Sprintf("Hazard: NOT NULL without a default fails if %s has rows: give %s a default,\nor add it nullable, fill it, and set it NOT NULL in a later step.", c.Table, c.C.Name)}
		}
	case diff.ModifyColumn:
		var out []string
		if c.What&diff.ChangeType != 0 && pg {
			// SQLite stores any value in any column: a type change never
			// fails there.
			fail, round := typeRisks(c.From.Type, c.To.Type)
			change := fmt.Sprintf("%s.%s %s -> %s", c.Table, c.To.Name, typeText(c.From.Type), typeText(c.To.Type))
			if fail != "" {
				out = append(out, fmt.Sprintf("Hazard: %s %s: values that do not fit make the migration fail.", change, fail))
			}
			if round != "" {
				out = append(out, fmt.Sprintf("Hazard: %s %s, silently.", change, round))
			}
			if rewrites(c.From.Type, c.To.Type) {
				out = append(out, fmt.Sprintf("Rewrites table %s under an ACCESS EXCLUSIVE lock (reads and writes wait).", c.Table))
			}
		}
		if c.What&diff.ChangeNull != 0 && !c.To.Nullable {
			out = append(out, fmt.Sprintf("Hazard: NOT NULL fails if a row of %s has %s NULL: fill those rows first.", c.Table, c.To.Name))
		}
		return out
	case diff.AddUnique:
		if pg {
			return []string{fmt.Sprintf("Builds a unique index on %s, blocking writes while it runs; fails on duplicates.", c.Table)}
		}
	case diff.AddPrimaryKey:
		if pg {
			return []string{fmt.Sprintf("Builds a unique index on %s, blocking writes while it runs; fails on duplicates or NULLs.", c.Table)}
		}
	case diff.AddCheck:
		if pg {
			return []string{fmt.Sprintf("Checks every row of %s under an ACCESS EXCLUSIVE lock; fails if a row breaks the check.", c.Table)}
		}
	case diff.AddForeignKey:
		if pg {
			return []string{fmt.Sprintf("Checks every row of %s against %s, blocking writes to both while it runs.", c.Table, c.FK.RefTable)}
		}
	}
	return nil
}

func typeText(t schema.Type) string {
	if t.Kind != schema.Raw && t.Kind != "" {
		return t.String()
	}
	if t.Raw != "" {
		return t.Raw
	}
	return t.String()
}

// typeRisks says what a type change does on PostgreSQL to values the new
// type cannot hold as they are: fail, why some make the migration fail;
// round, how some change without an error.
func typeRisks(from, to schema.Type) (fail, round string) {
	// Digits before the point each kind holds.
	intDigits := map[schema.Kind]int{schema.SmallInt: 5, schema.Integer: 10, schema.BigInt: 19}
	text := func(k schema.Kind) bool { return k == schema.Text || k == schema.Varchar || k == schema.Char }
	integer := func(k schema.Kind) bool { return intDigits[k] > 0 }
	inexact := func(k schema.Kind) bool { return k == schema.Float || k == schema.Double || k == schema.Numeric }
	switch {
	case integer(from.Kind) && integer(to.Kind):
		if intDigits[to.Kind] < intDigits[from.Kind] {
			return "narrows the integers", ""
		}
	case text(from.Kind) && (to.Kind == schema.Varchar || to.Kind == schema.Char) && to.Length > 0:
		if from.Kind == schema.Text || from.Length == 0 || to.Length < from.Length {
			return "shortens the text", ""
		}
	case text(from.Kind) && text(to.Kind):
	case from.Kind == schema.Numeric && to.Kind == schema.Numeric:
		if to.Precision > 0 {
			if from.Precision == 0 || to.Precision-to.Scale < from.Precision-from.Scale {
				fail = "narrows the numbers"
			}
			if from.Precision == 0 || to.Scale < from.Scale {
				switch to.Scale {
				case 0:
					round = "rounds to whole numbers"
				case 1:
					round = "rounds to 1 decimal place"
				default:
					round = fmt.Sprintf("rounds to %d decimal places", to.Scale)
				}
			}
		}
	case integer(from.Kind) && to.Kind == schema.Numeric:
		if to.Precision > 0 && to.Precision-to.Scale < intDigits[from.Kind] {
			return "narrows the numbers", ""
		}
	case from.Kind == schema.Double && to.Kind == schema.Float:
		return "", "rounds to the 6 significant digits of real (and values beyond its range fail)"
	case inexact(from.Kind) && integer(to.Kind):
		return "", "rounds to whole numbers (and values out of range fail)"
	case from.Kind == schema.Numeric && (to.Kind == schema.Float || to.Kind == schema.Double):
		return "", "rounds to floating point"
	case from.Kind == schema.BigInt && to.Kind == schema.Double:
		return "", "rounds integers past 2^53"
	case (from.Kind == schema.BigInt || from.Kind == schema.Integer) && to.Kind == schema.Float:
		return "", "rounds integers past 2^24"
	case integer(from.Kind) && (to.Kind == schema.Float || to.Kind == schema.Double):
	case from.Kind == schema.Float && to.Kind == schema.Double:
	case from.Kind == to.Kind:
	case text(to.Kind):
	default:
		return "converts between kinds of values", ""
	}
	return fail, round
}

// rewrites reports whether PostgreSQL rewrites the table for the type
// change (it does not for a longer varchar, varchar to text, or a wider
// numeric of the same scale).
func rewrites(from, to schema.Type) bool {
	switch {
	case from.Kind == schema.Varchar && to.Kind == schema.Varchar:
		return to.Length > 0 && (from.Length == 0 || to.Length < from.Length)
	case from.Kind == schema.Varchar && to.Kind == schema.Text:
		return false
	case from.Kind == schema.Numeric && to.Kind == schema.Numeric:
		return !(to.Precision == 0 || to.Scale == from.Scale && to.Precision >= from.Precision)
	}
	return true
}

// renameHints returns, by index of an AddColumn or AddTable change, the
// comment for a drop and add pair of the same shape that may be meant as
// a rename.
func renameHints(changes []diff.Change) map[int][]string {
	out := map[int][]string{}
	for i, c := range changes {
		switch c := c.(type) {
		case diff.AddColumn:
			if dc, ok := LikelyRename(c, changes); ok {
				out[i] = append(out[i], fmt.Sprintf("This drop of %s.%s and add of %s.%s look like a rename, which would keep the data.\nTo rename instead, delete this draft and make it again with --rename-column %s.%s=%s",
					dc.Table, dc.C.Name, c.Table, c.C.Name, c.Table, dc.C.Name, c.C.Name))
			}
		case diff.AddTable:
			for _, d := range changes {
				dt, ok := d.(diff.DropTable)
				if ok && SameColumns(dt.T, c.T) {
					out[i] = append(out[i], fmt.Sprintf("This drop of table %s and add of table %s look like a rename, which would keep the rows.\nTo rename instead, delete this draft and make it again with --rename-table %s=%s",
						dt.T.Name, c.T.Name, dt.T.Name, c.T.Name))
				}
			}
		}
	}
	return out
}

// LikelyRename returns the dropped column of add's table that add most
// likely renames: of the same shape, of the very same type where several
// are, and of the longest common suffix (then prefix) of names; none when
// that leaves a tie (columns renamed by a new prefix pair up by suffix:
// billing_zip, bill_zip).
func LikelyRename(add diff.AddColumn, changes []diff.Change) (diff.DropColumn, bool) {
	var cands []diff.DropColumn
	for _, c := range changes {
		if dc, ok := c.(diff.DropColumn); ok && dc.Table == add.Table && SameShape(dc.C.Type, add.C.Type) {
			cands = append(cands, dc)
		}
	}
	if len(cands) > 1 {
		if exact := slices.DeleteFunc(slices.Clone(cands), func(dc diff.DropColumn) bool { return !diff.TypesEqual(dc.C.Type, add.C.Type) }); len(exact) > 0 {
			cands = exact
		}
	}
	if len(cands) > 1 {
		score := func(dc diff.DropColumn) int {
			a, b := dc.C.Name, add.C.Name
			n := 0
			for n < len(a) && n < len(b) && a[len(a)-1-n] == b[len(b)-1-n] {
				n++
			}
			p := 0
			for p < len(a) && p < len(b) && a[p] == b[p] {
				p++
			}
			return n*1000 + p
		}
		slices.SortStableFunc(cands, func(x, y diff.DropColumn) int { return score(y) - score(x) })
		if score(cands[0]) == score(cands[1]) {
			return diff.DropColumn{}, false
		}
	}
	if len(cands) == 0 {
		return diff.DropColumn{}, false
	}
	return cands[0], true
}

// SameShape reports whether a dropped column of type a and an added one
// of type b may be one column renamed: types of one kind, or two integer
// types (SQLite's rowid alias is INTEGER where the models say BIGINT).
func SameShape(a, b schema.Type) bool {
	return diff.TypesEqual(a, b) || a.Kind == b.Kind && a.Kind != schema.Raw || a.IsInteger() && b.IsInteger()
}

// SameColumns reports whether a dropped table a and an added table b may
// be one table renamed: the same column names, in order, of the same
// shapes.
func SameColumns(a, b *schema.Table) bool {
	if len(a.Columns) != len(b.Columns) {
		return false
	}
	for i := range a.Columns {
		if !strings.EqualFold(a.Columns[i].Name, b.Columns[i].Name) || !SameShape(a.Columns[i].Type, b.Columns[i].Type) {
			return false
		}
	}
	return true
}

// zeroFill returns, in a downgrade, the default that fills the rows of a
// NOT NULL column added back without one: its type's zero value, or ""
// where there is no need or no known zero value.
//
// A column in a key, a unique constraint or index, or a foreign key gets
// none: one value in every row would break them as soon as they come
// back.
func (o Options) zeroFill(table string, c *schema.Column) string {
	if !o.Downgrade || c.Nullable || c.Default != "" || c.Identity != schema.NoIdentity || c.AutoIncrement || c.Generated != nil {
		return ""
	}
	if keyed(o.Current, table, c.Name) {
		return ""
	}
	sqlite := o.Dialect == "sqlite"
	switch c.Type.Kind {
	case schema.BigInt, schema.Integer, schema.SmallInt, schema.Numeric, schema.Float, schema.Double:
		return "0"
	case schema.Text, schema.Varchar, schema.Char:
		return "''"
	case schema.Bool:
		return "false"
	case schema.Timestamp, schema.TimestampTZ:
		return "CURRENT_TIMESTAMP"
	case schema.Date:
		return "CURRENT_DATE"
	case schema.Time:
		return "'00:00:00'"
	case schema.UUID:
		return "'00000000-0000-0000-0000-000000000000'"
	case schema.JSON:
		return "'null'"
	case schema.Bytes:
		if sqlite {
			return "X''"
		}
		return "''"
	case schema.EnumKind:
		if sqlite {
			return "''"
		}
		if vals := o.enums[c.Type.EnumName]; len(vals) > 0 {
			return "'" + strings.ReplaceAll(vals[0], "'", "''") + "'"
		}
	case schema.Raw:
		if !sqlite && strings.HasSuffix(strings.TrimSpace(c.Type.Raw), "[]") {
			return "'{}'"
		}
	}
	return ""
}

// keyed reports whether a column of a table of s is in its primary key, a
// unique constraint or index, or a foreign key.
func keyed(s *schema.Schema, table, column string) bool {
	if s == nil {
		return false
	}
	var t *schema.Table
	for _, c := range s.Tables {
		if c.QualifiedName() == table {
			t = c
		}
	}
	if t == nil {
		return false
	}
	if t.PrimaryKey != nil && slices.Contains(t.PrimaryKey.Columns, column) {
		return true
	}
	for _, u := range t.Uniques {
		if slices.Contains(u.Columns, column) {
			return true
		}
	}
	for _, fk := range t.ForeignKeys {
		if slices.Contains(fk.Columns, column) {
			return true
		}
	}
	for _, ix := range t.Indexes {
		if ix.Unique && slices.ContainsFunc(ix.Parts, func(p schema.IndexPart) bool { return p.Column == column }) {
			return true
		}
	}
	return false
}
