package migrate

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"strings"
	"time"

	"github.com/autogen-go/autogen/dialect"
	"github.com/autogen-go/autogen/dialect/postgres"
	"github.com/autogen-go/autogen/dialect/sqlite"
	"github.com/autogen-go/autogen/internal/graph"
	"github.com/autogen-go/autogen/naming"
)

// Dialect names the database a Runner talks to.
type Dialect string

// The dialects.
const (
	Postgres Dialect = "postgres"
	SQLite   Dialect = "sqlite"
)

func (d Dialect) impl() (dialect.Dialect, error) {
	switch d {
	case Postgres:
		return postgres.Dialect{}, nil
	case SQLite:
		return sqlite.Dialect{}, nil
	}
	return nil, fmt.Errorf("migrate: unknown dialect %q: use migrate.Postgres or migrate.SQLite", string(d))
}

// DB is the connection a Runner works on: the application's *sql.DB or a
// *sql.Conn taken from it. A Runner opens no connection of its own: with a
// *sql.DB it borrows one connection from the pool for each call; with a
// *sql.Conn it uses that one (which is what an in-memory SQLite database
// needs).
type DB interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// execer is what statements run on: a *sql.Conn, here always inside a
// transaction the runner opened.
type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// Option configures a Runner.
type Option func(*options) error

type options struct {
	table        string
	lock         bool
	lockTimeout  time.Duration
	perMigration bool
	log          io.Writer
	naming       naming.Convention
}

// WithVersionTable names the version table (default "autogen_version").
func WithVersionTable(name string) Option {
	return func(o *options) error {
		if err := graph.ValidateID(name); err != nil || len(name) > 59 || name[0] >= '0' && name[0] <= '9' {
			return fmt.Errorf("migrate: version table name %q: use letters, digits and underscores, at most 59 characters", name)
		}
		o.table = name
		return nil
	}
}

// WithLock makes the runner hold a lock while it migrates, so that when
// several processes (replicas starting at once) migrate one database,
// each revision is applied once: one process works, the others wait for
// it and then find nothing left to do. PostgreSQL: a session advisory lock
// keyed on the version table's name. SQLite: the database's write lock,
// waiting up to timeout (0: ten minutes) for it.
func WithLock(timeout time.Duration) Option {
	return func(o *options) error {
		if timeout < 0 {
			return fmt.Errorf("migrate: negative lock timeout %s", timeout)
		}
		if timeout == 0 {
			timeout = 10 * time.Minute
		}
		o.lock, o.lockTimeout = true, timeout
		return nil
	}
}

// WithTransactionPerMigration commits each revision on its own instead of
// running the whole upgrade or downgrade in one transaction.
func WithTransactionPerMigration() Option {
	return func(o *options) error { o.perMigration = true; return nil }
}

// WithNamingConvention sets the templates that name constraints and
// indexes created without a name (keys ix, uq, ck, fk, pk, with
// SQLAlchemy's tokens); the others keep autogen's defaults.
func WithNamingConvention(templates map[string]string) Option {
	return func(o *options) error {
		c, err := naming.FromConfig(templates)
		if err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
		o.naming = c
		return nil
	}
}

// WithLog writes one line per step to w: "Running upgrade a -> b, message
// (12ms)". The default writes nothing.
func WithLog(w io.Writer) Option {
	return func(o *options) error { o.log = w; return nil }
}

// Runner applies a registry's revisions to one database. Its methods may
// be called one at a time; a Runner is not safe for concurrent use (use
// one per goroutine, with WithLock across processes).
type Runner struct {
	db    DB
	d     dialect.Dialect
	g     *graph.Graph
	revs  map[string]*Revision
	vt    versionTable
	opts  options
	dname Dialect
}

// New checks the registry's revisions (ids, parents, cycles) and returns
// a Runner for db, which speaks dialect d.
func New(db DB, d Dialect, revs *Registry, opts ...Option) (*Runner, error) {
	impl, err := d.impl()
	if err != nil {
		return nil, err
	}
	switch db.(type) {
	case *sql.DB, *sql.Conn, nil: // nil: offline SQL only
	default:
		return nil, fmt.Errorf("migrate: %T is not supported: pass a *sql.DB or a *sql.Conn", db)
	}
	if revs == nil {
		return nil, errors.New("migrate: nil registry")
	}
	o := options{table: "autogen_version", log: io.Discard, naming: naming.Default()}
	for _, opt := range opts {
		if err := opt(&o); err != nil {
			return nil, err
		}
	}
	g, byID, err := revs.graph()
	if err != nil {
		return nil, fmt.Errorf("migrate: %w", err)
	}
	return &Runner{db: db, d: impl, g: g, revs: byID, vt: versionTable{name: o.table, d: impl}, opts: o, dname: d}, nil
}

// Heads returns the revisions no revision revises: where `upgrade heads`
// goes.
func (r *Runner) Heads() []string { return r.g.Heads() }

// Current returns the revisions the database is at: the rows of the
// version table, sorted; none before the first upgrade.
func (r *Runner) Current(ctx context.Context) ([]string, error) {
	var heads []string
	err := r.withConn(ctx, func(c *sql.Conn) error {
		var err error
		heads, err = r.vt.heads(ctx, c)
		return err
	})
	return heads, err
}

// Upgrade applies the revisions up to target: "head", "heads", a revision
// id or a unique prefix of one, "+N", "label@head", "<rev>+N".
func (r *Runner) Upgrade(ctx context.Context, target string) error {
	return r.migrate(ctx, target, true)
}

// Downgrade undoes revisions down to target: "-1", "base", a revision,
// "label@-1", "<rev>-N".
func (r *Runner) Downgrade(ctx context.Context, target string) error {
	return r.migrate(ctx, target, false)
}

// Stamp sets the version table to targets without running any revision.
// With purge, the table is emptied first, which also clears rows that name
// revisions this code does not have.
func (r *Runner) Stamp(ctx context.Context, targets []string, purge bool) error {
	return r.withLocked(ctx, func(c *sql.Conn) error {
		return r.inTx(ctx, c, func(*online) error {
			var heads []string
			if purge {
				if err := r.vt.ensure(ctx, c); err != nil {
					return err
				}
				if _, err := c.ExecContext(ctx, "DELETE FROM "+r.vt.quoted()); err != nil {
					return fmt.Errorf("purge version table %s: %w", r.vt.name, err)
				}
			} else {
				var err error
				if heads, err = r.vt.heads(ctx, c); err != nil {
					return err
				}
			}
			steps, err := r.g.StampSteps(heads, targets)
			if err != nil {
				return err
			}
			if err := r.vt.ensure(ctx, c); err != nil {
				return err
			}
			h := r.g.NewHeads(heads)
			for _, s := range steps {
				if _, err := h.Apply(s); err != nil {
					return err
				}
				fmt.Fprintf(r.opts.log, "Running %s\n", s)
			}
			return r.vt.sync(ctx, c, heads, h.IDs())
		})
	})
}

// migrate runs an upgrade or a downgrade: in one transaction, or one per
// revision, planning again from the version table at each transaction so
// that another process's progress is taken into account.
func (r *Runner) migrate(ctx context.Context, target string, up bool) error {
	verb := map[bool]string{true: "upgrade", false: "downgrade"}[up]
	return r.withLocked(ctx, func(c *sql.Conn) error {
		absolute := ""
		ran := 0
		for {
			var steps []graph.Step
			var start []string
			done := false
			err := r.inTx(ctx, c, func(x *online) error {
				heads, err := r.vt.heads(ctx, c)
				if err != nil {
					return err
				}
				start = heads
				if absolute == "" {
					if up {
						absolute, err = r.g.AbsoluteUpgradeTarget(heads, target)
					} else {
						absolute, err = r.g.AbsoluteDowngradeTarget(heads, target)
					}
					if err != nil {
						return err
					}
				}
				if up {
					steps, err = r.g.UpgradeSteps(heads, absolute)
				} else {
					steps, err = r.g.DowngradeSteps(heads, absolute)
				}
				if err != nil {
					return err
				}
				if len(steps) == 0 {
					done = true
					return nil
				}
				if err := r.vt.ensure(ctx, c); err != nil {
					return err
				}
				if r.opts.perMigration {
					steps = steps[:1]
				}
				h := r.g.NewHeads(heads)
				// The table gets the net change once, before COMMIT
				// (rewriting one row per step costs PostgreSQL a dead
				// tuple per step inside the transaction), and before an
				// autocommit block commits what came before it.
				written := heads
				x.flush = func(ctx context.Context) error {
					now := h.IDs()
					if err := r.vt.sync(ctx, c, written, now); err != nil {
						return err
					}
					written = now
					return nil
				}
				for _, s := range steps {
					if err := r.runStep(ctx, x, s, h); err != nil {
						return err
					}
				}
				return x.flush(ctx)
			})
			if err != nil {
				var me *MigrationError
				if errors.As(err, &me) {
					me.State = r.stateAfterFailure(start, ran)
				}
				return err
			}
			if done {
				if ran == 0 {
					fmt.Fprintf(r.opts.log, "Nothing to %s: the database is at %s\n", verb, describe(start))
				}
				return nil
			}
			ran += len(steps)
			if !r.opts.perMigration {
				return nil
			}
		}
	})
}

func (r *Runner) stateAfterFailure(start []string, ran int) string {
	s := "rolled back: the database is still at " + describe(start)
	switch {
	case ran == 1:
		s += " (the revision before it was committed)"
	case ran > 1:
		s += fmt.Sprintf(" (the %d revisions before it were committed)", ran)
	}
	return s
}

func describe(heads []string) string {
	if len(heads) == 0 {
		return "base"
	}
	return strings.Join(heads, ", ")
}

// runStep runs one revision and moves the heads (in memory; the caller
// writes them).
func (r *Runner) runStep(ctx context.Context, x executor, s graph.Step, h *graph.Heads) error {
	rev := r.revs[s.Node.ID]
	fn := rev.Downgrade
	if s.Up {
		fn = rev.Upgrade
	}
	fmt.Fprintf(r.opts.log, "Running %s", s)
	start := time.Now()
	op := r.newOp(ctx, x)
	if err := callRevision(fn, op); err != nil {
		fmt.Fprintln(r.opts.log)
		return &MigrationError{Step: s.String(), Revision: s.Node.ID, Err: err}
	}
	if _, err := h.Apply(s); err != nil {
		fmt.Fprintln(r.opts.log)
		return &MigrationError{Step: s.String(), Revision: s.Node.ID, Err: err}
	}
	fmt.Fprintf(r.opts.log, " (%s)\n", roundDuration(time.Since(start)))
	return nil
}

// callRevision runs a revision's function, turning a panic into an error
// so that the transaction is rolled back like for any other failure.
func callRevision(fn func(*Op) error, op *Op) (err error) {
	if fn == nil {
		return nil
	}
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v", p)
		}
	}()
	err = fn(op)
	if op.err != nil {
		return op.err
	}
	return err
}

func roundDuration(d time.Duration) time.Duration {
	switch {
	case d >= time.Second:
		return d.Round(10 * time.Millisecond)
	case d >= time.Millisecond:
		return d.Round(100 * time.Microsecond)
	default:
		return d.Round(time.Microsecond)
	}
}

// withConn runs fn on one connection: the caller's *sql.Conn, or one
// borrowed from the caller's *sql.DB for the length of fn.
func (r *Runner) withConn(ctx context.Context, fn func(*sql.Conn) error) error {
	switch db := r.db.(type) {
	case *sql.Conn:
		return fn(db)
	case *sql.DB:
		c, err := db.Conn(ctx)
		if err != nil {
			return fmt.Errorf("migrate: connect: %w", err)
		}
		defer c.Close()
		return fn(c)
	case nil:
		return errors.New("migrate: this Runner has no database (it was made for offline SQL)")
	}
	return fmt.Errorf("migrate: %T is not supported", r.db)
}

// withLocked runs fn on one connection, holding the migration lock when
// the runner was asked to.
func (r *Runner) withLocked(ctx context.Context, fn func(*sql.Conn) error) error {
	return r.withConn(ctx, func(c *sql.Conn) error {
		if !r.opts.lock {
			return fn(c)
		}
		switch r.dname {
		case Postgres:
			key := lockKey(r.vt.name)
			lctx, cancel := context.WithTimeout(ctx, r.opts.lockTimeout)
			_, err := c.ExecContext(lctx, "SELECT pg_advisory_lock($1)", key)
			cancel()
			if err != nil {
				return fmt.Errorf("migrate: take the migration lock (advisory lock %d): %w", key, err)
			}
			defer c.ExecContext(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", key) //nolint:errcheck // the session ends the lock anyway
		case SQLite:
			var prev int64
			if err := c.QueryRowContext(ctx, "PRAGMA busy_timeout").Scan(&prev); err != nil {
				return fmt.Errorf("migrate: read busy_timeout: %w", err)
			}
			if _, err := c.ExecContext(ctx, fmt.Sprintf("PRAGMA busy_timeout = %d", r.opts.lockTimeout.Milliseconds())); err != nil {
				return fmt.Errorf("migrate: set busy_timeout: %w", err)
			}
			defer c.ExecContext(context.WithoutCancel(ctx), fmt.Sprintf("PRAGMA busy_timeout = %d", prev)) //nolint:errcheck // restoring a setting
		}
		return fn(c)
	})
}

// lockKey derives the advisory lock's key from the version table's name.
func lockKey(table string) int64 {
	h := fnv.New64a()
	h.Write([]byte("autogen:" + table))
	return int64(h.Sum64())
}

// newOp returns the Op a revision's function receives.
func (r *Runner) newOp(ctx context.Context, x executor) *Op {
	return &Op{ctx: ctx, x: x, d: r.dname, impl: r.d, naming: r.opts.naming}
}

// inTx runs fn inside a transaction on c, opened with the dialect's BEGIN
// (BEGIN IMMEDIATE on SQLite), committed when fn succeeds and rolled back
// when it fails, panics, or ctx ends.
//
// On SQLite, foreign key enforcement is switched off around the
// transaction (it cannot change inside one) when it was on, as SQLite's
// procedure for rebuilding tables requires. foreign_key_check runs on
// the whole database when the transaction begins and before it commits,
// which fails if the run added violations; enforcement comes back after
// it. A run with enforcement off fires no ON DELETE or ON UPDATE action.
func (r *Runner) inTx(ctx context.Context, c *sql.Conn, fn func(*online) error) (err error) {
	x := &online{c: c, begin: r.d.BeginSQL()}
	fkOn := false
	if r.dname == SQLite {
		var on int
		if err := c.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&on); err != nil {
			return fmt.Errorf("migrate: read foreign_keys: %w", err)
		}
		if on == 1 {
			if _, err := c.ExecContext(ctx, "PRAGMA foreign_keys = OFF"); err != nil {
				return fmt.Errorf("migrate: switch foreign_keys off: %w", err)
			}
			fkOn = true
			defer c.ExecContext(context.WithoutCancel(ctx), "PRAGMA foreign_keys = ON") //nolint:errcheck // restoring a setting
		}
	}
	if _, err := c.ExecContext(ctx, x.begin); err != nil {
		return fmt.Errorf("migrate: begin transaction: %w", err)
	}
	if fkOn {
		// Violations already there are not the migration's to answer for.
		// A schema SQLite cannot check at all (a foreign key to columns
		// with no unique index: "foreign key mismatch") is left
		// unchecked, so that a revision can repair it.
		if before, err := fkViolations(ctx, c); err == nil {
			x.fkCheck, x.fkBefore = true, before
		}
	}
	committed := false
	defer func() {
		if !committed {
			// A cancelled ctx must not stop the rollback.
			_, _ = c.ExecContext(context.WithoutCancel(ctx), "ROLLBACK")
		}
	}()
	if err := fn(x); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if x.fkCheck {
		if _, err := checkForeignKeys(ctx, c, x.fkBefore); err != nil {
			return fmt.Errorf("migrate: %w; rolled back", err)
		}
	}
	if _, err := c.ExecContext(ctx, "COMMIT"); err != nil {
		return fmt.Errorf("migrate: commit: %w", err)
	}
	committed = true
	return nil
}
