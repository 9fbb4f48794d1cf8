package graph_test

import "github.com/autogen-go/autogen/internal/graph"

// The revision graphs of Alembic's tests/test_version_traversal.py. Where
// Alembic generates random ids (util.rev_id()) these use the letter names
// of the test; Alembic's expected orders there follow file order, which the
// letter ids reproduce unless a test says otherwise.

// Ids of RevisionPathTest: a straight line a → b → c → d → e.
const (
	pathA = "e6239818bb3a"
	pathB = "548bbb905360"
	pathC = "b7ea43dc85e4"
	pathD = "1bbe33445780"
	pathE = "3975fb1a0125"
)

func revisionPath() []*graph.Node {
	return []*graph.Node{
		{ID: pathA, Message: "->a"},
		{ID: pathB, Revises: ss(pathA), Message: "a->b"},
		{ID: pathC, Revises: ss(pathB), Message: "b->c"},
		{ID: pathD, Revises: ss(pathC), Message: "c->d"},
		{ID: pathE, Revises: ss(pathD), Message: "d->e"},
	}
}

// branched is BranchedPathTest: a → b, then c1 → d1 (c1branch) and
// c2 → d2 (c2branch).
func branched() []*graph.Node {
	return []*graph.Node{
		{ID: "a"},
		{ID: "b", Revises: ss("a")},
		{ID: "c1", Revises: ss("b"), BranchLabels: ss("c1branch")},
		{ID: "d1", Revises: ss("c1")},
		{ID: "c2", Revises: ss("b"), BranchLabels: ss("c2branch")},
		{ID: "d2", Revises: ss("c2")},
	}
}

// branchFromMergepoint is BranchFromMergepointTest: d1 merges c1 and c2,
// d2 continues c2.
func branchFromMergepoint() []*graph.Node {
	return []*graph.Node{
		{ID: "a1"}, {ID: "b1", Revises: ss("a1")}, {ID: "c1", Revises: ss("b1")},
		{ID: "a2"}, {ID: "b2", Revises: ss("a2")}, {ID: "c2", Revises: ss("b2")},
		{ID: "d1", Revises: ss("c1", "c2")},
		{ID: "d2", Revises: ss("c2")},
	}
}

// branchFrom3WayMergepoint is BranchFrom3WayMergepointTest.
func branchFrom3WayMergepoint() []*graph.Node {
	return []*graph.Node{
		{ID: "a1"}, {ID: "b1", Revises: ss("a1")}, {ID: "c1", Revises: ss("b1")},
		{ID: "a2"}, {ID: "b2", Revises: ss("a2")}, {ID: "c2", Revises: ss("b2")},
		{ID: "a3"}, {ID: "b3", Revises: ss("a3")}, {ID: "c3", Revises: ss("b3")},
		{ID: "d1", Revises: ss("c1", "c2", "c3")},
		{ID: "d2", Revises: ss("c2")},
		{ID: "d3", Revises: ss("c3")},
	}
}

// twinMerge is TwinMergeTest (#297): two merge points of b1, b2, b3.
func twinMerge() []*graph.Node {
	return []*graph.Node{
		{ID: "a"},
		{ID: "b1", Revises: ss("a")}, {ID: "b2", Revises: ss("a")}, {ID: "b3", Revises: ss("a")},
		{ID: "c1", Revises: ss("b1", "b2", "b3")},
		{ID: "c2", Revises: ss("b1", "b2", "b3")},
		{ID: "d1", Revises: ss("c1")},
		{ID: "d2", Revises: ss("c2")},
	}
}

// notQuiteTwinMerge is NotQuiteTwinMergeTest: c1 merges b1, b2 and c2
// merges b2, b3.
func notQuiteTwinMerge() []*graph.Node {
	return []*graph.Node{
		{ID: "a"},
		{ID: "b1", Revises: ss("a")}, {ID: "b2", Revises: ss("a")}, {ID: "b3", Revises: ss("a")},
		{ID: "c1", Revises: ss("b1", "b2")},
		{ID: "c2", Revises: ss("b2", "b3")},
		{ID: "d1", Revises: ss("c1")},
		{ID: "d2", Revises: ss("c2")},
	}
}

// dependsOnBranchOne is DependsOnBranchTestOne: c2 depends on c1.
func dependsOnBranchOne() []*graph.Node {
	return []*graph.Node{
		{ID: "a1", BranchLabels: ss("lib1")}, {ID: "b1", Revises: ss("a1")}, {ID: "c1", Revises: ss("b1")},
		{ID: "a2"}, {ID: "b2", Revises: ss("a2")}, {ID: "c2", Revises: ss("b2"), DependsOn: ss("c1")},
		{ID: "d1", Revises: ss("c1")}, {ID: "e1", Revises: ss("d1")}, {ID: "f1", Revises: ss("e1")},
	}
}

// dependsOnBranchTwo is DependsOnBranchTestTwo: three merges and d1
// ("overmerge") depending on one parent of each.
func dependsOnBranchTwo() []*graph.Node {
	return []*graph.Node{
		{ID: "a1"}, {ID: "a2"}, {ID: "a3"},
		{ID: "amerge", Revises: ss("a1", "a2", "a3")},
		{ID: "b1"}, {ID: "b2"},
		{ID: "bmerge", Revises: ss("b1", "b2")},
		{ID: "c1"}, {ID: "c2"}, {ID: "c3"},
		{ID: "cmerge", Revises: ss("c1", "c2", "c3")},
		{ID: "d1", DependsOn: ss("a3", "b2", "c1")},
	}
}

// dependsOnBranchThree is DependsOnBranchTestThree (#377): a crisscross,
// b2 depends on a2 and a3 on b1.
func dependsOnBranchThree() []*graph.Node {
	return []*graph.Node{
		{ID: "a1"}, {ID: "a2", Revises: ss("a1")},
		{ID: "b1"}, {ID: "b2", Revises: ss("b1"), DependsOn: ss("a2")}, {ID: "b3", Revises: ss("b2")},
		{ID: "a3", Revises: ss("a2"), DependsOn: ss("b1")},
	}
}

// dependsOnOwnDownrev is DependsOnOwnDownrevTest (#843).
func dependsOnOwnDownrev() []*graph.Node {
	return []*graph.Node{{ID: "a1"}, {ID: "a2", Revises: ss("a1"), DependsOn: ss("a1")}}
}

// dependsOnBranchFour is DependsOnBranchTestFour (#789): b2 and b4 both
// depend on a3.
func dependsOnBranchFour() []*graph.Node {
	return []*graph.Node{
		{ID: "a1"}, {ID: "a2", Revises: ss("a1")}, {ID: "a3", Revises: ss("a2")},
		{ID: "b1"}, {ID: "b2", Revises: ss("b1"), DependsOn: ss("a3")},
		{ID: "b3", Revises: ss("b2")}, {ID: "b4", Revises: ss("b3"), DependsOn: ss("a3")},
	}
}

// dependsOnBranchFive is DependsOnBranchTestFive (#1373): b1 depends on
// a1 and bmerge merges a1 and b1.
func dependsOnBranchFive() []*graph.Node {
	return []*graph.Node{
		{ID: "a1"},
		{ID: "b1", DependsOn: ss("a1")},
		{ID: "bmerge", Revises: ss("a1", "b1")},
	}
}

// dependsOnBranchLabel is DependsOnBranchLabelTest: c2 depends on the
// label c1lib.
func dependsOnBranchLabel() []*graph.Node {
	return []*graph.Node{
		{ID: "a1", BranchLabels: ss("lib1")}, {ID: "b1", Revises: ss("a1")},
		{ID: "c1", Revises: ss("b1"), BranchLabels: ss("c1lib")},
		{ID: "a2"}, {ID: "b2", Revises: ss("a2")}, {ID: "c2", Revises: ss("b2"), DependsOn: ss("c1lib")},
		{ID: "d1", Revises: ss("c1")}, {ID: "e1", Revises: ss("d1")}, {ID: "f1", Revises: ss("e1")},
	}
}

// forest is ForestTest: two independent lines.
func forest() []*graph.Node {
	return []*graph.Node{
		{ID: "a1"}, {ID: "b1", Revises: ss("a1")},
		{ID: "a2"}, {ID: "b2", Revises: ss("a2")},
	}
}

// merged is MergedPathTest: b branches into c1 → d1 and c2 → d2
// (c2branch), e merges d1 and d2, f follows.
func merged() []*graph.Node {
	return []*graph.Node{
		{ID: "a"}, {ID: "b", Revises: ss("a")},
		{ID: "c1", Revises: ss("b")}, {ID: "d1", Revises: ss("c1")},
		{ID: "c2", Revises: ss("b"), BranchLabels: ss("c2branch")}, {ID: "d2", Revises: ss("c2")},
		{ID: "e", Revises: ss("d1", "d2")},
		{ID: "f", Revises: ss("e")},
	}
}

// branchedCrossDeps is BranchedPathTestCrossDependencies: branched, with
// d2 depending on c1.
func branchedCrossDeps() []*graph.Node {
	return []*graph.Node{
		{ID: "a"},
		{ID: "b", Revises: ss("a")},
		{ID: "c1", Revises: ss("b"), BranchLabels: ss("c1branch")},
		{ID: "d1", Revises: ss("c1")},
		{ID: "c2", Revises: ss("b"), BranchLabels: ss("c2branch")},
		{ID: "d2", Revises: ss("c2"), DependsOn: ss("c1")},
	}
}
