package script

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/dave/jennifer/jen"

	"github.com/autogen-go/autogen/internal/graph"
	"github.com/autogen-go/autogen/render"
)

// NewID returns a random revision id: 12 lower-case hex digits.
func NewID() string {
	b := make([]byte, 6)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand does not fail on supported platforms
	}
	return hex.EncodeToString(b)
}

// Slug turns a message into the part of a file name after the id: lower
// case words joined by underscores, at most 40 characters, cut at a word.
func Slug(message string) string {
	var words []string
	for _, w := range strings.FieldsFunc(strings.ToLower(message), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	}) {
		words = append(words, w)
	}
	slug := strings.Join(words, "_")
	if len(slug) > 40 {
		slug = slug[:40]
		if i := strings.LastIndex(slug, "_"); i > 0 {
			slug = slug[:i]
		}
	}
	return slug
}

// NewRevision says what revision to create.
type NewRevision struct {
	ID           string   // default: NewID()
	Message      string   // -m
	Heads        []string // what it revises: identifiers; default "head"
	Splice       bool     // allow revising a revision that is not a head
	BranchLabels []string
	DependsOn    []string // identifiers: ids, prefixes, labels
	Created      time.Time
	Merge        bool // a merge: Heads must name at least two revisions
}

// Header checks n against the history and returns the header of the new
// revision: its parents resolved, its dependencies resolved (labels kept
// as written), the graph with it added still valid.
func (d *Dir) Header(n NewRevision) (render.Header, error) {
	h := render.Header{ID: n.ID, Message: n.Message, Created: n.Created, Package: d.Package, Registry: d.Registry,
		BranchLabels: n.BranchLabels}
	if h.ID == "" {
		h.ID = NewID()
	}
	if err := graph.ValidateID(h.ID); err != nil {
		return h, err
	}
	if d.Graph.Node(h.ID) != nil {
		return h, fmt.Errorf("revision id %s already exists (%s)", h.ID, d.Files[h.ID].Source())
	}
	heads := n.Heads
	if len(heads) == 0 {
		heads = []string{"head"}
	}
	parents, err := d.Graph.ResolveAll(heads)
	if err != nil {
		var mh *graph.MultipleHeadsError
		if errors.As(err, &mh) {
			return h, fmt.Errorf("several heads (%s): say which one the new revision revises with --head, or merge them first with `autogen merge heads`", strings.Join(mh.Heads, ", "))
		}
		return h, err
	}
	if n.Merge && len(parents) < 2 {
		return h, fmt.Errorf("nothing to merge: %s names %d revision(s) (%s); a merge needs at least two", strings.Join(heads, " "), len(parents), strings.Join(ids(parents), ", "))
	}
	if !n.Splice {
		for _, p := range parents {
			if !p.IsHead() {
				return h, fmt.Errorf("revision %s is not a head (%s revise it): pass --splice to start a new branch from it", p.ID, strings.Join(p.Children(), ", "))
			}
		}
	}
	h.Revises = ids(parents)
	for _, dep := range n.DependsOn {
		r, err := d.Graph.ResolveOne(dep)
		if err != nil {
			return h, fmt.Errorf("--depends-on %s: %w", dep, err)
		}
		if r == nil {
			return h, fmt.Errorf("--depends-on %s: names no revision", dep)
		}
		if slices.Contains(r.BranchLabels, dep) {
			h.DependsOn = append(h.DependsOn, dep)
		} else {
			h.DependsOn = append(h.DependsOn, r.ID)
		}
	}
	// The history with the new revision must still hold together (labels
	// not taken, no cycle).
	nodes := d.Graph.Nodes()
	copies := make([]*graph.Node, 0, len(nodes)+1)
	for _, x := range nodes {
		copies = append(copies, &graph.Node{ID: x.ID, Revises: x.Revises, DependsOn: x.DependsOn, BranchLabels: x.BranchLabels, Source: x.Source})
	}
	copies = append(copies, &graph.Node{ID: h.ID, Revises: h.Revises, DependsOn: h.DependsOn, BranchLabels: h.BranchLabels, Source: "the new revision"})
	if _, err := graph.New(copies); err != nil {
		return h, err
	}
	return h, nil
}

func ids(nodes []*graph.Node) []string {
	out := make([]string, len(nodes))
	for i, n := range nodes {
		out[i] = n.ID
	}
	return out
}

// FileName returns the file a revision is written to: <id>_<slug>.go.
func FileName(id, message string) string {
	if s := Slug(message); s != "" {
		return id + "_" + s + ".go"
	}
	return id + ".go"
}

// Write renders the revision and writes it into the folder, creating the
// folder if needed. It never overwrites a file and never leaves half a
// file behind. It returns the path written.
func (d *Dir) Write(h render.Header, upgrade, downgrade []jen.Code) (string, error) {
	src, err := render.Revision(h, upgrade, downgrade)
	if err != nil {
		return "", err
	}
	path := filepath.Join(d.Path, FileName(h.ID, h.Message))
	if err := os.MkdirAll(d.Path, 0o755); err != nil {
		return "", fmt.Errorf("create %s: %w", d.Path, err)
	}
	return path, WriteNew(path, src)
}

// WriteNew writes data to path, which must not exist: through a temporary
// file in the same folder, linked into place so that the file appears
// whole or not at all, and an existing file is never replaced.
func WriteNew(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".autogen-*.tmp")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Link(tmp.Name(), path); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("%s already exists: not overwritten", path)
		}
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
