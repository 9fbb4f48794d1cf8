package graph_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/autogen-go/autogen/internal/graph"
)

func twoHeads() []*graph.Node {
	return []*graph.Node{{ID: "a"}, {ID: "b", Revises: ss("a")}, {ID: "c1", Revises: ss("b")}, {ID: "c2", Revises: ss("b")}}
}

func twoBases() []*graph.Node {
	return []*graph.Node{{ID: "a"}, {ID: "b", Revises: ss("a")}, {ID: "c"}, {ID: "d", Revises: ss("c")}}
}

// prefixes has ids that share prefixes, for partial identifiers.
func prefixes() []*graph.Node {
	return []*graph.Node{
		{ID: "ae1f00aa"},
		{ID: "ae1f11bb", Revises: ss("ae1f00aa"), BranchLabels: ss("left")},
		{ID: "ae2000cc", Revises: ss("ae1f00aa"), BranchLabels: ss("right")},
		{ID: "ae1f22dd", Revises: ss("ae2000cc")},
		{ID: "abcd", Revises: ss("ae1f11bb")},
		{ID: "abcdef", Revises: ss("abcd")},
	}
}

// TestResolveOne ports RevisionMap.get_revision: one revision or nil for
// base, MultipleHeads where an identifier names several heads.
func TestResolveOne(t *testing.T) {
	type res struct {
		id   string
		want string // "" for nil (base)
		err  string
	}
	groups := []struct {
		name  string
		nodes func() []*graph.Node
		tests []res
	}{
		{"APITest single head", abc, []res{
			{id: "head", want: "c"},  // test_get_revision_head_single
			{id: "base", want: ""},   // test_get_revision_base_single
			{id: "heads", want: "c"}, // one real head
			{id: "a", want: "a"},
			// Alembic takes None for base; an empty string from a user is
			// a mistake, never a request to drop everything.
			{id: "", err: errResolve},
			{id: "a@", err: errResolve},
		}},
		{"APITest two heads", twoHeads, []res{
			{id: "head", err: errMultiple},  // test_get_revision_head_multiple
			{id: "heads", err: errMultiple}, // test_get_revision_heads_multiple
			{id: "base", want: ""},
		}},
		{"APITest two bases", twoBases, []res{
			{id: "base", want: ""}, // test_get_revision_base_multiple
			{id: "head", err: errMultiple},
		}},
		{"LabeledBranchTest", labeledBranches, []res{
			{id: "ebranch@head", want: "f"}, // test_get_current_named_rev
			// test_partial_id_resolve: "some" matches two ids; the branch
			// picks one.
			{id: "ebranch@some", want: "someothername"},
			{id: "abranch@some", want: "somelongername"},
			{id: "some", err: errResolve},
			{id: "somel", want: "somelongername"},
			// test_partial_id_resolve_too_short.
			{id: "ebranch@sos", err: errResolve},
			// Alembic resolves a three-character prefix when only longer
			// ids match it; this port needs four characters.
			{id: "ebranch@som", err: errResolve},
			// test_branch_at_heads, test_branch_at_syntax.
			{id: "abranch@heads", want: "c"},
			{id: "abranch@head", want: "c"},
			{id: "abranch@base", want: ""},
			{id: "nobranch@base", err: errResolve},
			{id: "ebranch@head", want: "f"},
			{id: "ebranch@d", want: "d"},
			// test_branch_at_self.
			{id: "ebranch@ebranch", want: "e"},
			// test_retrieve_branch_revision.
			{id: "abranch", want: "a"},
			{id: "ebranch", want: "e"},
			// test_rev_not_in_branch: "Revision b is not a member of branch
			// 'ebranch'".
			{id: "ebranch@b", err: errResolve},
			{id: "abranch@d", err: errResolve},
			// test_actually_short_rev_name: a whole id of one character.
			{id: "e", want: "e"},
			// test_no_revision_exists.
			{id: "abranch@qprstuv", err: errResolve},
			{id: "abranch@qpr", err: errResolve},
			// test_not_actually_a_branch: a revision stands for its branch.
			{id: "e@d", want: "d"},
			// test_not_actually_a_branch_partial_resolution.
			{id: "someoth@d", want: "d"},
			// test_no_such_branch: "No such branch: 'x'".
			{id: "x@d", err: errResolve},
			{id: "x@head", err: errResolve},
			{id: "@head", err: errResolve},
			{id: "heads", err: errMultiple},
			{id: "head", err: errMultiple},
		}},
		{"overlapping substrings", func() []*graph.Node {
			return []*graph.Node{{ID: "user_foo"}, {ID: "user", Revises: ss("user_foo")}}
		}, []res{
			// An exact id wins over a longer id it prefixes.
			{id: "user", want: "user"},
			{id: "user_", want: "user_foo"},
		}},
		{"prefixes", prefixes, []res{
			{id: "ae1f", err: errResolve}, // three ids
			{id: "ae1f0", want: "ae1f00aa"},
			{id: "ae1f1", want: "ae1f11bb"},
			{id: "ae20", want: "ae2000cc"},
			{id: "ae2", err: errResolve}, // too short
			{id: "ae", err: errResolve},
			// The branch narrows an ambiguous prefix.
			{id: "left@ae1f", err: errResolve}, // ae1f00aa and ae1f11bb are both on left
			{id: "right@ae1f2", want: "ae1f22dd"},
			{id: "right@ae1f1", err: errResolve}, // ae1f11bb is not on right
			// An exact id wins over the longer id it prefixes.
			{id: "abcd", want: "abcd"},
			{id: "abcde", want: "abcdef"},
			{id: "AE1F00AA", err: errResolve}, // ids are case-sensitive
		}},
	}
	for _, grp := range groups {
		t.Run(grp.name, func(t *testing.T) {
			g := mustNew(t, grp.nodes())
			for _, tt := range grp.tests {
				t.Run(tt.id, func(t *testing.T) {
					n, err := g.ResolveOne(tt.id)
					checkErr(t, err, tt.err)
					if tt.err != "" {
						if n != nil {
							t.Errorf("got %s with the error", n.ID)
						}
						return
					}
					got := ""
					if n != nil {
						got = n.ID
					}
					diff(t, "revision", tt.want, got)
				})
			}
		})
	}
}

// TestResolve ports RevisionMap.get_revisions: a list of revisions.
func TestResolve(t *testing.T) {
	type res struct {
		id   string
		want []string
		err  string
	}
	groups := []struct {
		name  string
		nodes func() []*graph.Node
		tests []res
	}{
		{"APITest two heads", twoHeads, []res{
			{id: "head", err: errMultiple},      // test_get_revisions_head_multiple
			{id: "heads", want: ss("c1", "c2")}, // test_get_revisions_heads_multiple
			{id: "base", want: ss()},
			{id: "b", want: ss("b")},
		}},
		{"empty map", func() []*graph.Node { return nil }, []res{
			// "In the cases where 'head', 'heads' is requested and the
			// revision map is empty, returns an empty tuple."
			{id: "head", want: ss()},
			{id: "heads", want: ss()},
			{id: "base", want: ss()},
			{id: "-1", want: ss()},
			{id: "nope", err: errResolve},
		}},
		{"branched", branched, []res{
			{id: "heads", want: ss("d1", "d2")},
			{id: "c1branch@heads", want: ss("d1")},
			{id: "c2branch@heads", want: ss("d2")},
			{id: "c1branch@head", want: ss("d1")},
			{id: "c1branch@base", want: ss()},
			// A revision below the branch point shares lineage with both.
			{id: "b@heads", want: ss("d1", "d2")},
			{id: "b@head", err: errMultiple},
			{id: "d1@heads", want: ss("d1")},
			// Negative numbers walk down from every head (or the heads of
			// the branch).
			{id: "-1", want: ss("c1", "c2")},
			{id: "c1branch@-1", want: ss("c1")},
			{id: "c2branch@-2", want: ss("b")},
			{id: "c1branch@-3", want: ss("a")},
			{id: "c1branch@-4", want: ss()}, // base
			{id: "c1branch@-5", err: errResolve},
			// Only real branch labels select heads here.
			{id: "c1@-1", want: ss()},
			{id: "nolabel@-1", want: ss()},
		}},
		{"diamond", diamond, []res{
			{id: "-1", want: ss("c")},
			// Walking down through the merge point c is ambiguous.
			{id: "-2", err: errResolve},
		}},
		{"real heads", func() []*graph.Node {
			return []*graph.Node{{ID: "x1", BranchLabels: ss("x")}, {ID: "y1", DependsOn: ss("x1")}}
		}, []res{
			// "heads" is the real heads: x1 is a head, but y1 depends on it.
			{id: "heads", want: ss("y1")},
			// "label@heads" filters the heads (not the real heads).
			{id: "x@heads", want: ss("x1")},
			{id: "head", err: errMultiple},
		}},
	}
	for _, grp := range groups {
		t.Run(grp.name, func(t *testing.T) {
			g := mustNew(t, grp.nodes())
			for _, tt := range grp.tests {
				t.Run(tt.id, func(t *testing.T) {
					ns, err := g.Resolve(tt.id)
					checkErr(t, err, tt.err)
					if tt.err == "" {
						diff(t, "revisions", tt.want, ids(ns))
					}
				})
			}
		})
	}
}

func TestResolveAll(t *testing.T) {
	g := mustNew(t, branched())
	tests := []struct {
		ids  []string
		want []string
		err  string
	}{
		// test_iterate_tolerates_dupe_targets: duplicates count once.
		{ss("c1", "c1"), ss("c1"), ""},
		{ss("d2", "heads"), ss("d2", "d1"), ""},
		{ss("base", "c1"), ss("c1"), ""},
		{ss(), ss(), ""},
		{ss("c1", "nope"), nil, errResolve},
		{ss("c1", "head"), nil, errMultiple},
	}
	for _, tt := range tests {
		t.Run(join(tt.ids), func(t *testing.T) {
			ns, err := g.ResolveAll(tt.ids)
			checkErr(t, err, tt.err)
			if tt.err == "" {
				diff(t, "revisions", tt.want, ids(ns))
			}
		})
	}
}

func TestResolveErrorDetails(t *testing.T) {
	g := mustNew(t, prefixes())

	// An ambiguous prefix lists its candidates.
	_, err := g.ResolveOne("ae1f")
	var re *graph.ResolveError
	if !errors.As(err, &re) {
		t.Fatalf("got %v, want a ResolveError", err)
	}
	diff(t, "candidates", ss("ae1f00aa", "ae1f11bb", "ae1f22dd"), re.Candidates)
	diff(t, "arg", "ae1f", re.Arg)

	// A prefix shorter than graph.MinPrefix that would match says so (the
	// point of Alembic's "please ensure at least four characters are
	// present for partial revision identifier matches").
	_, err = g.ResolveOne("ae2")
	checkErr(t, err, errResolve)
	if !strings.Contains(err.Error(), "at least 4 characters") {
		t.Errorf("error %q does not mention the minimum prefix", err)
	}
	if graph.MinPrefix != 4 {
		t.Errorf("MinPrefix = %d", graph.MinPrefix)
	}
	// An identifier that is no prefix at all does not.
	_, err = g.ResolveOne("zz")
	checkErr(t, err, errResolve)
	if strings.Contains(err.Error(), "at least") {
		t.Errorf("error %q mentions the minimum prefix", err)
	}

	// MultipleHeadsError names the heads and the argument.
	b := mustNew(t, branched())
	_, err = b.ResolveOne("head")
	var me *graph.MultipleHeadsError
	if !errors.As(err, &me) {
		t.Fatalf("got %v, want a MultipleHeadsError", err)
	}
	diff(t, "heads", ss("d1", "d2"), me.Heads)
	diff(t, "arg", "head", me.Arg)
	_, err = b.ResolveOne("b@head")
	if !errors.As(err, &me) {
		t.Fatalf("got %v, want a MultipleHeadsError", err)
	}
	diff(t, "arg", "b@head", me.Arg)
	_, err = b.ResolveOne("heads")
	if !errors.As(err, &me) {
		t.Fatalf("got %v, want a MultipleHeadsError", err)
	}
	diff(t, "heads", ss("d1", "d2"), me.Heads)
}

// TestFilterForLineage ports RevisionMap.filter_for_lineage.
func TestFilterForLineage(t *testing.T) {
	acrossMerge := func() []*graph.Node {
		return []*graph.Node{
			{ID: "a"}, {ID: "b", Revises: ss("a")},
			{ID: "c1", Revises: ss("b"), BranchLabels: ss("c1branch")},
			{ID: "c2", Revises: ss("b")},
			{ID: "d", Revises: ss("c1", "c2")},
		}
	}
	tests := []struct {
		name    string
		nodes   func() []*graph.Node
		targets []string
		check   string
		deps    bool
		want    []string
		err     string
	}{
		// test_filter_for_lineage_labeled_head_across_merge: c2 is not on
		// c1branch, but shares lineage with the head d.
		{"labeled head across merge", acrossMerge, ss("c1", "c2", "d"), "c1branch@head", false, ss("c1", "c2", "d"), ""},
		{"label alone across merge", acrossMerge, ss("c1", "c2", "d"), "c1branch", false, ss("c1", "d"), ""},
		// test_filter_for_lineage_heads.
		{"heads", labeledBranches, ss("f"), "heads", false, ss("f"), ""},
		// test_get_base_revisions_labeled: _get_base_revisions.
		{"bases of a labelled revision", labeledBranches, ss("a", "d"), "somelongername@base", false, ss("a"), ""},
		// test_get_base_revisions.
		{"bases", labeledBranches, ss("a", "d"), "base", false, ss("a", "d"), ""},
		{"bases of ebranch", labeledBranches, ss("a", "d"), "ebranch@base", false, ss("d"), ""},
		{"no such branch", labeledBranches, ss("a", "d"), "nobranch@base", false, nil, errResolve},
		// With dependencies, the lineage follows depends_on too.
		{"without dependencies", crossDependencyOne, ss("b1a", "b1b", "b3", "d2"), "a3", false, ss("b3"), ""},
		{"with dependencies", crossDependencyOne, ss("b1a", "b1b", "b3", "d2"), "a3", true, ss("b1b", "b3", "d2"), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := mustNew(t, tt.nodes())
			got, err := g.FilterForLineage(tt.targets, tt.check, tt.deps)
			checkErr(t, err, tt.err)
			if tt.err == "" {
				diff(t, "filtered", tt.want, got)
			}
		})
	}
}

// TestWalk ports RevisionMap._walk with no_overwalk.
func TestWalk(t *testing.T) {
	tests := []struct {
		name   string
		nodes  func() []*graph.Node
		start  string
		steps  int
		label  string
		want   string
		wantOK bool
		err    string
	}{
		{"up one", abc, "a", 1, "", "b", true, ""},
		{"up from base", abc, "base", 2, "", "b", true, ""},
		{"down to base", abc, "b", -2, "", "base", true, ""},
		{"zero steps", abc, "b", 0, "", "b", true, ""},
		{"overwalk up", abc, "b", 2, "", "", false, ""},
		{"overwalk down", abc, "b", -3, "", "", false, ""},
		{"down from base", abc, "base", -1, "", "", false, ""},
		// "Ambiguous walk".
		{"up at a branch point", branched, "b", 1, "", "", false, errResolve},
		{"up at a branch point along a label", branched, "b", 1, "c2branch", "c2", true, ""},
		{"up from base along a label", labeledBranches, "base", 2, "ebranch", "e", true, ""},
		{"up from several bases", labeledBranches, "base", 1, "", "", false, errResolve},
		{"down at a merge point", diamond, "c", -1, "", "", false, errResolve},
		{"up to a merge point", diamond, "b1", 1, "", "c", true, ""},
		{"label matches no child", branched, "c1", 1, "c2branch", "", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := mustNew(t, tt.nodes())
			got, ok, err := g.Walk(tt.start, tt.steps, tt.label)
			checkErr(t, err, tt.err)
			if tt.err != "" {
				return
			}
			if ok != tt.wantOK {
				t.Fatalf("ok = %v, want %v", ok, tt.wantOK)
			}
			if ok {
				diff(t, "walked to", tt.want, got)
			}
		})
	}
}

// TestCurrent ports RevisionMap._get_all_current: the rows and the branch
// tips their dependencies imply.
func TestCurrent(t *testing.T) {
	tests := []struct {
		name    string
		nodes   func() []*graph.Node
		current []string
		want    []string
		err     string
	}{
		// MultipleBranchEffectiveHead: y2 implies x1.
		{"effective head", effectiveHead, ss("y2"), ss("x1", "y2"), ""},
		{"effective head both", effectiveHead, ss("x2", "y2"), ss("x2", "y2"), ""},
		{"x1 and y2", effectiveHead, ss("x1", "y2"), ss("x1", "y2"), ""},
		{"nothing", effectiveHead, nil, ss(), ""},
		// DependsOnBranchTestTwo: d1 implies a3, b2, c1.
		{"overmerge", dependsOnBranchTwo, ss("d1"), ss("a3", "b2", "c1", "d1"), ""},
		{"overmerge with merges", dependsOnBranchTwo, ss("amerge", "d1"), ss("amerge", "b2", "c1", "d1"), ""},
		{"dependency on a line", dependsOnBranchOne, ss("c2"), ss("c1", "c2"), ""},
		{"unknown", effectiveHead, ss("zzzz"), nil, errUnknown}, // a row no file declares
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := mustNew(t, tt.nodes())
			got, err := g.Current(tt.current)
			checkErr(t, err, tt.err)
			if tt.err == "" {
				diff(t, "current", tt.want, ids(got))
			}
		})
	}
}
