package script

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/autogen-go/autogen/internal/config"
)

// project makes a Go module with a migration environment in a temporary
// folder and returns the versions folder.
func project(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/app\n\ngo 1.26\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	files, err := Init(InitOptions{Dir: dir, Dialect: config.SQLite})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 3 {
		t.Fatalf("Init wrote %v", files)
	}
	main, err := os.ReadFile(filepath.Join(dir, "migrations", "main.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(main), `"example.com/app/migrations/versions"`) || !strings.Contains(string(main), `_ "modernc.org/sqlite"`) {
		t.Errorf("main.go does not import the versions package and the driver:\n%s", main)
	}
	return filepath.Join(dir, "migrations", "versions")
}

func add(t *testing.T, dir string, n NewRevision) string {
	t.Helper()
	d, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	n.Created = time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)
	h, err := d.Header(n)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.Write(h, nil, nil); err != nil {
		t.Fatal(err)
	}
	return h.ID
}

// TestRoundTrip writes revisions of every shape and reads them back.
func TestRoundTrip(t *testing.T) {
	dir := project(t)
	a := add(t, dir, NewRevision{Message: "create users"})
	b := add(t, dir, NewRevision{Message: "add accounts", BranchLabels: []string{"accounts"}})
	c := add(t, dir, NewRevision{ID: "cccc00000003", Message: "orders", Heads: []string{a}, Splice: true})
	add(t, dir, NewRevision{ID: "dddd00000004", Message: "audit", Heads: []string{"base"}, DependsOn: []string{"accounts"}})
	m := add(t, dir, NewRevision{ID: "eeee00000005", Message: "merge", Heads: []string{b, c}, Merge: true})

	d, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if d.Package != "versions" || d.Registry != "Revisions" {
		t.Errorf("package %q, registry %q", d.Package, d.Registry)
	}
	type meta struct {
		Revises, DependsOn, Labels []string
		Message                    string
	}
	got := map[string]meta{}
	for id, r := range d.Files {
		got[id] = meta{r.Revises, r.DependsOn, r.BranchLabels, r.Message}
	}
	want := map[string]meta{
		a:              {nil, nil, nil, "create users"},
		b:              {[]string{a}, nil, []string{"accounts"}, "add accounts"},
		"cccc00000003": {[]string{a}, nil, nil, "orders"},
		"dddd00000004": {nil, []string{"accounts"}, nil, "audit"},
		m:              {[]string{b, "cccc00000003"}, nil, nil, "merge"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("revisions read back (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"dddd00000004", m}, d.Graph.Heads()); diff != "" {
		t.Errorf("heads (-want +got):\n%s", diff)
	}
	if r := d.Files[a]; !strings.HasPrefix(r.Doc, "create users\n\nRevision: "+a) || filepath.Base(r.Path) != a+"_create_users.go" {
		t.Errorf("doc %q, path %q", r.Doc, r.Path)
	}
}

func TestHeaderErrors(t *testing.T) {
	dir := project(t)
	a := add(t, dir, NewRevision{ID: "aaaa00000001", Message: "a", BranchLabels: []string{"main"}})
	add(t, dir, NewRevision{ID: "bbbb00000002", Message: "b"})
	add(t, dir, NewRevision{ID: "cccc00000003", Message: "c", Heads: []string{a}, Splice: true})
	d, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		n    NewRevision
		want string
	}{
		{"several heads", NewRevision{Message: "x"}, "several heads (bbbb00000002, cccc00000003): say which one"},
		{"not a head", NewRevision{Message: "x", Heads: []string{a}}, "revision aaaa00000001 is not a head (bbbb00000002, cccc00000003 revise it): pass --splice"},
		{"unknown head", NewRevision{Message: "x", Heads: []string{"zzzz9999"}}, `no revision or branch label "zzzz9999"`},
		{"unknown dependency", NewRevision{Message: "x", Heads: []string{"base"}, DependsOn: []string{"nope"}}, "--depends-on nope"},
		{"label taken", NewRevision{Message: "x", Heads: []string{"bbbb00000002"}, BranchLabels: []string{"main"}}, `branch label "main"`},
		{"id taken", NewRevision{ID: "bbbb00000002", Message: "x", Heads: []string{"base"}}, "revision id bbbb00000002 already exists"},
		{"bad id", NewRevision{ID: "a:b", Message: "x", Heads: []string{"base"}}, `revision id "a:b" has ':'`},
		{"merge of one", NewRevision{Message: "x", Heads: []string{"bbbb00000002"}, Merge: true}, "nothing to merge"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := d.Header(tc.n)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Header: %v, want an error containing %q", err, tc.want)
			}
		})
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Add accounts":                  "add_accounts",
		"  add   index on users.email!": "add_index_on_users_email",
		"":                              "",
		"ünïcode only":                  "n_code_only",
		"a very long message that goes on and on past forty characters": "a_very_long_message_that_goes_on_and_on",
	} {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWriteNew(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f.go")
	if err := WriteNew(path, []byte("one")); err != nil {
		t.Fatal(err)
	}
	if err := WriteNew(path, []byte("two")); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Errorf("second WriteNew: %v", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "one" {
		t.Errorf("file holds %q", b)
	}
	left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".autogen-*"))
	if len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func TestInitOutsideModule(t *testing.T) {
	_, err := Init(InitOptions{Dir: t.TempDir(), Dialect: config.SQLite})
	if err == nil || !strings.Contains(err.Error(), "go mod init") {
		t.Errorf("Init outside a module: %v", err)
	}
}
