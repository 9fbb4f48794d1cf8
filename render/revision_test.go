package render_test

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/autogen-go/autogen/render"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s (-want +got):\n%s", name, diff)
	}
}

func TestRevision(t *testing.T) {
	created := time.Date(2026, 11, 24, 10, 2, 11, 0, time.UTC)
	for _, tc := range []struct {
		name string
		h    render.Header
	}{
		{"base.golden", render.Header{ID: "1975ea83b712", Message: "create users", Created: created}},
		{"step.golden", render.Header{ID: "3f2a9c1b7d4e", Revises: []string{"1975ea83b712"}, Message: "add accounts", Created: created}},
		{"merge.golden", render.Header{ID: "7c1d00aa11bb", Revises: []string{"3f2a9c1b7d4e", "5e6f7a8b9c0d"}, Message: "merge heads", Created: created}},
		{"branch.golden", render.Header{ID: "9a9a9a9a9a9a", BranchLabels: []string{"audit"}, DependsOn: []string{"1975ea83b712"},
			Message: "audit log: \"who\" did `what`\nsecond line", Created: created, Registry: "All", Package: "history"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := render.Revision(tc.h, nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			golden(t, tc.name, got)
		})
	}
}
