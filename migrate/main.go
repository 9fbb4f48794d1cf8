package migrate

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"

	"github.com/autogen-go/autogen/internal/config"
)

// Main is the whole of a migration program: migrations/main.go calls it
// with the project's registry, and `autogen upgrade` and `autogen
// downgrade` build and run that program. It reads autogen.yaml (found in
// the working folder or a parent, or named by --config), connects with the
// driver main.go imports, and runs one command:
//
//	upgrade TARGET        apply revisions up to TARGET (head, heads, +1, <rev>…)
//	downgrade TARGET      undo revisions down to TARGET (-1, base, <rev>…)
//	upgrade [A:]B --sql   print the SQL script instead, without connecting
//	downgrade A:B --sql
//	current               print the revisions the database is at
//	stamp [--purge] REV…  set the version table without running revisions
//
// --db URL (or $AUTOGEN_URL) overrides the configured URL. opts are
// applied after those Main derives from the configuration; by default the
// program takes the migration lock, so that two deploys cannot migrate one
// database at once. Main returns the exit code: 0, or 1 after printing
// the error to stderr.
func Main(revs *Registry, opts ...Option) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := runMain(ctx, os.Args[1:], os.Stdout, revs, opts); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		return 1
	}
	return 0
}

const mainUsage = `usage: migrations [--config FILE] [--db URL] COMMAND [ARGS]

commands:
  upgrade TARGET        apply revisions up to TARGET (head, heads, +1, <rev>, <label>@head)
  upgrade [START:]END --sql
                        print the upgrade's SQL script without connecting
  downgrade TARGET      undo revisions down to TARGET (-1, base, <rev>, <label>@-1)
  downgrade START:END --sql
                        print the downgrade's SQL script without connecting
  current               print the revisions the database is at
  stamp [--purge] REV…  set the version table without running any revision`

func runMain(ctx context.Context, args []string, stdout io.Writer, revs *Registry, extra []Option) error {
	var configPath, dbURL string
	var pos []string
	flags := map[string]bool{}
	for i := 0; i < len(args); i++ {
		a := args[i]
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		switch {
		case !strings.HasPrefix(a, "-") || a == "-" || isRelative(a):
			pos = append(pos, a)
		case name == "config" || name == "db":
			if !hasValue {
				if i+1 >= len(args) {
					return fmt.Errorf("--%s needs a value\n%s", name, mainUsage)
				}
				i++
				value = args[i]
			}
			if name == "config" {
				configPath = value
			} else {
				dbURL = value
			}
		case name == "purge" || name == "v" || name == "verbose":
			flags[name] = true
		case name == "h" || name == "help":
			fmt.Fprintln(stdout, mainUsage)
			return nil
		case name == "sql":
			flags["sql"] = true
		default:
			return fmt.Errorf("unknown flag %s\n%s", a, mainUsage)
		}
	}
	if len(pos) == 0 {
		return errors.New(mainUsage)
	}
	cmd, rest := pos[0], pos[1:]
	switch cmd {
	case "upgrade", "downgrade":
		if len(rest) != 1 {
			return fmt.Errorf("%s takes one target, e.g. `%s %s`", cmd, cmd, map[string]string{"upgrade": "head", "downgrade": "-1"}[cmd])
		}
	case "stamp":
		if len(rest) == 0 {
			return errors.New("stamp takes one or more revisions, e.g. `stamp head`")
		}
	case "current":
		if len(rest) != 0 {
			return errors.New("current takes no arguments")
		}
	default:
		return fmt.Errorf("unknown command %q\n%s", cmd, mainUsage)
	}

	offline := flags["sql"]
	if offline && cmd != "upgrade" && cmd != "downgrade" {
		return fmt.Errorf("--sql is for upgrade and downgrade")
	}
	if !offline && (cmd == "upgrade" || cmd == "downgrade") && strings.Contains(rest[0], ":") {
		return fmt.Errorf("a range %s is for --sql only: online, %s starts where the database is", rest[0], cmd)
	}

	cfg, err := loadConfig(configPath, dbURL)
	if err != nil {
		return err
	}
	opts := []Option{WithVersionTable(cfg.VersionTable), WithLock(0), WithLog(stdout)}
	if cfg.TransactionPerMigration {
		opts = append(opts, WithTransactionPerMigration())
	}
	if len(cfg.NamingConvention) > 0 {
		opts = append(opts, WithNamingConvention(cfg.NamingConvention))
	}
	if offline {
		d := cfg.Dialect
		if d == "" {
			raw, err := cfg.DatabaseURL(dbURL)
			if err != nil {
				return fmt.Errorf("offline SQL needs the dialect: %w", err)
			}
			t, err := config.ParseURL(raw, cfg.Dir)
			if err != nil {
				return err
			}
			d = t.Dialect
		}
		r, err := New(nil, Dialect(d), revs, append(opts, extra...)...)
		if err != nil {
			return err
		}
		if cmd == "upgrade" {
			return r.UpgradeSQL(ctx, stdout, rest[0])
		}
		return r.DowngradeSQL(ctx, stdout, rest[0])
	}
	raw, err := cfg.DatabaseURL(dbURL)
	if err != nil {
		return err
	}
	target, err := config.ParseURL(raw, cfg.Dir)
	if err != nil {
		return err
	}
	if cfg.Dialect != "" && target.Dialect != cfg.Dialect {
		return fmt.Errorf("the database URL %s is %s, but %s says dialect: %s", target, target.Dialect, cfg.Path, cfg.Dialect)
	}
	if !slices.Contains(sql.Drivers(), target.Driver) {
		imp := map[string]string{"pgx": "github.com/jackc/pgx/v5/stdlib", "sqlite": "modernc.org/sqlite"}[target.Driver]
		return fmt.Errorf("no %q database driver in this program: add `import _ %q` to the migration program's main.go", target.Driver, imp)
	}
	db, err := sql.Open(target.Driver, target.DSN)
	if err != nil {
		return fmt.Errorf("open %s: %s", target, target.Scrub(err.Error()))
	}
	defer db.Close()
	if err := db.PingContext(ctx); err != nil {
		return fmt.Errorf("connect to %s: %s", target, target.Scrub(err.Error()))
	}

	r, err := New(db, Dialect(target.Dialect), revs, append(opts, extra...)...)
	if err != nil {
		return err
	}
	err = runCommand(ctx, r, cmd, rest, flags, stdout, target)
	if err != nil {
		return errors.New(target.Scrub(err.Error()))
	}
	return nil
}

func runCommand(ctx context.Context, r *Runner, cmd string, rest []string, flags map[string]bool, stdout io.Writer, target config.Database) error {
	switch cmd {
	case "upgrade":
		return r.Upgrade(ctx, rest[0])
	case "downgrade":
		return r.Downgrade(ctx, rest[0])
	case "stamp":
		return r.Stamp(ctx, rest, flags["purge"])
	default: // current
		heads, err := r.Current(ctx)
		if err != nil {
			return err
		}
		if flags["v"] || flags["verbose"] {
			fmt.Fprintf(stdout, "Current revision(s) for %s:\n", target)
		}
		for _, h := range heads {
			fmt.Fprintln(stdout, h)
		}
		return nil
	}
}

// isRelative tells "-1" and "-2" (downgrade targets) from flags.
func isRelative(a string) bool {
	if len(a) < 2 || a[0] != '-' {
		return false
	}
	for _, c := range a[1:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// loadConfig reads the configuration file; without one, a database URL
// from --db or $AUTOGEN_URL is enough, with the defaults.
func loadConfig(path, dbURL string) (*config.Config, error) {
	if path == "" {
		found, err := config.Find(".")
		if err != nil {
			if dbURL != "" || os.Getenv(config.EnvURL) != "" {
				wd, _ := os.Getwd()
				return &config.Config{Dir: wd, Path: config.FileName, VersionTable: config.DefaultVersionTable}, nil
			}
			return nil, err
		}
		path = found
	}
	return config.Load(path)
}
