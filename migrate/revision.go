package migrate

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"

	"github.com/autogen-go/autogen/internal/graph"
)

// Revision is one step of a schema's history: how to go up from its
// parents and how to come back down. A revision file declares one with
// constant metadata, so that tools read the history without compiling it:
//
//	var _ = Revisions.Add(m.Revision{
//		ID:      "3f2a9c1b7d4e",
//		Revises: []string{"1975ea83b712"},
//		Message: "add accounts",
//		Upgrade: func(op *m.Op) error { … },
//		Downgrade: func(op *m.Op) error { … },
//	})
type Revision struct {
	// ID is the revision's identifier: letters, digits and underscores,
	// at most 32 characters; autogen writes 12 random hex digits.
	ID string
	// Revises lists the parents: none for a first revision, one for a
	// step in a line, several for a merge.
	Revises []string
	// DependsOn lists revisions (or branch labels) of other branches that
	// must be applied first, without merging them into this branch.
	DependsOn []string
	// BranchLabels names the branch this revision starts or belongs to,
	// so that "label@head" finds it.
	BranchLabels []string
	// Message says what the revision does, in a line.
	Message string
	// Upgrade applies the revision; nil does nothing.
	Upgrade func(op *Op) error
	// Downgrade undoes it; nil does nothing.
	Downgrade func(op *Op) error
}

// Registry collects the revisions of a versions package. The versions
// package declares one, and each revision file adds itself:
//
//	var Revisions = m.NewRegistry()
//
// A Registry is safe for concurrent use.
type Registry struct {
	mu   sync.Mutex
	revs []entry
}

type entry struct {
	rev    Revision
	source string // file:line of the Add call
}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry { return &Registry{} }

// Add records rev and returns it. It does not check it: Runner and
// autogen check the whole history at once, with errors that name the
// files involved.
func (r *Registry) Add(rev Revision) Revision {
	source := ""
	if _, file, line, ok := runtime.Caller(1); ok {
		source = fmt.Sprintf("%s:%d", relPath(file), line)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.revs = append(r.revs, entry{rev: rev, source: source})
	return rev
}

// Revisions returns the recorded revisions, in the order they were added.
func (r *Registry) Revisions() []Revision {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]Revision, len(r.revs))
	for i, e := range r.revs {
		out[i] = e.rev
	}
	return out
}

// graph checks the revisions and builds their graph.
func (r *Registry) graph() (*graph.Graph, map[string]*Revision, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	nodes := make([]*graph.Node, 0, len(r.revs))
	byID := make(map[string]*Revision, len(r.revs))
	for i := range r.revs {
		e := &r.revs[i]
		nodes = append(nodes, &graph.Node{
			ID:           e.rev.ID,
			Revises:      slices.Clone(e.rev.Revises),
			DependsOn:    slices.Clone(e.rev.DependsOn),
			BranchLabels: slices.Clone(e.rev.BranchLabels),
			Message:      e.rev.Message,
			Source:       e.source,
		})
		byID[e.rev.ID] = &e.rev
	}
	g, err := graph.New(nodes)
	if err != nil {
		return nil, nil, err
	}
	return g, byID, nil
}

// relPath shortens an absolute source path to one relative to the working
// directory when it is inside it.
func relPath(file string) string {
	wd, err := os.Getwd()
	if err != nil {
		return file
	}
	if rel, err := filepath.Rel(wd, file); err == nil && filepath.IsLocal(rel) {
		return rel
	}
	return file
}
