package diff

import (
	"slices"

	"github.com/autogen-go/autogen/schema"
)

// Invert returns the changes that undo changes, in the order to apply
// them: each change's inverse, last change first. A dropped table comes
// back whole, with its indexes; an added enum value cannot be removed in
// place and comes back as an EnumValuesChanged.
//
// Values added to one enum type are undone together: one
// EnumValuesChanged from the type with all of them to the type as it was.
func Invert(changes []Change) []Change {
	added := map[string][]string{} // enum → its values after every AddEnumValue
	last := map[string]int{}       // enum → index of its last AddEnumValue
	for i, c := range changes {
		if a, ok := c.(AddEnumValue); ok {
			key := a.Enum.Schema + "." + a.Enum.Name
			values, ok := added[key]
			if !ok {
				values = a.Enum.Values
			}
			added[key] = withValue(values, a.Value, a.Before, a.After)
			last[key] = i
		}
	}
	var out []Change
	for i := len(changes) - 1; i >= 0; i-- {
		if a, ok := changes[i].(AddEnumValue); ok {
			key := a.Enum.Schema + "." + a.Enum.Name
			if last[key] == i {
				with := &schema.Enum{Schema: a.Enum.Schema, Name: a.Enum.Name, Values: added[key]}
				out = append(out, EnumValuesChanged{From: with, To: a.Enum})
			}
			continue
		}
		out = append(out, invert(changes[i])...)
	}
	// Columns dropped together come back in the order they had.
	for i := 0; i < len(out); {
		j := i
		for j < len(out) && sameTableAdd(out[i], out[j]) {
			j++
		}
		if j > i+1 {
			slices.Reverse(out[i:j])
			i = j
			continue
		}
		i++
	}
	return out
}

// sameTableAdd reports whether b adds a column to the table a adds one to.
func sameTableAdd(a, b Change) bool {
	x, ok1 := a.(AddColumn)
	y, ok2 := b.(AddColumn)
	return ok1 && ok2 && x.Table == y.Table
}

func invert(c Change) []Change {
	switch c := c.(type) {
	case AddTable:
		return []Change{DropTable(c)}
	case DropTable:
		t := c.T.Clone()
		t.Indexes = nil
		out := []Change{AddTable{T: t}}
		for _, ix := range c.T.Indexes {
			out = append(out, AddIndex{Table: c.T.Name, I: ix})
		}
		return out
	case RenameTable:
		return []Change{RenameTable{From: c.To, To: c.From}}
	case AddColumn:
		return []Change{DropColumn(c)}
	case DropColumn:
		return []Change{AddColumn(c)}
	case RenameColumn:
		return []Change{RenameColumn{Table: c.Table, From: c.To, To: c.From}}
	case ModifyColumn:
		return []Change{ModifyColumn{Table: c.Table, From: c.To, To: c.From, What: c.What}}
	case AddIndex:
		return []Change{DropIndex(c)}
	case DropIndex:
		return []Change{AddIndex(c)}
	case AddUnique:
		return []Change{DropUnique(c)}
	case DropUnique:
		return []Change{AddUnique(c)}
	case AddForeignKey:
		return []Change{DropForeignKey(c)}
	case DropForeignKey:
		return []Change{AddForeignKey(c)}
	case AddCheck:
		return []Change{DropCheck(c)}
	case DropCheck:
		return []Change{AddCheck(c)}
	case AddPrimaryKey:
		return []Change{DropPrimaryKey(c)}
	case DropPrimaryKey:
		return []Change{AddPrimaryKey(c)}
	case TableComment:
		return []Change{TableComment{Table: c.Table, From: c.To, To: c.From}}
	case TablePartitioning:
		return []Change{TablePartitioning{Table: c.Table, From: c.To, To: c.From}}
	case AddEnum:
		return []Change{DropEnum(c)}
	case DropEnum:
		return []Change{AddEnum(c)}
	case AddEnumValue:
		with := &schema.Enum{Schema: c.Enum.Schema, Name: c.Enum.Name, Values: withValue(c.Enum.Values, c.Value, c.Before, c.After)}
		return []Change{EnumValuesChanged{From: with, To: c.Enum}}
	case EnumValuesChanged:
		// Values removed come back: by ADD VALUE where that is all.
		if adds := addedValues(c.To, c.From); adds != nil {
			return adds
		}
		return []Change{EnumValuesChanged{From: c.To, To: c.From}}
	}
	return nil
}

// withValue returns values with v inserted before or after another value,
// or at the end.
func withValue(values []string, v, before, after string) []string {
	out := slices.Clone(values)
	switch {
	case before != "":
		if i := slices.Index(out, before); i >= 0 {
			return slices.Insert(out, i, v)
		}
	case after != "":
		if i := slices.Index(out, after); i >= 0 {
			return slices.Insert(out, i+1, v)
		}
	}
	return append(out, v)
}
