package graph

import (
	"fmt"
	"slices"
)

// ChangeKind is what a step does to one row of the version table.
type ChangeKind int

// The version-table changes.
const (
	Insert ChangeKind = iota + 1 // a new branch: INSERT To
	Delete                       // a branch ends: DELETE From
	Update                       // a branch moves: UPDATE From → To
)

// Change is one row-level change of the version table.
type Change struct {
	Kind     ChangeKind
	From, To string
}

func (c Change) String() string {
	switch c.Kind {
	case Insert:
		return "insert " + c.To
	case Delete:
		return "delete " + c.From
	default:
		return "update " + c.From + " -> " + c.To
	}
}

// Heads is the content of a version table: one row per applied head. Apply
// moves it through steps, as Alembic's HeadMaintainer does, and says which
// rows change. The zero value is an empty table.
type Heads struct {
	g   *Graph
	ids []string
}

// NewHeads returns the heads of a version table holding ids.
func (g *Graph) NewHeads(ids []string) *Heads {
	return &Heads{g: g, ids: slices.Clone(ids)}
}

// IDs returns the rows, in the order they were added.
func (h *Heads) IDs() []string { return slices.Clone(h.ids) }

func (h *Heads) has(id string) bool { return slices.Contains(h.ids, id) }

// Apply moves the heads through step and returns the row changes, in order.
func (h *Heads) Apply(s Step) ([]Change, error) {
	var changes []Change
	insert := func(id string) error {
		if h.has(id) {
			return fmt.Errorf("version table: %s is already a head (while applying %s)", id, s)
		}
		h.ids = append(h.ids, id)
		changes = append(changes, Change{Kind: Insert, To: id})
		return nil
	}
	del := func(id string) error {
		i := slices.Index(h.ids, id)
		if i < 0 {
			return fmt.Errorf("version table: %s is not a head (while applying %s)", id, s)
		}
		h.ids = slices.Delete(h.ids, i, i+1)
		changes = append(changes, Change{Kind: Delete, From: id})
		return nil
	}
	update := func(from, to string) error {
		i := slices.Index(h.ids, from)
		if i < 0 {
			return fmt.Errorf("version table: %s is not a head (while applying %s)", from, s)
		}
		if h.has(to) {
			return fmt.Errorf("version table: %s is already a head (while applying %s)", to, s)
		}
		h.ids[i] = to
		changes = append(changes, Change{Kind: Update, From: from, To: to})
		return nil
	}
	m := h.mover(s)
	var err error
	switch {
	case m.shouldDelete():
		err = del(m.deleteID())
	case m.shouldCreate():
		err = insert(m.insertID())
	case m.shouldMerge():
		dels, from, to := m.mergeIdents()
		for _, d := range dels {
			if err = del(d); err != nil {
				return nil, err
			}
		}
		err = update(from, to)
	case m.shouldUnmerge():
		from, to, ins := m.unmergeIdents()
		for _, i := range ins {
			if err = insert(i); err != nil {
				return nil, err
			}
		}
		err = update(from, to)
	default:
		var from, to string
		if from, to, err = m.updateIDs(); err == nil {
			err = update(from, to)
		}
	}
	if err != nil {
		return nil, err
	}
	return changes, nil
}

// mover classifies a step against the current heads.
type mover struct {
	h *Heads
	s Step
}

func (h *Heads) mover(s Step) mover { return mover{h, s} }

func (m mover) from() []string {
	switch {
	case m.s.Node == nil:
		return m.s.From
	case m.s.Up:
		return m.s.Node.normDown()
	default:
		return []string{m.s.Node.ID}
	}
}

func (m mover) to() []string {
	switch {
	case m.s.Node == nil:
		return m.s.To
	case m.s.Up:
		return []string{m.s.Node.ID}
	default:
		return m.s.Node.normDown()
	}
}

func (m mover) intersect(ids []string) []string {
	var out []string
	for _, id := range ids {
		if m.h.has(id) {
			out = append(out, id)
		}
	}
	return out
}

func (m mover) shouldDelete() bool {
	if m.s.Node == nil {
		return !m.s.Up && m.s.BranchMove
	}
	if m.s.Up || !m.h.has(m.s.Node.ID) {
		return false
	}
	return len(m.s.Node.normDown()) == 0 || len(m.unmergeTo()) == 0
}

func (m mover) deleteID() string {
	if m.s.Node == nil {
		return m.s.From[0]
	}
	return m.s.Node.ID
}

func (m mover) shouldCreate() bool {
	if m.s.Node == nil {
		notHeld := func(ids []string) bool { return len(m.intersect(ids)) < len(ids) }
		return m.s.Up && (m.s.BranchMove || notHeld(m.s.From)) && notHeld(m.s.To)
	}
	if !m.s.Up {
		return false
	}
	down := m.s.Node.normDown()
	return len(down) == 0 || len(m.intersect(down)) == 0
}

func (m mover) insertID() string {
	if m.s.Node == nil {
		return m.s.To[0]
	}
	return m.s.Node.ID
}

func (m mover) shouldMerge() bool {
	if m.s.Node == nil {
		return len(m.s.From) > 1
	}
	down := m.s.Node.normDown()
	return m.s.Up && len(down) > 1 && len(m.intersect(down)) > 1
}

func (m mover) shouldUnmerge() bool {
	if m.s.Node == nil {
		return len(m.s.To) > 1
	}
	return !m.s.Up && m.h.has(m.s.Node.ID) && len(m.s.Node.normDown()) > 1
}

// mergeIdents: the parents to delete, and the one row to move to the merge.
func (m mover) mergeIdents() (dels []string, from, to string) {
	froms := m.from()
	if m.s.Node != nil {
		var others []*Node
		for _, id := range m.h.ids {
			if !slices.Contains(froms, id) {
				others = append(others, m.h.g.byID[id])
			}
		}
		if len(others) > 0 {
			anc := setOf(m.h.g.ancestors(others, true))
			froms = slices.DeleteFunc(slices.Clone(froms), func(id string) bool { return anc[m.h.g.byID[id]] })
		}
	}
	return froms[:len(froms)-1], froms[len(froms)-1], m.to()[0]
}

// unmergeTo: the parents a downgraded merge leaves as heads, less those
// another head already implies.
func (m mover) unmergeTo() []string {
	g := m.h.g
	to := m.to()
	var implied map[*Node]bool
	var others []*Node
	for _, id := range m.h.ids {
		if id != m.s.Node.ID {
			others = append(others, g.byID[id])
		}
	}
	if len(others) > 0 {
		implied = setOf(g.ancestors(others, true))
	} else {
		implied = map[*Node]bool{}
		for _, t := range to {
			for _, a := range g.ancestors([]*Node{g.byID[t]}, true) {
				if a.ID != t {
					implied[a] = true
				}
			}
		}
	}
	var out []string
	for _, t := range to {
		if !implied[g.byID[t]] {
			out = append(out, t)
		}
	}
	return out
}

func (m mover) unmergeIdents() (from, to string, ins []string) {
	var tos []string
	if m.s.Node == nil {
		tos = m.s.To
	} else {
		tos = m.unmergeTo()
	}
	return m.from()[0], tos[len(tos)-1], tos[:len(tos)-1]
}

func (m mover) updateIDs() (from, to string, err error) {
	if m.s.Node == nil {
		return m.s.From[0], m.s.To[0], nil
	}
	down := m.s.Node.normDown()
	var parent string
	if len(down) == 1 {
		parent = down[0]
	} else {
		held := m.intersect(down)
		if len(held) != 1 {
			return "", "", fmt.Errorf("version table: cannot apply %s: the heads %v hold %d of its parents %v, expected one", m.s, m.h.ids, len(held), down)
		}
		parent = held[0]
	}
	if m.s.Up {
		return parent, m.s.Node.ID, nil
	}
	return m.s.Node.ID, parent, nil
}
