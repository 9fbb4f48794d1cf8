// Package cli is the autogen command line: one cobra command per file,
// each a thin layer over the packages that do the work.
package cli

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"strings"
	"syscall"

	_ "github.com/jackc/pgx/v5/stdlib" // PostgreSQL, for current and stamp
	"github.com/spf13/cobra"
	_ "modernc.org/sqlite" // SQLite, for current and stamp

	"github.com/autogen-go/autogen/internal/config"
	"github.com/autogen-go/autogen/internal/script"
	"github.com/autogen-go/autogen/migrate"
)

// Main runs autogen with args (without the program name) and returns the
// exit code: 0 on success, 1 on error (check: 1 when changes are pending,
// 2 on error).
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	defer func() {
		if p := recover(); p != nil {
			fmt.Fprintf(stderr, "error: internal error: %v (please report it, with this trace)\n%s", p, debug.Stack())
			code = 2
		}
	}()
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr}
	root := a.rootCmd()
	root.SetArgs(relativeLast(args))
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return 0
	}
	var ec *exitError
	if errors.As(err, &ec) {
		if ec.msg != "" {
			fmt.Fprintln(stderr, "error:", ec.msg)
		}
		return ec.code
	}
	fmt.Fprintln(stderr, "error:", err)
	return 1
}

// relativeLast moves relative revisions such as "-1" behind a "--", so
// that `autogen downgrade -1` reads -1 as a revision and not as a flag.
func relativeLast(args []string) []string {
	var rest, rel []string
	for i, a := range args {
		if a == "--" {
			rest = append(rest, args[i+1:]...)
			break
		}
		if len(a) > 1 && a[0] == '-' && strings.Trim(a[1:], "0123456789") == "" {
			rel = append(rel, a)
			continue
		}
		rest = append(rest, a)
	}
	if len(rel) == 0 {
		return args
	}
	return append(append(rest, "--"), rel...)
}

// exitError ends the command with a given code; msg, if any, is printed.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return fmt.Sprintf("exit status %d: %s", e.code, e.msg) }

// app holds what every command shares: the I/O and the global flags.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	configPath     string // --config
	dbURL          string // --db
}

func (a *app) rootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "autogen",
		Short: "Schema migrations for Go: revisions, upgrades, downgrades, autogenerate",
		Long: `autogen keeps a Go project's database schema in step with its code.

Revisions live in migrations/versions, one Go file each; the migration
program in migrations/ applies them in order and records where the database
is in a version table (autogen_version).

Configuration comes from autogen.yaml, found in the current folder or a
parent; --config names another. The database URL comes from autogen.yaml,
$AUTOGEN_URL, or --db, in increasing precedence.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.PersistentFlags().StringVarP(&a.configPath, "config", "c", "", "the configuration file (default: autogen.yaml in this folder or a parent)")
	root.PersistentFlags().StringVar(&a.dbURL, "db", "", "the database URL, overriding autogen.yaml and $AUTOGEN_URL")
	root.AddCommand(
		a.initCmd(),
		a.revisionCmd(),
		a.mergeCmd(),
		a.upgradeCmd(),
		a.downgradeCmd(),
		a.currentCmd(),
		a.stampCmd(),
		a.headsCmd(),
		a.historyCmd(),
		a.branchesCmd(),
		a.showCmd(),
		a.checkCmd(),
		a.versionCmd(),
	)
	return root
}

// config loads the configuration.
func (a *app) config() (*config.Config, error) {
	path := a.configPath
	if path == "" {
		if env := os.Getenv("AUTOGEN_CONFIG"); env != "" {
			path = env
		} else {
			found, err := config.Find(".")
			if err != nil {
				return nil, err
			}
			path = found
		}
	}
	return config.Load(path)
}

// project loads the configuration and the revision files.
func (a *app) project() (*config.Config, *script.Dir, error) {
	cfg, err := a.config()
	if err != nil {
		return nil, nil, err
	}
	dir, err := script.Load(cfg.VersionsDir())
	if err != nil {
		return nil, nil, err
	}
	return cfg, dir, nil
}

// open connects to the configured database.
func (a *app) open(ctx context.Context, cfg *config.Config) (*sql.DB, config.Database, error) {
	raw, err := cfg.DatabaseURL(a.dbURL)
	if err != nil {
		return nil, config.Database{}, err
	}
	target, err := config.ParseURL(raw, cfg.Dir)
	if err != nil {
		return nil, target, err
	}
	if target.Dialect != cfg.Dialect {
		return nil, target, fmt.Errorf("the database URL %s is %s, but %s says dialect: %s", target, target.Dialect, filepath.Base(cfg.Path), cfg.Dialect)
	}
	db, err := sql.Open(target.Driver, target.DSN)
	if err != nil {
		return nil, target, fmt.Errorf("open %s: %s", target, target.Scrub(err.Error()))
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, target, fmt.Errorf("connect to %s: %s", target, target.Scrub(err.Error()))
	}
	return db, target, nil
}

// runner returns a Runner over the statically read revisions, for the
// commands that move or read the version table without running revision
// code.
func (a *app) runner(ctx context.Context, cfg *config.Config, dir *script.Dir) (*migrate.Runner, *sql.DB, config.Database, error) {
	db, target, err := a.open(ctx, cfg)
	if err != nil {
		return nil, nil, target, err
	}
	reg := migrate.NewRegistry()
	for _, n := range dir.Graph.Nodes() {
		reg.Add(migrate.Revision{ID: n.ID, Revises: n.Revises, DependsOn: n.DependsOn, BranchLabels: n.BranchLabels, Message: n.Message})
	}
	opts := []migrate.Option{migrate.WithVersionTable(cfg.VersionTable), migrate.WithLock(0), migrate.WithLog(a.stdout)}
	r, err := migrate.New(db, migrate.Dialect(cfg.Dialect), reg, opts...)
	if err != nil {
		db.Close()
		return nil, nil, target, err
	}
	return r, db, target, nil
}

// display returns path relative to the working folder when it is inside
// it, for messages.
func display(path string) string {
	wd, err := os.Getwd()
	if err != nil {
		return path
	}
	if rel, err := filepath.Rel(wd, path); err == nil && filepath.IsLocal(rel) {
		return rel
	}
	return path
}
