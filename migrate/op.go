package migrate

import (
	"context"
	"fmt"
	"runtime"

	"github.com/autogen-go/autogen/dialect"
)

// Op is what a revision's Upgrade and Downgrade functions receive: the
// operations they apply to the database. Operations do not return errors:
// the first failure is kept, later operations do nothing, and the runner
// reports it (with the file and line of the failing call) and rolls the
// transaction back. Err returns it for code that wants to look.
type Op struct {
	ctx  context.Context
	x    execer
	d    Dialect
	impl dialect.Dialect
	err  error
}

// Context returns the context of the upgrade or downgrade: it ends when
// the run is cancelled.
func (op *Op) Context() context.Context { return op.ctx }

// Dialect returns the database the revision is running against, for
// revisions that write dialect-specific SQL.
func (op *Op) Dialect() Dialect { return op.d }

// Err returns the first error of the revision's operations, or nil.
func (op *Op) Err() error { return op.err }

// Exec runs a statement. Arguments use the driver's placeholders: $1, $2…
// on PostgreSQL, ? or $1 on SQLite. Without arguments the text may hold
// several statements separated by semicolons.
func (op *Op) Exec(query string, args ...any) {
	if op.err != nil {
		return
	}
	if _, err := op.x.ExecContext(op.ctx, query, args...); err != nil {
		op.err = &StatementError{Source: caller(1), SQL: query, Err: err}
	}
}

// caller returns file:line of the caller skip frames above the caller of
// caller, relative to the working directory.
func caller(skip int) string {
	_, file, line, ok := runtime.Caller(skip + 1)
	if !ok {
		return ""
	}
	return fmt.Sprintf("%s:%d", relPath(file), line)
}
