package graph

import (
	"fmt"
	"strings"
)

// ErrorKind says what is wrong with a set of revisions.
type ErrorKind int

// The kinds of Error that New returns.
const (
	ErrInvalid   ErrorKind = iota + 1 // an id or label that is not allowed
	ErrDuplicate                      // two revisions with one id
	ErrLabel                          // a branch label declared twice, or equal to an id
	ErrMissing                        // a parent or dependency that no revision declares
	ErrCycle                          // revisions that revise or depend on themselves, through others or directly
)

// Error is a problem with the revisions themselves, found by New. IDs and
// Sources name the revisions involved; Detail depends on Kind.
type Error struct {
	Kind    ErrorKind
	IDs     []string
	Sources []string
	Detail  string
}

func (e *Error) Error() string {
	at := ""
	if len(e.Sources) > 0 {
		at = " (" + strings.Join(e.Sources, ", ") + ")"
	}
	switch e.Kind {
	case ErrInvalid:
		return e.Detail + at
	case ErrDuplicate:
		return fmt.Sprintf("revision id %s is declared twice%s: give one of them a new id", e.IDs[0], at)
	case ErrLabel:
		return fmt.Sprintf("branch label %q of revision %s is already used by revision %s%s", e.Detail, e.IDs[1], e.IDs[0], at)
	case ErrMissing:
		if e.Detail == "depends on" {
			return fmt.Sprintf("revision %s depends on %q, which is neither a revision nor a branch label%s", e.IDs[0], e.IDs[1], at)
		}
		return fmt.Sprintf("revision %s revises %s, which no revision file declares%s", e.IDs[0], e.IDs[1], at)
	case ErrCycle:
		what := "cycle"
		if e.Detail == "dependency" {
			what = "dependency cycle"
		} else if e.Detail != "" {
			return fmt.Sprintf("cycle in the revision graph: revision %s: %s%s", e.IDs[0], e.Detail, at)
		}
		return fmt.Sprintf("%s in the revision graph: revisions %s are not on any path from a base to a head%s",
			what, strings.Join(e.IDs, ", "), at)
	}
	return "invalid revision graph" + at
}

// ResolveError is an identifier that names no revision, or more than one
// where one is needed, or a relative step that leaves the graph.
type ResolveError struct {
	Arg string // the identifier as given
	Msg string // what is wrong, for the user
	// Candidates lists the revisions an ambiguous prefix matches.
	Candidates []string
}

func (e *ResolveError) Error() string { return e.Msg }

// MultipleHeadsError is returned where one revision is needed and the
// identifier names several heads.
type MultipleHeadsError struct {
	Arg   string
	Heads []string
}

func (e *MultipleHeadsError) Error() string {
	return fmt.Sprintf("%q names several heads (%s): upgrade to \"heads\", name one of them (or <label>@head), or merge them with `autogen merge heads`",
		e.Arg, strings.Join(e.Heads, ", "))
}

// RangeError is a destination that is not reachable from where the
// database is: not an ancestor for a downgrade, not a descendant for an
// upgrade along the same branch.
type RangeError struct {
	Upgrade bool
	Target  string
	From    []string
}

func (e *RangeError) Error() string {
	dir, from := "downgrade", "base"
	if e.Upgrade {
		dir = "upgrade"
	}
	if len(e.From) > 0 {
		from = strings.Join(e.From, ", ")
	}
	return fmt.Sprintf("%s target %s is not reachable from %s along the revision graph", dir, e.Target, from)
}
