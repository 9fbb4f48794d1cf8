package migrate_test

import (
	"errors"
	"strings"
	"testing"

	m "github.com/autogen-go/autogen/migrate"
)

func TestStatementErrorHint(t *testing.T) {
	full := &m.StatementError{
		Source: "versions/0001_all.go:12",
		SQL:    "CREATE TABLE t_1999 (id integer)",
		Err:    errors.New("ERROR: out of shared memory (SQLSTATE 53200)"),
	}
	got := full.Error()
	for _, want := range []string{"versions/0001_all.go:12: ERROR: out of shared memory", "max_locks_per_transaction", "in: CREATE TABLE t_1999"} {
		if !strings.Contains(got, want) {
			t.Errorf("error = %q, want it to contain %q", got, want)
		}
	}
	plain := &m.StatementError{SQL: "SELECT 1/0", Err: errors.New("ERROR: division by zero (SQLSTATE 22012)")}
	if strings.Contains(plain.Error(), "max_locks") {
		t.Errorf("error = %q: a hint on an unrelated error", plain.Error())
	}
}
