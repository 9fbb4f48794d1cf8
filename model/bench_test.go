package model

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/packages"
)

// The benchmarks load the GORM-tagged fixtures of the shared benchmark
// generator (../shared/bench/gen.py, or $AUTOGEN_BENCH_GEN), N model
// structs in one package, and split the cost:
//
//	golist:    go list alone (packages.NeedName|NeedFiles)
//	typecheck: go list, parsing and type-checking the model package, its
//	           dependencies read from export data (what Load asks for)
//	build:     autogen's own work on the loaded package (Build)
//	load:      all of it (Load)
//
//	go test ./model -run '^$' -bench Load -benchmem
func benchFixtures(b *testing.B, n int) string {
	b.Helper()
	gen := os.Getenv("AUTOGEN_BENCH_GEN")
	if gen == "" {
		gen = filepath.Join("..", "..", "shared", "bench", "gen.py")
	}
	if _, err := os.Stat(gen); err != nil {
		b.Skipf("no fixture generator at %s (set AUTOGEN_BENCH_GEN)", gen)
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		b.Skip("python3 is needed to generate the fixtures")
	}
	dir := b.TempDir()
	if out, err := exec.Command(py, gen, "fixtures", "--n", fmt.Sprint(n), "--out", dir).CombinedOutput(); err != nil {
		b.Fatalf("gen.py: %v\n%s", err, out)
	}
	mod := filepath.Join(dir, "go")
	if err := os.WriteFile(filepath.Join(mod, "go.mod"), []byte("module bench\n\ngo 1.26\n"), 0o644); err != nil {
		b.Fatal(err)
	}
	return mod
}

func BenchmarkLoad(b *testing.B) {
	for _, n := range []int{500, 2000} {
		b.Run(fmt.Sprintf("N=%d", n), func(b *testing.B) {
			dir := benchFixtures(b, n)
			opts := Options{Dir: dir, Patterns: []string{"./models"}}
			ctx := context.Background()
			b.Run("golist", func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if _, err := packages.Load(&packages.Config{Mode: packages.NeedName | packages.NeedFiles, Dir: dir}, "./models"); err != nil {
						b.Fatal(err)
					}
				}
			})
			b.Run("typecheck", func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if _, err := loadPackages(ctx, opts); err != nil {
						b.Fatal(err)
					}
				}
			})
			pkgs, err := loadPackages(ctx, opts)
			if err != nil {
				b.Fatal(err)
			}
			b.Run("build", func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					s, err := Build(pkgs, opts)
					if err != nil {
						b.Fatal(err)
					}
					if len(s.Tables) != n {
						b.Fatalf("%d tables, want %d", len(s.Tables), n)
					}
				}
			})
			b.Run("load", func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if _, err := Load(ctx, opts); err != nil {
						b.Fatal(err)
					}
				}
			})
		})
	}
}
