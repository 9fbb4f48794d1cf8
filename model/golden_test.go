package model

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/go/packages"

	"github.com/autogen-go/autogen/internal/config"
	"github.com/autogen-go/autogen/naming"
	"github.com/autogen-go/autogen/schema"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// goldenRoot is a Go module of model packages, one per case: each
// testdata/model/<case>/ holds Go source, an optional autogen.yaml (its
// naming_convention, singular_table and include/exclude keys apply), and
// the expected schema dumps postgres.golden and sqlite.golden. A case
// whose models are bad input has errors.golden instead (the errors of
// both dialects, which must agree).
const goldenRoot = "../testdata/model"

var (
	goldenOnce sync.Once
	goldenPkgs map[string]*packages.Package // by case directory
	goldenErr  error
)

// goldenPackages loads every case at once: one go list for all of them.
func goldenPackages(t *testing.T) map[string]*packages.Package {
	t.Helper()
	goldenOnce.Do(func() {
		pkgs, err := loadPackages(context.Background(), Options{Dir: goldenRoot, Patterns: []string{"./..."}})
		if err != nil {
			goldenErr = err
			return
		}
		goldenPkgs = map[string]*packages.Package{}
		for _, p := range pkgs {
			if len(p.GoFiles) > 0 {
				goldenPkgs[filepath.Base(filepath.Dir(p.GoFiles[0]))] = p
			}
		}
	})
	if goldenErr != nil {
		t.Fatal(goldenErr)
	}
	return goldenPkgs
}

// caseOptions reads a case's autogen.yaml, as the CLI would.
func caseOptions(t *testing.T, dir string, d Dialect) Options {
	t.Helper()
	opts := Options{Dir: goldenRoot, Dialect: d}
	path := filepath.Join(dir, config.FileName)
	if _, err := os.Stat(path); err != nil {
		return opts
	}
	c, err := config.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	conv, err := naming.FromConfig(c.NamingConvention)
	if err != nil {
		t.Fatal(err)
	}
	opts.Naming = conv
	opts.SingularTable = c.SingularTable
	opts.IncludeTypes, opts.ExcludeTypes = c.IncludeTypes, c.ExcludeTypes
	opts.IncludeTables, opts.ExcludeTables = c.IncludeTables, c.ExcludeTables
	return opts
}

func TestGolden(t *testing.T) {
	pkgs := goldenPackages(t)
	entries, err := os.ReadDir(goldenRoot)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		name := e.Name()
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join(goldenRoot, name)
			pkg, ok := pkgs[name]
			if !ok {
				t.Fatalf("no package loaded from %s", dir)
			}
			var errText, failed []string
			for _, d := range []Dialect{Postgres, SQLite} {
				s, err := Build([]*packages.Package{pkg}, caseOptions(t, dir, d))
				if err != nil {
					var es Errors
					if !asErrors(err, &es) {
						t.Fatalf("%s: not an Errors: %v", d, err)
					}
					errText = append(errText, err.Error())
					failed = append(failed, string(d))
					continue
				}
				compareGolden(t, filepath.Join(dir, string(d)+".golden"), schema.Dump(s))
			}
			switch {
			case len(errText) == 2 && errText[0] == errText[1]:
				compareGolden(t, filepath.Join(dir, "errors.golden"), errText[0]+"\n")
			case len(errText) > 0:
				var b strings.Builder
				for i := range errText {
					b.WriteString(failed[i] + ":\n" + errText[i] + "\n")
				}
				compareGolden(t, filepath.Join(dir, "errors.golden"), b.String())
			}
		})
	}
}

func asErrors(err error, es *Errors) bool {
	e, ok := err.(Errors)
	if ok {
		*es = e
	}
	return ok
}

// compareGolden compares got with the file, or rewrites the file with -update.
func compareGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./model -run TestGolden -update to write it)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s (-want +got):\n%s", path, diff)
	}
}

// unused guards against a golden file left behind by a renamed case.
func TestGoldenFilesHaveCases(t *testing.T) {
	matches, _ := filepath.Glob(filepath.Join(goldenRoot, "*", "*.golden"))
	for _, m := range matches {
		base := filepath.Base(m)
		if !slices.Contains([]string{"postgres.golden", "sqlite.golden", "errors.golden"}, base) {
			t.Errorf("%s: unexpected golden file", m)
		}
		_ = strings.TrimSuffix(base, ".golden")
	}
}
