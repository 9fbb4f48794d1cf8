package model

import (
	"cmp"
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/autogen-go/autogen/schema"
)

// ErrNoModels is returned (wrapped) by [Load] when the packages hold no
// model struct.
var ErrNoModels = errors.New("model: no model structs found")

// Error is a problem with one model: where it is (file:line), the Go
// type and field it concerns, and what to do about it.
type Error struct {
	Pos   schema.Pos // "file:line"; the file is relative to Options.Dir when inside it
	Type  string     // the Go type, "models.User"; "" when the problem is not in one type
	Field string     // the Go field, "Email"; "" when the problem is the whole type
	Msg   string
	Err   error // the underlying error, if any
}

// Error returns "file:line: Type.Field: message".
func (e *Error) Error() string {
	var b strings.Builder
	if e.Pos != "" {
		b.WriteString(string(e.Pos))
		b.WriteString(": ")
	}
	switch {
	case e.Type != "" && e.Field != "":
		b.WriteString(e.Type + "." + e.Field + ": ")
	case e.Type != "":
		b.WriteString(e.Type + ": ")
	case e.Field != "":
		b.WriteString(e.Field + ": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// Errors is every problem found in the models, sorted by position. Load
// and Build report all of them at once.
type Errors []*Error

// Error returns one problem per line.
func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Unwrap returns the errors, for errors.Is and errors.As.
func (es Errors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

// sortErrors orders errors by file, line, type, field and message, and
// drops exact duplicates.
func sortErrors(es Errors) Errors {
	slices.SortStableFunc(es, func(a, b *Error) int {
		fa, la := splitPos(a.Pos)
		fb, lb := splitPos(b.Pos)
		return cmp.Or(strings.Compare(fa, fb), cmp.Compare(la, lb), strings.Compare(a.Type, b.Type),
			strings.Compare(a.Field, b.Field), strings.Compare(a.Msg, b.Msg))
	})
	return slices.CompactFunc(es, func(a, b *Error) bool { return a.Error() == b.Error() })
}

func splitPos(p schema.Pos) (string, int) {
	s := string(p)
	i := strings.LastIndexByte(s, ':')
	if i < 0 {
		return s, 0
	}
	n, err := strconv.Atoi(s[i+1:])
	if err != nil {
		return s, 0
	}
	return s[:i], n
}
