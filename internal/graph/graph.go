// Package graph is the revision graph: which revision follows which,
// heads, bases, branch points, merges, branch labels and dependencies, and
// the resolution of revision identifiers ("head", "ae1f", "-1",
// "accounts@head") into revisions and into the steps an upgrade, a
// downgrade or a stamp takes.
//
// The semantics follow Alembic's RevisionMap so that a user who knows
// Alembic finds every identifier and every version-table row where they
// expect it. The graph is pure: it reads no files and no database; the
// migration runtime builds it from compiled revisions and the CLI from
// revision files read statically.
//
// A Graph is immutable once built and safe for concurrent use.
package graph

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Node is one revision as the graph sees it: its identity and its edges.
// Callers fill the exported fields; New computes the rest.
type Node struct {
	ID           string   // the revision id, e.g. "3f2a9c1b7d4e"
	Revises      []string // the parents (down revisions); empty for a base
	DependsOn    []string // extra dependencies: ids or branch labels
	BranchLabels []string // labels declared by this revision
	Message      string   // the one-line message
	Source       string   // where the revision is declared (file:line), for errors

	deps      []string        // DependsOn resolved to ids
	normDeps  []string        // deps minus those already implied by an ancestor's deps
	next      []string        // children through Revises
	allNext   []string        // children through Revises or DependsOn
	labels    map[string]bool // effective labels: own, inherited along the branch
	declIndex int             // position in ID order, for stable sorting
}

// Labels returns the branch labels that apply to the revision: those it
// declares and those inherited along its branch, sorted.
func (n *Node) Labels() []string { return sortedKeys(n.labels) }

// ResolvedDependsOn returns DependsOn resolved to revision ids.
func (n *Node) ResolvedDependsOn() []string { return slices.Clone(n.deps) }

// Children returns the revisions that revise n.
func (n *Node) Children() []string { return slices.Clone(n.next) }

// IsHead reports whether no revision revises n.
func (n *Node) IsHead() bool { return len(n.next) == 0 }

// IsRealHead reports whether no revision revises or depends on n.
func (n *Node) IsRealHead() bool { return len(n.allNext) == 0 }

// IsBase reports whether n revises nothing.
func (n *Node) IsBase() bool { return len(n.Revises) == 0 }

// IsBranchPoint reports whether several revisions revise n.
func (n *Node) IsBranchPoint() bool { return len(n.next) > 1 }

// IsMergePoint reports whether n revises several revisions.
func (n *Node) IsMergePoint() bool { return len(n.Revises) > 1 }

func (n *Node) isRealBranchPoint() bool { return len(n.allNext) > 1 }
func (n *Node) isRealBase() bool        { return len(n.Revises) == 0 && len(n.DependsOn) == 0 }

// allDown is Revises plus the resolved dependencies.
func (n *Node) allDown() []string { return dedupe(append(slices.Clone(n.Revises), n.deps...)) }

// normDown is Revises plus the dependencies not implied by an ancestor.
func (n *Node) normDown() []string { return dedupe(append(slices.Clone(n.Revises), n.normDeps...)) }

func (n *Node) String() string { return n.ID }

// Graph is a validated revision graph.
type Graph struct {
	nodes     []*Node          // sorted by ID
	byID      map[string]*Node // ids
	byLabel   map[string]*Node // branch labels, to the revision that declares them
	heads     []string         // no child through Revises
	realHeads []string         // no child through Revises or DependsOn
	bases     []string         // no Revises
}

// New validates the revisions and builds their graph. It reports, in this
// order: an invalid or duplicate id, a label used twice, a parent or a
// dependency that is not there, and a cycle.
func New(nodes []*Node) (*Graph, error) {
	g := &Graph{byID: make(map[string]*Node, len(nodes)), byLabel: map[string]*Node{}}
	for _, n := range nodes {
		if err := ValidateID(n.ID); err != nil {
			return nil, &Error{Kind: ErrInvalid, IDs: []string{n.ID}, Sources: []string{n.Source}, Detail: err.Error()}
		}
		if prev, ok := g.byID[n.ID]; ok {
			return nil, &Error{Kind: ErrDuplicate, IDs: []string{n.ID}, Sources: []string{prev.Source, n.Source}}
		}
		for _, p := range n.Revises {
			if p == n.ID {
				return nil, &Error{Kind: ErrCycle, IDs: []string{n.ID}, Sources: []string{n.Source}, Detail: "it revises itself"}
			}
		}
		g.byID[n.ID] = n
		g.nodes = append(g.nodes, n)
	}
	sort.Slice(g.nodes, func(i, j int) bool { return g.nodes[i].ID < g.nodes[j].ID })
	for i, n := range g.nodes {
		n.declIndex = i
		n.deps, n.normDeps, n.next, n.allNext = nil, nil, nil, nil
		n.labels = map[string]bool{}
		for _, l := range n.BranchLabels {
			if err := validateLabel(l); err != nil {
				return nil, &Error{Kind: ErrInvalid, IDs: []string{n.ID}, Sources: []string{n.Source}, Detail: err.Error()}
			}
			if other, ok := g.byLabel[l]; ok {
				return nil, &Error{Kind: ErrLabel, IDs: []string{other.ID, n.ID}, Sources: []string{other.Source, n.Source}, Detail: l}
			}
			if other, ok := g.byID[l]; ok {
				return nil, &Error{Kind: ErrLabel, IDs: []string{other.ID, n.ID}, Sources: []string{other.Source, n.Source}, Detail: l}
			}
			g.byLabel[l] = n
		}
	}
	// Resolve dependencies (ids or labels) and link children.
	for _, n := range g.nodes {
		for _, d := range n.DependsOn {
			target := g.byID[d]
			if target == nil {
				target = g.byLabel[d]
			}
			if target == nil {
				return nil, &Error{Kind: ErrMissing, IDs: []string{n.ID, d}, Sources: []string{n.Source}, Detail: "depends on"}
			}
			if target == n {
				return nil, &Error{Kind: ErrCycle, IDs: []string{n.ID}, Sources: []string{n.Source}, Detail: "it depends on itself"}
			}
			n.deps = appendUnique(n.deps, target.ID)
		}
	}
	for _, n := range g.nodes {
		for _, p := range n.Revises {
			if g.byID[p] == nil {
				return nil, &Error{Kind: ErrMissing, IDs: []string{n.ID, p}, Sources: []string{n.Source}, Detail: "revises"}
			}
		}
		for _, p := range n.allDown() {
			parent := g.byID[p]
			parent.allNext = appendUnique(parent.allNext, n.ID)
			if slices.Contains(n.Revises, p) {
				parent.next = appendUnique(parent.next, n.ID)
			}
		}
	}
	if err := g.detectCycles(); err != nil {
		return nil, err
	}
	// Dependencies already implied by an ancestor's dependencies do not
	// count as direct down revisions.
	for _, n := range g.nodes {
		if len(n.deps) == 0 {
			continue
		}
		norm := slices.Clone(n.deps)
		for _, a := range g.ancestors([]*Node{n}, false) {
			if a != n && len(a.deps) > 0 {
				norm = slices.DeleteFunc(norm, func(id string) bool { return slices.Contains(a.deps, id) })
			}
		}
		n.normDeps = norm
	}
	for _, n := range g.nodes {
		if n.IsHead() {
			g.heads = append(g.heads, n.ID)
		}
		if n.IsRealHead() {
			g.realHeads = append(g.realHeads, n.ID)
		}
		if n.IsBase() {
			g.bases = append(g.bases, n.ID)
		}
	}
	g.propagateLabels()
	return g, nil
}

// detectCycles reports the revisions that are not on a path from a base to
// a head, first through Revises alone, then with dependencies too.
func (g *Graph) detectCycles() error {
	revises := func(n *Node) []string { return n.Revises }
	children := func(n *Node) []string { return n.next }
	allChildren := func(n *Node) []string { return n.allNext }
	if err := g.unreachable(revises, children, (*Node).IsHead, (*Node).IsBase, ""); err != nil {
		return err
	}
	return g.unreachable((*Node).allDown, allChildren, (*Node).IsRealHead, (*Node).isRealBase, "dependency")
}

func (g *Graph) unreachable(down, up func(*Node) []string, isHead, isBase func(*Node) bool, kind string) error {
	var heads, bases []*Node
	for _, n := range g.nodes {
		if isHead(n) {
			heads = append(heads, n)
		}
		if isBase(n) {
			bases = append(bases, n)
		}
	}
	fromHeads := setOf(g.related(down, heads))
	fromBases := setOf(g.related(up, bases))
	var stuck []string
	for _, n := range g.nodes {
		if !fromHeads[n] || !fromBases[n] {
			stuck = append(stuck, n.ID)
		}
	}
	if len(stuck) > 0 {
		return &Error{Kind: ErrCycle, IDs: stuck, Sources: g.sources(stuck), Detail: kind}
	}
	return nil
}

// propagateLabels gives every revision the labels of the branch it is on:
// a label declared by a revision applies to its descendants, and to its
// ancestors down to the nearest branch point or merge point.
func (g *Graph) propagateLabels() {
	for _, n := range g.nodes {
		if len(n.BranchLabels) == 0 {
			continue
		}
		for _, d := range g.descendants([]*Node{n}, false) {
			for _, l := range n.BranchLabels {
				d.labels[l] = true
			}
		}
		for p := n; p != nil && !p.isRealBranchPoint() && !p.IsMergePoint(); {
			for _, l := range n.BranchLabels {
				p.labels[l] = true
			}
			if len(p.Revises) != 1 {
				break
			}
			p = g.byID[p.Revises[0]]
		}
	}
}

// Nodes returns every revision, sorted by id.
func (g *Graph) Nodes() []*Node { return slices.Clone(g.nodes) }

// Len returns the number of revisions.
func (g *Graph) Len() int { return len(g.nodes) }

// Node returns the revision with exactly this id, or nil.
func (g *Graph) Node(id string) *Node { return g.byID[id] }

// Heads returns the revisions that no revision revises (Alembic's heads).
func (g *Graph) Heads() []string { return slices.Clone(g.heads) }

// RealHeads returns the revisions that no revision revises or depends on:
// the rows the version table holds once everything is applied.
func (g *Graph) RealHeads() []string { return slices.Clone(g.realHeads) }

// Bases returns the revisions that revise nothing.
func (g *Graph) Bases() []string { return slices.Clone(g.bases) }

// related walks from targets through fn, each node once, targets included,
// in depth-first order.
func (g *Graph) related(fn func(*Node) []string, targets []*Node) []*Node {
	seen := map[*Node]bool{}
	var out, todo []*Node
	for _, t := range targets {
		todo = append(todo, t)
		for len(todo) > 0 {
			n := todo[len(todo)-1]
			todo = todo[:len(todo)-1]
			if seen[n] {
				continue
			}
			seen[n] = true
			for _, id := range fn(n) {
				todo = append(todo, g.byID[id])
			}
			out = append(out, n)
		}
	}
	return out
}

// ancestors returns targets and everything below them; with deps, through
// the normalised dependencies too.
func (g *Graph) ancestors(targets []*Node, deps bool) []*Node {
	if deps {
		return g.related((*Node).normDown, targets)
	}
	return g.related(func(n *Node) []string { return n.Revises }, targets)
}

// descendants returns targets and everything above them; with deps,
// through dependencies too.
func (g *Graph) descendants(targets []*Node, deps bool) []*Node {
	if deps {
		return g.related(func(n *Node) []string { return n.allNext }, targets)
	}
	return g.related(func(n *Node) []string { return n.next }, targets)
}

// checkOverlap reports a target that is an ancestor of another target.
func (g *Graph) checkOverlap(targets []*Node) error {
	for _, t := range targets {
		for _, a := range g.ancestors([]*Node{t}, true) {
			if a != t && slices.Contains(targets, a) {
				return &ResolveError{Arg: t.ID, Msg: fmt.Sprintf("requested revision %s overlaps with requested revision %s, its ancestor", t.ID, a.ID)}
			}
		}
	}
	return nil
}

func (g *Graph) sources(ids []string) []string {
	var out []string
	for _, id := range ids {
		if n := g.byID[id]; n != nil && n.Source != "" {
			out = append(out, n.Source)
		}
	}
	return out
}

// ValidateID reports whether id can be a revision id: letters, digits and
// underscores, at most 32 characters (the width of the version column).
func ValidateID(id string) error {
	if id == "" {
		return fmt.Errorf("empty revision id")
	}
	if len(id) > 32 {
		return fmt.Errorf("revision id %q is longer than 32 characters", id)
	}
	for _, r := range id {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_') {
			return fmt.Errorf("revision id %q has %q: use letters, digits and underscores", id, r)
		}
	}
	switch id {
	case "head", "heads", "base", "current":
		return fmt.Errorf("revision id %q is a reserved word", id)
	}
	return nil
}

func validateLabel(l string) error {
	if l == "" || strings.ContainsAny(l, "@:+- \t") {
		return fmt.Errorf("branch label %q may not be empty or contain '@', ':', '+', '-' or spaces", l)
	}
	switch l {
	case "head", "heads", "base", "current":
		return fmt.Errorf("branch label %q is a reserved word", l)
	}
	return nil
}

func dedupe(s []string) []string {
	out := s[:0]
	seen := map[string]bool{}
	for _, v := range s {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

func appendUnique(s []string, v string) []string {
	if slices.Contains(s, v) {
		return s
	}
	return append(s, v)
}

func setOf(nodes []*Node) map[*Node]bool {
	m := make(map[*Node]bool, len(nodes))
	for _, n := range nodes {
		m[n] = true
	}
	return m
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
