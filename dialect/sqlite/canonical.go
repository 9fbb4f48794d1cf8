package sqlite

import (
	"math"
	"strconv"
	"strings"
)

// Affinity returns the type affinity SQLite gives a column of declared
// type decl (https://sqlite.org/datatype3.html#determination_of_column_affinity):
// "INTEGER", "TEXT", "BLOB", "REAL" or "NUMERIC".
func Affinity(decl string) string {
	d := strings.ToUpper(decl)
	switch {
	case strings.Contains(d, "INT"):
		return "INTEGER"
	case strings.Contains(d, "CHAR"), strings.Contains(d, "CLOB"), strings.Contains(d, "TEXT"):
		return "TEXT"
	case strings.Contains(d, "BLOB"), strings.TrimSpace(d) == "":
		return "BLOB"
	case strings.Contains(d, "REAL"), strings.Contains(d, "FLOA"), strings.Contains(d, "DOUB"):
		return "REAL"
	}
	return "NUMERIC"
}

// NormalizeType returns a declared type in a canonical spelling: upper
// case, words separated by one space, no spaces around parentheses and
// commas ("varchar ( 20 )" → "VARCHAR(20)"). SQLite keeps declared types
// as written, so this is a rule, not the database's doing; which types
// mean the same (INT and INTEGER) is ParseType's kind, and storage is
// Affinity's.
func NormalizeType(decl string) string {
	toks, err := tokenize(decl)
	if err != nil {
		return strings.TrimSpace(decl)
	}
	var b strings.Builder
	for i, t := range toks {
		text := t.text
		switch t.kind {
		case tokWord:
			text = strings.ToUpper(text)
		case tokQuoted:
			text = `"` + strings.ReplaceAll(text, `"`, `""`) + `"`
		}
		if i > 0 && t.kind != tokPunct && toks[i-1].kind != tokPunct {
			b.WriteByte(' ')
		}
		b.WriteString(text)
	}
	return b.String()
}

// NormalizeDefault returns a default expression in a canonical form, for
// a column of declared type decl. SQLite keeps a default as written (the
// pragma drops only the parentheses around an expression), so these are
// rules that follow what SQLite stores in a new row:
//
//   - outer parentheses go: (0) is 0;
//   - NULL (no default) is "";
//   - TRUE and FALSE are 1 and 0, which SQLite makes of them;
//   - a literal takes the column's affinity, as the stored value does: on
//     INTEGER and NUMERIC columns '5' and 5.0 are 5; on REAL columns 5 is
//     5.0; on TEXT columns 5 is '5'; BLOB columns convert nothing;
//   - a double-quoted word is the string it spells: "x" is 'x';
//   - datetime('now'), date('now') and time('now') are CURRENT_TIMESTAMP,
//     CURRENT_DATE and CURRENT_TIME, whose values they return;
//   - other expressions: keywords and function names in lower case, one
//     space between words, none inside parentheses or before commas.
//
// NormalizeDefault is idempotent.
func NormalizeDefault(decl, expr string) string {
	toks, err := tokenize(expr)
	if err != nil {
		return strings.TrimSpace(expr)
	}
	for len(toks) >= 2 && toks[0].punct("(") && toks[len(toks)-1].punct(")") && closes(toks) {
		toks = toks[1 : len(toks)-1]
	}
	if len(toks) == 0 {
		return ""
	}
	if len(toks) == 1 && toks[0].kind == tokQuoted && strings.HasPrefix(expr[toks[0].pos:], `"`) {
		// A double-quoted word that names nothing is a string to SQLite,
		// and a default names nothing: DEFAULT "x" is 'x'.
		toks = []token{{kind: tokString, text: quote(toks[0].text)}}
	}
	aff := Affinity(decl)
	if lit, ok := literal(toks); ok {
		return lit.canonical(aff)
	}
	if len(toks) == 4 && toks[0].kind == tokWord && toks[1].punct("(") && toks[2].kind == tokString &&
		strings.EqualFold(toks[2].text, "'now'") && toks[3].punct(")") {
		switch strings.ToLower(toks[0].text) {
		case "datetime":
			return "CURRENT_TIMESTAMP"
		case "date":
			return "CURRENT_DATE"
		case "time":
			return "CURRENT_TIME"
		}
	}
	var b strings.Builder
	for i, t := range toks {
		text := t.text
		switch t.kind {
		case tokWord:
			text = strings.ToLower(text)
		case tokQuoted:
			text = `"` + strings.ReplaceAll(text, `"`, `""`) + `"`
		}
		if i > 0 && space(toks[i-1], t) {
			b.WriteByte(' ')
		}
		b.WriteString(text)
	}
	return b.String()
}

// closes reports whether the first token's parenthesis closes at the
// last token.
func closes(toks []token) bool {
	depth := 0
	for i, t := range toks {
		switch {
		case t.punct("("):
			depth++
		case t.punct(")"):
			depth--
			if depth == 0 {
				return i == len(toks)-1
			}
		}
	}
	return false
}

// space reports whether one space goes between tokens a and b.
func space(a, b token) bool {
	name := func(t token) bool { return t.kind == tokWord || t.kind == tokQuoted }
	switch {
	case a.punct("("), b.punct(")"), b.punct(","):
		return false
	case a.punct(".") && name(b), b.punct(".") && name(a):
		return false // schema.table.column
	case b.punct("(") && a.kind == tokWord:
		return false // a function call
	}
	return true
}

// lit is a literal default: a number, a string, NULL, or a keyword.
type lit struct {
	kind tokKind // tokNumber, tokString, tokBlob, tokWord
	text string  // the number with its sign, the string's quoted text, the upper-case keyword
}

// literal reports whether toks are one literal, maybe signed.
func literal(toks []token) (lit, bool) {
	switch {
	case len(toks) == 1 && toks[0].kind == tokNumber:
		return lit{tokNumber, toks[0].text}, true
	case len(toks) == 2 && (toks[0].punct("-") || toks[0].punct("+")) && toks[1].kind == tokNumber:
		sign := ""
		if toks[0].punct("-") {
			sign = "-"
		}
		return lit{tokNumber, sign + toks[1].text}, true
	case len(toks) == 1 && toks[0].kind == tokString:
		return lit{tokString, toks[0].text}, true
	case len(toks) == 1 && toks[0].kind == tokBlob:
		return lit{tokBlob, "X" + strings.ToUpper(toks[0].text[1:])}, true
	case len(toks) == 1 && toks[0].kind == tokWord:
		switch w := strings.ToUpper(toks[0].text); w {
		case "NULL", "TRUE", "FALSE", "CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_TIME":
			return lit{tokWord, w}, true
		}
	}
	return lit{}, false
}

// canonical returns the literal as a column of affinity aff stores it.
func (l lit) canonical(aff string) string {
	switch l.kind {
	case tokWord:
		switch l.text {
		case "NULL":
			return ""
		case "TRUE":
			return number("1", aff, false)
		case "FALSE":
			return number("0", aff, false)
		}
		return l.text
	case tokNumber:
		if aff == "TEXT" {
			return quote(number(l.text, "", false))
		}
		return number(l.text, aff, false)
	case tokString:
		s := strings.ReplaceAll(l.text[1:len(l.text)-1], "''", "'")
		if aff == "INTEGER" || aff == "NUMERIC" || aff == "REAL" {
			if n := number(strings.TrimSpace(s), aff, true); n != "" {
				return n
			}
		}
		return quote(s)
	}
	return l.text
}

// number returns a numeric literal in canonical form for affinity aff:
// integers as integers (reals too, on INTEGER and NUMERIC columns, when
// they are whole), reals with a decimal point. text that is no number
// comes back as it is, or "" when strict.
func number(text, aff string, strict bool) string {
	clean := strings.ReplaceAll(text, "_", "")
	neg := strings.HasPrefix(clean, "-")
	unsigned := strings.TrimLeft(clean, "+-")
	if len(unsigned) > 2 && (unsigned[:2] == "0x" || unsigned[:2] == "0X") && !strict {
		if v, err := strconv.ParseUint(unsigned[2:], 16, 64); err == nil {
			i := int64(v)
			if neg {
				i = -i
			}
			clean = strconv.FormatInt(i, 10)
		}
	}
	if i, err := strconv.ParseInt(clean, 10, 64); err == nil {
		if aff == "REAL" {
			return formatReal(float64(i))
		}
		return strconv.FormatInt(i, 10)
	}
	f, err := strconv.ParseFloat(clean, 64)
	if err != nil || math.IsInf(f, 0) && !strict {
		if strict {
			return ""
		}
		return text
	}
	if (aff == "INTEGER" || aff == "NUMERIC") && f == math.Trunc(f) && math.Abs(f) < 1<<63 {
		return strconv.FormatInt(int64(f), 10)
	}
	return formatReal(f)
}

// formatReal formats a float with a decimal point or an exponent.
func formatReal(f float64) string {
	s := strconv.FormatFloat(f, 'g', -1, 64)
	if !strings.ContainsAny(s, ".eEn") {
		s += ".0"
	}
	return s
}

func quote(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }
