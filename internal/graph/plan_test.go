package graph_test

import (
	"strings"
	"testing"

	"github.com/autogen-go/autogen/internal/graph"
)

// trav is one _assert_upgrade / _assert_downgrade of Alembic's
// tests/test_version_traversal.py: the steps ScriptDirectory._upgrade_revs
// or _downgrade_revs returns, and the version table after HeadMaintainer
// has run them from the current rows.
type trav struct {
	name    string
	down    bool // a downgrade; an upgrade otherwise
	current []string
	dest    string
	steps   []string // "+id" upgrade, "-id" downgrade
	rows    []string // the version table afterwards, sorted
	changes []string // the row changes, when the test checks them
	err     string
}

func runTravs(t *testing.T, nodes func() []*graph.Node, tests []trav) {
	t.Helper()
	g := mustNew(t, nodes())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var (
				steps []graph.Step
				err   error
			)
			if tt.down {
				steps, err = g.DowngradeSteps(tt.current, tt.dest)
			} else {
				steps, err = g.UpgradeSteps(tt.current, tt.dest)
			}
			checkErr(t, err, tt.err)
			if tt.err != "" {
				return
			}
			diff(t, "steps", tt.steps, stepNames(steps))
			rows, changes := apply(t, g, tt.current, steps)
			diff(t, "version table", tt.rows, rows)
			if tt.changes != nil {
				diff(t, "row changes", tt.changes, changes)
			}
		})
	}
}

func TestRevisionPath(t *testing.T) {
	// RevisionPathTest: a → b → c → d → e with Alembic's ids.
	const a, b, c, d, e = pathA, pathB, pathC, pathD, pathE
	runTravs(t, revisionPath, []trav{
		{name: "downgrade base no version", down: true, current: nil, dest: "base", rows: ss()},
		// #838: downgrade to a revision already in the table.
		{name: "downgrade to existing", down: true, current: ss(a), dest: a, rows: ss(a)},
		// #839: ...which is itself a head.
		{name: "downgrade to existing head", down: true, current: ss(e), dest: e, rows: ss(e)},

		{name: "upgrade path c to e", current: ss(c), dest: e, steps: ss("+"+d, "+"+e), rows: ss(e),
			changes: ss("update "+c+" -> "+d, "update "+d+" -> "+e)},
		{name: "upgrade path none to c", current: nil, dest: c, steps: ss("+"+a, "+"+b, "+"+c), rows: ss(c),
			changes: ss("insert "+a, "update "+a+" -> "+b, "update "+b+" -> "+c)},

		{name: "relative upgrade +2", current: ss(a), dest: "+2", steps: ss("+"+b, "+"+c), rows: ss(c)},
		{name: "relative upgrade +1", current: ss(a), dest: "+1", steps: ss("+" + b), rows: ss(b)},
		{name: "relative upgrade +3", current: ss(b), dest: "+3", steps: ss("+"+c, "+"+d, "+"+e), rows: ss(e)},
		{name: "relative upgrade b+2", current: ss(a), dest: b + "+2", steps: ss("+"+b, "+"+c, "+"+d), rows: ss(d)},
		{name: "relative upgrade d-2", current: ss(a), dest: d + "-2", steps: ss("+" + b), rows: ss(b)},
		{name: "relative upgrade prefix+1", current: ss(a), dest: b[:4] + "+1", steps: ss("+"+b, "+"+c), rows: ss(c)},

		// "Relative revision -2 didn't produce 2 migrations".
		{name: "invalid relative upgrade -2", current: ss(b), dest: "-2", err: errResolve},
		// "Relative revision +5 didn't produce 5 migrations".
		{name: "invalid relative upgrade +5", current: ss(b), dest: "+5", err: errResolve},
		{name: "invalid relative upgrade rev+5", current: ss(a), dest: b + "+5", err: errResolve},
		// Relative identifiers match the whole string here; Alembic
		// matches a prefix and ignores the rest.
		{name: "relative upgrade with trailing junk", current: ss(a), dest: "+1x", err: errResolve},

		{name: "downgrade path e to c", down: true, current: ss(e), dest: c, steps: ss("-"+e, "-"+d), rows: ss(c),
			changes: ss("update "+e+" -> "+d, "update "+d+" -> "+c)},
		{name: "downgrade path c to base", down: true, current: ss(c), dest: "base", steps: ss("-"+c, "-"+b, "-"+a), rows: ss(),
			changes: ss("update "+c+" -> "+b, "update "+b+" -> "+a, "delete "+a)},

		{name: "relative downgrade -1", down: true, current: ss(c), dest: "-1", steps: ss("-" + c), rows: ss(b)},
		{name: "relative downgrade -3", down: true, current: ss(e), dest: "-3", steps: ss("-"+e, "-"+d, "-"+c), rows: ss(b)},
		{name: "relative downgrade a+2", down: true, current: ss(d), dest: a + "+2", steps: ss("-" + d), rows: ss(c)},
		{name: "relative downgrade c-2", down: true, current: ss(d), dest: c + "-2", steps: ss("-"+d, "-"+c, "-"+b), rows: ss(a)},
		{name: "relative downgrade to base", down: true, current: ss(c), dest: "-3", steps: ss("-"+c, "-"+b, "-"+a), rows: ss()},
		{name: "relative downgrade base+1", down: true, current: ss(c), dest: "base+1", steps: ss("-"+c, "-"+b), rows: ss(a)},

		// "Relative revision -5 didn't produce 5 migrations".
		{name: "invalid relative downgrade -5", down: true, current: ss(b), dest: "-5", err: errResolve},
		// "Relative revision +2 didn't produce 2 migrations".
		{name: "invalid relative downgrade +2", down: true, current: ss(b), dest: "+2", err: errResolve},
		{name: "invalid relative downgrade rev-5", down: true, current: ss(c), dest: c + "-5", err: errResolve},

		// test_invalid_move_rev_to_none: "Destination 548 is not a valid
		// downgrade target from current head(s)". Alembic resolves the
		// three-character prefix; here it needs four characters, and then
		// the range error is the same.
		{name: "invalid move rev to none, short prefix", down: true, current: nil, dest: b[:3], err: errResolve},
		{name: "invalid move rev to none", down: true, current: nil, dest: b[:4], err: errRange},
		{name: "invalid move higher to lower", down: true, current: ss(b), dest: c[:4], err: errRange},
		// An upgrade to a revision below the current one: Alembic's
		// _upgrade_revs uses implicit_base and finds nothing to do.
		{name: "upgrade to an ancestor does nothing", current: ss(c), dest: b, rows: ss(c)},

		{name: "unknown current revision", current: ss("ffffffffffff"), dest: "heads", err: errUnknown},
		{name: "unknown current revision downgrade", down: true, current: ss("ffffffffffff"), dest: "base", err: errUnknown},
		{name: "unknown destination", current: ss(a), dest: "nowhere", err: errResolve},
	})
}

func TestBranchedPath(t *testing.T) {
	// BranchedPathTest: a → b, b → c1 → d1 (c1branch), b → c2 → d2
	// (c2branch).
	runTravs(t, branched, []trav{
		{name: "upgrade single branch", current: ss("b"), dest: "d1", steps: ss("+c1", "+d1"), rows: ss("d1")},
		// test_upgrade_multiple_branch: Alembic's destination is the tuple
		// (d1, d2); an identifier here names both as "heads".
		{name: "upgrade multiple branch", current: ss("a"), dest: "heads",
			steps: ss("+b", "+c2", "+d2", "+c1", "+d1"), rows: ss("d1", "d2"),
			changes: ss("update a -> b", "update b -> c2", "update c2 -> d2", "insert c1", "update c1 -> d1")},
		{name: "downgrade multiple branch", down: true, current: ss("d1", "d2"), dest: "a",
			steps: ss("-d1", "-c1", "-d2", "-c2", "-b"), rows: ss("a"),
			changes: ss("update d1 -> c1", "delete c1", "update d2 -> c2", "update c2 -> b", "update b -> a")},
		{name: "relative upgrade", current: ss("b"), dest: "c2branch@head-1", steps: ss("+c2"), rows: ss("c2")},

		// base+2 is b, with no branch label: everything above b goes.
		{name: "relative downgrade base+2", down: true, current: ss("d2", "d1"), dest: "base+2",
			steps: ss("-d1", "-c1", "-d2", "-c2"), rows: ss("b")},
		// Only c2branch goes down, to base+2 = b.
		{name: "relative downgrade branch+2", down: true, current: ss("d2", "d1"), dest: "c2branch@base+2",
			steps: ss("-d2", "-c2"), rows: ss("d1")},
		{name: "relative downgrade to c2", down: true, current: ss("d2", "d1"), dest: "c2", steps: ss("-d2"), rows: ss("c2", "d1")},
		{name: "relative downgrade branch+3", down: true, current: ss("d2", "d1"), dest: "c2branch@base+3", steps: ss("-d2"), rows: ss("c2", "d1")},

		// test_downgrade_once_order_*: Alembic warns "downgrade -1 from
		// multiple heads is ambiguous" and takes the first row; this port
		// refuses.
		{name: "downgrade once order right", down: true, current: ss("d2", "d1"), dest: "-1", err: errResolve},
		{name: "downgrade once order right unbalanced", down: true, current: ss("c2", "d1"), dest: "-1", err: errResolve},
		{name: "downgrade once order left", down: true, current: ss("d1", "d2"), dest: "-1", err: errResolve},
		{name: "downgrade once order left unbalanced", down: true, current: ss("c1", "d2"), dest: "-1", err: errResolve},
		// ...and what Alembic did there, spelled without ambiguity.
		{name: "downgrade once order right, labelled", down: true, current: ss("d2", "d1"), dest: "c2branch@-1", steps: ss("-d2"), rows: ss("c2", "d1")},
		{name: "downgrade once order right unbalanced, labelled", down: true, current: ss("c2", "d1"), dest: "c2branch@-1", steps: ss("-c2"), rows: ss("d1")},
		{name: "downgrade once order left, by revision", down: true, current: ss("d1", "d2"), dest: "d1-1", steps: ss("-d1"), rows: ss("c1", "d2")},
		{name: "downgrade once order left unbalanced, by revision", down: true, current: ss("c1", "d2"), dest: "c1@-1", steps: ss("-c1"), rows: ss("d2")},
		// c1-1 is b, a branch point, and without a label everything above
		// b goes, as in Alembic.
		{name: "downgrade to rev-1 at a branch point", down: true, current: ss("c1", "d2"), dest: "c1-1", steps: ss("-c1", "-d2", "-c2"), rows: ss("b")},
		{name: "downgrade once order left unbalanced labelled", down: true, current: ss("d1", "d2"), dest: "c1branch@-1", steps: ss("-d1"), rows: ss("c1", "d2")},

		// #765.
		{name: "downgrade relative order right", down: true, current: ss("d2", "c1"), dest: "d2-1", steps: ss("-d2"), rows: ss("c1", "c2")},
		{name: "downgrade relative order left", down: true, current: ss("c1", "d2"), dest: "d2-1", steps: ss("-d2"), rows: ss("c1", "c2")},

		{name: "downgrade single branch c1branch", down: true, current: ss("c1", "d2"), dest: "c1branch@b", steps: ss("-c1"), rows: ss("d2"),
			changes: ss("delete c1")},
		// The label is not on the head revision.
		{name: "downgrade single branch c2branch", down: true, current: ss("c1", "d2"), dest: "c2branch@b", steps: ss("-d2", "-c2"), rows: ss("c1")},
		// A revision on the branch (not its head) names the branch.
		{name: "downgrade single branch c2", down: true, current: ss("d1", "d2"), dest: "c2@b", steps: ss("-d2", "-c2"), rows: ss("d1")},
		// The head revision names the branch.
		{name: "downgrade single branch d1", down: true, current: ss("d1", "d2"), dest: "d1@b", steps: ss("-d1", "-c1"), rows: ss("d2")},
		{name: "downgrade relative to branch head", down: true, current: ss("d1", "d2"), dest: "c1branch@head-1", steps: ss("-d1"), rows: ss("c1", "d2")},
		{name: "downgrade to b without a branch", down: true, current: ss("d1", "d2"), dest: "b", steps: ss("-d1", "-c1", "-d2", "-c2"), rows: ss("b")},
		{name: "downgrade to a revision of the other branch", down: true, current: ss("d1"), dest: "c2", err: errRange},
		{name: "downgrade to a branch that is not applied", down: true, current: ss("d1"), dest: "c2branch@-1", err: errResolve},

		// Advance c2branch by one: one past the branch point here.
		{name: "upgrade other branch from mergepoint", current: ss("c1"), dest: "c2branch@+1", steps: ss("+c2"), rows: ss("c1", "c2"),
			changes: ss("insert c2")},
		{name: "upgrade one branch of heads", current: ss("c1", "c2"), dest: "c2branch@+1", steps: ss("+d2"), rows: ss("c1", "d2")},
		{name: "upgrade branch by two from the other branch", current: ss("d1"), dest: "c2branch@+2", steps: ss("+c2", "+d2"), rows: ss("d1", "d2")},
		{name: "upgrade branch from base", current: nil, dest: "c1branch@+3", steps: ss("+a", "+b", "+c1"), rows: ss("c1")},
		// "Ambiguous upgrade from multiple current revisions".
		{name: "ambiguous upgrade", current: ss("c1", "c2"), dest: "+1", err: errResolve},
		// Walking up from b without a branch: b is a branch point.
		{name: "ambiguous walk up", current: ss("b"), dest: "+1", err: errResolve},
		{name: "upgrade from base", current: nil, dest: "base+1", steps: ss("+a"), rows: ss("a")},
		{name: "upgrade from base implicit", current: nil, dest: "+1", steps: ss("+a"), rows: ss("a")},
		{name: "upgrade head with two heads", current: ss("b"), dest: "head", err: errMultiple},
		{name: "upgrade label head", current: ss("b"), dest: "c2branch@head", steps: ss("+c2", "+d2"), rows: ss("d2")},
		{name: "upgrade label heads", current: ss("b"), dest: "c1branch@heads", steps: ss("+c1", "+d1"), rows: ss("d1")},

		{name: "downgrade minus1 to base", down: true, current: ss("a"), dest: "-1", steps: ss("-a"), rows: ss()},
		// "Relative revision -1 didn't produce 1 migrations".
		{name: "downgrade minus1 from base", down: true, current: nil, dest: "-1", err: errResolve},
		{name: "downgrade no effect branched c2", down: true, current: ss("d1", "c2"), dest: "c2", rows: ss("c2", "d1")},
		{name: "downgrade no effect branched d1", down: true, current: ss("d1", "c2"), dest: "d1", rows: ss("c2", "d1")},
	})
}

func TestBranchFromMergepoint(t *testing.T) {
	// BranchFromMergepointTest: d1 merges c1 and c2; d2 continues c2.
	runTravs(t, branchFromMergepoint, []trav{
		{name: "mergepoint to only one side upgrade", current: ss("d2", "b1"), dest: "d1",
			steps: ss("+c1", "+d1"), rows: ss("d1", "d2"), changes: ss("update b1 -> c1", "update c1 -> d1")},
		{name: "mergepoint to only one side downgrade", down: true, current: ss("d2", "d1"), dest: "b1",
			steps: ss("-d1", "-c1"), rows: ss("b1", "d2"), changes: ss("update d1 -> c1", "update c1 -> b1")},
	})
	// BranchFrom3WayMergepointTest: d1 merges c1, c2 and c3.
	runTravs(t, branchFrom3WayMergepoint, []trav{
		{name: "3way mergepoint to only one side upgrade", current: ss("d3", "d2", "b1"), dest: "d1",
			steps: ss("+c1", "+d1"), rows: ss("d1", "d2", "d3")},
		{name: "3way mergepoint to only one side downgrade", down: true, current: ss("d3", "d2", "d1"), dest: "b1",
			steps: ss("-d1", "-c1"), rows: ss("b1", "d2", "d3")},
		// This merges b2 and b1 into d1 ...
		{name: "3way mergepoint to two sides upgrade", current: ss("d3", "b2", "b1"), dest: "d1",
			steps: ss("+c2", "+c1", "+d1"), rows: ss("d1", "d3"),
			changes: ss("update b2 -> c2", "update b1 -> c1", "delete c1", "update c2 -> d1")},
		// ... but b2 breaks out again when it keeps going.
		{name: "3way then d2", current: ss("d3", "d1"), dest: "d2", steps: ss("+d2"), rows: ss("d1", "d2", "d3"),
			changes: ss("insert d2")},
	})
}

func TestDependsOnBranch(t *testing.T) {
	t.Run("DependsOnBranchTestOne", func(t *testing.T) {
		// c2 depends on c1: downgrading d1 leaves c2, which implies c1.
		runTravs(t, dependsOnBranchOne, []trav{
			{name: "downgrade to dependency", down: true, current: ss("c2", "d1"), dest: "c1", steps: ss("-d1"), rows: ss("c2"),
				changes: ss("delete d1")},
			{name: "upgrade f1 from c2", current: ss("c2"), dest: "f1", steps: ss("+d1", "+e1", "+f1"), rows: ss("c2", "f1"),
				changes: ss("insert d1", "update d1 -> e1", "update e1 -> f1")},
			{name: "upgrade c2 from nothing", current: nil, dest: "c2", steps: ss("+a1", "+b1", "+c1", "+a2", "+b2", "+c2"), rows: ss("c2")},
			{name: "downgrade lib1 to base", down: true, current: ss("c2", "f1"), dest: "lib1@base",
				steps: ss("-c2", "-f1", "-e1", "-d1", "-c1", "-b1", "-a1"), rows: ss("b2")},
		})
	})
	t.Run("DependsOnBranchTestTwo", func(t *testing.T) {
		// test_kaboom.
		runTravs(t, dependsOnBranchTwo, []trav{
			// b2 is not left as a row: d1 implies it.
			{name: "kaboom downgrade to b2", down: true, current: ss("amerge", "bmerge", "cmerge", "d1"), dest: "b2",
				steps: ss("-bmerge"), rows: ss("amerge", "b1", "cmerge", "d1"), changes: ss("update bmerge -> b1")},
			// b2 has to be inserted: it was implied by d1.
			{name: "kaboom downgrade d1", down: true, current: ss("amerge", "d1", "b1", "cmerge"), dest: "d1@base",
				steps: ss("-d1"), rows: ss("amerge", "b1", "b2", "cmerge")},
			// "this ordering can vary a lot based on what sorting algorithm
			// is in use because it's all heads". Alembic in file order:
			// amerge a1 b1 b2 cmerge c1 a2 a3 c2 c3; in id order the same.
			{name: "kaboom downgrade to base", down: true, current: ss("amerge", "b1", "b2", "cmerge"), dest: "base",
				steps: ss("-amerge", "-a1", "-b1", "-b2", "-cmerge", "-c1", "-a2", "-a3", "-c2", "-c3"), rows: ss()},
		})
	})
	t.Run("DependsOnBranchTestThree", func(t *testing.T) {
		// #377: b2 may go although a3 is half of a crisscross; b1 is
		// implied by a3.
		runTravs(t, dependsOnBranchThree, []trav{
			{name: "downgrade over crisscross", down: true, current: ss("a3", "b2"), dest: "b1", steps: ss("-b2"), rows: ss("a3"),
				changes: ss("delete b2")},
		})
	})
	t.Run("DependsOnOwnDownrevTest", func(t *testing.T) {
		// #843.
		runTravs(t, dependsOnOwnDownrev, []trav{
			{name: "traverse", current: nil, dest: "a2", steps: ss("+a1", "+a2"), rows: ss("a2"), changes: ss("insert a1", "update a1 -> a2")},
			{name: "traverse down", down: true, current: ss("a2"), dest: "a1", steps: ss("-a2"), rows: ss("a1"), changes: ss("update a2 -> a1")},
		})
	})
	t.Run("DependsOnBranchTestFour", func(t *testing.T) {
		// #789: a3 is not a row afterwards, b3 still implies it.
		runTravs(t, dependsOnBranchFour, []trav{
			{name: "dependencies are normalized", down: true, current: ss("b4"), dest: "b3", steps: ss("-b4"), rows: ss("b3"),
				changes: ss("update b4 -> b3")},
		})
	})
	t.Run("DependsOnBranchTestFive", func(t *testing.T) {
		// #1373.
		runTravs(t, dependsOnBranchFive, []trav{
			{name: "upgrade a1 to b1", current: ss("a1"), dest: "b1", steps: ss("+b1"), rows: ss("b1"), changes: ss("update a1 -> b1")},
			{name: "upgrade b1 to bmerge", current: ss("b1"), dest: "bmerge", steps: ss("+bmerge"), rows: ss("bmerge"),
				changes: ss("update b1 -> bmerge")},
			// Back to b1, which implies a1.
			{name: "downgrade bmerge to a1", down: true, current: ss("bmerge"), dest: "a1", steps: ss("-bmerge"), rows: ss("b1"),
				changes: ss("update bmerge -> b1")},
			{name: "downgrade bmerge to b1", down: true, current: ss("bmerge"), dest: "b1", steps: ss("-bmerge"), rows: ss("b1"),
				changes: ss("update bmerge -> b1")},
		})
	})
	t.Run("DependsOnBranchLabelTest", func(t *testing.T) {
		runTravs(t, dependsOnBranchLabel, []trav{
			{name: "upgrade path", current: ss("a2"), dest: "c2", steps: ss("+a1", "+b1", "+c1", "+b2", "+c2"), rows: ss("c2")},
			{name: "downgrade c1lib to base", down: true, current: ss("c2", "f1"), dest: "c1lib@base",
				steps: ss("-c2", "-f1", "-e1", "-d1", "-c1", "-b1", "-a1"), rows: ss("b2")},
			{name: "downgrade lib1 by one", down: true, current: ss("c2", "f1"), dest: "lib1@-1", steps: ss("-f1"), rows: ss("c2", "e1")},
		})
	})
	t.Run("BranchedPathTestCrossDependencies", func(t *testing.T) {
		runTravs(t, branchedCrossDeps, []trav{
			// c2branch depends on c1branch, so it can go down on its own.
			{name: "downgrade independent branch", down: true, current: ss("d1", "d2"), dest: "c2branch@b",
				steps: ss("-d2", "-c2"), rows: ss("d1"), changes: ss("update d2 -> c2", "delete c2")},
			// Taking c1branch down takes d2 down too. Alembic checks the
			// partial order only (d1 and d2 before c1); this is the id
			// order, which is Alembic's too when given the ids in order.
			{name: "downgrade branch dependency", down: true, current: ss("d1", "d2"), dest: "c1branch@b",
				steps: ss("-d1", "-d2", "-c1"), rows: ss("c2")},
		})
	})
}

func TestForest(t *testing.T) {
	// ForestTest: a1 → b1 and a2 → b2.
	runTravs(t, forest, []trav{
		{name: "base to heads", current: nil, dest: "heads", steps: ss("+a2", "+b2", "+a1", "+b1"), rows: ss("b1", "b2"),
			changes: ss("insert a2", "update a2 -> b2", "insert a1", "update a1 -> b1")},
		{name: "heads to base", down: true, current: ss("b1", "b2"), dest: "base", steps: ss("-b1", "-a1", "-b2", "-a2"), rows: ss()},
		// Relative to a current revision on one tree.
		{name: "b1 plus one more", current: ss("b1"), dest: "+1", err: errResolve},
		{name: "a2 from b1", current: ss("b1"), dest: "a2", steps: ss("+a2"), rows: ss("a2", "b1"), changes: ss("insert a2")},
		// "-1" from one tree's base deletes that row only.
		{name: "downgrade a2", down: true, current: ss("b1", "a2"), dest: "a2@-1", steps: ss("-a2"), rows: ss("b1"), changes: ss("delete a2")},
	})
}

func TestMergedPath(t *testing.T) {
	// MergedPathTest: e merges d1 and d2 (c2branch), f follows.
	runTravs(t, merged, []trav{
		// b → c1 creates a branch; d1/d2 → e merges them. Alembic's
		// comment says "DELETE d2, UPDATE d1->e": which parent row stays
		// is arbitrary there (a set); here the last parent is updated.
		{name: "upgrade across merge point", current: ss("b"), dest: "f",
			steps: ss("+c2", "+d2", "+c1", "+d1", "+e", "+f"), rows: ss("f"),
			changes: ss("update b -> c2", "update c2 -> d2", "insert c1", "update c1 -> d1", "delete d1", "update d2 -> e", "update e -> f")},
		// e → d1 and d2 unmerges (one row updated, one inserted), c2 → b
		// deletes a branch.
		{name: "downgrade across merge point", down: true, current: ss("f"), dest: "b",
			steps: ss("-f", "-e", "-d1", "-c1", "-d2", "-c2"), rows: ss("b"),
			changes: ss("update f -> e", "insert d1", "update e -> d2", "update d1 -> c1", "delete c1", "update d2 -> c2", "update c2 -> b")},
		{name: "downgrade c2branch across merge point", down: true, current: ss("f"), dest: "c2branch@b",
			steps: ss("-f", "-e", "-d2", "-c2"), rows: ss("d1")},
		{name: "downgrade to one side of the merge", down: true, current: ss("f"), dest: "d1",
			steps: ss("-f", "-e"), rows: ss("d1", "d2")},
		// One step down from a merge point undoes the merge and leaves
		// both parents as heads (Alembic: "Ambiguous walk"); a step
		// further down is ambiguous.
		{name: "downgrade -1 from the merge", down: true, current: ss("e"), dest: "-1", steps: ss("-e"), rows: ss("d1", "d2"),
			changes: ss("insert d1", "update e -> d2")},
		{name: "downgrade -2 through the merge", down: true, current: ss("f"), dest: "-2", steps: ss("-f", "-e"), rows: ss("d1", "d2")},
		{name: "downgrade e-1", down: true, current: ss("f"), dest: "e-1", steps: ss("-f", "-e"), rows: ss("d1", "d2")},
		{name: "downgrade e-1 when e is undone", down: true, current: ss("d1", "d2"), dest: "e-1", steps: ss(), rows: ss("d1", "d2")},
		{name: "downgrade -3 through the merge", down: true, current: ss("f"), dest: "-3", err: errResolve},
		{name: "downgrade -1 to the merge", down: true, current: ss("f"), dest: "-1", steps: ss("-f"), rows: ss("e")},
		{name: "upgrade from one side", current: ss("d1"), dest: "f", steps: ss("+c2", "+d2", "+e", "+f"), rows: ss("f")},
		{name: "upgrade +1 from the merge parents", current: ss("d1", "d2"), dest: "+1", err: errResolve},
		{name: "upgrade d2+1 from the merge parents", current: ss("d1", "d2"), dest: "d2+1", steps: ss("+e"), rows: ss("e"),
			changes: ss("delete d1", "update d2 -> e")},
	})
}

// TestStamp ports the ScriptDirectory._stamp_revs tests of
// test_version_traversal.py: the StampSteps and the version table after
// HeadMaintainer has run them.
func TestStamp(t *testing.T) {
	type st struct {
		name    string
		nodes   func() []*graph.Node
		current []string
		targets []string
		want    []stamp
		rows    []string
		changes []string
		err     string
	}
	tests := []st{
		// RevisionPathTest.test_stamp_to_base: a branch delete of d.
		{name: "stamp to base", nodes: revisionPath, current: ss(pathD), targets: ss("base"),
			want: []stamp{{From: ss(pathD), To: ss(), Branch: true}}, rows: ss(), changes: ss("delete " + pathD)},
		{name: "stamp to nothing is base", nodes: revisionPath, current: ss(pathD), targets: nil,
			want: []stamp{{From: ss(pathD), To: ss(), Branch: true}}, rows: ss()},
		{name: "stamp up a line", nodes: revisionPath, current: ss(pathB), targets: ss(pathD),
			want: []stamp{{From: ss(pathB), To: ss(pathD), Up: true}}, rows: ss(pathD), changes: ss("update " + pathB + " -> " + pathD)},
		{name: "stamp down a line", nodes: revisionPath, current: ss(pathD), targets: ss(pathB),
			want: []stamp{{From: ss(pathD), To: ss(pathB)}}, rows: ss(pathB), changes: ss("update " + pathD + " -> " + pathB)},
		{name: "stamp from nothing", nodes: revisionPath, current: nil, targets: ss("head"),
			want: []stamp{{From: ss(), To: ss(pathE), Up: true, Branch: true}}, rows: ss(pathE), changes: ss("insert " + pathE)},
		{name: "stamp by prefix", nodes: revisionPath, current: nil, targets: ss(pathC[:4]),
			want: []stamp{{From: ss(), To: ss(pathC), Up: true, Branch: true}}, rows: ss(pathC)},
		{name: "stamp to current", nodes: revisionPath, current: ss(pathC), targets: ss(pathC), want: []stamp{}, rows: ss(pathC)},
		{name: "stamp unknown current", nodes: revisionPath, current: ss("ffff"), targets: ss("head"), err: errUnknown},
		{name: "stamp unknown target", nodes: revisionPath, current: nil, targets: ss("ffff"), err: errResolve},

		// BranchedPathTest.
		// DELETE d1, UPDATE c2 to b.
		{name: "stamp down across multiple branch to branchpoint", nodes: branched, current: ss("d1", "c2"), targets: ss("b"),
			want: []stamp{{From: ss("d1", "c2"), To: ss("b")}}, rows: ss("b"), changes: ss("delete d1", "update c2 -> b")},
		{name: "stamp to labeled base multiple heads", nodes: branched, current: ss("d1", "c2"), targets: ss("c1branch@base"),
			want: []stamp{{From: ss("d1"), To: ss(), Branch: true}}, rows: ss("c2"), changes: ss("delete d1")},
		// The c1branch stays as it is.
		{name: "stamp to labeled head multiple heads", nodes: branched, current: ss("d1", "c2"), targets: ss("c2branch@head"),
			want: []stamp{{From: ss("c2"), To: ss("d2"), Up: true}}, rows: ss("d1", "d2"), changes: ss("update c2 -> d2")},
		// Alembic: "Multiple heads are present; please specify a
		// single target revision".
		{name: "stamp head with multiple heads", nodes: branched, current: ss("b"), targets: ss("head"), err: errMultiple},
		{name: "stamp heads from a branch point", nodes: branched, current: ss("b"), targets: ss("heads"),
			want: []stamp{{From: ss("b"), To: ss("d1"), Up: true}, {From: ss("b"), To: ss("d2"), Up: true}},
			rows: ss("d1", "d2"), changes: ss("update b -> d1", "insert d2")},
		// A new branch next to an applied one.
		{name: "stamp a new branch", nodes: branched, current: ss("d1"), targets: ss("c2"),
			want: []stamp{{From: ss(), To: ss("c2"), Up: true, Branch: true}}, rows: ss("c2", "d1"), changes: ss("insert c2")},
		{name: "stamp two targets", nodes: branched, current: nil, targets: ss("d1", "c2"),
			want: []stamp{{From: ss(), To: ss("d1"), Up: true, Branch: true}, {From: ss(), To: ss("c2"), Up: true, Branch: true}},
			rows: ss("c2", "d1")},

		// DependsOnBranchTestOne.test_stamp_across_dependency.
		{name: "stamp across dependency", nodes: dependsOnBranchOne, current: ss("e1", "c2"), targets: ss("b1"),
			want: []stamp{{From: ss("e1", "c2"), To: ss("b1")}}, rows: ss("b1"), changes: ss("delete e1", "update c2 -> b1")},

		// ForestTest.
		{name: "stamp to heads", nodes: forest, current: nil, targets: ss("heads"),
			want: []stamp{{From: ss(), To: ss("b1"), Up: true, Branch: true}, {From: ss(), To: ss("b2"), Up: true, Branch: true}},
			rows: ss("b1", "b2"), changes: ss("insert b1", "insert b2")},
		{name: "stamp to heads no moves needed", nodes: forest, current: ss("b1", "b2"), targets: ss("heads"), want: []stamp{}, rows: ss("b1", "b2")},
		{name: "stamp one tree to base", nodes: forest, current: ss("b1", "b2"), targets: ss("a1@base"),
			want: []stamp{{From: ss("b1"), To: ss(), Branch: true}}, rows: ss("b2")},
		{name: "stamp everything to base", nodes: forest, current: ss("b1", "b2"), targets: ss("base"),
			want: []stamp{{From: ss("b1"), To: ss(), Branch: true}, {From: ss("b2"), To: ss(), Branch: true}},
			rows: ss(), changes: ss("delete b1", "delete b2")},

		// MergedPathTest.
		// No deletes, UPDATE e to c2.
		{name: "stamp down across merge point branch", nodes: merged, current: ss("e"), targets: ss("c2"),
			want: []stamp{{From: ss("e"), To: ss("c2")}}, rows: ss("c2"), changes: ss("update e -> c2")},
		{name: "stamp down across merge prior branching", nodes: merged, current: ss("e"), targets: ss("a"),
			want: []stamp{{From: ss("e"), To: ss("a")}}, rows: ss("a"), changes: ss("update e -> a")},
		{name: "stamp up across merge from single branch", nodes: merged, current: ss("c2"), targets: ss("e"),
			want: []stamp{{From: ss("c2"), To: ss("e"), Up: true}}, rows: ss("e"), changes: ss("update c2 -> e")},
		// filter_for_lineage checks d1 against c2branch and against the
		// head f of both d1 and d2: DELETE d1, UPDATE c2 to f.
		{name: "stamp labeled head across merge from multiple branch", nodes: merged, current: ss("d1", "c2"), targets: ss("c2branch@head"),
			want: []stamp{{From: ss("d1", "c2"), To: ss("f"), Up: true}}, rows: ss("f"), changes: ss("delete d1", "update c2 -> f")},
		{name: "stamp up across merge from multiple branch", nodes: merged, current: ss("d1", "c2"), targets: ss("e"),
			want: []stamp{{From: ss("d1", "c2"), To: ss("e"), Up: true}}, rows: ss("e"), changes: ss("delete d1", "update c2 -> e")},
		{name: "stamp up across merge prior branching", nodes: merged, current: ss("b"), targets: ss("e"),
			want: []stamp{{From: ss("b"), To: ss("e"), Up: true}}, rows: ss("e"), changes: ss("update b -> e")},
		// Stamping e down to both its parents: one step that unmerges
		// (Alembic's two steps from e fail on the second, a KeyError).
		{name: "stamp to both merge parents", nodes: merged, current: ss("e"), targets: ss("d1", "d2"),
			want: []stamp{{From: ss("e"), To: ss("d1", "d2")}}, rows: ss("d1", "d2"), changes: ss("insert d1", "update e -> d2")},
		{name: "stamp to two revisions of one line", nodes: merged, current: ss("f"), targets: ss("a", "d2"), err: errResolve},
		{name: "stamp up to two revisions of one line", nodes: revisionPath, current: ss(pathA), targets: ss(pathC, pathD), err: errResolve},
		{name: "stamp from nothing to two revisions of one line", nodes: revisionPath, current: nil, targets: ss(pathB, pathC), err: errResolve},
		{name: "stamp from after a merge to both its parents", nodes: merged, current: ss("f"), targets: ss("d1", "d2"),
			want: []stamp{{From: ss("f"), To: ss("d1", "d2")}}, rows: ss("d1", "d2"), changes: ss("insert d1", "update f -> d2")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := mustNew(t, tt.nodes())
			steps, err := g.StampSteps(tt.current, tt.targets)
			checkErr(t, err, tt.err)
			if tt.err != "" {
				return
			}
			diff(t, "stamp steps", tt.want, stamps(steps))
			rows, changes := apply(t, g, tt.current, steps)
			diff(t, "version table", tt.rows, rows)
			if tt.changes != nil {
				diff(t, "row changes", tt.changes, changes)
			}
		})
	}
}

// TestFullSequences runs every graph of test_version_traversal.py from an
// empty version table up to "heads" and back down to "base", one step at a
// time, and checks the steps and the rows after each. The orders are
// Alembic's for the revisions given in id order.
func TestFullSequences(t *testing.T) {
	tests := []struct {
		name     string
		nodes    func() []*graph.Node
		up, down []string
		heads    []string
		upRows   [][]string // rows after each upgrade step
		downRows [][]string // rows after each downgrade step
	}{
		{
			name: "branched", nodes: branched,
			up:    ss("+a", "+b", "+c2", "+d2", "+c1", "+d1"),
			heads: ss("d1", "d2"),
			upRows: [][]string{
				{"a"}, {"b"}, {"c2"}, {"d2"}, {"c1", "d2"}, {"d1", "d2"},
			},
			down: ss("-d1", "-c1", "-d2", "-c2", "-b", "-a"),
			downRows: [][]string{
				{"c1", "d2"}, {"d2"}, {"c2"}, {"b"}, {"a"}, {},
			},
		},
		{
			name: "merged", nodes: merged,
			up:    ss("+a", "+b", "+c2", "+d2", "+c1", "+d1", "+e", "+f"),
			heads: ss("f"),
			upRows: [][]string{
				{"a"}, {"b"}, {"c2"}, {"d2"}, {"c1", "d2"}, {"d1", "d2"}, {"e"}, {"f"},
			},
			down: ss("-f", "-e", "-d1", "-c1", "-d2", "-c2", "-b", "-a"),
			downRows: [][]string{
				{"e"}, {"d1", "d2"}, {"c1", "d2"}, {"d2"}, {"c2"}, {"b"}, {"a"}, {},
			},
		},
		{
			name: "branch from mergepoint", nodes: branchFromMergepoint,
			up:    ss("+a2", "+b2", "+c2", "+d2", "+a1", "+b1", "+c1", "+d1"),
			heads: ss("d1", "d2"),
			upRows: [][]string{
				{"a2"}, {"b2"}, {"c2"}, {"d2"}, {"a1", "d2"}, {"b1", "d2"}, {"c1", "d2"}, {"d1", "d2"},
			},
			down: ss("-d1", "-c1", "-b1", "-a1", "-d2", "-c2", "-b2", "-a2"),
			downRows: [][]string{
				{"c1", "d2"}, {"b1", "d2"}, {"a1", "d2"}, {"d2"}, {"c2"}, {"b2"}, {"a2"}, {},
			},
		},
		{
			name: "twin merge", nodes: twinMerge,
			up:    ss("+a", "+b3", "+b2", "+b1", "+c2", "+d2", "+c1", "+d1"),
			heads: ss("d1", "d2"),
			upRows: [][]string{
				{"a"}, {"b3"}, {"b2", "b3"}, {"b1", "b2", "b3"}, {"c2"}, {"d2"}, {"c1", "d2"}, {"d1", "d2"},
			},
			down: ss("-d1", "-c1", "-d2", "-c2", "-b1", "-b2", "-b3", "-a"),
			downRows: [][]string{
				{"c1", "d2"}, {"d2"}, {"c2"}, {"b1", "b2", "b3"}, {"b2", "b3"}, {"b3"}, {"a"}, {},
			},
		},
		{
			name: "depends on branch one", nodes: dependsOnBranchOne,
			up:    ss("+a1", "+b1", "+c1", "+d1", "+e1", "+f1", "+a2", "+b2", "+c2"),
			heads: ss("c2", "f1"),
			upRows: [][]string{
				{"a1"}, {"b1"}, {"c1"}, {"d1"}, {"e1"}, {"f1"}, {"a2", "f1"}, {"b2", "f1"}, {"c2", "f1"},
			},
			down: ss("-c2", "-b2", "-a2", "-f1", "-e1", "-d1", "-c1", "-b1", "-a1"),
			downRows: [][]string{
				{"b2", "f1"}, {"a2", "f1"}, {"f1"}, {"e1"}, {"d1"}, {"c1"}, {"b1"}, {"a1"}, {},
			},
		},
		{
			name: "depends on branch two", nodes: dependsOnBranchTwo,
			up:    ss("+c3", "+c2", "+b2", "+a3", "+a2", "+c1", "+d1", "+cmerge", "+b1", "+bmerge", "+a1", "+amerge"),
			heads: ss("amerge", "bmerge", "cmerge", "d1"),
			upRows: [][]string{
				{"c3"}, {"c2", "c3"}, {"b2", "c2", "c3"}, {"a3", "b2", "c2", "c3"}, {"a2", "a3", "b2", "c2", "c3"},
				{"a2", "a3", "b2", "c1", "c2", "c3"}, {"a2", "c2", "c3", "d1"}, {"a2", "cmerge", "d1"},
				{"a2", "b1", "cmerge", "d1"}, {"a2", "bmerge", "cmerge", "d1"}, {"a1", "a2", "bmerge", "cmerge", "d1"},
				{"amerge", "bmerge", "cmerge", "d1"},
			},
			down: ss("-amerge", "-a1", "-bmerge", "-b1", "-cmerge", "-d1", "-c1", "-a2", "-a3", "-b2", "-c2", "-c3"),
			downRows: [][]string{
				{"a1", "a2", "bmerge", "cmerge", "d1"}, {"a2", "bmerge", "cmerge", "d1"}, {"a2", "b1", "cmerge", "d1"},
				{"a2", "cmerge", "d1"}, {"a2", "c2", "c3", "d1"}, {"a2", "a3", "b2", "c1", "c2", "c3"},
				{"a2", "a3", "b2", "c2", "c3"}, {"a3", "b2", "c2", "c3"}, {"b2", "c2", "c3"}, {"c2", "c3"}, {"c3"}, {},
			},
		},
		{
			name: "depends on branch three", nodes: dependsOnBranchThree,
			up:    ss("+b1", "+a1", "+a2", "+b2", "+b3", "+a3"),
			heads: ss("a3", "b3"),
			upRows: [][]string{
				{"b1"}, {"a1", "b1"}, {"a2", "b1"}, {"b2"}, {"b3"}, {"a3", "b3"},
			},
			down: ss("-a3", "-b3", "-b2", "-a2", "-a1", "-b1"),
			downRows: [][]string{
				{"b3"}, {"b2"}, {"a2", "b1"}, {"a1", "b1"}, {"b1"}, {},
			},
		},
		{
			name: "depends on branch four", nodes: dependsOnBranchFour,
			up:    ss("+a1", "+a2", "+a3", "+b1", "+b2", "+b3", "+b4"),
			heads: ss("b4"),
			upRows: [][]string{
				{"a1"}, {"a2"}, {"a3"}, {"a3", "b1"}, {"b2"}, {"b3"}, {"b4"},
			},
			down: ss("-b4", "-b3", "-b2", "-b1", "-a3", "-a2", "-a1"),
			downRows: [][]string{
				{"b3"}, {"b2"}, {"a3", "b1"}, {"a3"}, {"a2"}, {"a1"}, {},
			},
		},
		{
			name: "depends on branch five", nodes: dependsOnBranchFive,
			up:       ss("+a1", "+b1", "+bmerge"),
			heads:    ss("bmerge"),
			upRows:   [][]string{{"a1"}, {"b1"}, {"bmerge"}},
			down:     ss("-bmerge", "-b1", "-a1"),
			downRows: [][]string{{"b1"}, {"a1"}, {}},
		},
		{
			name: "depends on branch label", nodes: dependsOnBranchLabel,
			up:    ss("+a1", "+b1", "+c1", "+d1", "+e1", "+f1", "+a2", "+b2", "+c2"),
			heads: ss("c2", "f1"),
			upRows: [][]string{
				{"a1"}, {"b1"}, {"c1"}, {"d1"}, {"e1"}, {"f1"}, {"a2", "f1"}, {"b2", "f1"}, {"c2", "f1"},
			},
			down: ss("-c2", "-b2", "-a2", "-f1", "-e1", "-d1", "-c1", "-b1", "-a1"),
			downRows: [][]string{
				{"b2", "f1"}, {"a2", "f1"}, {"f1"}, {"e1"}, {"d1"}, {"c1"}, {"b1"}, {"a1"}, {},
			},
		},
		{
			name: "branched cross dependencies", nodes: branchedCrossDeps,
			up:    ss("+a", "+b", "+c1", "+c2", "+d2", "+d1"),
			heads: ss("d1", "d2"),
			upRows: [][]string{
				{"a"}, {"b"}, {"c1"}, {"c1", "c2"}, {"d2"}, {"d1", "d2"},
			},
			down: ss("-d1", "-d2", "-c2", "-c1", "-b", "-a"),
			downRows: [][]string{
				{"d2"}, {"c1", "c2"}, {"c1"}, {"b"}, {"a"}, {},
			},
		},
		{
			name: "effective head", nodes: effectiveHead,
			up:    ss("+x1", "+y1", "+y2", "+x2"),
			heads: ss("x2", "y2"),
			upRows: [][]string{
				{"x1"}, {"x1", "y1"}, {"y2"}, {"x2", "y2"},
			},
			// x2 goes without leaving x1: y2 implies it.
			down: ss("-x2", "-y2", "-y1", "-x1"),
			downRows: [][]string{
				{"y2"}, {"x1", "y1"}, {"x1"}, {},
			},
		},
		{
			name: "cross dependency two", nodes: crossDependencyTwo,
			up:    ss("+base1", "+base2", "+a2", "+b2", "+base3", "+a3", "+b3", "+c3", "+d3", "+c2", "+d2", "+a1", "+b1", "+c1"),
			heads: ss("c1", "d2", "d3"),
			// base2 depends on base1 (the label b_1): its row replaces
			// base1's, as an upgrade of its only normalised parent.
			upRows: [][]string{
				{"base1"}, {"base2"}, {"a2"}, {"b2"}, {"b2", "base3"}, {"a3", "b2"}, {"b2", "b3"}, {"c3"}, {"d3"},
				{"c2", "d3"}, {"d2", "d3"}, {"a1", "d2", "d3"}, {"b1", "d2", "d3"}, {"c1", "d2", "d3"},
			},
			down: ss("-c1", "-b1", "-a1", "-d2", "-c2", "-d3", "-c3", "-b3", "-a3", "-base3", "-b2", "-a2", "-base2", "-base1"),
			downRows: [][]string{
				{"b1", "d2", "d3"}, {"a1", "d2", "d3"}, {"d2", "d3"}, {"c2", "d3"}, {"d3"}, {"c3"}, {"b2", "b3"},
				{"a3", "b2"}, {"b2", "base3"}, {"b2"}, {"a2"}, {"base2"}, {"base1"}, {},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := mustNew(t, tt.nodes())
			diff(t, "real heads", tt.heads, g.RealHeads())
			up, err := g.UpgradeSteps(nil, "heads")
			checkErr(t, err, "")
			diff(t, "upgrade steps", tt.up, stepNames(up))
			h := g.NewHeads(nil)
			var gotRows [][]string
			for _, s := range up {
				if _, err := h.Apply(s); err != nil {
					t.Fatalf("Apply(%s): %v", s, err)
				}
				gotRows = append(gotRows, sorted(h.IDs()))
			}
			diff(t, "rows while upgrading", tt.upRows, gotRows)
			diff(t, "rows at heads", tt.heads, sorted(h.IDs()))

			down, err := g.DowngradeSteps(h.IDs(), "base")
			checkErr(t, err, "")
			diff(t, "downgrade steps", tt.down, stepNames(down))
			gotRows = nil
			for _, s := range down {
				if _, err := h.Apply(s); err != nil {
					t.Fatalf("Apply(%s): %v", s, err)
				}
				gotRows = append(gotRows, sorted(h.IDs()))
			}
			diff(t, "rows while downgrading", tt.downRows, gotRows)

			// One revision at a time: "+1"-style planning from wherever the
			// table is must reach the same heads.
			h = g.NewHeads(nil)
			for i := 0; i < g.Len()+1; i++ {
				steps, err := g.UpgradeSteps(h.IDs(), "heads")
				checkErr(t, err, "")
				if len(steps) == 0 {
					break
				}
				if _, err := h.Apply(steps[0]); err != nil {
					t.Fatalf("Apply(%s): %v", steps[0], err)
				}
			}
			diff(t, "rows after upgrading one step at a time", tt.heads, sorted(h.IDs()))
		})
	}
}

func TestAbsoluteTargets(t *testing.T) {
	g := mustNew(t, branched())
	tests := []struct {
		name    string
		down    bool
		current []string
		target  string
		want    string
		err     string
	}{
		{name: "absolute stays", current: ss("b"), target: "heads", want: "heads"},
		{name: "absolute label stays", current: ss("b"), target: "c1branch@head", want: "c1branch@head"},
		{name: "+1 on a line", current: ss("a"), target: "+1", want: "b"},
		{name: "+1 from base", current: nil, target: "+1", want: "a"},
		{name: "label +1 from the other branch", current: ss("c1"), target: "c2branch@+1", want: "c2"},
		{name: "label +2", current: ss("b"), target: "c1branch@+2", want: "d1"},
		{name: "rev+1", current: ss("a"), target: "c2+1", want: "d2"},
		{name: "rev-1 upgrade", current: ss("a"), target: "d2-1", want: "c2"},
		{name: "ambiguous +1", current: ss("c1", "c2"), target: "+1", err: errResolve},
		{name: "down absolute stays", down: true, current: ss("d1"), target: "b", want: "b"},
		{name: "down -1", down: true, current: ss("d1"), target: "-1", want: "d1@c1"},
		{name: "down -3 to a", down: true, current: ss("d1"), target: "-3", want: "d1@a"},
		{name: "down -4 to base", down: true, current: ss("d1"), target: "-4", want: "d1@base"},
		{name: "down label -1", down: true, current: ss("d1", "d2"), target: "c1branch@-1", want: "c1branch@c1"},
		{name: "down rev-1", down: true, current: ss("d1", "d2"), target: "d2-1", want: "c2"},
		{name: "down base+2", down: true, current: ss("d1", "d2"), target: "base+2", want: "b"},
		{name: "down label base+3", down: true, current: ss("d1", "d2"), target: "c2branch@base+3", want: "c2branch@c2"},
		{name: "down -1 from two heads", down: true, current: ss("d1", "d2"), target: "-1", err: errResolve},
		{name: "down -5", down: true, current: ss("d1"), target: "-5", err: errResolve},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var (
				got string
				err error
			)
			if tt.down {
				got, err = g.AbsoluteDowngradeTarget(tt.current, tt.target)
			} else {
				got, err = g.AbsoluteUpgradeTarget(tt.current, tt.target)
			}
			checkErr(t, err, tt.err)
			if tt.err != "" {
				return
			}
			diff(t, "target", tt.want, got)
			// The absolute target plans the same steps as the relative one.
			var rel, abs []graph.Step
			var err1, err2 error
			if tt.down {
				rel, err1 = g.DowngradeSteps(tt.current, tt.target)
				abs, err2 = g.DowngradeSteps(tt.current, got)
			} else {
				rel, err1 = g.UpgradeSteps(tt.current, tt.target)
				abs, err2 = g.UpgradeSteps(tt.current, got)
			}
			checkErr(t, err1, "")
			checkErr(t, err2, "")
			diff(t, "steps of the absolute target", stepNames(rel), stepNames(abs))
		})
	}
}

func TestStepString(t *testing.T) {
	g := mustNew(t, revisionPath())
	up, err := g.UpgradeSteps(nil, pathB)
	checkErr(t, err, "")
	down, err := g.DowngradeSteps(ss(pathB), "base")
	checkErr(t, err, "")
	m := mustNew(t, merged())
	mergeUp, err := m.UpgradeSteps(ss("d1", "d2"), "e")
	checkErr(t, err, "")
	mergeDown, err := m.DowngradeSteps(ss("e"), "d1")
	checkErr(t, err, "")
	stampSteps, err := m.StampSteps(ss("d1", "c2"), ss("e"))
	checkErr(t, err, "")
	baseStamp, err := m.StampSteps(ss("e"), ss("base"))
	checkErr(t, err, "")

	var got []string
	for _, s := range [][]graph.Step{up, down, mergeUp, mergeDown, stampSteps, baseStamp} {
		for _, st := range s {
			got = append(got, st.String())
		}
	}
	want := ss(
		"upgrade <base> -> "+pathA+", ->a",
		"upgrade "+pathA+" -> "+pathB+", a->b",
		"downgrade "+pathB+" -> "+pathA+", a->b",
		"downgrade "+pathA+" -> <base>, ->a",
		"upgrade d1, d2 -> e",
		"downgrade e -> d1, d2",
		"stamp d1, c2 -> e",
		"stamp e -> <base>",
	)
	diff(t, "step strings", want, got)

	// FromIDs and ToIDs leave dependencies out (from_revisions_no_deps).
	d := mustNew(t, branchedCrossDeps())
	steps, err := d.UpgradeSteps(ss("c1", "c2"), "d2")
	checkErr(t, err, "")
	diff(t, "from", ss("c2"), steps[0].FromIDs())
	diff(t, "to", ss("d2"), steps[0].ToIDs())
	if !strings.HasPrefix(steps[0].String(), "upgrade c2 -> d2") {
		t.Errorf("String() = %q", steps[0].String())
	}
}
