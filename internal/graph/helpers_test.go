package graph_test

// Shared helpers for the tests that port Alembic's tests/test_revision.py,
// tests/test_version_traversal.py and tests/test_version_table.py.
//
// Intentional differences of this port that the tests follow:
//   - revision ids match [A-Za-z0-9_]{1,32};
//   - a prefix needs graph.MinPrefix (4) characters;
//   - "downgrade -1" from several heads is an error, not a warning;
//   - revisions are ordered by id, not by file order, so where Alembic's
//     expected order depends on the insertion order of independent
//     branches the tests use the id order (Alembic's answer when the
//     revisions are given to it in id order) and say so;
//   - relative identifiers must match the whole string;
//   - errors are typed (*graph.Error, *graph.ResolveError, ...) and are
//     checked with errors.As.

import (
	"errors"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/autogen-go/autogen/internal/graph"
)

// ss is a short way to write a list of ids.
func ss(ids ...string) []string { return ids }

// mustNew builds the graph or fails the test.
func mustNew(t *testing.T, nodes []*graph.Node) *graph.Graph {
	t.Helper()
	g, err := graph.New(nodes)
	if err != nil {
		t.Fatalf("graph.New: %v", err)
	}
	return g
}

// ids returns the ids of nodes.
func ids(nodes []*graph.Node) []string {
	out := []string{}
	for _, n := range nodes {
		if n == nil {
			out = append(out, "<nil>")
			continue
		}
		out = append(out, n.ID)
	}
	return out
}

// sorted returns a sorted copy, never nil.
func sorted(s []string) []string {
	out := append([]string{}, s...)
	sort.Strings(out)
	return out
}

// stepNames renders steps as "+id" (upgrade) and "-id" (downgrade).
func stepNames(steps []graph.Step) []string {
	out := []string{}
	for _, s := range steps {
		switch {
		case s.Node == nil:
			out = append(out, "stamp "+s.String())
		case s.Up:
			out = append(out, "+"+s.Node.ID)
		default:
			out = append(out, "-"+s.Node.ID)
		}
	}
	return out
}

// stamp is a StampStep's fields, for comparison.
type stamp struct {
	From, To   []string
	Up, Branch bool
}

func stamps(steps []graph.Step) []stamp {
	out := []stamp{}
	for _, s := range steps {
		if s.Node != nil {
			out = append(out, stamp{From: ss("not a stamp: " + s.String())})
			continue
		}
		out = append(out, stamp{From: orEmpty(s.From), To: orEmpty(s.To), Up: s.Up, Branch: s.BranchMove})
	}
	return out
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// apply runs steps through a version table holding current, as Alembic's
// HeadMaintainer does, and returns the rows left (sorted) and the row
// changes made.
func apply(t *testing.T, g *graph.Graph, current []string, steps []graph.Step) ([]string, []string) {
	t.Helper()
	h := g.NewHeads(current)
	changes := []string{}
	for _, s := range steps {
		cs, err := h.Apply(s)
		if err != nil {
			t.Fatalf("Apply(%s): %v", s, err)
		}
		for _, c := range cs {
			changes = append(changes, c.String())
		}
	}
	return sorted(h.IDs()), changes
}

// Error kinds, checked with errors.As.
const (
	errGraph    = "graph"    // *graph.Error
	errResolve  = "resolve"  // *graph.ResolveError
	errMultiple = "multiple" // *graph.MultipleHeadsError
	errRange    = "range"    // *graph.RangeError
	errUnknown  = "unknown"  // *graph.UnknownError
)

// checkErr fails unless err is of the kind named (or nil for "").
func checkErr(t *testing.T, err error, kind string) {
	t.Helper()
	if kind == "" {
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		return
	}
	if err == nil {
		t.Fatalf("got no error, want a %s error", kind)
	}
	var (
		ge *graph.Error
		re *graph.ResolveError
		me *graph.MultipleHeadsError
		ne *graph.RangeError
		ue *graph.UnknownError
	)
	ok := false
	switch kind {
	case errGraph:
		ok = errors.As(err, &ge)
	case errResolve:
		ok = errors.As(err, &re)
	case errMultiple:
		ok = errors.As(err, &me)
	case errRange:
		ok = errors.As(err, &ne)
	case errUnknown:
		ok = errors.As(err, &ue)
	default:
		t.Fatalf("bad error kind %q", kind)
	}
	if !ok {
		t.Fatalf("got error %T %q, want a %s error", err, err, kind)
	}
}

// checkOrder fails unless order (heads first, as iterate_revisions yields
// it) lists every revision before its parents and dependencies: Alembic's
// conforms_partial_ordering check of _assert_iteration.
func checkOrder(t *testing.T, g *graph.Graph, order []string) {
	t.Helper()
	pos := map[string]int{}
	for i, id := range order {
		pos[id] = i
	}
	for _, id := range order {
		n := g.Node(id)
		for _, p := range append(slices.Clone(n.Revises), n.ResolvedDependsOn()...) {
			if j, ok := pos[p]; ok && j < pos[id] {
				t.Errorf("order %v lists %s before %s, which it depends on", order, p, id)
			}
		}
	}
}

// diff compares with go-cmp; nil and empty slices and maps are equal.
func diff(t *testing.T, what string, want, got any) {
	t.Helper()
	if d := cmp.Diff(want, got, cmpopts.EquateEmpty()); d != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", what, d)
	}
}

func join(s []string) string { return strings.Join(s, ",") }
