package migrate

import (
	"fmt"
	"strings"
)

// MigrationError is a revision that failed: its step, what failed, and
// what state the database was left in.
type MigrationError struct {
	Step     string // "upgrade 1975ea83b712 -> 3f2a9c1b7d4e, add accounts"
	Revision string // the failing revision's id
	Err      error  // often a *StatementError
	State    string // "rolled back: the database is still at 1975ea83b712"
}

func (e *MigrationError) Error() string {
	msg := fmt.Sprintf("%s: %v", e.Step, e.Err)
	if e.State != "" {
		msg += "\n" + e.State
	}
	return msg
}

func (e *MigrationError) Unwrap() error { return e.Err }

// StatementError is a statement the database refused.
type StatementError struct {
	Source string // file:line of the operation in the revision file
	SQL    string // the statement
	Err    error  // the driver's error
}

func (e *StatementError) Error() string {
	at := ""
	if e.Source != "" {
		at = e.Source + ": "
	}
	return fmt.Sprintf("%s%v%s\n    in: %s", at, e.Err, hint(e.Err), indent(e.SQL))
}

// hint adds what to do to a database error whose fix is not in the
// revision.
func hint(err error) string {
	if strings.Contains(err.Error(), "SQLSTATE 53200") {
		// out of shared memory: the lock table is full.
		return "\n    (one transaction took more locks than max_locks_per_transaction allows: raise it, or split the revision)"
	}
	return ""
}

func (e *StatementError) Unwrap() error { return e.Err }

func indent(sql string) string {
	return strings.ReplaceAll(strings.TrimSpace(sql), "\n", "\n        ")
}
