package diff

import (
	"slices"
	"strings"

	"github.com/autogen-go/autogen/schema"
)

// order puts the plan's changes in the order to apply them.
func (p *plan) order(current *schema.Schema) ([]Change, error) {
	var out []Change
	// Foreign keys that go, then other constraints and indexes that go,
	// before the columns they use change or disappear.
	out = append(out, p.dropFKs...)
	out = append(out, p.dropOther...)
	// Enum types before the tables that use them.
	out = append(out, p.enums...)
	for _, r := range p.renames {
		out = append(out, r)
	}
	out = append(out, p.renameCols...)
	// New tables, those referred to first; a cycle of foreign keys is
	// broken: the tables first, those keys after.
	tables, cyclic := createOrder(p.newTables)
	for _, t := range tables {
		ct := t.Clone()
		ct.Indexes = nil
		ct.ForeignKeys = slices.DeleteFunc(ct.ForeignKeys, func(fk *schema.ForeignKey) bool {
			return slices.ContainsFunc(cyclic, func(c AddForeignKey) bool {
				return c.Table == t.QualifiedName() && c.FK.Name == fk.Name && slices.Equal(c.FK.Columns, fk.Columns)
			})
		})
		out = append(out, AddTable{T: ct})
		for _, ix := range t.Indexes {
			out = append(out, AddIndex{Table: t.QualifiedName(), I: ix})
		}
	}
	out = append(out, p.columns...)
	out = append(out, p.addOther...)
	out = append(out, p.addFKs...)
	for _, c := range cyclic {
		out = append(out, c)
	}
	// Dropped tables, those that refer to others first; keys that make a
	// cycle among them go first.
	drops, cut := dropOrder(p.dropTables)
	for _, c := range cut {
		out = append(out, c)
	}
	for _, t := range drops {
		// The table as it will be dropped: without the keys cut above,
		// so that the downgrade recreates it before them.
		dt := t.Clone()
		dt.ForeignKeys = nil
		for i, fk := range t.ForeignKeys {
			if !slices.ContainsFunc(cut, func(c DropForeignKey) bool { return c.FK == fk }) {
				dt.ForeignKeys = append(dt.ForeignKeys, t.Clone().ForeignKeys[i])
			}
		}
		out = append(out, DropTable{T: dt})
	}
	out = append(out, p.dropEnums...)
	return out, nil
}

// createOrder orders new tables so that each comes after the new tables
// its foreign keys refer to, ties by name. Foreign keys that close a
// cycle are returned to be added after all the tables.
func createOrder(tables []*schema.Table) ([]*schema.Table, []AddForeignKey) {
	byName := map[string]*schema.Table{}
	for _, t := range tables {
		byName[t.QualifiedName()] = t
	}
	deps := map[string]map[string]bool{} // table → new tables it needs first
	for _, t := range tables {
		name := t.QualifiedName()
		deps[name] = map[string]bool{}
		for _, fk := range t.ForeignKeys {
			if ref := refName(fk); ref != name && byName[ref] != nil {
				deps[name][ref] = true
			}
		}
	}
	var out []*schema.Table
	var cyclic []AddForeignKey
	done := map[string]bool{}
	for len(done) < len(tables) {
		var ready []string
		for _, t := range tables {
			if done[t.QualifiedName()] {
				continue
			}
			blocked := false
			for d := range deps[t.QualifiedName()] {
				if !done[d] {
					blocked = true
					break
				}
			}
			if !blocked {
				ready = append(ready, t.QualifiedName())
			}
		}
		if len(ready) == 0 {
			// A cycle: take the first remaining table by name, and add
			// its keys to the remaining tables later.
			var rest []string
			for _, t := range tables {
				if !done[t.QualifiedName()] {
					rest = append(rest, t.QualifiedName())
				}
			}
			slices.Sort(rest)
			t := byName[rest[0]]
			for _, fk := range t.ForeignKeys {
				if ref := refName(fk); deps[rest[0]][ref] && !done[ref] {
					cyclic = append(cyclic, AddForeignKey{Table: rest[0], FK: fk})
				}
			}
			deps[rest[0]] = map[string]bool{}
			continue
		}
		slices.Sort(ready)
		for _, n := range ready {
			done[n] = true
			out = append(out, byName[n])
		}
	}
	return out, cyclic
}

// refName is the qualified name of the table a foreign key refers to.
func refName(fk *schema.ForeignKey) string {
	if fk.RefSchema == "" {
		return fk.RefTable
	}
	return fk.RefSchema + "." + fk.RefTable
}

// dropOrder orders dropped tables so that a table goes before the tables
// its foreign keys refer to. Keys that make a cycle are dropped first.
func dropOrder(tables []*schema.Table) ([]*schema.Table, []DropForeignKey) {
	created, cyclic := createOrder(tables)
	slices.Reverse(created)
	var cut []DropForeignKey
	for _, c := range cyclic {
		cut = append(cut, DropForeignKey{Table: c.Table, FK: c.FK})
	}
	slices.SortStableFunc(cut, func(a, b DropForeignKey) int { return strings.Compare(a.Table, b.Table) })
	return created, cut
}
