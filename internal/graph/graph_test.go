package graph_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/autogen-go/autogen/internal/graph"
)

// Graph fixtures. Each returns fresh nodes: New fills in their unexported
// fields, so two graphs never share nodes.

// diamond is DiamondTest: a → b1, b2 → c → d.
func diamond() []*graph.Node {
	return []*graph.Node{
		{ID: "a"},
		{ID: "b1", Revises: ss("a")},
		{ID: "b2", Revises: ss("a")},
		{ID: "c", Revises: ss("b1", "b2")},
		{ID: "d", Revises: ss("c")},
	}
}

// labeledBranches is LabeledBranchTest: two independent labelled lines.
func labeledBranches() []*graph.Node {
	return []*graph.Node{
		{ID: "a", BranchLabels: ss("abranch")},
		{ID: "b", Revises: ss("a")},
		{ID: "somelongername", Revises: ss("b")},
		{ID: "c", Revises: ss("somelongername")},
		{ID: "d"},
		{ID: "e", Revises: ss("d"), BranchLabels: ss("ebranch")},
		{ID: "someothername", Revises: ss("e")},
		{ID: "f", Revises: ss("someothername")},
	}
}

// longShortBranch is LongShortBranchTest.
func longShortBranch() []*graph.Node {
	return []*graph.Node{
		{ID: "a"},
		{ID: "b1", Revises: ss("a")},
		{ID: "b2", Revises: ss("a")},
		{ID: "c1", Revises: ss("b1")},
		{ID: "d11", Revises: ss("c1")},
		{ID: "d12", Revises: ss("c1")},
	}
}

// multipleBranch is MultipleBranchTest.
func multipleBranch() []*graph.Node {
	return []*graph.Node{
		{ID: "a"},
		{ID: "b1", Revises: ss("a")},
		{ID: "b2", Revises: ss("a")},
		{ID: "cb1", Revises: ss("b1")},
		{ID: "cb2", Revises: ss("b2")},
		{ID: "d1cb1", Revises: ss("cb1")},
		{ID: "d2cb1", Revises: ss("cb1")},
		{ID: "d1cb2", Revises: ss("cb2")},
		{ID: "d2cb2", Revises: ss("cb2")},
		{ID: "d3cb2", Revises: ss("cb2")},
		{ID: "d1d2cb2", Revises: ss("d1cb2", "d2cb2")},
	}
}

// effectiveHead is MultipleBranchEffectiveHead: y2 depends on x1.
func effectiveHead() []*graph.Node {
	return []*graph.Node{
		{ID: "y1", BranchLabels: ss("y")},
		{ID: "x1", BranchLabels: ss("x")},
		{ID: "y2", Revises: ss("y1"), DependsOn: ss("x1")},
		{ID: "x2", Revises: ss("x1")},
	}
}

// branchTravelling is BranchTravellingTest.
func branchTravelling() []*graph.Node {
	return []*graph.Node{
		{ID: "a1"},
		{ID: "a2", Revises: ss("a1")},
		{ID: "a3", Revises: ss("a2")},
		{ID: "b1", Revises: ss("a3")},
		{ID: "b2", Revises: ss("a3")},
		{ID: "cb1", Revises: ss("b1")},
		{ID: "cb2", Revises: ss("b2")},
		{ID: "db1", Revises: ss("cb1")},
		{ID: "db2", Revises: ss("cb2")},
		{ID: "e1b1", Revises: ss("db1")},
		{ID: "fe1b1", Revises: ss("e1b1")},
		{ID: "e2b1", Revises: ss("db1")},
		{ID: "e2b2", Revises: ss("db2")},
		{ID: "merge", Revises: ss("e2b1", "e2b2")},
	}
}

// multipleBase is MultipleBaseTest: three bases.
func multipleBase() []*graph.Node {
	return []*graph.Node{
		{ID: "base1"},
		{ID: "base2"},
		{ID: "base3"},
		{ID: "a1a", Revises: ss("base1")},
		{ID: "a1b", Revises: ss("base1")},
		{ID: "a2", Revises: ss("base2")},
		{ID: "a3", Revises: ss("base3")},
		{ID: "b1a", Revises: ss("a1a")},
		{ID: "b1b", Revises: ss("a1b")},
		{ID: "b2", Revises: ss("a2")},
		{ID: "b3", Revises: ss("a3")},
		{ID: "c2", Revises: ss("b2")},
		{ID: "d2", Revises: ss("c2")},
		{ID: "mergeb3d2", Revises: ss("b3", "d2")},
	}
}

// crossDependencyOne is MultipleBaseCrossDependencyTestOne.
func crossDependencyOne() []*graph.Node {
	return []*graph.Node{
		{ID: "base1", BranchLabels: ss("b_1")},
		{ID: "a1a", Revises: ss("base1")},
		{ID: "a1b", Revises: ss("base1")},
		{ID: "b1a", Revises: ss("a1a")},
		{ID: "b1b", Revises: ss("a1b"), DependsOn: ss("a3")},
		{ID: "base2", BranchLabels: ss("b_2")},
		{ID: "a2", Revises: ss("base2")},
		{ID: "b2", Revises: ss("a2")},
		{ID: "c2", Revises: ss("b2"), DependsOn: ss("a3")},
		{ID: "d2", Revises: ss("c2")},
		{ID: "base3", BranchLabels: ss("b_3")},
		{ID: "a3", Revises: ss("base3")},
		{ID: "b3", Revises: ss("a3")},
	}
}

// crossDependencyTwo is MultipleBaseCrossDependencyTestTwo: base2 depends
// on the label b_1.
func crossDependencyTwo() []*graph.Node {
	return []*graph.Node{
		{ID: "base1", BranchLabels: ss("b_1")},
		{ID: "a1", Revises: ss("base1")},
		{ID: "b1", Revises: ss("a1")},
		{ID: "c1", Revises: ss("b1")},
		{ID: "base2", DependsOn: ss("b_1"), BranchLabels: ss("b_2")},
		{ID: "a2", Revises: ss("base2")},
		{ID: "b2", Revises: ss("a2")},
		{ID: "c2", Revises: ss("b2")},
		{ID: "d2", Revises: ss("c2")},
		{ID: "base3", BranchLabels: ss("b_3")},
		{ID: "a3", Revises: ss("base3")},
		{ID: "b3", Revises: ss("a3")},
		{ID: "c3", Revises: ss("b3"), DependsOn: ss("b2")},
		{ID: "d3", Revises: ss("c3")},
	}
}

// crossDependencyThree is MultipleBaseCrossDependencyTestThree: c2 has
// no parent but a dependency.
func crossDependencyThree() []*graph.Node {
	return []*graph.Node{
		{ID: "base1"},
		{ID: "a1", Revises: ss("base1")},
		{ID: "b1", Revises: ss("a1")},
		{ID: "c2", DependsOn: ss("a1")},
		{ID: "c3", Revises: ss("c2")},
	}
}

// normalizedDownRev is NormalizedDownRevTest.
func normalizedDownRev() []*graph.Node {
	return []*graph.Node{
		{ID: "a1"},
		{ID: "a2", Revises: ss("a1")},
		{ID: "a3", Revises: ss("a2")},
		{ID: "b1"},
		{ID: "b2", Revises: ss("b1"), DependsOn: ss("a3")},
		{ID: "b3", Revises: ss("b2")},
		{ID: "b4", Revises: ss("b3"), DependsOn: ss("a3")},
		{ID: "b5", Revises: ss("b4"), DependsOn: ss("b4")},
	}
}

// normalizedDownRevThree is the map of
// test_partial_traversal_implicit_base_three.
func normalizedDownRevThree() []*graph.Node {
	return []*graph.Node{
		{ID: "c1"},
		{ID: "a1"},
		{ID: "a2", Revises: ss("a1"), DependsOn: ss("c1")},
		{ID: "a3", Revises: ss("a2"), DependsOn: ss("c1")},
		{ID: "b1"},
		{ID: "b2", Revises: ss("b1"), DependsOn: ss("a3")},
		{ID: "b3", Revises: ss("b2")},
		{ID: "b4", Revises: ss("b3"), DependsOn: ss("a3")},
		{ID: "b5", Revises: ss("b4")},
	}
}

func TestNewErrors(t *testing.T) {
	tests := []struct {
		name   string
		nodes  []*graph.Node
		kind   graph.ErrorKind
		ids    []string // Error.IDs
		detail string   // Error.Detail, when it says something
	}{
		// Revision.verify_rev_id: '@', '-', '+' and ':' are not allowed.
		// This port is stricter: [A-Za-z0-9_]{1,32}.
		{name: "id with @", nodes: []*graph.Node{{ID: "a@b"}}, kind: graph.ErrInvalid, ids: ss("a@b")},
		{name: "id with -", nodes: []*graph.Node{{ID: "a-b"}}, kind: graph.ErrInvalid, ids: ss("a-b")},
		{name: "id with +", nodes: []*graph.Node{{ID: "a+b"}}, kind: graph.ErrInvalid, ids: ss("a+b")},
		{name: "id with :", nodes: []*graph.Node{{ID: "a:b"}}, kind: graph.ErrInvalid, ids: ss("a:b")},
		{name: "id with a dot", nodes: []*graph.Node{{ID: "a.b"}}, kind: graph.ErrInvalid, ids: ss("a.b")},
		{name: "empty id", nodes: []*graph.Node{{ID: ""}}, kind: graph.ErrInvalid, ids: ss("")},
		{name: "id of 33 characters", nodes: []*graph.Node{{ID: strings.Repeat("a", 33)}}, kind: graph.ErrInvalid, ids: ss(strings.Repeat("a", 33))},
		{name: "reserved id head", nodes: []*graph.Node{{ID: "head"}}, kind: graph.ErrInvalid, ids: ss("head")},
		{name: "reserved id heads", nodes: []*graph.Node{{ID: "heads"}}, kind: graph.ErrInvalid, ids: ss("heads")},
		{name: "reserved id base", nodes: []*graph.Node{{ID: "base"}}, kind: graph.ErrInvalid, ids: ss("base")},
		{name: "label with @", nodes: []*graph.Node{{ID: "a", BranchLabels: ss("x@y")}}, kind: graph.ErrInvalid, ids: ss("a")},
		{name: "label with -", nodes: []*graph.Node{{ID: "a", BranchLabels: ss("x-y")}}, kind: graph.ErrInvalid, ids: ss("a")},
		{name: "reserved label", nodes: []*graph.Node{{ID: "a", BranchLabels: ss("heads")}}, kind: graph.ErrInvalid, ids: ss("a")},

		// Alembic warns "Revision a is present more than once" and keeps
		// the last; this port refuses.
		{name: "duplicate id", nodes: []*graph.Node{{ID: "a"}, {ID: "b", Revises: ss("a")}, {ID: "a"}}, kind: graph.ErrDuplicate, ids: ss("a")},

		// LabeledBranchTest.test_dupe_branch_collection: "Branch name
		// 'xy1' in revision e already used by revision c".
		{
			name: "dupe branch label",
			nodes: []*graph.Node{
				{ID: "a"},
				{ID: "b", Revises: ss("a")},
				{ID: "c", Revises: ss("b"), BranchLabels: ss("xy1")},
				{ID: "d"},
				{ID: "e", Revises: ss("d"), BranchLabels: ss("xy1")},
				{ID: "f", Revises: ss("e")},
			},
			kind: graph.ErrLabel, ids: ss("c", "e"), detail: "xy1",
		},
		// The labels share Alembic's map with the ids.
		{
			name:  "branch label equal to an id",
			nodes: []*graph.Node{{ID: "a"}, {ID: "b", Revises: ss("a"), BranchLabels: ss("a")}},
			kind:  graph.ErrLabel, ids: ss("a", "b"), detail: "a",
		},

		// "Revision x referenced from b is not present".
		{name: "missing parent", nodes: []*graph.Node{{ID: "a"}, {ID: "b", Revises: ss("x")}}, kind: graph.ErrMissing, ids: ss("b", "x"), detail: "revises"},
		{name: "missing dependency", nodes: []*graph.Node{{ID: "a"}, {ID: "b", Revises: ss("a"), DependsOn: ss("nolabel")}}, kind: graph.ErrMissing, ids: ss("b", "nolabel"), detail: "depends on"},

		// GraphWithLoopTest: LoopDetected.
		{name: "solitary loop", nodes: []*graph.Node{{ID: "a", Revises: ss("a")}}, kind: graph.ErrCycle, ids: ss("a"), detail: "it revises itself"},
		{
			name:  "base loop",
			nodes: []*graph.Node{{ID: "a", Revises: ss("a")}, {ID: "b", Revises: ss("a")}, {ID: "c", Revises: ss("b")}},
			kind:  graph.ErrCycle, ids: ss("a"), detail: "it revises itself",
		},
		{
			name:  "head loop",
			nodes: []*graph.Node{{ID: "a"}, {ID: "b", Revises: ss("a")}, {ID: "c", Revises: ss("b", "c")}},
			kind:  graph.ErrCycle, ids: ss("c"), detail: "it revises itself",
		},
		{
			name:  "branch point loop",
			nodes: []*graph.Node{{ID: "a"}, {ID: "b", Revises: ss("a", "b")}, {ID: "c1", Revises: ss("b")}, {ID: "c2", Revises: ss("b")}},
			kind:  graph.ErrCycle, ids: ss("b"), detail: "it revises itself",
		},
		{
			name:  "merge point loop",
			nodes: []*graph.Node{{ID: "a"}, {ID: "b1", Revises: ss("a")}, {ID: "b2", Revises: ss("a")}, {ID: "c", Revises: ss("b1", "b2", "c")}},
			kind:  graph.ErrCycle, ids: ss("c"), detail: "it revises itself",
		},

		// GraphWithLoopTest: DependencyLoopDetected.
		{name: "solitary dependency loop", nodes: []*graph.Node{{ID: "a", DependsOn: ss("a")}}, kind: graph.ErrCycle, ids: ss("a"), detail: "it depends on itself"},
		{
			name:  "base dependency loop",
			nodes: []*graph.Node{{ID: "a", DependsOn: ss("a")}, {ID: "b", Revises: ss("a")}, {ID: "c", Revises: ss("b")}},
			kind:  graph.ErrCycle, ids: ss("a"), detail: "it depends on itself",
		},
		{
			name:  "head dependency loop",
			nodes: []*graph.Node{{ID: "a"}, {ID: "b", Revises: ss("a")}, {ID: "c", Revises: ss("b"), DependsOn: ss("c")}},
			kind:  graph.ErrCycle, ids: ss("c"), detail: "it depends on itself",
		},
		{
			name:  "branch point dependency loop",
			nodes: []*graph.Node{{ID: "a"}, {ID: "b", Revises: ss("a"), DependsOn: ss("b")}, {ID: "c1", Revises: ss("b")}, {ID: "c2", Revises: ss("b")}},
			kind:  graph.ErrCycle, ids: ss("b"), detail: "it depends on itself",
		},
		{
			name:  "merge point dependency loop",
			nodes: []*graph.Node{{ID: "a"}, {ID: "b1", Revises: ss("a")}, {ID: "b2", Revises: ss("a")}, {ID: "c", Revises: ss("b1", "b2"), DependsOn: ss("c")}},
			kind:  graph.ErrCycle, ids: ss("c"), detail: "it depends on itself",
		},
		{
			name:  "dependency loop through a label",
			nodes: []*graph.Node{{ID: "a", BranchLabels: ss("lbl"), DependsOn: ss("lbl")}},
			kind:  graph.ErrCycle, ids: ss("a"), detail: "it depends on itself",
		},

		// GraphWithCycleTest: CycleDetected names the revisions that are
		// on no path from a base to a head.
		{
			name:  "simple cycle",
			nodes: []*graph.Node{{ID: "a", Revises: ss("c")}, {ID: "b", Revises: ss("a")}, {ID: "c", Revises: ss("b")}},
			kind:  graph.ErrCycle, ids: ss("a", "b", "c"),
		},
		{
			name: "extra simple cycle",
			nodes: []*graph.Node{
				{ID: "a", Revises: ss("c")}, {ID: "b", Revises: ss("a")}, {ID: "c", Revises: ss("b")},
				{ID: "d"}, {ID: "e", Revises: ss("d")},
			},
			kind: graph.ErrCycle, ids: ss("a", "b", "c"),
		},
		{
			name: "lower simple cycle",
			nodes: []*graph.Node{
				{ID: "a", Revises: ss("c")}, {ID: "b", Revises: ss("a")}, {ID: "c", Revises: ss("b")},
				{ID: "d", Revises: ss("c")}, {ID: "e", Revises: ss("d")},
			},
			kind: graph.ErrCycle, ids: ss("a", "b", "c", "d", "e"),
		},
		{
			name: "upper simple cycle",
			nodes: []*graph.Node{
				{ID: "a"}, {ID: "b", Revises: ss("a")}, {ID: "c", Revises: ss("b", "e")},
				{ID: "d", Revises: ss("c")}, {ID: "e", Revises: ss("d")},
			},
			kind: graph.ErrCycle, ids: ss("a", "b", "c", "d", "e"),
		},

		// GraphWithCycleTest: DependencyCycleDetected.
		{
			name:  "simple dependency cycle",
			nodes: []*graph.Node{{ID: "a", DependsOn: ss("c")}, {ID: "b", Revises: ss("a")}, {ID: "c", Revises: ss("b")}},
			kind:  graph.ErrCycle, ids: ss("a", "b", "c"), detail: "dependency",
		},
		{
			name: "extra simple dependency cycle",
			nodes: []*graph.Node{
				{ID: "a", DependsOn: ss("c")}, {ID: "b", Revises: ss("a")}, {ID: "c", Revises: ss("b")},
				{ID: "d"}, {ID: "e", Revises: ss("d")},
			},
			kind: graph.ErrCycle, ids: ss("a", "b", "c"), detail: "dependency",
		},
		{
			name: "lower simple dependency cycle",
			nodes: []*graph.Node{
				{ID: "a", DependsOn: ss("c")}, {ID: "b", Revises: ss("a")}, {ID: "c", Revises: ss("b")},
				{ID: "d", Revises: ss("c")}, {ID: "e", Revises: ss("d")},
			},
			kind: graph.ErrCycle, ids: ss("a", "b", "c", "d", "e"), detail: "dependency",
		},
		{
			name: "upper simple dependency cycle",
			nodes: []*graph.Node{
				{ID: "a"}, {ID: "b", Revises: ss("a")}, {ID: "c", Revises: ss("b"), DependsOn: ss("e")},
				{ID: "d", Revises: ss("c")}, {ID: "e", Revises: ss("d")},
			},
			kind: graph.ErrCycle, ids: ss("a", "b", "c", "d", "e"), detail: "dependency",
		},
		{
			name: "dependency cycle between two branches",
			nodes: []*graph.Node{
				{ID: "a1"}, {ID: "a2", Revises: ss("a1"), DependsOn: ss("b2")},
				{ID: "b1"}, {ID: "b2", Revises: ss("b1"), DependsOn: ss("a2")},
				{ID: "c1"},
			},
			kind: graph.ErrCycle, ids: ss("a1", "a2", "b1", "b2"), detail: "dependency",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := graph.New(tt.nodes)
			if g != nil {
				t.Errorf("New returned a graph with the error")
			}
			checkErr(t, err, errGraph)
			var ge *graph.Error
			errors.As(err, &ge)
			type summary struct {
				Kind   graph.ErrorKind
				IDs    []string
				Detail string
			}
			got := summary{ge.Kind, ge.IDs, ge.Detail}
			want := summary{tt.kind, tt.ids, tt.detail}
			if tt.detail == "" && tt.kind != graph.ErrCycle {
				got.Detail = ""
			}
			diff(t, "error", want, got)
			if err.Error() == "" {
				t.Errorf("empty error message")
			}
		})
	}
}

func TestNewErrorMessages(t *testing.T) {
	// The messages name the revisions and where they are declared.
	tests := []struct {
		name  string
		nodes []*graph.Node
		want  []string // substrings of the message
	}{
		{
			name:  "duplicate",
			nodes: []*graph.Node{{ID: "a", Source: "v/1.go:3"}, {ID: "a", Source: "v/2.go:3"}},
			want:  ss("a is declared twice", "v/1.go:3", "v/2.go:3"),
		},
		{
			name:  "label",
			nodes: []*graph.Node{{ID: "c", BranchLabels: ss("xy1")}, {ID: "e", BranchLabels: ss("xy1")}},
			want:  ss(`"xy1"`, "revision e", "revision c"),
		},
		{
			name:  "missing parent",
			nodes: []*graph.Node{{ID: "b", Revises: ss("x"), Source: "b.go:1"}},
			want:  ss("b revises x", "b.go:1"),
		},
		{
			name:  "missing dependency",
			nodes: []*graph.Node{{ID: "b", DependsOn: ss("x")}},
			want:  ss(`b depends on "x"`),
		},
		{
			name:  "cycle",
			nodes: []*graph.Node{{ID: "a", Revises: ss("c")}, {ID: "b", Revises: ss("a")}, {ID: "c", Revises: ss("b")}},
			want:  ss("cycle", "a, b, c"),
		},
		{
			name:  "dependency cycle",
			nodes: []*graph.Node{{ID: "a", DependsOn: ss("c")}, {ID: "b", Revises: ss("a")}, {ID: "c", Revises: ss("b")}},
			want:  ss("dependency cycle", "a, b, c"),
		},
		{
			name:  "self loop",
			nodes: []*graph.Node{{ID: "a", Revises: ss("a")}},
			want:  ss("revision a", "revises itself"),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := graph.New(tt.nodes)
			checkErr(t, err, errGraph)
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}

func TestValidGraphs(t *testing.T) {
	// GraphWithLoopTest: these are not loops.
	tests := []struct {
		name  string
		nodes []*graph.Node
	}{
		{"empty map", nil},
		// test_revision_dupe_head: revises and depends on the same parent.
		{"revision dupe head", []*graph.Node{{ID: "user_foo"}, {ID: "user", Revises: ss("user_foo"), DependsOn: ss("user_foo")}}},
		// test_revision_map_no_loop_w_overlapping_substrings
		{"overlapping substrings", []*graph.Node{{ID: "user_foo"}, {ID: "user", Revises: ss("user_foo")}}},
		{"overlapping substrings dependencies", []*graph.Node{{ID: "user_foo"}, {ID: "user", DependsOn: ss("user_foo")}}},
		{"id of 32 characters", []*graph.Node{{ID: strings.Repeat("a", 32)}}},
		{"large map", largeMap()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := mustNew(t, tt.nodes)
			if g.Len() != len(tt.nodes) {
				t.Errorf("Len() = %d, want %d", g.Len(), len(tt.nodes))
			}
		})
	}
}

func TestHeadsAndBases(t *testing.T) {
	// Alembic lists heads in file order; this port lists them by id.
	tests := []struct {
		name                   string
		nodes                  []*graph.Node
		heads, realHeads, base []string
	}{
		// APITest.test_add_revision_one_head, before and after adding d.
		{"one head", []*graph.Node{{ID: "a"}, {ID: "b", Revises: ss("a")}, {ID: "c", Revises: ss("b")}}, ss("c"), ss("c"), ss("a")},
		{"one head, d added", []*graph.Node{{ID: "a"}, {ID: "b", Revises: ss("a")}, {ID: "c", Revises: ss("b")}, {ID: "d", Revises: ss("c")}}, ss("d"), ss("d"), ss("a")},
		// APITest.test_add_revision_two_head.
		{"two heads", []*graph.Node{{ID: "a"}, {ID: "b", Revises: ss("a")}, {ID: "c1", Revises: ss("b")}, {ID: "c2", Revises: ss("b")}}, ss("c1", "c2"), ss("c1", "c2"), ss("a")},
		{"two heads, d1 added", []*graph.Node{{ID: "a"}, {ID: "b", Revises: ss("a")}, {ID: "c1", Revises: ss("b")}, {ID: "c2", Revises: ss("b")}, {ID: "d1", Revises: ss("c1")}}, ss("c2", "d1"), ss("c2", "d1"), ss("a")},
		{"empty", nil, nil, nil, nil},
		{"diamond", diamond(), ss("d"), ss("d"), ss("a")},
		{"labeled branches", labeledBranches(), ss("c", "f"), ss("c", "f"), ss("a", "d")},
		{"multiple branch", multipleBranch(), ss("d1cb1", "d1d2cb2", "d2cb1", "d3cb2"), ss("d1cb1", "d1d2cb2", "d2cb1", "d3cb2"), ss("a")},
		{"multiple base", multipleBase(), ss("b1a", "b1b", "mergeb3d2"), ss("b1a", "b1b", "mergeb3d2"), ss("base1", "base2", "base3")},
		// test_what_are_the_heads: Alembic ("b1a", "b1b", "d2", "b3").
		{"cross dependency one", crossDependencyOne(), ss("b1a", "b1b", "b3", "d2"), ss("b1a", "b1b", "b3", "d2"), ss("base1", "base2", "base3")},
		// test_what_are_the_heads: ("c1", "d2", "d3").
		{"cross dependency two", crossDependencyTwo(), ss("c1", "d2", "d3"), ss("c1", "d2", "d3"), ss("base1", "base2", "base3")},
		// c2 has no parent: it is a base although it depends on a1.
		{"cross dependency three", crossDependencyThree(), ss("b1", "c3"), ss("b1", "c3"), ss("base1", "c2")},
		{"effective head", effectiveHead(), ss("x2", "y2"), ss("x2", "y2"), ss("x1", "y1")},
		// A revision that only others depend on is a head, not a real head.
		{"head that is depended on", []*graph.Node{{ID: "x1"}, {ID: "y1", DependsOn: ss("x1")}}, ss("x1", "y1"), ss("y1"), ss("x1", "y1")},
		{"large map", largeMap(), ss("5a4ca8889674"), ss("5a4ca8889674"), ss("25a7ef58d293")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := mustNew(t, tt.nodes)
			diff(t, "Heads()", tt.heads, g.Heads())
			diff(t, "RealHeads()", tt.realHeads, g.RealHeads())
			diff(t, "Bases()", tt.base, g.Bases())
			for _, n := range g.Nodes() {
				if n.IsHead() != slices.Contains(tt.heads, n.ID) {
					t.Errorf("%s.IsHead() = %v", n.ID, n.IsHead())
				}
				if n.IsRealHead() != slices.Contains(tt.realHeads, n.ID) {
					t.Errorf("%s.IsRealHead() = %v", n.ID, n.IsRealHead())
				}
				if n.IsBase() != slices.Contains(tt.base, n.ID) {
					t.Errorf("%s.IsBase() = %v", n.ID, n.IsBase())
				}
			}
		})
	}
}

func TestNodeShape(t *testing.T) {
	type shape struct {
		Children                []string
		BranchPoint, MergePoint bool
	}
	tests := []struct {
		name  string
		nodes []*graph.Node
		want  map[string]shape
	}{
		{"diamond", diamond(), map[string]shape{
			"a":  {Children: ss("b1", "b2"), BranchPoint: true},
			"b1": {Children: ss("c")},
			"b2": {Children: ss("c")},
			"c":  {Children: ss("d"), MergePoint: true},
			"d":  {Children: ss()},
		}},
		// A dependency is not a child: a1 is not a branch point (Alembic's
		// is_branch_point counts nextrev only).
		{"cross dependency three", crossDependencyThree(), map[string]shape{
			"base1": {Children: ss("a1")},
			"a1":    {Children: ss("b1")},
			"b1":    {Children: ss()},
			"c2":    {Children: ss("c3")},
			"c3":    {Children: ss()},
		}},
		// TwinMergeTest: two merge points of the same three parents.
		{"twin merge", twinMerge(), map[string]shape{
			"a":  {Children: ss("b1", "b2", "b3"), BranchPoint: true},
			"b1": {Children: ss("c1", "c2"), BranchPoint: true},
			"b2": {Children: ss("c1", "c2"), BranchPoint: true},
			"b3": {Children: ss("c1", "c2"), BranchPoint: true},
			"c1": {Children: ss("d1"), MergePoint: true},
			"c2": {Children: ss("d2"), MergePoint: true},
			"d1": {Children: ss()},
			"d2": {Children: ss()},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := mustNew(t, tt.nodes)
			got := map[string]shape{}
			for _, n := range g.Nodes() {
				got[n.ID] = shape{Children: sorted(n.Children()), BranchPoint: n.IsBranchPoint(), MergePoint: n.IsMergePoint()}
			}
			diff(t, "shapes", tt.want, got)
		})
	}
}

func TestNodesAndLookup(t *testing.T) {
	g := mustNew(t, labeledBranches())
	diff(t, "Nodes()", ss("a", "b", "c", "d", "e", "f", "somelongername", "someothername"), ids(g.Nodes()))
	if g.Node("somelongername") == nil {
		t.Errorf("Node(somelongername) = nil")
	}
	// Node takes exact ids only: no labels, no prefixes.
	for _, id := range ss("abranch", "some", "head", "x") {
		if n := g.Node(id); n != nil {
			t.Errorf("Node(%q) = %s, want nil", id, n.ID)
		}
	}
}

func TestBranchLabels(t *testing.T) {
	// A label applies to its revision, the revision's descendants and its
	// ancestors down to the nearest branch point or merge point: Alembic's
	// Revision.branch_labels once the map is built.
	tests := []struct {
		name  string
		nodes []*graph.Node
		want  map[string][]string // only revisions with labels
	}{
		{"labeled branches", labeledBranches(), map[string][]string{
			"a": ss("abranch"), "b": ss("abranch"), "somelongername": ss("abranch"), "c": ss("abranch"),
			// d is below e and no branch point: it takes ebranch.
			"d": ss("ebranch"), "e": ss("ebranch"), "someothername": ss("ebranch"), "f": ss("ebranch"),
		}},
		// b is a branch point: a and b take neither label.
		{"branched", branched(), map[string][]string{
			"c1": ss("c1branch"), "d1": ss("c1branch"), "c2": ss("c2branch"), "d2": ss("c2branch"),
		}},
		// c2 depends on c1lib but is not its descendant; c1 is a branch
		// point counting dependencies, so a1 and b1 do not take c1lib.
		{"depends on branch label", dependsOnBranchLabel(), map[string][]string{
			"a1": ss("lib1"), "b1": ss("lib1"), "c1": ss("c1lib", "lib1"), "d1": ss("c1lib", "lib1"),
			"e1": ss("c1lib", "lib1"), "f1": ss("c1lib", "lib1"),
		}},
		// The merge point e and above take c2branch; d1 does not.
		{"merged", merged(), map[string][]string{
			"c2": ss("c2branch"), "d2": ss("c2branch"), "e": ss("c2branch"), "f": ss("c2branch"),
		}},
		{"effective head", effectiveHead(), map[string][]string{
			"x1": ss("x"), "x2": ss("x"), "y1": ss("y"), "y2": ss("y"),
		}},
		// A label on a line that branches further up still reaches down
		// to the previous branch point (here: the base a), as Alembic's
		// documentation says ("all ancestors of this revision up until the
		// preceding branch point"). Alembic's _add_branches walks down
		// from the last descendant it visited instead, stops at c, and
		// leaves a without the label; this port follows the documentation.
		{"label below a branch point", []*graph.Node{
			{ID: "a"}, {ID: "b", Revises: ss("a"), BranchLabels: ss("X")}, {ID: "c", Revises: ss("b")},
			{ID: "d1", Revises: ss("c")}, {ID: "d2", Revises: ss("c")},
		}, map[string][]string{
			"a": ss("X"), "b": ss("X"), "c": ss("X"), "d1": ss("X"), "d2": ss("X"),
		}},
		{"cross dependency one", crossDependencyOne(), map[string][]string{
			"base1": ss("b_1"), "a1a": ss("b_1"), "a1b": ss("b_1"), "b1a": ss("b_1"), "b1b": ss("b_1"),
			"base2": ss("b_2"), "a2": ss("b_2"), "b2": ss("b_2"), "c2": ss("b_2"), "d2": ss("b_2"),
			"base3": ss("b_3"), "a3": ss("b_3"), "b3": ss("b_3"),
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := mustNew(t, tt.nodes)
			got := map[string][]string{}
			for _, n := range g.Nodes() {
				if l := n.Labels(); len(l) > 0 {
					got[n.ID] = l
				}
			}
			diff(t, "labels", tt.want, got)
		})
	}
}

func TestDependencies(t *testing.T) {
	// _resolved_dependencies, _all_down_revisions and
	// _normalized_down_revisions.
	type deps struct{ Resolved, All, Normalized []string }
	tests := []struct {
		name  string
		nodes []*graph.Node
		want  map[string]deps
	}{
		// NormalizedDownRevTest.test_normalized_down_revisions: "a3" is not
		// a direct down revision of b4 because its ancestor b2 depends on
		// it. test_dupe_dependency: b5 revises and depends on b4.
		{"normalized down revisions", normalizedDownRev(), map[string]deps{
			"b2": {Resolved: ss("a3"), All: ss("b1", "a3"), Normalized: ss("b1", "a3")},
			"b3": {Resolved: ss(), All: ss("b2"), Normalized: ss("b2")},
			"b4": {Resolved: ss("a3"), All: ss("b3", "a3"), Normalized: ss("b3")},
			"b5": {Resolved: ss("b4"), All: ss("b4"), Normalized: ss("b4")},
		}},
		// Dependencies on branch labels resolve to the labelled revision.
		{"label dependency", dependsOnBranchLabel(), map[string]deps{
			"c2": {Resolved: ss("c1"), All: ss("b2", "c1"), Normalized: ss("b2", "c1")},
		}},
		{"label dependency of a base", crossDependencyTwo(), map[string]deps{
			"base2": {Resolved: ss("base1"), All: ss("base1"), Normalized: ss("base1")},
			"c3":    {Resolved: ss("b2"), All: ss("b3", "b2"), Normalized: ss("b3", "b2")},
		}},
		// DependsOnOwnDownrevTest: a2 revises and depends on a1.
		{"depends on own down revision", dependsOnOwnDownrev(), map[string]deps{
			"a2": {Resolved: ss("a1"), All: ss("a1"), Normalized: ss("a1")},
		}},
		// DependsOnBranchTestThree: a crisscross.
		{"crisscross", dependsOnBranchThree(), map[string]deps{
			"a3": {Resolved: ss("b1"), All: ss("a2", "b1"), Normalized: ss("a2", "b1")},
			"b2": {Resolved: ss("a2"), All: ss("b1", "a2"), Normalized: ss("b1", "a2")},
			"b3": {Resolved: ss(), All: ss("b2"), Normalized: ss("b2")},
		}},
		// A dependency listed twice, by id and by label, counts once.
		{"duplicate dependency", []*graph.Node{
			{ID: "a", BranchLabels: ss("alabel")}, {ID: "b"}, {ID: "c", Revises: ss("b"), DependsOn: ss("a", "alabel")},
		}, map[string]deps{
			"c": {Resolved: ss("a"), All: ss("b", "a"), Normalized: ss("b", "a")},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := mustNew(t, tt.nodes)
			got := map[string]deps{}
			for id := range tt.want {
				n := g.Node(id)
				got[id] = deps{
					Resolved:   orEmpty(n.ResolvedDependsOn()),
					All:        orEmpty(graph.AllDown(n)),
					Normalized: orEmpty(graph.NormalizedDown(n)),
				}
			}
			diff(t, "dependencies", tt.want, got)
		})
	}
}

func TestAncestorsDescendants(t *testing.T) {
	// BranchTravellingTest.test_ancestor_nodes.
	g := mustNew(t, branchTravelling())
	diff(t, "ancestors of merge",
		ss("a1", "a2", "a3", "b1", "b2", "cb1", "cb2", "db1", "db2", "e2b1", "e2b2", "merge"),
		sorted(g.Ancestors(ss("merge"), true)))
	diff(t, "descendants of db1", ss("db1", "e1b1", "e2b1", "fe1b1", "merge"), sorted(g.Descendants(ss("db1"), true)))

	// With and without dependencies.
	g = mustNew(t, crossDependencyOne())
	diff(t, "ancestors of d2 without deps", ss("a2", "b2", "base2", "c2", "d2"), sorted(g.Ancestors(ss("d2"), false)))
	diff(t, "ancestors of d2 with deps", ss("a2", "a3", "b2", "base2", "base3", "c2", "d2"), sorted(g.Ancestors(ss("d2"), true)))
	diff(t, "descendants of a3 without deps", ss("a3", "b3"), sorted(g.Descendants(ss("a3"), false)))
	diff(t, "descendants of a3 with deps", ss("a3", "b1b", "b3", "c2", "d2"), sorted(g.Descendants(ss("a3"), true)))
}

func TestLargeMap(t *testing.T) {
	// LargeMapTest.test_all: "heads" to "base" lists every revision, no
	// revision is both an ancestor and a descendant of another, and each
	// revision but the last has an ancestor after it.
	g := mustNew(t, largeMap())
	revs, err := g.Iterate(ss("heads"), ss("base"), true, false, false)
	checkErr(t, err, "")
	diff(t, "revisions", sorted(ids(g.Nodes())), sorted(revs))
	checkOrder(t, g, revs)
	for i, id := range revs {
		anc := map[string]bool{}
		for _, a := range g.Ancestors(ss(id), true) {
			if a != id {
				anc[a] = true
			}
		}
		for _, d := range g.Descendants(ss(id), true) {
			if d != id && anc[d] {
				t.Errorf("%s is both an ancestor and a descendant of %s", d, id)
			}
		}
		if rest := revs[i+1:]; len(rest) > 0 && !slices.ContainsFunc(rest, func(r string) bool { return anc[r] }) {
			t.Errorf("no ancestor of %s after it in %v", id, rest)
		}
	}
	// The same through the public API: Span and the upgrade steps.
	span, err := g.Span("", "")
	checkErr(t, err, "")
	diff(t, "Span", revs, ids(span))
	steps, err := g.UpgradeSteps(nil, "heads")
	checkErr(t, err, "")
	up := stepNames(steps)
	for i := range revs {
		if up[len(up)-1-i] != "+"+revs[i] {
			t.Fatalf("upgrade steps %v are not the iteration %v reversed", up, revs)
		}
	}
	rows, _ := apply(t, g, nil, steps)
	diff(t, "version table after upgrading the large map", ss("5a4ca8889674"), rows)
	down, err := g.DowngradeSteps(ss("5a4ca8889674"), "base")
	checkErr(t, err, "")
	diff(t, "downgrade steps", len(revs), len(down))
	rows, _ = apply(t, g, ss("5a4ca8889674"), down)
	diff(t, "version table after downgrading the large map", ss(), rows)
}
