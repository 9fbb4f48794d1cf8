package model

import (
	"crypto/sha1"
	"encoding/hex"
	"strings"
	"unicode/utf8"

	"github.com/jinzhu/inflection"
)

// gormNamer is GORM's default NamingStrategy (gorm.io/gorm/schema,
// without TablePrefix, NameReplacer or NoLowerCase), rewritten here so
// that names agree with what GORM creates.
type gormNamer struct {
	singular bool
	// maxLen is IdentifierMaxLength: GORM's postgres dialector sets 63,
	// its SQLite dialectors leave GORM's default of 64.
	maxLen int
}

// tableName is the table of a struct named name: snake_case, plural
// unless SingularTable.
func (n gormNamer) tableName(name string) string {
	if n.singular {
		return toDBName(name)
	}
	return inflection.Plural(toDBName(name))
}

// joinTableName is the table of a many2many:<name> tag: the name as it is
// when it is lower case, else as a struct's table.
func (n gormNamer) joinTableName(name string) string {
	if strings.ToLower(name) == name {
		return name
	}
	return n.tableName(name)
}

func (n gormNamer) relationshipFKName(table, relation string) string {
	return n.formatName("fk", table, toDBName(relation))
}

func (n gormNamer) checkerName(table, column string) string {
	return n.formatName("chk", table, column)
}

func (n gormNamer) indexName(table, column string) string {
	return n.formatName("idx", table, toDBName(column))
}

func (n gormNamer) uniqueName(table, column string) string {
	return n.formatName("uni", table, toDBName(column))
}

// formatName joins prefix, table and name with underscores (dots become
// underscores too) and, past maxLen characters, keeps the first maxLen-8
// bytes and appends 8 hex digits of the whole name's SHA-1.
func (n gormNamer) formatName(prefix, table, name string) string {
	s := strings.ReplaceAll(prefix+"_"+table+"_"+name, ".", "_")
	max := n.maxLen
	if max == 0 {
		max = 64
	}
	if utf8.RuneCountInString(s) > max {
		sum := sha1.Sum([]byte(s))
		s = s[:max-8] + hex.EncodeToString(sum[:])[:8]
	}
	return s
}

// gormInitialisms are the initialisms GORM keeps together in snake_case
// (ID → id, not i_d), in GORM's order: an earlier one wins where two
// start at the same place (so HTTPS is HTTP and S).
var gormInitialisms = []string{"API", "ASCII", "CPU", "CSS", "DNS", "EOF", "GUID", "HTML", "HTTP", "HTTPS", "ID", "IP",
	"JSON", "LHS", "QPS", "RAM", "RHS", "RPC", "SLA", "SMTP", "SSH", "TLS", "TTL", "UID", "UI", "UUID", "URI", "URL",
	"UTF8", "VM", "XML", "XSRF", "XSS"}

var initialismReplacer = func() *strings.Replacer {
	var pairs []string
	for _, s := range gormInitialisms {
		pairs = append(pairs, s, s[:1]+strings.ToLower(s[1:]))
	}
	return strings.NewReplacer(pairs...)
}()

// toDBName is GORM's snake_case: UserID → user_id, HTTPServer →
// http_server, Address2 → address2. It works on bytes as GORM does, so
// names with non-ASCII letters come out as GORM makes them.
func toDBName(name string) string {
	if name == "" {
		return ""
	}
	value := initialismReplacer.Replace(name)
	upper := func(c byte) bool { return c >= 'A' && c <= 'Z' }
	var (
		b                   strings.Builder
		lastUp, nextUp, num bool
		curUp               = upper(value[0])
	)
	for i, r := range value[:len(value)-1] {
		nextUp = upper(value[i+1])
		num = value[i+1] >= '0' && value[i+1] <= '9'
		if curUp {
			if !(lastUp && (nextUp || num)) && i > 0 && value[i-1] != '_' && value[i+1] != '_' {
				b.WriteByte('_')
			}
			b.WriteRune(r + 32)
		} else {
			b.WriteRune(r)
		}
		lastUp, curUp = curUp, nextUp
	}
	last := value[len(value)-1]
	if curUp {
		if !lastUp && len(value) > 1 {
			b.WriteByte('_')
		}
		b.WriteByte(last + 32)
	} else {
		b.WriteByte(last)
	}
	return b.String()
}
