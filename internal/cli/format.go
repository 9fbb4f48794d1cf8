package cli

import (
	"fmt"
	"strings"

	"github.com/autogen-go/autogen/internal/graph"
	"github.com/autogen-go/autogen/internal/script"
)

// line is how a revision shows in lists (heads, history, branches,
// current), as Alembic shows it.
type line struct {
	parents    bool // "parents -> id"
	branches   bool // " (label, …)"
	tree       bool // " (branchpoint)", " (mergepoint)"
	doc        bool // ", message"
	current    map[string]bool
	noHeadMark bool
}

func (l line) format(n *graph.Node) string {
	var b strings.Builder
	if l.parents {
		b.WriteString(parentsText(n))
		if len(n.DependsOn) > 0 {
			fmt.Fprintf(&b, " (%s)", strings.Join(n.DependsOn, ", "))
		}
		b.WriteString(" -> ")
	}
	b.WriteString(n.ID)
	if l.branches && len(n.Labels()) > 0 {
		fmt.Fprintf(&b, " (%s)", strings.Join(n.Labels(), ", "))
	}
	if !l.noHeadMark {
		if n.IsRealHead() {
			b.WriteString(" (head)")
		} else if n.IsHead() {
			b.WriteString(" (effective head)")
		}
	}
	if l.current[n.ID] {
		b.WriteString(" (current)")
	}
	if l.tree {
		if n.IsBranchPoint() {
			b.WriteString(" (branchpoint)")
		}
		if n.IsMergePoint() {
			b.WriteString(" (mergepoint)")
		}
	}
	if l.doc {
		b.WriteString(", " + n.Message)
	}
	return b.String()
}

func parentsText(n *graph.Node) string {
	if len(n.Revises) == 0 {
		return "<base>"
	}
	return strings.Join(n.Revises, ", ")
}

// entry is the long form of a revision (show, and -v everywhere).
func entry(n *graph.Node, f *script.Revision, current bool) string {
	var b strings.Builder
	b.WriteString("Rev: " + n.ID)
	if n.IsHead() {
		b.WriteString(" (head)")
	}
	if n.IsBranchPoint() {
		b.WriteString(" (branchpoint)")
	}
	if n.IsMergePoint() {
		b.WriteString(" (mergepoint)")
	}
	if current {
		b.WriteString(" (current)")
	}
	b.WriteString("\n")
	if n.IsMergePoint() {
		fmt.Fprintf(&b, "Merges: %s\n", parentsText(n))
	} else {
		fmt.Fprintf(&b, "Parent: %s\n", parentsText(n))
	}
	if len(n.DependsOn) > 0 {
		fmt.Fprintf(&b, "Also depends on: %s\n", strings.Join(n.DependsOn, ", "))
	}
	if n.IsBranchPoint() {
		fmt.Fprintf(&b, "Branches into: %s\n", strings.Join(n.Children(), ", "))
	}
	if len(n.Labels()) > 0 {
		fmt.Fprintf(&b, "Branch names: %s\n", strings.Join(n.Labels(), ", "))
	}
	if f != nil {
		fmt.Fprintf(&b, "Path: %s\n", display(f.Path))
	}
	doc := n.Message
	if f != nil && f.Doc != "" {
		doc = f.Doc
	}
	b.WriteString("\n")
	for _, l := range strings.Split(doc, "\n") {
		if l == "" {
			b.WriteString("\n")
			continue
		}
		b.WriteString("    " + l + "\n")
	}
	return b.String()
}
