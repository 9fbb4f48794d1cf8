package graph

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Step is one move of the version table: running a revision's upgrade or
// downgrade, or (Node == nil) a stamp that moves heads without running
// anything.
type Step struct {
	Node *Node // the revision; nil for a stamp
	Up   bool  // upgrade (or a stamp forwards)

	// A stamp moves From → To; BranchMove means it creates or deletes a
	// branch rather than moving one.
	From, To   []string
	BranchMove bool
}

// FromIDs returns the revisions the step leaves (without dependencies):
// the parents for an upgrade, the revision for a downgrade.
func (s Step) FromIDs() []string {
	switch {
	case s.Node == nil:
		return s.From
	case s.Up:
		return s.Node.Revises
	default:
		return []string{s.Node.ID}
	}
}

// ToIDs returns the revisions the step reaches (without dependencies).
func (s Step) ToIDs() []string {
	switch {
	case s.Node == nil:
		return s.To
	case s.Up:
		return []string{s.Node.ID}
	default:
		return s.Node.Revises
	}
}

// String renders the step as the runner logs it:
// "upgrade 1975ea83b712 -> 3f2a9c1b7d4e, add accounts".
func (s Step) String() string {
	name := "downgrade"
	switch {
	case s.Node == nil:
		name = "stamp"
	case s.Up:
		name = "upgrade"
	}
	out := fmt.Sprintf("%s %s -> %s", name, formatIDs(s.FromIDs()), formatIDs(s.ToIDs()))
	if s.Node != nil && s.Node.Message != "" {
		out += ", " + s.Node.Message
	}
	return out
}

func formatIDs(ids []string) string {
	if len(ids) == 0 {
		return "<base>"
	}
	return strings.Join(ids, ", ")
}

// UpgradeSteps returns the upgrades that take a database whose version
// table holds current to target, in the order to run them.
func (g *Graph) UpgradeSteps(current []string, target string) ([]Step, error) {
	if err := g.checkKnown(current); err != nil {
		return nil, err
	}
	need, heads, err := g.collectUpgrade(target, current, false, true)
	if err != nil {
		return nil, err
	}
	order, err := g.topoSort(need, heads)
	if err != nil {
		return nil, err
	}
	steps := make([]Step, 0, len(order))
	for i := len(order) - 1; i >= 0; i-- {
		steps = append(steps, Step{Node: order[i], Up: true})
	}
	return steps, nil
}

// DowngradeSteps returns the downgrades that take a database whose version
// table holds current down to target, in the order to run them.
func (g *Graph) DowngradeSteps(current []string, target string) ([]Step, error) {
	if err := g.checkKnown(current); err != nil {
		return nil, err
	}
	drop, heads, err := g.collectDowngrade(current, target, false)
	if err != nil {
		return nil, err
	}
	order, err := g.topoSort(drop, heads)
	if err != nil {
		return nil, err
	}
	steps := make([]Step, 0, len(order))
	for _, n := range order {
		steps = append(steps, Step{Node: n})
	}
	return steps, nil
}

// Span returns the revisions from lower up to upper, lower and upper
// included, heads first: what `history -r lower:upper` lists. Empty
// bounds mean base and heads.
func (g *Graph) Span(lower, upper string) ([]*Node, error) {
	if lower == "" {
		lower = "base"
	}
	if upper == "" {
		upper = "heads"
	}
	nodes, heads, err := g.collectUpgrade(upper, []string{lower}, true, false)
	if err != nil {
		return nil, err
	}
	return g.topoSort(nodes, heads)
}

// StampSteps returns the version-table moves that set a table holding
// current to targets without running any revision.
func (g *Graph) StampSteps(current, targets []string) ([]Step, error) {
	if err := g.checkKnown(current); err != nil {
		return nil, err
	}
	heads := g.nodesOf(current)
	if len(targets) == 0 {
		targets = []string{"base"}
	}
	var filtered []*Node
	for _, t := range targets {
		f, err := g.filterForLineage(heads, t, true)
		if err != nil {
			return nil, err
		}
		for _, n := range f {
			if !slices.Contains(filtered, n) {
				filtered = append(filtered, n)
			}
		}
	}
	dests, err := g.ResolveAll(targets)
	if err != nil {
		return nil, err
	}
	// The version table holds heads: no target may be another's ancestor.
	for i, a := range dests {
		below := setOf(g.ancestors([]*Node{a}, true))
		for j, b := range dests {
			if i != j && b != a && below[b] {
				return nil, &ResolveError{Arg: b.ID, Msg: fmt.Sprintf("cannot stamp both %s and %s: %s is an ancestor of %s, and the version table holds heads", b.ID, a.ID, b.ID, a.ID)}
			}
		}
	}
	var steps []Step
	if len(dests) == 0 {
		for _, h := range filtered {
			steps = append(steps, Step{From: []string{h.ID}, BranchMove: true})
		}
		return steps, nil
	}
	for _, dest := range dests {
		if slices.Contains(filtered, dest) {
			continue
		}
		above := setOf(g.descendants([]*Node{dest}, true))
		below := setOf(g.ancestors([]*Node{dest}, true))
		switch {
		case anyIn(filtered, above):
			// Several revisions below the same heads (the parents of a
			// merge): one step that unmerges to all of them.
			if n := len(steps); n > 0 && !steps[n-1].Up && !steps[n-1].BranchMove && slices.Equal(steps[n-1].From, idsOf(filtered)) {
				steps[n-1].To = append(steps[n-1].To, dest.ID)
				continue
			}
			steps = append(steps, Step{From: idsOf(filtered), To: []string{dest.ID}})
		case anyIn(filtered, below):
			steps = append(steps, Step{From: idsOf(filtered), To: []string{dest.ID}, Up: true})
		default:
			steps = append(steps, Step{To: []string{dest.ID}, Up: true, BranchMove: true})
		}
	}
	return steps, nil
}

func anyIn(nodes []*Node, set map[*Node]bool) bool {
	for _, n := range nodes {
		if set[n] {
			return true
		}
	}
	return false
}

// UnknownError is a version-table row that names a revision no revision
// file declares: the database is ahead of the code, or a file was removed.
type UnknownError struct{ ID string }

func (e *UnknownError) Error() string {
	return fmt.Sprintf("the database is at revision %s, which no revision file declares: "+
		"the database is ahead of this code (check out the branch that has %s), or its file was deleted "+
		"(then `autogen stamp --purge <revision>` sets the version table by hand)", e.ID, e.ID)
}

func (g *Graph) checkKnown(current []string) error {
	for _, id := range current {
		if g.byID[id] == nil {
			return &UnknownError{ID: id}
		}
	}
	return nil
}

// collectUpgrade returns the revisions needed to go from lower to upper
// and the targets upper names.
func (g *Graph) collectUpgrade(upper string, lower []string, inclusive, implicitBase bool) ([]*Node, []*Node, error) {
	targets, err := g.parseUpgradeTarget(lower, upper)
	if err != nil {
		return nil, nil, err
	}
	return g.collectUpgradeTo(targets, upper, lower, inclusive, implicitBase)
}

// collectUpgradeTo is collectUpgrade once upper is resolved to targets.
func (g *Graph) collectUpgradeTo(targets []*Node, upper string, lower []string, inclusive, implicitBase bool) ([]*Node, []*Node, error) {
	if len(lower) == 1 && strings.Contains(lower[0], "@") {
		// A named lower bound (label@rev) keeps to that branch.
		branch, _, _ := strings.Cut(lower[0], "@")
		if b, err := g.ResolveOne(branch); err == nil && b != nil && b.ID == branch && len(b.labels) == 1 {
			branch = b.Labels()[0]
		}
		targets = slices.DeleteFunc(targets, func(t *Node) bool { return !t.labels[branch] })
	}
	if err := g.checkOverlap(targets); err != nil {
		return nil, nil, err
	}
	required := setOf(g.ancestors(targets, true))
	currentRevs, err := g.ResolveAll(lower)
	if err != nil {
		return nil, nil, err
	}
	if !implicitBase {
		for _, c := range currentRevs {
			if !required[c] {
				return nil, nil, &RangeError{Upgrade: true, Target: upper, From: lower}
			}
		}
	}
	if err := g.checkOverlap(currentRevs); err != nil {
		return nil, nil, err
	}
	have := setOf(g.ancestors(currentRevs, true))
	var need []*Node
	for _, n := range g.nodes {
		if required[n] && (!have[n] || inclusive && slices.Contains(currentRevs, n)) {
			need = append(need, n)
		}
	}
	if len(currentRevs) > 0 && !implicitBase {
		above := setOf(g.descendants(currentRevs, false))
		need = slices.DeleteFunc(need, func(n *Node) bool { return !above[n] })
	}
	return need, targets, nil
}

// parseUpgradeTarget resolves an upgrade destination, relative ones
// ("+2", "label@+1", "ae10+2") from the current revisions.
func (g *Graph) parseUpgradeTarget(current []string, target string) ([]*Node, error) {
	m := relative.FindStringSubmatch(target)
	if m == nil {
		return g.Resolve(target)
	}
	label, symbol := m[1], m[2]
	steps, err := strconv.Atoi(m[3])
	if err != nil {
		return nil, &ResolveError{Arg: target, Msg: fmt.Sprintf("bad relative revision %q", target)}
	}
	if steps <= 0 {
		if symbol == "" {
			return nil, &ResolveError{Arg: target, Msg: fmt.Sprintf("cannot upgrade to %q: an upgrade goes up (+N); use downgrade to go down", target)}
		}
		start, err := g.ResolveOne(joinLabel(label, symbol))
		if err != nil {
			return nil, err
		}
		return g.walkTo(target, start, steps, "")
	}
	if symbol != "" {
		start, err := g.ResolveOne(symbol)
		if err != nil {
			return nil, err
		}
		return g.walkTo(target, start, steps, label)
	}
	// Relative to where the database is.
	curNodes, err := g.ResolveAll(current)
	if err != nil {
		return nil, err
	}
	starts := curNodes
	if label != "" {
		if starts, err = g.filterForLineage(curNodes, label, false); err != nil {
			return nil, err
		}
		if len(starts) == 0 {
			// The branch is not applied yet: start from the tip of what
			// is applied on it, or from base.
			active, err := g.filterForLineage(g.ancestors(curNodes, true), label, false)
			if err != nil {
				return nil, err
			}
			below := map[string]bool{}
			for _, a := range active {
				for _, d := range a.normDown() {
					below[d] = true
				}
			}
			for _, a := range active {
				if !below[a.ID] {
					starts = append(starts, a)
				}
			}
		}
	}
	if len(starts) > 1 {
		return nil, &ResolveError{Arg: target, Msg: fmt.Sprintf("%q is ambiguous: the database is at several heads (%s); use <label>@%s or <revision>%s",
			target, strings.Join(idsOf(starts), ", "), m[3], m[3])}
	}
	var start *Node
	if len(starts) == 1 {
		start = starts[0]
	}
	return g.walkTo(target, start, steps, label)
}

func (g *Graph) walkTo(arg string, start *Node, steps int, label string) ([]*Node, error) {
	n, ok, err := g.walk(start, start == nil, steps, label)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, relativeError(arg, steps)
	}
	if n == nil {
		return nil, nil
	}
	return []*Node{n}, nil
}

func joinLabel(label, symbol string) string {
	if label == "" {
		return symbol
	}
	return label + "@" + symbol
}

// parseDowngradeTarget resolves a downgrade destination, relative ones
// ("-1", "label@-1", "ae10-2") from the current revisions. It returns the
// branch the destination is on (possibly a revision id standing for its
// branch), the revision (nil for base), and whether that revision is to
// be undone too: one step down from a merge point undoes the merge and
// leaves all its parents, where Alembic calls the walk ambiguous.
func (g *Graph) parseDowngradeTarget(current []string, target string) (string, *Node, bool, error) {
	m := relative.FindStringSubmatch(target)
	if m == nil {
		label, _, _ := strings.Cut(target, "@")
		if label == target {
			label = ""
		}
		n, err := g.ResolveOne(target)
		return label, n, false, err
	}
	label, symbol := m[1], m[2]
	steps, err := strconv.Atoi(m[3])
	if err != nil {
		return "", nil, false, &ResolveError{Arg: target, Msg: fmt.Sprintf("bad relative revision %q", target)}
	}
	if steps >= 0 {
		if symbol == "" {
			return "", nil, false, &ResolveError{Arg: target, Msg: fmt.Sprintf("cannot downgrade to %q: a downgrade goes down (-N); use upgrade to go up", target)}
		}
		start, err := g.ResolveOne(symbol)
		if err != nil {
			return "", nil, false, err
		}
		n, err := g.walkTo(target, start, steps, label)
		if err != nil {
			return "", nil, false, err
		}
		return label, first(n), false, nil
	}
	if symbol == "" {
		if label != "" {
			curNodes, err := g.ResolveAll(current)
			if err != nil {
				return "", nil, false, err
			}
			on, err := g.filterForLineage(curNodes, label, false)
			if err != nil {
				return "", nil, false, err
			}
			if len(on) == 0 {
				all, err := g.allCurrent(current)
				if err != nil {
					return "", nil, false, err
				}
				if on, err = g.filterForLineage(all, label, false); err != nil {
					return "", nil, false, err
				}
			}
			if len(on) != 1 {
				return "", nil, false, &ResolveError{Arg: target, Msg: fmt.Sprintf("branch %q is not applied to the database, or is applied at several heads (%s)", label, strings.Join(idsOf(on), ", "))}
			}
			symbol = on[0].ID
		} else {
			switch len(current) {
			case 0:
				return "", nil, false, relativeError(target, steps)
			case 1:
			default:
				return "", nil, false, &ResolveError{Arg: target, Msg: fmt.Sprintf("%q is ambiguous: the database is at several heads (%s); use <label>@%s or <revision>%s",
					target, strings.Join(current, ", "), m[3], m[3])}
			}
			symbol, label = current[0], current[0]
		}
	}
	start, err := g.ResolveOne(joinLabel(label, symbol))
	if err != nil {
		return "", nil, false, err
	}
	above, ok, err := g.walk(start, start == nil, steps+1, "")
	if err != nil {
		return "", nil, false, err
	}
	if !ok {
		return "", nil, false, relativeError(target, steps)
	}
	if above != nil && above.IsMergePoint() {
		return label, above, true, nil
	}
	n, ok, err := g.walk(above, above == nil, -1, "")
	if err != nil {
		return "", nil, false, err
	}
	if !ok {
		return "", nil, false, relativeError(target, steps)
	}
	return label, n, false, nil
}

func first(n []*Node) *Node {
	if len(n) == 0 {
		return nil
	}
	return n[0]
}

// collectDowngrade returns the revisions to undo to go from the current
// revisions down to target, and the current heads.
func (g *Graph) collectDowngrade(current []string, target string, inclusive bool) ([]*Node, []*Node, error) {
	label, dest, undoDest, err := g.parseDowngradeTarget(current, target)
	if err != nil {
		return nil, nil, err
	}
	inclusive = inclusive || undoDest
	var roots []*Node
	switch {
	case dest == nil:
		for _, n := range g.nodes {
			if len(n.Revises) == 0 {
				roots = append(roots, n)
			}
		}
	case inclusive:
		roots = []*Node{dest}
	default:
		roots = g.nodesOf(dest.next)
	}
	if label != "" && len(roots) > 1 {
		b, err := g.resolveBranch(label)
		if err != nil {
			return nil, nil, err
		}
		anc := setOf(g.ancestors([]*Node{b}, false))
		roots = slices.DeleteFunc(roots, func(r *Node) bool { return !anc[r] })
		if len(roots) == 0 {
			return nil, nil, &ResolveError{Arg: target, Msg: fmt.Sprintf("%s is not a valid downgrade target from the current heads", target)}
		}
	}
	heads := g.nodesOf(current)
	above := setOf(g.descendants(roots, true))
	active := setOf(g.ancestors(heads, true))
	var drop []*Node
	for _, n := range g.nodes {
		if above[n] && active[n] {
			drop = append(drop, n)
		}
	}
	if dest != nil && len(drop) == 0 && !undoDest && !slices.Contains(heads, dest) {
		return nil, nil, &RangeError{Target: target, From: current}
	}
	return drop, heads, nil
}

// topoSort orders revisions so that each comes before its ancestors,
// walking down from heads one branch at a time (Alembic's order).
func (g *Graph) topoSort(revisions, heads []*Node) ([]*Node, error) {
	todo := setOf(revisions)
	var cur []*Node
	for _, h := range g.nodes { // id order
		if todo[h] && slices.Contains(heads, h) {
			cur = append(cur, h)
		}
	}
	anc := make([]map[*Node]bool, len(cur))
	for i, h := range cur {
		anc[i] = setOf(g.ancestors([]*Node{h}, true))
	}
	out := make([]*Node, 0, len(revisions))
	idx := 0
	for len(cur) > 0 {
		cand := cur[idx]
		moved := false
		for i, a := range anc {
			if i != idx && a[cand] {
				idx, moved = i, true // another head needs cand: walk that one first
				break
			}
		}
		if moved {
			continue
		}
		if todo[cand] {
			out = append(out, cand)
			delete(todo, cand)
		}
		var add []*Node
		for _, id := range cand.normDown() {
			n := g.byID[id]
			if todo[n] && !slices.Contains(cur, n) {
				add = append(add, n)
			}
		}
		switch {
		case len(add) == 0:
			cur = slices.Delete(cur, idx, idx+1)
			anc = slices.Delete(anc, idx, idx+1)
			idx = max(idx-1, 0)
		case len(cand.normDeps) == 0 && len(cand.Revises) == 1:
			cur[idx] = add[0]
			delete(anc[idx], cand)
		default:
			cur[idx] = add[0]
			anc[idx] = setOf(g.ancestors([]*Node{add[0]}, true))
			for _, a := range add[1:] {
				cur = append(cur, a)
				anc = append(anc, setOf(g.ancestors([]*Node{a}, true)))
			}
		}
	}
	if len(todo) > 0 {
		var left []string
		for _, n := range g.nodes {
			if todo[n] {
				left = append(left, n.ID)
			}
		}
		return nil, fmt.Errorf("internal error: revisions %s not reachable from %s", strings.Join(left, ", "), strings.Join(idsOf(heads), ", "))
	}
	return out, nil
}
