package graph_test

import (
	"testing"

	"github.com/autogen-go/autogen/internal/graph"
)

// headStep is one HeadMaintainer.update_to_step and the table after it.
type headStep struct {
	step    graph.Step
	rows    []string // sorted
	changes []string
}

func runHeadSteps(t *testing.T, g *graph.Graph, start []string, steps []headStep) {
	t.Helper()
	h := g.NewHeads(start)
	for i, s := range steps {
		cs, err := h.Apply(s.step)
		if err != nil {
			t.Fatalf("step %d (%s): %v", i, s.step, err)
		}
		var got []string
		for _, c := range cs {
			got = append(got, c.String())
		}
		diff(t, "rows after "+s.step.String(), s.rows, sorted(h.IDs()))
		if s.changes != nil {
			diff(t, "changes of "+s.step.String(), s.changes, got)
		}
	}
}

// revStep builds the RevisionStep of id: MigrationStep.upgrade_from_script
// or downgrade_from_script.
func revStep(t *testing.T, g *graph.Graph, id string, up bool) graph.Step {
	t.Helper()
	n := g.Node(id)
	if n == nil {
		t.Fatalf("no revision %s", id)
	}
	return graph.Step{Node: n, Up: up}
}

// TestHeadMaintainerRevisionSteps ports the HeadMaintainer tests of
// test_version_traversal.py that apply hand-picked revision steps.
func TestHeadMaintainerRevisionSteps(t *testing.T) {
	t.Run("TwinMergeTest", func(t *testing.T) {
		// #297: two merge points from the same three branches.
		g := mustNew(t, twinMerge())
		up := func(id string) graph.Step { return revStep(t, g, id, true) }
		down := func(id string) graph.Step { return revStep(t, g, id, false) }
		runHeadSteps(t, g, ss("a"), []headStep{
			{up("b3"), ss("b3"), ss("update a -> b3")},
			{up("b1"), ss("b1", "b3"), ss("insert b1")},
			{up("b2"), ss("b1", "b2", "b3"), ss("insert b2")},
			// The merge deletes two parent rows and moves the third.
			{up("c2"), ss("c2"), ss("delete b1", "delete b2", "update b3 -> c2")},
			{up("d2"), ss("d2"), ss("update c2 -> d2")},
			// None of c1's parents is a row: a new branch.
			{up("c1"), ss("c1", "d2"), ss("insert c1")},
			{up("d1"), ss("d1", "d2"), ss("update c1 -> d1")},
			// And back down.
			{down("d1"), ss("c1", "d2"), ss("update d1 -> c1")},
			// d2 implies c1's parents: c1's row just goes.
			{down("c1"), ss("d2"), ss("delete c1")},
			{down("d2"), ss("c2"), ss("update d2 -> c2")},
			// The unmerge: two inserts, one update.
			{down("c2"), ss("b1", "b2", "b3"), ss("insert b1", "insert b2", "update c2 -> b3")},
			{down("b1"), ss("b2", "b3"), ss("delete b1")},
			{down("b2"), ss("b3"), ss("delete b2")},
			{down("b3"), ss("a"), ss("update b3 -> a")},
			{down("a"), ss(), ss("delete a")},
		})
	})
	t.Run("NotQuiteTwinMergeTest", func(t *testing.T) {
		g := mustNew(t, notQuiteTwinMerge())
		up := func(id string) graph.Step { return revStep(t, g, id, true) }
		runHeadSteps(t, g, ss("a"), []headStep{
			{up("b2"), ss("b2"), ss("update a -> b2")},
			{up("b3"), ss("b2", "b3"), ss("insert b3")},
			{up("c2"), ss("c2"), ss("delete b2", "update b3 -> c2")},
			{up("d2"), ss("d2"), ss("update c2 -> d2")},
			{up("b1"), ss("b1", "d2"), ss("insert b1")},
			// Only b1 of c1's parents is a row (d2 implies b2): an update.
			{up("c1"), ss("c1", "d2"), ss("update b1 -> c1")},
			{up("d1"), ss("d1", "d2"), ss("update c1 -> d1")},
		})
		// The same upgrades as the planner orders them.
		steps, err := g.UpgradeSteps(ss("a"), "heads")
		checkErr(t, err, "")
		rows, _ := apply(t, g, ss("a"), steps)
		diff(t, "rows after upgrading to heads", ss("d1", "d2"), rows)
	})
	t.Run("DependsOnBranchTestOne", func(t *testing.T) {
		// test_downgrade_to_dependency: c2 depends on c1, so d1's row is
		// deleted rather than moved to c1.
		g := mustNew(t, dependsOnBranchOne())
		runHeadSteps(t, g, ss("c2", "d1"), []headStep{
			{revStep(t, g, "d1", false), ss("c2"), ss("delete d1")},
		})
		// Downgrading c2 alone unmerges it into b2 and c1: no other row
		// implies c1 now.
		runHeadSteps(t, g, ss("c2"), []headStep{
			{revStep(t, g, "c2", false), ss("b2", "c1"), ss("insert b2", "update c2 -> c1")},
		})
	})
	t.Run("DependsOnBranchTestFive", func(t *testing.T) {
		// #1373: bmerge's parents are a1 and b1, and b1 implies a1.
		g := mustNew(t, dependsOnBranchFive())
		runHeadSteps(t, g, ss("bmerge"), []headStep{
			{revStep(t, g, "bmerge", false), ss("b1"), ss("update bmerge -> b1")},
			{revStep(t, g, "b1", false), ss("a1"), ss("update b1 -> a1")},
		})
		runHeadSteps(t, g, ss("a1"), []headStep{
			{revStep(t, g, "b1", true), ss("b1"), ss("update a1 -> b1")},
			{revStep(t, g, "bmerge", true), ss("bmerge"), ss("update b1 -> bmerge")},
		})
	})
	t.Run("DependsOnBranchTestThree", func(t *testing.T) {
		// #377: half of a crisscross goes.
		g := mustNew(t, dependsOnBranchThree())
		runHeadSteps(t, g, ss("a3", "b2"), []headStep{
			{revStep(t, g, "b2", false), ss("a3"), ss("delete b2")},
		})
	})
}

// stampStep is test_version_table.py's _up and _down: a StampStep.
func upStamp(from, to []string, branch bool) graph.Step {
	return graph.Step{From: from, To: to, Up: true, BranchMove: branch}
}

func downStamp(from, to []string, branch bool) graph.Step {
	return graph.Step{From: from, To: to, BranchMove: branch}
}

// TestUpdateRev ports UpdateRevTest of Alembic's tests/test_version_table.py:
// stamp steps through HeadMaintainer, without a database.
func TestUpdateRev(t *testing.T) {
	g := mustNew(t, nil) // stamps do not look at the graph
	tests := []struct {
		name  string
		steps []headStep
	}{
		{"update none to single", []headStep{
			{upStamp(nil, ss("a"), true), ss("a"), ss("insert a")},
		}},
		{"update single to single", []headStep{
			{upStamp(nil, ss("a"), true), ss("a"), nil},
			{upStamp(ss("a"), ss("b"), false), ss("b"), ss("update a -> b")},
		}},
		{"update single to none", []headStep{
			{upStamp(nil, ss("a"), true), ss("a"), nil},
			{downStamp(ss("a"), nil, true), ss(), ss("delete a")},
		}},
		{"add branches", []headStep{
			{upStamp(nil, ss("a"), true), ss("a"), nil},
			{upStamp(ss("a"), ss("b"), false), ss("b"), nil},
			{upStamp(nil, ss("c"), true), ss("b", "c"), ss("insert c")},
			{upStamp(ss("c"), ss("d"), false), ss("b", "d"), nil},
			{upStamp(ss("d"), ss("e1"), false), ss("b", "e1"), ss("update d -> e1")},
			// d is no longer a row: a new branch.
			{upStamp(ss("d"), ss("e2"), true), ss("b", "e1", "e2"), ss("insert e2")},
		}},
		{"teardown branches", []headStep{
			{upStamp(nil, ss("d1"), true), ss("d1"), nil},
			{upStamp(nil, ss("d2"), true), ss("d1", "d2"), nil},
			{downStamp(ss("d1"), ss("c"), false), ss("c", "d2"), ss("update d1 -> c")},
			{downStamp(ss("d2"), ss("c"), true), ss("c"), ss("delete d2")},
			{downStamp(ss("c"), ss("b"), false), ss("b"), ss("update c -> b")},
		}},
		{"resolve merges", []headStep{
			{upStamp(nil, ss("a"), true), ss("a"), nil},
			{upStamp(ss("a"), ss("b"), false), ss("b"), nil},
			{upStamp(ss("b"), ss("c1"), false), ss("c1"), nil},
			{upStamp(ss("b"), ss("c2"), true), ss("c1", "c2"), ss("insert c2")},
			{upStamp(ss("c1"), ss("d1"), false), ss("c2", "d1"), nil},
			{upStamp(ss("c2"), ss("d2"), false), ss("d1", "d2"), nil},
			{upStamp(ss("d1", "d2"), ss("e"), false), ss("e"), ss("delete d1", "update d2 -> e")},
		}},
		{"unresolve merges", []headStep{
			{upStamp(nil, ss("e"), true), ss("e"), nil},
			{downStamp(ss("e"), ss("d1", "d2"), false), ss("d1", "d2"), ss("insert d1", "update e -> d2")},
			{downStamp(ss("d2"), ss("c2"), false), ss("c2", "d1"), ss("update d2 -> c2")},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			runHeadSteps(t, g, nil, tt.steps)
		})
	}
}

func TestHeadsErrors(t *testing.T) {
	// Alembic checks that each UPDATE and DELETE matches one row
	// ("Online migration expected to match one row when updating 'x' to
	// 'b' in 'version_table'; 0 found"); here the rows are known, and a
	// step that names a missing row, or would duplicate one, fails.
	g := mustNew(t, branched())
	tests := []struct {
		name  string
		rows  []string
		step  graph.Step
		after []string // the rows are left as they were
	}{
		// test_delete_no_match.
		{"delete no match", ss("a"), downStamp(ss("x"), nil, true), ss("a")},
		{"downgrade stamp from a missing row", ss("a"), downStamp(ss("x"), ss("b"), false), ss("a")},
		{"update onto an existing row", ss("a", "b"), upStamp(ss("a"), ss("b"), false), ss("a", "b")},
		{"merge stamp from a missing row", ss("a"), downStamp(ss("x", "a"), ss("b"), false), nil},
		// A revision whose row is missing.
		{"downgrade a missing row", ss("c1"), revStep(t, g, "d1", false), ss("c1")},
		{"insert an existing row", ss("a"), revStep(t, g, "a", true), ss("a")},
		{"upgrade onto an existing row", ss("c1", "d1"), revStep(t, g, "d1", true), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := g.NewHeads(tt.rows)
			if cs, err := h.Apply(tt.step); err == nil {
				t.Fatalf("Apply(%s) = %v, want an error", tt.step, cs)
			}
			if tt.after != nil {
				diff(t, "rows", tt.after, sorted(h.IDs()))
			}
		})
	}
}

func TestHeadsMissingParentRow(t *testing.T) {
	// test_update_no_match adds "x" to HeadMaintainer.heads but not to the
	// table, and the UPDATE then matches no row: a check of the database
	// layer, which Heads does not have. What Heads does decide, as
	// HeadMaintainer does, is that a step up from rows that are not there
	// creates a branch (should_create_branch).
	g := mustNew(t, branched())
	runHeadSteps(t, g, ss("a"), []headStep{
		{upStamp(ss("x"), ss("b"), false), ss("a", "b"), ss("insert b")},
	})
	runHeadSteps(t, g, ss("d2"), []headStep{
		{revStep(t, g, "d1", true), ss("d1", "d2"), ss("insert d1")},
	})
}

func TestHeadsIDs(t *testing.T) {
	// test_get_heads: the rows in the order they were added; an update
	// keeps the row's place.
	g := mustNew(t, nil)
	h := g.NewHeads(nil)
	for _, s := range []graph.Step{upStamp(nil, ss("a"), true), upStamp(nil, ss("b"), true)} {
		if _, err := h.Apply(s); err != nil {
			t.Fatal(err)
		}
	}
	diff(t, "IDs", ss("a", "b"), h.IDs())
	if _, err := h.Apply(upStamp(ss("a"), ss("c"), false)); err != nil {
		t.Fatal(err)
	}
	diff(t, "IDs after update", ss("c", "b"), h.IDs())

	// NewHeads copies its argument, and IDs returns a copy.
	rows := ss("x", "y")
	h = g.NewHeads(rows)
	rows[0] = "changed"
	ids := h.IDs()
	ids[1] = "changed"
	diff(t, "IDs", ss("x", "y"), h.IDs())
}

func TestChangeString(t *testing.T) {
	got := []string{
		graph.Change{Kind: graph.Insert, To: "a"}.String(),
		graph.Change{Kind: graph.Delete, From: "a"}.String(),
		graph.Change{Kind: graph.Update, From: "a", To: "b"}.String(),
	}
	diff(t, "changes", ss("insert a", "delete a", "update a -> b"), got)
}
