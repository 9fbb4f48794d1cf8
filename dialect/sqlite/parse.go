package sqlite

import (
	"errors"
	"fmt"
	"strings"
)

// This file reads what SQLite's pragmas do not say from the CREATE TABLE
// and CREATE INDEX text SQLite stores in sqlite_schema: constraint names,
// CHECK constraints, AUTOINCREMENT, collations, generated expressions,
// deferrable foreign keys, index expressions and predicates. It is a
// small tokenizer and a recursive-descent reader of SQLite's grammar for
// those two statements; expressions are not parsed, only delimited, and
// kept as the text that was written.

// tokKind is the kind of a token.
type tokKind int

const (
	tokEOF    tokKind = iota
	tokWord           // a bare word: an identifier or a keyword
	tokQuoted         // an identifier in "…", […] or `…`
	tokString         // '…'
	tokBlob           // x'…'
	tokNumber         // 12, 1.5e3, 0x1F
	tokVar            // ?, ?1, :name, @name, $name
	tokPunct          // ( ) , ; . and operators
)

// token is one token of the source, with its byte span.
type token struct {
	kind     tokKind
	text     string // the identifier (unquoted), or the source text
	pos, end int
}

// word reports whether t is the bare word w (any case).
func (t token) word(w string) bool { return t.kind == tokWord && strings.EqualFold(t.text, w) }

// punct reports whether t is the punctuation p.
func (t token) punct(p string) bool { return t.kind == tokPunct && t.text == p }

// tokenize splits src into tokens, dropping spaces and comments.
func tokenize(src string) ([]token, error) { return tokenizeInto(nil, src) }

// tokenizeInto is tokenize appending to buf[:0], to reuse its memory.
func tokenizeInto(buf []token, src string) ([]token, error) {
	toks := buf[:0]
	if cap(toks) < len(src)/4 {
		toks = make([]token, 0, len(src)/4)
	}
	i := 0
	for i < len(src) {
		c := src[i]
		start := i
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			i++
			continue
		case c == '-' && i+1 < len(src) && src[i+1] == '-':
			for i < len(src) && src[i] != '\n' {
				i++
			}
			continue
		case c == '/' && i+1 < len(src) && src[i+1] == '*':
			end := strings.Index(src[i+2:], "*/")
			if end < 0 {
				i = len(src) // SQLite accepts a comment left open at the end
				continue
			}
			i += end + 4
			continue
		case c == '\'':
			end, err := closeQuote(src, i, '\'')
			if err != nil {
				return nil, err
			}
			toks = append(toks, token{tokString, src[i:end], start, end})
			i = end
		case c == '"' || c == '`':
			end, err := closeQuote(src, i, c)
			if err != nil {
				return nil, err
			}
			q := string(c)
			toks = append(toks, token{tokQuoted, strings.ReplaceAll(src[i+1:end-1], q+q, q), start, end})
			i = end
		case c == '[':
			end := strings.IndexByte(src[i:], ']')
			if end < 0 {
				return nil, fmt.Errorf("unterminated [identifier] at offset %d", i)
			}
			toks = append(toks, token{tokQuoted, src[i+1 : i+end], start, i + end + 1})
			i += end + 1
		case (c == 'x' || c == 'X') && i+1 < len(src) && src[i+1] == '\'':
			end, err := closeQuote(src, i+1, '\'')
			if err != nil {
				return nil, err
			}
			toks = append(toks, token{tokBlob, src[i:end], start, end})
			i = end
		case isDigit(c) || c == '.' && i+1 < len(src) && isDigit(src[i+1]):
			i = scanNumber(src, i)
			toks = append(toks, token{tokNumber, src[start:i], start, i})
		case isIdentStart(c):
			for i < len(src) && isIdentPart(src[i]) {
				i++
			}
			toks = append(toks, token{tokWord, src[start:i], start, i})
		case c == '?' || c == ':' || c == '@' || c == '$':
			i++
			for i < len(src) && isIdentPart(src[i]) {
				i++
			}
			toks = append(toks, token{tokVar, src[start:i], start, i})
		default:
			n := 1
			if i+1 < len(src) {
				switch src[i : i+2] {
				case "||", "<=", ">=", "==", "!=", "<>", "<<", ">>", "->":
					n = 2
					if src[i:i+2] == "->" && i+2 < len(src) && src[i+2] == '>' {
						n = 3
					}
				}
			}
			i += n
			toks = append(toks, token{tokPunct, src[start:i], start, i})
		}
	}
	return toks, nil
}

// closeQuote returns the offset just past the quote q that closes the
// one at src[i], where a doubled quote stands for itself.
func closeQuote(src string, i int, q byte) (int, error) {
	for j := i + 1; j < len(src); j++ {
		if src[j] == q {
			if j+1 < len(src) && src[j+1] == q {
				j++
				continue
			}
			return j + 1, nil
		}
	}
	return 0, fmt.Errorf("unterminated %c…%c at offset %d", q, q, i)
}

func scanNumber(src string, i int) int {
	if src[i] == '0' && i+1 < len(src) && (src[i+1] == 'x' || src[i+1] == 'X') {
		i += 2
		for i < len(src) && (isDigit(src[i]) || strings.IndexByte("abcdefABCDEF_", src[i]) >= 0) {
			i++
		}
		return i
	}
	for i < len(src) && (isDigit(src[i]) || src[i] == '_') {
		i++
	}
	if i < len(src) && src[i] == '.' {
		i++
		for i < len(src) && (isDigit(src[i]) || src[i] == '_') {
			i++
		}
	}
	if i < len(src) && (src[i] == 'e' || src[i] == 'E') {
		j := i + 1
		if j < len(src) && (src[j] == '+' || src[j] == '-') {
			j++
		}
		if j < len(src) && isDigit(src[j]) {
			i = j
			for i < len(src) && isDigit(src[i]) {
				i++
			}
		}
	}
	return i
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isIdentStart(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}
func isIdentPart(c byte) bool { return isIdentStart(c) || isDigit(c) || c == '$' }

// tableDef is what a CREATE TABLE statement says.
type tableDef struct {
	Name         string
	AsSelect     bool // CREATE TABLE … AS SELECT: no constraints
	Columns      []columnDef
	PrimaryKey   *keyDef
	Uniques      []keyDef
	Checks       []checkDef
	ForeignKeys  []fkDef
	WithoutRowid bool
	Strict       bool
}

// columnDef is a column definition.
type columnDef struct {
	Name      string
	Type      string // the declared type as written, "" for none
	Collation string
	Generated string // the expression of a generated column
	Stored    bool
}

// keyDef is a PRIMARY KEY or UNIQUE constraint.
type keyDef struct {
	Name          string
	Columns       []string
	Autoincrement bool
}

// checkDef is a CHECK constraint.
type checkDef struct {
	Name string
	Expr string
}

// fkDef is a FOREIGN KEY constraint.
type fkDef struct {
	Name       string
	Columns    []string
	RefTable   string
	RefColumns []string
	OnDelete   string
	OnUpdate   string
	Match      string
	Deferrable string // "", "deferrable", "deferrable initially deferred"
}

// indexDef is what a CREATE INDEX statement says.
type indexDef struct {
	Name   string
	Table  string
	Unique bool
	Parts  []indexPartDef
	Where  string
}

// indexPartDef is one key of an index: a column or an expression.
type indexPartDef struct {
	Column    string
	Expr      string
	Collation string
	Desc      bool
}

// parser reads a statement's tokens.
type parser struct {
	src  string
	toks []token
	i    int
}

func newParser(src string, buf []token) (*parser, error) {
	toks, err := tokenizeInto(buf, src)
	if err != nil {
		return nil, err
	}
	return &parser{src: src, toks: toks}, nil
}

func (p *parser) peek() token {
	if p.i < len(p.toks) {
		return p.toks[p.i]
	}
	return token{kind: tokEOF, pos: len(p.src), end: len(p.src)}
}

func (p *parser) peekAt(n int) token {
	if p.i+n < len(p.toks) {
		return p.toks[p.i+n]
	}
	return token{kind: tokEOF, pos: len(p.src), end: len(p.src)}
}

func (p *parser) next() token {
	t := p.peek()
	if p.i < len(p.toks) {
		p.i++
	}
	return t
}

// accept consumes the bare words ws, in order, if they come next.
func (p *parser) accept(ws ...string) bool {
	for n, w := range ws {
		if !p.peekAt(n).word(w) {
			return false
		}
	}
	p.i += len(ws)
	return true
}

func (p *parser) acceptPunct(s string) bool {
	if p.peek().punct(s) {
		p.i++
		return true
	}
	return false
}

func (p *parser) errorf(format string, args ...any) error {
	t := p.peek()
	near := "the end"
	if t.kind != tokEOF {
		near = fmt.Sprintf("%q (offset %d)", p.src[t.pos:t.end], t.pos)
	}
	return fmt.Errorf("%s near %s", fmt.Sprintf(format, args...), near)
}

func (p *parser) expect(ws ...string) error {
	if !p.accept(ws...) {
		return p.errorf("expected %s", strings.Join(ws, " "))
	}
	return nil
}

func (p *parser) expectPunct(s string) error {
	if !p.acceptPunct(s) {
		return p.errorf("expected %q", s)
	}
	return nil
}

// name reads an identifier: a word, a quoted identifier, or a string
// (SQLite takes 'x' as a name where a name is expected).
func (p *parser) name() (string, error) {
	t := p.peek()
	switch t.kind {
	case tokWord, tokQuoted:
		p.i++
		return t.text, nil
	case tokString:
		p.i++
		return strings.ReplaceAll(t.text[1:len(t.text)-1], "''", "'"), nil
	}
	return "", p.errorf("expected a name")
}

// qualifiedName reads [schema.]name and returns name.
func (p *parser) qualifiedName() (string, error) {
	n, err := p.name()
	if err != nil {
		return "", err
	}
	if p.acceptPunct(".") {
		return p.name()
	}
	return n, nil
}

// parens reads a parenthesised group and returns the source text inside
// it, trimmed.
func (p *parser) parens() (string, error) {
	open := p.peek()
	if !open.punct("(") {
		return "", p.errorf("expected \"(\"")
	}
	end, err := p.skipGroup()
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(p.src[open.end:end.pos]), nil
}

// skipGroup consumes a parenthesised group, the opening parenthesis next,
// and returns its closing parenthesis.
func (p *parser) skipGroup() (token, error) {
	depth := 0
	for {
		t := p.next()
		switch {
		case t.kind == tokEOF:
			return t, errors.New("unbalanced parentheses")
		case t.punct("("):
			depth++
		case t.punct(")"):
			depth--
			if depth == 0 {
				return t, nil
			}
		}
	}
}

// parseCreateTable reads a CREATE TABLE statement.
func parseCreateTable(src string) (*tableDef, error) {
	def, _, err := parseCreateTableBuf(src, nil)
	return def, err
}

// parseCreateTableBuf is parseCreateTable tokenizing into buf, which it
// returns for the next call: the definition keeps no token.
func parseCreateTableBuf(src string, buf []token) (*tableDef, []token, error) {
	def, p, err := parseTable(src, buf)
	if p != nil {
		buf = p.toks
	}
	return def, buf, err
}

func parseTable(src string, buf []token) (*tableDef, *parser, error) {
	p, err := newParser(src, buf)
	if err != nil {
		return nil, nil, err
	}
	def, err := p.createTable()
	return def, p, err
}

func (p *parser) createTable() (*tableDef, error) {
	var err error
	if err := p.expect("CREATE"); err != nil {
		return nil, err
	}
	_ = p.accept("TEMP") || p.accept("TEMPORARY")
	if err := p.expect("TABLE"); err != nil {
		return nil, err
	}
	p.accept("IF", "NOT", "EXISTS")
	def := &tableDef{}
	if def.Name, err = p.qualifiedName(); err != nil {
		return nil, err
	}
	if p.accept("AS") {
		def.AsSelect = true
		return def, nil
	}
	if err := p.expectPunct("("); err != nil {
		return nil, err
	}
	constraints := false
	for {
		if !constraints && p.startsTableConstraint() {
			constraints = true
		}
		if constraints {
			if err := p.tableConstraint(def); err != nil {
				return nil, err
			}
		} else if err := p.columnDef(def); err != nil {
			return nil, err
		}
		if p.acceptPunct(")") {
			break
		}
		if !p.acceptPunct(",") && !constraints {
			return nil, p.errorf("expected \",\" or \")\"")
		}
	}
	for {
		switch {
		case p.accept("WITHOUT", "ROWID"):
			def.WithoutRowid = true
		case p.accept("STRICT"):
			def.Strict = true
		}
		if !p.acceptPunct(",") {
			break
		}
	}
	p.acceptPunct(";")
	if p.peek().kind != tokEOF {
		return nil, p.errorf("unexpected text after the table definition")
	}
	return def, nil
}

// startsTableConstraint reports whether a table constraint comes next.
func (p *parser) startsTableConstraint() bool {
	t := p.peek()
	for _, w := range []string{"CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN"} {
		if t.word(w) {
			return true
		}
	}
	return false
}

// startsColumnConstraint reports whether a column constraint comes next,
// which ends a column's type.
func (p *parser) startsColumnConstraint() bool {
	t := p.peek()
	if t.kind == tokPunct || t.kind == tokEOF {
		return true
	}
	for _, w := range []string{"CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE", "CHECK", "DEFAULT",
		"COLLATE", "REFERENCES", "GENERATED", "AS"} {
		if t.word(w) {
			return true
		}
	}
	return false
}

func (p *parser) columnDef(def *tableDef) error {
	var c columnDef
	var err error
	if c.Name, err = p.name(); err != nil {
		return err
	}
	// The type: names, then an optional (n) or (n, m).
	start := p.peek()
	last := token{}
	for !p.startsColumnConstraint() {
		last = p.next()
	}
	if p.peek().punct("(") && last.kind != tokEOF {
		if last, err = p.skipGroup(); err != nil {
			return err
		}
	}
	if last.end > 0 {
		c.Type = strings.TrimSpace(p.src[start.pos:last.end])
	}
	// The constraints.
	name := ""
	for {
		switch {
		case p.accept("CONSTRAINT"):
			if name, err = p.name(); err != nil {
				return err
			}
			continue
		case p.accept("PRIMARY", "KEY"):
			_ = p.accept("ASC") || p.accept("DESC")
			p.conflictClause()
			pk := &keyDef{Name: name, Columns: []string{c.Name}}
			pk.Autoincrement = p.accept("AUTOINCREMENT")
			def.PrimaryKey = pk
		case p.accept("NOT", "NULL"), p.accept("NULL"):
			p.conflictClause()
		case p.accept("UNIQUE"):
			p.conflictClause()
			def.Uniques = append(def.Uniques, keyDef{Name: name, Columns: []string{c.Name}})
		case p.accept("CHECK"):
			expr, err := p.parens()
			if err != nil {
				return err
			}
			def.Checks = append(def.Checks, checkDef{Name: name, Expr: expr})
		case p.accept("DEFAULT"):
			if err := p.defaultValue(); err != nil {
				return err
			}
		case p.accept("COLLATE"):
			if c.Collation, err = p.name(); err != nil {
				return err
			}
		case p.peek().word("REFERENCES"):
			fk, err := p.references()
			if err != nil {
				return err
			}
			fk.Name, fk.Columns = name, []string{c.Name}
			def.ForeignKeys = append(def.ForeignKeys, fk)
		case p.accept("GENERATED", "ALWAYS", "AS"), p.accept("AS"):
			if c.Generated, err = p.parens(); err != nil {
				return err
			}
			if p.accept("STORED") {
				c.Stored = true
			} else {
				p.accept("VIRTUAL")
			}
		default:
			if t := p.peek(); t.punct(",") || t.punct(")") {
				def.Columns = append(def.Columns, c)
				return nil
			}
			return p.errorf("unexpected text in the definition of column %q", c.Name)
		}
		name = ""
	}
}

// defaultValue skips a DEFAULT's value: a parenthesised expression, a
// signed number, a literal or a word.
func (p *parser) defaultValue() error {
	t := p.peek()
	switch {
	case t.punct("("):
		_, err := p.skipGroup()
		return err
	case t.punct("+") || t.punct("-"):
		p.i++
		if n := p.next(); n.kind != tokNumber && !n.word("inf") {
			return p.errorf("expected a number after the sign of a default")
		}
		return nil
	case t.kind == tokNumber || t.kind == tokString || t.kind == tokBlob || t.kind == tokWord || t.kind == tokQuoted:
		p.i++
		return nil
	}
	return p.errorf("expected a default value")
}

// conflictClause skips ON CONFLICT <resolution>.
func (p *parser) conflictClause() {
	if p.accept("ON", "CONFLICT") {
		p.next()
	}
}

// nameList reads ( name, … ) where each name may carry COLLATE, ASC or
// DESC (as in a PRIMARY KEY or UNIQUE constraint), and reports
// AUTOINCREMENT after the last.
func (p *parser) nameList() (names []string, autoinc bool, err error) {
	if err := p.expectPunct("("); err != nil {
		return nil, false, err
	}
	for {
		n, err := p.name()
		if err != nil {
			return nil, false, err
		}
		names = append(names, n)
		if p.accept("COLLATE") {
			if _, err := p.name(); err != nil {
				return nil, false, err
			}
		}
		_ = p.accept("ASC") || p.accept("DESC")
		if p.accept("AUTOINCREMENT") {
			autoinc = true
		}
		if p.acceptPunct(")") {
			return names, autoinc, nil
		}
		if err := p.expectPunct(","); err != nil {
			return nil, false, err
		}
	}
}

func (p *parser) tableConstraint(def *tableDef) error {
	name := ""
	var err error
	if p.accept("CONSTRAINT") {
		if name, err = p.name(); err != nil {
			return err
		}
	}
	switch {
	case p.accept("PRIMARY", "KEY"):
		cols, autoinc, err := p.nameList()
		if err != nil {
			return err
		}
		p.conflictClause()
		def.PrimaryKey = &keyDef{Name: name, Columns: cols, Autoincrement: autoinc}
	case p.accept("UNIQUE"):
		cols, _, err := p.nameList()
		if err != nil {
			return err
		}
		p.conflictClause()
		def.Uniques = append(def.Uniques, keyDef{Name: name, Columns: cols})
	case p.accept("CHECK"):
		expr, err := p.parens()
		if err != nil {
			return err
		}
		p.conflictClause()
		def.Checks = append(def.Checks, checkDef{Name: name, Expr: expr})
	case p.accept("FOREIGN", "KEY"):
		cols, _, err := p.nameList()
		if err != nil {
			return err
		}
		fk, err := p.references()
		if err != nil {
			return err
		}
		fk.Name, fk.Columns = name, cols
		def.ForeignKeys = append(def.ForeignKeys, fk)
	default:
		if name != "" && (p.peek().punct(",") || p.peek().punct(")")) {
			return nil // a dangling CONSTRAINT name, which SQLite accepts
		}
		return p.errorf("expected a table constraint")
	}
	return nil
}

// references reads REFERENCES table [(columns)] and its clauses.
func (p *parser) references() (fkDef, error) {
	var fk fkDef
	if err := p.expect("REFERENCES"); err != nil {
		return fk, err
	}
	var err error
	if fk.RefTable, err = p.name(); err != nil {
		return fk, err
	}
	if p.peek().punct("(") {
		if fk.RefColumns, _, err = p.nameList(); err != nil {
			return fk, err
		}
	}
	for {
		switch {
		case p.accept("ON"):
			var which *string
			switch {
			case p.accept("DELETE"):
				which = &fk.OnDelete
			case p.accept("UPDATE"):
				which = &fk.OnUpdate
			default:
				if p.accept("INSERT") { // an old form SQLite parses and ignores
					which = new(string)
				} else {
					return fk, p.errorf("expected DELETE or UPDATE")
				}
			}
			switch {
			case p.accept("SET", "NULL"):
				*which = "SET NULL"
			case p.accept("SET", "DEFAULT"):
				*which = "SET DEFAULT"
			case p.accept("CASCADE"):
				*which = "CASCADE"
			case p.accept("RESTRICT"):
				*which = "RESTRICT"
			case p.accept("NO", "ACTION"):
				*which = ""
			default:
				return fk, p.errorf("expected a foreign key action")
			}
		case p.accept("MATCH"):
			m, err := p.name()
			if err != nil {
				return fk, err
			}
			fk.Match = strings.ToUpper(m)
		case p.accept("NOT", "DEFERRABLE"):
			fk.Deferrable = ""
			p.initially()
		case p.accept("DEFERRABLE"):
			fk.Deferrable = "deferrable"
			if p.initially() == "DEFERRED" {
				fk.Deferrable = "deferrable initially deferred"
			}
		default:
			return fk, nil
		}
	}
}

// initially reads an optional INITIALLY DEFERRED | IMMEDIATE.
func (p *parser) initially() string {
	switch {
	case p.accept("INITIALLY", "DEFERRED"):
		return "DEFERRED"
	case p.accept("INITIALLY", "IMMEDIATE"):
		return "IMMEDIATE"
	}
	return ""
}

// parseCreateIndex reads a CREATE INDEX statement.
func parseCreateIndex(src string) (*indexDef, error) {
	p, err := newParser(src, nil)
	if err != nil {
		return nil, err
	}
	def := &indexDef{}
	if err := p.expect("CREATE"); err != nil {
		return nil, err
	}
	def.Unique = p.accept("UNIQUE")
	if err := p.expect("INDEX"); err != nil {
		return nil, err
	}
	p.accept("IF", "NOT", "EXISTS")
	if def.Name, err = p.qualifiedName(); err != nil {
		return nil, err
	}
	if err := p.expect("ON"); err != nil {
		return nil, err
	}
	if def.Table, err = p.name(); err != nil {
		return nil, err
	}
	if err := p.expectPunct("("); err != nil {
		return nil, err
	}
	for {
		part, err := p.indexedColumn()
		if err != nil {
			return nil, err
		}
		def.Parts = append(def.Parts, part)
		if p.acceptPunct(")") {
			break
		}
		if err := p.expectPunct(","); err != nil {
			return nil, err
		}
	}
	if p.accept("WHERE") {
		start := p.peek()
		end := start
		for t := p.peek(); t.kind != tokEOF && !t.punct(";"); t = p.peek() {
			end = p.next()
		}
		if end.end <= start.pos {
			return nil, p.errorf("expected the predicate of a partial index")
		}
		def.Where = strings.TrimSpace(p.src[start.pos:end.end])
	}
	p.acceptPunct(";")
	if p.peek().kind != tokEOF {
		return nil, p.errorf("unexpected text after the index definition")
	}
	return def, nil
}

// indexedColumn reads expr [COLLATE name] [ASC | DESC] up to the next
// "," or ")" outside parentheses.
func (p *parser) indexedColumn() (indexPartDef, error) {
	var part indexPartDef
	first := p.i
	depth := 0
	for {
		t := p.peek()
		if t.kind == tokEOF {
			return part, p.errorf("unbalanced parentheses in an index key")
		}
		if depth == 0 && (t.punct(",") || t.punct(")")) {
			break
		}
		switch {
		case t.punct("("):
			depth++
		case t.punct(")"):
			depth--
		}
		p.i++
	}
	toks := p.toks[first:p.i]
	// Peel [COLLATE name] [ASC|DESC] off the end.
	if n := len(toks); n > 1 && (toks[n-1].word("ASC") || toks[n-1].word("DESC")) {
		part.Desc = toks[n-1].word("DESC")
		toks = toks[:n-1]
	}
	if n := len(toks); n > 2 && toks[n-2].word("COLLATE") && (toks[n-1].kind == tokWord || toks[n-1].kind == tokQuoted || toks[n-1].kind == tokString) {
		part.Collation = toks[n-1].text
		if toks[n-1].kind == tokString {
			part.Collation = strings.ReplaceAll(part.Collation[1:len(part.Collation)-1], "''", "'")
		}
		toks = toks[:n-2]
	}
	switch {
	case len(toks) == 0:
		return part, p.errorf("empty index key")
	case len(toks) == 1 && (toks[0].kind == tokWord || toks[0].kind == tokQuoted):
		part.Column = toks[0].text
	default:
		// Parentheses around the whole expression say nothing: drop them,
		// so that (a + b) and a + b read the same.
		for len(toks) > 2 && toks[0].punct("(") && toks[len(toks)-1].punct(")") && closes(toks) {
			toks = toks[1 : len(toks)-1]
		}
		part.Expr = strings.TrimSpace(p.src[toks[0].pos:toks[len(toks)-1].end])
	}
	return part, nil
}
