package graph_test

import (
	"testing"

	"github.com/autogen-go/autogen/internal/graph"
)

func abc() []*graph.Node {
	return []*graph.Node{{ID: "a"}, {ID: "b", Revises: ss("a")}, {ID: "c", Revises: ss("b")}}
}

// TestIterate ports the DownIterateTest classes of Alembic's
// tests/test_revision.py: RevisionMap.iterate_revisions(upper, lower,
// inclusive, implicit_base, select_for_downgrade), heads first.
func TestIterate(t *testing.T) {
	type iter struct {
		name         string
		upper, lower []string
		exclusive    bool // Alembic's _assert_iteration is inclusive by default
		implicitBase bool
		downgrade    bool // select_for_downgrade
		want         []string
		err          string
	}
	groups := []struct {
		name  string
		nodes func() []*graph.Node
		tests []iter
	}{
		{"APITest", abc, []iter{
			// test_iterate_tolerates_dupe_targets: not inclusive, so a is
			// not traversed.
			{name: "dupe targets", upper: ss("c", "c"), lower: ss("a"), exclusive: true, want: ss("c", "b")},
		}},
		{"DiamondTest", diamond, []iter{
			{name: "simple diamond", upper: ss("d"), lower: ss("a"), want: ss("d", "c", "b1", "b2", "a")},
		}},
		{"EmptyMapTest", func() []*graph.Node { return nil }, []iter{
			{name: "iterate", upper: ss("head"), lower: ss("base"), want: ss()},
			{name: "iterate heads", upper: ss("heads"), lower: ss("base"), want: ss()},
		}},
		{"LabeledBranchTest", labeledBranches, []iter{
			{name: "head to named base ebranch", upper: ss("heads"), lower: ss("ebranch@base"), want: ss("f", "someothername", "e", "d")},
			{name: "head to named base abranch", upper: ss("heads"), lower: ss("abranch@base"), want: ss("c", "somelongername", "b", "a")},
			{name: "named head to base ebranch", upper: ss("ebranch@head"), lower: ss("base"), want: ss("f", "someothername", "e", "d")},
			{name: "named head to base abranch", upper: ss("abranch@head"), lower: ss("base"), want: ss("c", "somelongername", "b", "a")},
			{name: "named head to heads", upper: ss("heads"), lower: ss("ebranch@head"), want: ss("f")},
			{name: "named rev to heads", upper: ss("heads"), lower: ss("ebranch@d"), want: ss("f", "someothername", "e", "d")},
			{name: "head to version specific base e", upper: ss("heads"), lower: ss("e@base"), want: ss("f", "someothername", "e", "d")},
			{name: "head to version specific base c", upper: ss("heads"), lower: ss("c@base"), want: ss("c", "somelongername", "b", "a")},
			{name: "branch w down relative", upper: ss("heads"), lower: ss("ebranch@-2"), want: ss("f", "someothername", "e")},
			// Walking up from base along ebranch: d, then e.
			{name: "branch w up relative", upper: ss("ebranch@+2"), lower: ss("base"), want: ss("e", "d")},
			{name: "branch w up relative 3", upper: ss("ebranch@+3"), lower: ss("base"), want: ss("someothername", "e", "d")},
			{name: "branch w up relative too far", upper: ss("ebranch@+5"), lower: ss("base"), err: errResolve},
		}},
		{"LongShortBranchTest", longShortBranch, []iter{
			{name: "iterate full", upper: ss("heads"), lower: ss("base"), want: ss("b2", "d11", "d12", "c1", "b1", "a")},
		}},
		{"MultipleBranchTest", multipleBranch, []iter{
			{name: "from merge point", upper: ss("d1d2cb2"), lower: ss("a"), want: ss("d1d2cb2", "d1cb2", "d2cb2", "cb2", "b2", "a")},
			{name: "multiple heads", upper: ss("d2cb2", "d3cb2"), lower: ss("a"), want: ss("d2cb2", "d3cb2", "cb2", "b2", "a")},
			{name: "single branch", upper: ss("d3cb2"), lower: ss("a"), want: ss("d3cb2", "cb2", "b2", "a")},
			{name: "single branch to base", upper: ss("d3cb2"), lower: ss("base"), want: ss("d3cb2", "cb2", "b2", "a")},
			{name: "multiple branch to base", upper: ss("d3cb2", "cb1"), lower: ss("base"), want: ss("cb1", "b1", "d3cb2", "cb2", "b2", "a")},
			// d1cb1 is left out: it is not a descendant of b2.
			{name: "multiple heads single base", upper: ss("d1cb1", "d2cb2", "d3cb2"), lower: ss("b2"), want: ss("d2cb2", "d3cb2", "cb2", "b2")},
			// "Revision d1cb1 is not an ancestor of revision b1".
			{name: "same branch wrong direction", upper: ss("b1"), lower: ss("d1cb1"), err: errRange},
			{name: "distinct branches", upper: ss("d2cb2"), lower: ss("b1"), err: errRange},
			{name: "wrong direction to base as none", upper: ss("base"), lower: ss("d1cb1"), err: errRange},
			{name: "wrong direction to base as empty", upper: ss(), lower: ss("d1cb1"), err: errRange},
		}},
		{"MultipleBranchEffectiveHead", effectiveHead, []iter{
			{name: "other downgrade", upper: ss("x2", "y2"), lower: ss("x@-1"), exclusive: true, downgrade: true, want: ss("x2")},
			{name: "use all current", upper: ss("x1", "y2"), lower: ss("x@-1"), exclusive: true, downgrade: true, want: ss("y2", "x1")},
			{name: "effective head", upper: ss("y2"), lower: ss("x@-1"), exclusive: true, downgrade: true, want: ss("y2", "x1")},
		}},
		{"BranchTravellingTest", branchTravelling, []iter{
			// implicit base fills in every branch the merge point needs.
			{name: "one branch both to merge", upper: ss("merge"), lower: ss("db1"), implicitBase: true,
				want: ss("merge", "e2b1", "db1", "e2b2", "db2", "cb2", "b2")},
			{name: "three branches end in single branch", upper: ss("merge", "fe1b1"), lower: ss("a3"),
				want: ss("fe1b1", "e1b1", "merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2", "cb2", "b2", "a3")},
			// a3 is a stop point, db1 is not.
			{name: "two branches to root", upper: ss("merge"), lower: ss("a1"),
				want: ss("merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2", "cb2", "b2", "a3", "a2", "a1")},
			// b1 is local to the e2b1 branch.
			{name: "two branches end in branch", upper: ss("merge"), lower: ss("b1"), want: ss("merge", "e2b1", "db1", "cb1", "b1")},
			{name: "two branches end behind branch", upper: ss("merge"), lower: ss("a2"),
				want: ss("merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2", "cb2", "b2", "a3", "a2")},
			// a3 and db1 are both stop points.
			{name: "three branches to root", upper: ss("merge", "fe1b1"), lower: ss("a1"),
				want: ss("fe1b1", "e1b1", "merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2", "cb2", "b2", "a3", "a2", "a1")},
			{name: "three branches to root via heads", upper: ss("heads"), lower: ss("a1"),
				want: ss("fe1b1", "e1b1", "merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2", "cb2", "b2", "a3", "a2", "a1")},
			{name: "three branches end multiple bases", upper: ss("merge", "fe1b1"), lower: ss("cb1", "cb2"),
				want: ss("fe1b1", "e1b1", "merge", "e2b1", "db1", "cb1", "e2b2", "db2", "cb2")},
			{name: "three branches end multiple bases exclusive", upper: ss("merge", "fe1b1"), lower: ss("cb1", "cb2"), exclusive: true,
				want: ss("fe1b1", "e1b1", "merge", "e2b1", "db1", "e2b2", "db2")},
			// "Requested revision fe1b1 overlaps with other requested
			// revisions": db1 is an ancestor of fe1b1.
			{name: "detect invalid head selection", upper: ss("db1", "b2", "fe1b1"), lower: ss(), err: errResolve},
			// Alembic, in file order (fe1b1 before e2b1): b2 fe1b1 e1b1 e2b1
			// db1 .... In id order e2b1 is the first head after b2.
			{name: "three branches end multiple bases exclusive blank", upper: ss("e2b1", "b2", "fe1b1"), lower: ss(), exclusive: true,
				want: ss("b2", "e2b1", "fe1b1", "e1b1", "db1", "cb1", "b1", "a3", "a2", "a1")},
			{name: "iterate to symbolic base", upper: ss("fe1b1"), lower: ss("base"), exclusive: true,
				want: ss("fe1b1", "e1b1", "db1", "cb1", "b1", "a3", "a2", "a1")},
		}},
		{"MultipleBaseTest", multipleBase, []iter{
			{name: "heads to base", upper: ss("heads"), lower: ss("base"),
				want: ss("b1a", "a1a", "b1b", "a1b", "base1", "mergeb3d2", "b3", "a3", "base3", "d2", "c2", "b2", "a2", "base2")},
			{name: "heads to base exclusive", upper: ss("heads"), lower: ss("base"), exclusive: true,
				want: ss("b1a", "a1a", "b1b", "a1b", "base1", "mergeb3d2", "b3", "a3", "base3", "d2", "c2", "b2", "a2", "base2")},
			{name: "heads to blank", upper: ss("heads"), lower: ss(),
				want: ss("b1a", "a1a", "b1b", "a1b", "base1", "mergeb3d2", "b3", "a3", "base3", "d2", "c2", "b2", "a2", "base2")},
			// "overlaps with other requested revisions": a2 is below b2.
			{name: "detect invalid base selection", upper: ss("c2"), lower: ss("a2", "b2"), err: errResolve},
			{name: "heads to revs plus implicit base exclusive", upper: ss("heads"), lower: ss("c2"), exclusive: true, implicitBase: true,
				want: ss("b1a", "a1a", "b1b", "a1b", "base1", "mergeb3d2", "b3", "a3", "base3", "d2")},
			{name: "heads to revs base exclusive", upper: ss("heads"), lower: ss("c2"), exclusive: true, want: ss("mergeb3d2", "d2")},
			{name: "heads to revs plus implicit base inclusive", upper: ss("heads"), lower: ss("c2"), implicitBase: true,
				want: ss("b1a", "a1a", "b1b", "a1b", "base1", "mergeb3d2", "b3", "a3", "base3", "d2", "c2")},
			{name: "specific path one", upper: ss("b3"), lower: ss("base3"), want: ss("b3", "a3", "base3")},
			{name: "specific path two implicit base", upper: ss("b3", "b2"), lower: ss("base3"), exclusive: true, implicitBase: true,
				want: ss("b2", "a2", "base2", "b3", "a3")},
		}},
		{"MultipleBaseCrossDependencyTestOne", crossDependencyOne, []iter{
			// Alembic, in file order: b1a a1a b1b a1b base1 d2 c2 b2 a2 base2
			// b3 a3 base3. In id order the head b3 comes before d2, and d2's
			// branch needs a3, so the 3 branch is walked first.
			{name: "heads to base", upper: ss("heads"), lower: ss("base"),
				want: ss("b1a", "a1a", "b1b", "a1b", "base1", "b3", "d2", "c2", "b2", "a2", "base2", "a3", "base3")},
			{name: "heads to base downgrade", upper: ss("heads"), lower: ss("base"), downgrade: true,
				want: ss("b1a", "a1a", "b1b", "a1b", "base1", "b3", "d2", "c2", "b2", "a2", "base2", "a3", "base3")},
			{name: "same branch wrong direction", upper: ss("b2"), lower: ss("d2"), err: errRange},
			// "Revision d2 is not an ancestor of revision b3".
			{name: "different branch not wrong direction", upper: ss("b3"), lower: ss("d2"), err: errRange},
			// The 2 branch relies on the 3 branch.
			{name: "we need head2 upgrade", upper: ss("b_2@head"), lower: ss("base"), want: ss("d2", "c2", "b2", "a2", "base2", "a3", "base3")},
			// ...but going down it need not touch the 3 branch.
			{name: "we need head2 downgrade", upper: ss("b_2@head"), lower: ss("b_2@base"), downgrade: true, want: ss("d2", "c2", "b2", "a2", "base2")},
			{name: "we need head3 upgrade", upper: ss("b_3@head"), lower: ss("base"), want: ss("b3", "a3", "base3")},
			{name: "we need head3 downgrade", upper: ss("b_3@head"), lower: ss("base"), downgrade: true, want: ss("b3", "a3", "base3")},
			{name: "we need head1 upgrade", upper: ss("b1b@head"), lower: ss("base"), want: ss("b1b", "a1b", "base1", "a3", "base3")},
			{name: "we need head1 downgrade", upper: ss("b1b@head"), lower: ss("b1b@base"), downgrade: true, want: ss("b1b", "a1b", "base1")},
			{name: "we need base2 upgrade", upper: ss("heads"), lower: ss("b_2@base"), want: ss("d2", "c2", "b2", "a2", "base2", "a3", "base3")},
			{name: "we need base2 downgrade", upper: ss("heads"), lower: ss("b_2@base"), downgrade: true, want: ss("d2", "c2", "b2", "a2", "base2")},
			{name: "we need base3 upgrade", upper: ss("heads"), lower: ss("b_3@base"), want: ss("b3", "a3", "base3")},
			// Everything that depends on a3 goes down first. Alembic, in
			// file order: b1b d2 c2 b3 a3 base3; in id order the head b3
			// comes before d2.
			{name: "we need base3 downgrade", upper: ss("heads"), lower: ss("b_3@base"), downgrade: true,
				want: ss("b1b", "b3", "d2", "c2", "a3", "base3")},
		}},
		{"MultipleBaseCrossDependencyTestTwo", crossDependencyTwo, []iter{
			{name: "heads to base", upper: ss("heads"), lower: ss("base"),
				want: ss("c1", "b1", "a1", "d2", "c2", "d3", "c3", "b3", "a3", "base3", "b2", "a2", "base2", "base1")},
			{name: "we need head2", upper: ss("b_2@head"), lower: ss("base"), want: ss("d2", "c2", "b2", "a2", "base2", "base1")},
			{name: "we need head3", upper: ss("b_3@head"), lower: ss("base"),
				want: ss("d3", "c3", "b3", "a3", "base3", "b2", "a2", "base2", "base1")},
			{name: "we need head1", upper: ss("b_1@head"), lower: ss("base"), want: ss("c1", "b1", "a1", "base1")},
			{name: "we need base1", upper: ss("heads"), lower: ss("b_1@base"), want: ss("c1", "b1", "a1", "base1")},
			{name: "we need base2", upper: ss("heads"), lower: ss("b_2@base"), want: ss("d2", "c2", "b2", "a2", "base2", "base1")},
			{name: "we need base3", upper: ss("heads"), lower: ss("b_3@base"),
				want: ss("d3", "c3", "b3", "a3", "base3", "b2", "a2", "base2", "base1")},
		}},
		{"MultipleBaseCrossDependencyTestThree", crossDependencyThree, []iter{
			{name: "traverse no parent but a dep", upper: ss("heads"), lower: ss("base"), want: ss("b1", "c3", "c2", "a1", "base1")},
		}},
		{"GraphWithLoopTest dupe head", func() []*graph.Node {
			return []*graph.Node{{ID: "user_foo"}, {ID: "user", Revises: ss("user_foo"), DependsOn: ss("user_foo")}}
		}, []iter{
			{name: "revision dupe head", upper: ss("heads"), lower: ss(), want: ss("user", "user_foo")},
			{name: "topological sort", upper: ss("user"), lower: ss(), want: ss("user", "user_foo")},
		}},
		{"GraphWithLoopTest overlapping substrings", func() []*graph.Node {
			return []*graph.Node{{ID: "user_foo"}, {ID: "user", Revises: ss("user_foo")}}
		}, []iter{
			{name: "no loop", upper: ss("heads"), lower: ss(), want: ss("user", "user_foo")},
		}},
		{"GraphWithLoopTest overlapping substrings dependencies", func() []*graph.Node {
			return []*graph.Node{{ID: "user_foo"}, {ID: "user", DependsOn: ss("user_foo")}}
		}, []iter{
			{name: "no loop", upper: ss("heads"), lower: ss(), want: ss("user", "user_foo")},
		}},
		{"NormalizedDownRevTest", normalizedDownRev, []iter{
			{name: "branch traversal", upper: ss("b4"), lower: ss("b1@base"), downgrade: true, want: ss("b4", "b3", "b2", "b1")},
			{name: "all traversal", upper: ss("heads"), lower: ss("base"), downgrade: true,
				want: ss("b5", "b4", "b3", "b2", "b1", "a3", "a2", "a1")},
			{name: "partial traversal", upper: ss("heads"), lower: ss("a2"), downgrade: true,
				want: ss("b5", "b4", "b3", "b2", "a3", "a2")},
			{name: "partial traversal implicit base two", upper: ss("b5"), lower: ss("b1"), implicitBase: true,
				want: ss("b5", "b4", "b3", "b2", "b1", "a3", "a2", "a1")},
		}},
		{"NormalizedDownRevTest three", normalizedDownRevThree, []iter{
			{name: "partial traversal implicit base three", upper: ss("b5"), lower: ss("b1"), implicitBase: true,
				want: ss("b5", "b4", "b3", "b2", "b1", "a3", "a2", "a1", "c1")},
		}},
	}
	for _, grp := range groups {
		t.Run(grp.name, func(t *testing.T) {
			g := mustNew(t, grp.nodes())
			for _, tt := range grp.tests {
				t.Run(tt.name, func(t *testing.T) {
					got, err := g.Iterate(tt.upper, tt.lower, !tt.exclusive, tt.implicitBase, tt.downgrade)
					checkErr(t, err, tt.err)
					if tt.err != "" {
						return
					}
					diff(t, "iteration", tt.want, orEmpty(got))
					checkOrder(t, g, got)
				})
			}
		})
	}
}

func TestSpan(t *testing.T) {
	// Span is walk_revisions / `history -r lower:upper`: inclusive, no
	// implicit base.
	g := mustNew(t, branchTravelling())
	tests := []struct {
		lower, upper string
		want         []string
		err          string
	}{
		{"", "", ss("fe1b1", "e1b1", "merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2", "cb2", "b2", "a3", "a2", "a1"), ""},
		{"base", "heads", ss("fe1b1", "e1b1", "merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2", "cb2", "b2", "a3", "a2", "a1"), ""},
		{"b1", "merge", ss("merge", "e2b1", "db1", "cb1", "b1"), ""},
		{"a2", "merge", ss("merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2", "cb2", "b2", "a3", "a2"), ""},
		{"db1", "db1", ss("db1"), ""},
		{"", "b1", ss("b1", "a3", "a2", "a1"), ""},
		{"fe1b1", "b1", nil, errRange},
		{"e2b2", "fe1b1", nil, errRange},
		{"nope", "", nil, errResolve},
		{"", "head", nil, errMultiple},
	}
	for _, tt := range tests {
		t.Run(tt.lower+":"+tt.upper, func(t *testing.T) {
			got, err := g.Span(tt.lower, tt.upper)
			checkErr(t, err, tt.err)
			if tt.err == "" {
				diff(t, "span", tt.want, ids(got))
			}
		})
	}
}
