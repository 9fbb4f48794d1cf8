package cli

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/autogen-go/autogen/internal/config"
)

func (a *app) upgradeCmd() *cobra.Command {
	var offline bool
	cmd := &cobra.Command{
		Use:   "upgrade TARGET",
		Short: "Apply revisions up to TARGET",
		Long: `upgrade builds the migration program (migrations/main.go) and runs it: it
applies the revisions between where the database is and TARGET, in one
transaction (or one per revision with transaction_per_migration: true),
and records the new position in the version table. A failing revision
rolls the transaction back and names the revision and the statement.

TARGET is head (the one head), heads (every head), a revision id or a
unique prefix of at least 4 characters, +N (N revisions up from where the
database is), <rev>+N, <label>@head or <label>@+N.

With --sql, nothing connects to the database: the upgrade's SQL script is
printed for a DBA to run, from START (default: base) to END, given as
[START:]END. Operations that read rows cannot be scripted and fail.`,
		Example: `  autogen upgrade head
  autogen upgrade +1
  autogen upgrade 3f2a
  autogen upgrade accounts@head
  autogen upgrade head --sql > release.sql
  autogen upgrade 1975ea83b712:head --sql`,
		Args: exactArgs(1, "upgrade needs a target, e.g. `autogen upgrade head`"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runProgram(cmd.Context(), programArgs("upgrade", args[0], offline)...)
		},
	}
	cmd.Flags().BoolVar(&offline, "sql", false, "print the SQL script instead of running it (no database connection)")
	return cmd
}

func programArgs(verb, target string, offline bool) []string {
	if offline {
		return []string{verb, target, "--sql"}
	}
	return []string{verb, target}
}

func (a *app) downgradeCmd() *cobra.Command {
	var offline bool
	cmd := &cobra.Command{
		Use:   "downgrade TARGET",
		Short: "Undo revisions down to TARGET",
		Long: `downgrade builds and runs the migration program to run the Downgrade
functions of the revisions above TARGET, newest first, in one transaction.

TARGET is -N (N revisions down from where the database is), base (undo
everything), a revision id or prefix (undo what is above it), <rev>-N or
<label>@-N.

With --sql, the downgrade's SQL script is printed instead; the range must
be given as START:END, since nothing asks the database where it is.`,
		Example: `  autogen downgrade -1
  autogen downgrade base
  autogen downgrade 1975
  autogen downgrade head:1975 --sql`,
		Args: exactArgs(1, "downgrade needs a target, e.g. `autogen downgrade -1`"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runProgram(cmd.Context(), programArgs("downgrade", args[0], offline)...)
		},
	}
	cmd.Flags().BoolVar(&offline, "sql", false, "print the SQL script instead of running it (START:END; no database connection)")
	return cmd
}

func exactArgs(n int, msg string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return errors.New(msg)
		}
		return nil
	}
}

// runProgram checks the revision files, builds the migration program and
// runs it with args. The program prints its own progress and errors; its
// exit code becomes ours.
func (a *app) runProgram(ctx context.Context, args ...string) error {
	cfg, _, err := a.project() // the history must hold together before anything runs
	if err != nil {
		return err
	}
	bin, err := buildProgram(ctx, cfg)
	if err != nil {
		return err
	}
	cmd := exec.CommandContext(ctx, bin, append([]string{"--config", cfg.Path}, args...)...)
	cmd.Dir = cfg.Dir
	cmd.Stdin, cmd.Stdout, cmd.Stderr = a.stdin, a.stdout, a.stderr
	cmd.Env = os.Environ()
	if a.dbURL != "" {
		// Through the environment, not the command line, which other
		// users of the machine can read.
		cmd.Env = append(cmd.Env, config.EnvURL+"="+a.dbURL)
	}
	// On Ctrl-C the program rolls back and exits; give it time to.
	cmd.Cancel = func() error { return cmd.Process.Signal(os.Interrupt) }
	cmd.WaitDelay = 30 * time.Second
	if err := cmd.Run(); err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return &exitError{code: max(ee.ExitCode(), 1)}
		}
		return fmt.Errorf("run the migration program: %w", err)
	}
	return nil
}

// buildProgram builds the migration program into the user's cache folder
// and returns the binary's path. go build reuses its cache, so an
// unchanged program builds in a fraction of a second.
func buildProgram(ctx context.Context, cfg *config.Config) (string, error) {
	dir := cfg.MigrationsDir()
	if _, err := os.Stat(filepath.Join(dir, "main.go")); err != nil {
		return "", fmt.Errorf("no migration program at %s: run `autogen init` first", display(filepath.Join(dir, "main.go")))
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		return "", errors.New("the go command is needed to build the migration program, and it is not on PATH")
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		cache = os.TempDir()
	}
	sum := sha256.Sum256([]byte(dir))
	out := filepath.Join(cache, "autogen", hex.EncodeToString(sum[:8]), "migrations")
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return "", fmt.Errorf("build the migration program: %w", err)
	}
	cmd := exec.CommandContext(ctx, goBin, "build", "-o", out, ".")
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("build the migration program (%s): %v\n%s", display(dir), err, buildErrors(dir, stderr.String()))
	}
	return out, nil
}

// goPos is the file:line:col a go build error starts with.
var goPos = regexp.MustCompile(`^(\S+\.go)(:\d+)`)

// buildErrors writes the go command's errors with file names as the
// user's other errors name them (go build names them relative to the
// migration program's folder).
func buildErrors(dir, text string) string {
	lines := strings.Split(strings.TrimSpace(text), "\n")
	for i, l := range lines {
		if m := goPos.FindStringSubmatchIndex(l); m != nil {
			file := l[m[2]:m[3]]
			if !filepath.IsAbs(file) {
				lines[i] = display(filepath.Join(dir, file)) + l[m[3]:]
			}
		}
	}
	return strings.Join(lines, "\n")
}
