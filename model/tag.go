package model

import (
	"fmt"
	"go/constant"
	"go/types"
	"strings"
)

// splitOptions splits a `db` tag on the commas that are outside
// parentheses, brackets and quotes, so that type:numeric(10,2),
// check:(a IN (1,2)) and default:ARRAY['a', 'b'] stay one option each.
func splitOptions(s string) ([]string, error) {
	var out []string
	var open []byte // the brackets open, innermost last
	start := 0
	var quote byte
	pair := map[byte]byte{')': '(', ']': '['}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == quote {
				if i+1 < len(s) && s[i+1] == quote { // a doubled quote inside a literal
					i++
					continue
				}
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '(' || c == '[':
			open = append(open, c)
		case c == ')' || c == ']':
			if len(open) == 0 || open[len(open)-1] != pair[c] {
				return nil, errf("a `%c` without its `%c`", c, pair[c])
			}
			open = open[:len(open)-1]
		case c == ',' && len(open) == 0:
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	if quote != 0 {
		return nil, errf("a quote (%c) that is not closed: a value with an apostrophe is quoted, the apostrophe doubled (comment:'it''s')", quote)
	}
	if len(open) > 0 {
		closer := map[byte]byte{'(': ')', '[': ']'}[open[len(open)-1]]
		return nil, errf("a `%c` without its `%c`", open[len(open)-1], closer)
	}
	return append(out, s[start:]), nil
}

// splitTop splits s on sep where it is outside parentheses and quotes.
func splitTop(s string, sep byte) []string {
	var out []string
	depth, start := 0, 0
	var quote byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '(':
			depth++
		case c == ')':
			depth--
		case c == sep && depth == 0:
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// parenEnd returns the index of the parenthesis that closes the one at
// s[open], or -1.
func parenEnd(s string, open int) int {
	depth := 0
	var quote byte
	for i := open; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '(':
			depth++
		case c == ')':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// unquote removes single quotes around s ('it”s' is it's).
func unquote(s string) string {
	if len(s) >= 2 && s[0] == '\'' && s[len(s)-1] == '\'' {
		return strings.ReplaceAll(s[1:len(s)-1], "''", "'")
	}
	return s
}

// isIdent reports whether s is a plain SQL identifier.
func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, c := range s {
		if c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9' {
			continue
		}
		return false
	}
	return true
}

type tagError string

func (e tagError) Error() string { return string(e) }

func errf(format string, args ...any) error {
	if len(args) == 0 {
		return tagError(format)
	}
	return tagError(fmt.Sprintf(format, args...))
}

// constantString returns the value of a string constant.
func constantString(tv types.TypeAndValue) (string, bool) {
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}
