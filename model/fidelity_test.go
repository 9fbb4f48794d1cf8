package model

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
)

// TestGORMFidelity runs the GORM fidelity suite, a module of its own in
// testdata/gormfidelity (so that this module does not depend on GORM): it
// AutoMigrates 50-odd models with GORM into SQLite and PostgreSQL and
// checks that autogen's schema for the same source is what GORM created.
// It inherits the environment: AUTOGEN_TEST_POSTGRES_URL names the
// server, and under CI=true a missing PostgreSQL fails it.
func TestGORMFidelity(t *testing.T) {
	if testing.Short() && os.Getenv("CI") != "true" {
		t.Skip("-short: the GORM fidelity suite builds GORM and its drivers")
	}
	goCmd := filepath.Join(runtime.GOROOT(), "bin", "go")
	if _, err := os.Stat(goCmd); err != nil {
		if goCmd, err = exec.LookPath("go"); err != nil {
			t.Fatalf("the go command is needed to run testdata/gormfidelity: %v", err)
		}
	}
	args := []string{"test", "-count=1", "./..."}
	if testing.Verbose() {
		args = append(args, "-v")
	}
	cmd := exec.Command(goCmd, args...)
	cmd.Dir = filepath.Join("testdata", "gormfidelity")
	cmd.Env = os.Environ()
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go test in %s: %v\n%s", cmd.Dir, err, out)
	}
	t.Logf("%s", out)
}
