package graph

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// relative matches a relative identifier: [label@][symbol](+|-)N.
var relative = regexp.MustCompile(`^(?:(.+?)@)?(\w+?)?([+-]\d+)$`)

// MinPrefix is the shortest prefix of a revision id that resolves to it.
const MinPrefix = 4

// Resolve returns the revisions that id names: a full id, a unique prefix
// of at least four characters, a branch label, "head", "heads", "base"
// (no revision), "label@head", "label@heads", "label@<id>", or "-N" and
// "label@-N" counted down from the heads.
func (g *Graph) Resolve(id string) ([]*Node, error) {
	ids, label, err := g.resolveNumber(id)
	if err != nil {
		return nil, err
	}
	if len(ids) == 1 {
		if steps, err := strconv.Atoi(ids[0]); err == nil && steps < 0 {
			heads, err := g.Resolve("heads")
			if err != nil {
				return nil, err
			}
			var out []*Node
			for _, h := range heads {
				if label != "" && !h.labels[label] {
					continue
				}
				s, ok, err := g.walk(h, false, steps, "")
				if err != nil {
					return nil, err
				}
				if !ok {
					return nil, relativeError(id, steps)
				}
				if s != nil {
					out = append(out, s)
				}
			}
			return out, nil
		}
	}
	out := make([]*Node, 0, len(ids))
	for _, r := range ids {
		n, err := g.revisionForIdent(r, label)
		if err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, nil
}

// ResolveAll resolves each identifier and returns the union, in order.
func (g *Graph) ResolveAll(ids []string) ([]*Node, error) {
	var out []*Node
	for _, id := range ids {
		ns, err := g.Resolve(id)
		if err != nil {
			return nil, err
		}
		for _, n := range ns {
			if !slices.Contains(out, n) {
				out = append(out, n)
			}
		}
	}
	return out, nil
}

// ResolveOne returns the one revision id names, or nil for "base". It
// fails with a MultipleHeadsError when id names several heads.
func (g *Graph) ResolveOne(id string) (*Node, error) {
	ids, label, err := g.resolveNumber(id)
	if err != nil {
		return nil, err
	}
	if len(ids) > 1 {
		return nil, &MultipleHeadsError{Arg: id, Heads: ids}
	}
	if len(ids) == 0 {
		return nil, nil
	}
	return g.revisionForIdent(ids[0], label)
}

// resolveNumber splits off a branch label and expands the symbolic names.
func (g *Graph) resolveNumber(id string) (ids []string, label string, err error) {
	whole := id
	if i := strings.Index(id, "@"); i >= 0 {
		label, id = id[:i], id[i+1:]
		if label == "" {
			return nil, "", &ResolveError{Arg: whole, Msg: fmt.Sprintf("empty branch label in %q", whole)}
		}
		if id == "" {
			return nil, "", &ResolveError{Arg: whole, Msg: fmt.Sprintf("nothing after the @ in %q: write %shead, %sbase, %s-1 or %s<revision>", whole, whole, whole, whole, whole)}
		}
	}
	if id == "" {
		return nil, "", &ResolveError{Arg: whole, Msg: `empty revision identifier: give a revision, "head", "heads" or "base"`}
	}
	switch id {
	case "heads":
		if label == "" {
			return g.RealHeads(), "", nil
		}
		heads, err := g.filterForLineage(g.nodesOf(g.heads), label, false)
		return idsOf(heads), label, err
	case "head":
		h, err := g.currentHead(label)
		if err != nil || h == nil {
			return nil, label, err
		}
		return []string{h.ID}, label, nil
	case "base":
		if label != "" {
			if _, err := g.resolveBranch(label); err != nil {
				return nil, "", err
			}
		}
		return nil, label, nil
	}
	return []string{id}, label, nil
}

// currentHead returns the single head, of the branch when label is set.
func (g *Graph) currentHead(label string) (*Node, error) {
	heads := g.nodesOf(g.heads)
	arg := "head"
	if label != "" {
		var err error
		if heads, err = g.filterForLineage(heads, label, false); err != nil {
			return nil, err
		}
		arg = label + "@head"
	}
	if len(heads) > 1 {
		return nil, &MultipleHeadsError{Arg: arg, Heads: idsOf(heads)}
	}
	if len(heads) == 0 {
		return nil, nil
	}
	return heads[0], nil
}

// resolveBranch returns the revision a branch label (or a revision
// identifier used as one) stands for.
func (g *Graph) resolveBranch(label string) (*Node, error) {
	if n := g.byLabel[label]; n != nil {
		return n, nil
	}
	n, err := g.revisionForIdent(label, "")
	if err != nil {
		return nil, &ResolveError{Arg: label, Msg: fmt.Sprintf("no branch label or revision %q", label)}
	}
	return n, nil
}

// revisionForIdent finds a revision by id, label or unique prefix; with
// branch set, it must be on that branch.
func (g *Graph) revisionForIdent(id, branch string) (*Node, error) {
	var branchRev *Node
	if branch != "" {
		var err error
		if branchRev, err = g.resolveBranch(branch); err != nil {
			return nil, err
		}
	}
	n := g.byID[id]
	if n == nil {
		n = g.byLabel[id]
	}
	if n == nil {
		var candidates []*Node
		if len(id) >= MinPrefix {
			for _, c := range g.nodes {
				if strings.HasPrefix(c.ID, id) {
					candidates = append(candidates, c)
				}
			}
		}
		if branchRev != nil {
			candidates = slices.DeleteFunc(candidates, func(c *Node) bool { return !g.sharesLineage(c, []*Node{branchRev}, false) })
		}
		switch len(candidates) {
		case 0:
			msg := fmt.Sprintf("no revision or branch label %q", id)
			if len(id) < MinPrefix && g.looksLikePrefix(id) {
				msg += fmt.Sprintf(" (a prefix needs at least %d characters)", MinPrefix)
			}
			return nil, &ResolveError{Arg: id, Msg: msg}
		case 1:
			n = candidates[0]
		default:
			ids := idsOf(candidates)
			return nil, &ResolveError{Arg: id, Candidates: ids,
				Msg: fmt.Sprintf("prefix %q is ambiguous: it matches %s; give more characters", id, strings.Join(ids, ", "))}
		}
	}
	if branchRev != nil && !g.sharesLineage(n, []*Node{branchRev}, false) {
		return nil, &ResolveError{Arg: id, Msg: fmt.Sprintf("revision %s is not on branch %q", n.ID, branch)}
	}
	return n, nil
}

func (g *Graph) looksLikePrefix(id string) bool {
	for _, n := range g.nodes {
		if strings.HasPrefix(n.ID, id) {
			return true
		}
	}
	return false
}

// sharesLineage reports whether target is an ancestor or a descendant of
// (or one of) against; an empty against matches everything.
func (g *Graph) sharesLineage(target *Node, against []*Node, deps bool) bool {
	if len(against) == 0 {
		return true
	}
	for _, n := range g.descendants([]*Node{target}, deps) {
		if slices.Contains(against, n) {
			return true
		}
	}
	for _, n := range g.ancestors([]*Node{target}, deps) {
		if slices.Contains(against, n) {
			return true
		}
	}
	return false
}

// filterForLineage keeps the targets that share lineage with what check
// names (a label, an id, "heads"...).
func (g *Graph) filterForLineage(targets []*Node, check string, deps bool) ([]*Node, error) {
	ids, label, err := g.resolveNumber(check)
	if err != nil {
		return nil, err
	}
	var shares []*Node
	if label != "" {
		b, err := g.resolveBranch(label)
		if err != nil {
			return nil, err
		}
		shares = append(shares, b)
	}
	for _, id := range ids {
		n, err := g.revisionForIdent(id, "")
		if err != nil {
			return nil, err
		}
		shares = append(shares, n)
	}
	var out []*Node
	for _, t := range targets {
		if g.sharesLineage(t, shares, deps) {
			out = append(out, t)
		}
	}
	return out, nil
}

// walk moves steps up (> 0) or down (< 0) from start (nil with atBase set:
// below the bases). It returns the revision reached, nil for base, and
// false when the walk leaves the graph.
func (g *Graph) walk(start *Node, atBase bool, steps int, label string) (*Node, bool, error) {
	cur, base := start, atBase || start == nil
	for range max(steps, -steps) {
		var children []*Node
		if steps > 0 {
			if base {
				children = g.nodesOf(g.bases)
			} else {
				children = g.nodesOf(cur.next)
			}
			if label != "" {
				var err error
				if children, err = g.filterForLineage(children, label, false); err != nil {
					return nil, false, err
				}
			}
			if len(children) == 0 {
				return nil, false, nil
			}
			if len(children) > 1 {
				return nil, false, &ResolveError{Arg: "", Msg: fmt.Sprintf("ambiguous walk up from %s: it branches into %s; name a branch (<label>@+N) or a revision", posName(cur), strings.Join(idsOf(children), ", "))}
			}
			cur, base = children[0], false
			continue
		}
		if base {
			return nil, false, nil
		}
		if len(cur.Revises) == 0 {
			cur, base = nil, true
			continue
		}
		if len(cur.Revises) > 1 {
			return nil, false, &ResolveError{Msg: fmt.Sprintf("ambiguous walk down from %s: it merges %s; name a revision", cur.ID, strings.Join(cur.Revises, ", "))}
		}
		cur = g.byID[cur.Revises[0]]
	}
	return cur, true, nil
}

func posName(n *Node) string {
	if n == nil {
		return "base"
	}
	return n.ID
}

func relativeError(arg string, steps int) error {
	dir := "past the heads"
	if steps < 0 {
		dir = "past base"
	}
	return &ResolveError{Arg: arg, Msg: fmt.Sprintf("relative revision %q goes %s: there are fewer than %d revisions in that direction", arg, dir, max(steps, -steps))}
}

// allCurrent expands ids to the tips of what they imply: the ids and
// their ancestors, reduced to the revisions with no descendant among them.
func (g *Graph) allCurrent(ids []string) ([]*Node, error) {
	top, err := g.ResolveAll(ids)
	if err != nil {
		return nil, err
	}
	all := g.ancestors(top, true)
	set := setOf(all)
	var out []*Node
	for _, n := range g.nodes {
		if !set[n] {
			continue
		}
		shadowed := false
		for _, d := range g.descendants([]*Node{n}, false) {
			if d != n && set[d] {
				shadowed = true
				break
			}
		}
		if !shadowed {
			out = append(out, n)
		}
	}
	return out, nil
}

// Current returns the revisions to show for a version table that holds
// ids: the ids themselves and the branch tips their dependencies imply.
func (g *Graph) Current(ids []string) ([]*Node, error) {
	if err := g.checkKnown(ids); err != nil {
		return nil, err
	}
	return g.allCurrent(ids)
}

func (g *Graph) nodesOf(ids []string) []*Node {
	out := make([]*Node, 0, len(ids))
	for _, id := range ids {
		out = append(out, g.byID[id])
	}
	return out
}

func idsOf(nodes []*Node) []string {
	out := make([]string, 0, len(nodes))
	for _, n := range nodes {
		if n == nil {
			out = append(out, "base")
			continue
		}
		out = append(out, n.ID)
	}
	return out
}
