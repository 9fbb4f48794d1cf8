package graph

import "strings"

// This file gives the external tests (package graph_test) access to the
// internals that Alembic's tests reach into: RevisionMap.iterate_revisions
// with all its switches, the normalised down revisions, filter_for_lineage,
// _walk and the ancestor/descendant walks.

// Iterate is Alembic's RevisionMap.iterate_revisions(upper, lower,
// inclusive, implicit_base, select_for_downgrade): the revisions between
// lower and upper, heads first. upper may name several targets, as
// Alembic's tuple arguments do; for a downgrade the upper identifiers are
// resolved to the version-table rows they stand for.
func (g *Graph) Iterate(upper, lower []string, inclusive, implicitBase, downgrade bool) ([]string, error) {
	if downgrade {
		heads, err := g.ResolveAll(upper)
		if err != nil {
			return nil, err
		}
		target := "base"
		if len(lower) > 1 {
			panic("a downgrade has one target")
		}
		if len(lower) == 1 {
			target = lower[0]
		}
		drop, hs, err := g.collectDowngrade(idsOf(heads), target, inclusive)
		if err != nil {
			return nil, err
		}
		out, err := g.topoSort(drop, hs)
		return idsOf(out), err
	}
	var (
		need, targets []*Node
		err           error
	)
	if len(upper) == 1 {
		need, targets, err = g.collectUpgrade(upper[0], lower, inclusive, implicitBase)
	} else {
		var resolved []*Node
		if resolved, err = g.ResolveAll(upper); err == nil {
			need, targets, err = g.collectUpgradeTo(resolved, strings.Join(upper, ","), lower, inclusive, implicitBase)
		}
	}
	if err != nil {
		return nil, err
	}
	out, err := g.topoSort(need, targets)
	return idsOf(out), err
}

// NormalizedDown is Alembic's Revision._normalized_down_revisions.
func NormalizedDown(n *Node) []string { return n.normDown() }

// AllDown is Alembic's Revision._all_down_revisions.
func AllDown(n *Node) []string { return n.allDown() }

// FilterForLineage is RevisionMap.filter_for_lineage.
func (g *Graph) FilterForLineage(ids []string, check string, deps bool) ([]string, error) {
	out, err := g.filterForLineage(g.nodesOf(ids), check, deps)
	return idsOf(out), err
}

// Walk is RevisionMap._walk with no_overwalk: start "" (or "base") is
// below the bases; ok is false when the walk leaves the graph.
func (g *Graph) Walk(start string, steps int, label string) (string, bool, error) {
	var n *Node
	if start != "" && start != "base" {
		n = g.byID[start]
	}
	got, ok, err := g.walk(n, n == nil, steps, label)
	return posName(got), ok, err
}

// Ancestors is _get_ancestor_nodes: the ids and everything below them.
func (g *Graph) Ancestors(ids []string, deps bool) []string {
	return idsOf(g.ancestors(g.nodesOf(ids), deps))
}

// Descendants is _get_descendant_nodes: the ids and everything above them.
func (g *Graph) Descendants(ids []string, deps bool) []string {
	return idsOf(g.descendants(g.nodesOf(ids), deps))
}
