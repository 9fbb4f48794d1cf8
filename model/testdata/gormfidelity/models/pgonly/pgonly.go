// Package pgonly holds models that only PostgreSQL can AutoMigrate:
// generated columns, identity, index methods, collations, INCLUDE and
// CONCURRENTLY, expression defaults.
package pgonly

import (
	"github.com/google/uuid"
)

// Reading has identity and generated columns.
type Reading struct {
	ID         int64   `gorm:"primaryKey;generated:identity"`
	Serial     int64   `gorm:"generated:identity always"`
	Celsius    float64 `gorm:"not null"`
	Fahrenheit float64 `gorm:"generated:celsius * 9 / 5 + 32"`
	Seq        int     `gorm:"autoIncrement"`
	Small      int16   `gorm:"autoIncrement"`
}

// Doc has PostgreSQL's index options.
type Doc struct {
	ID     uuid.UUID `gorm:"type:uuid;primaryKey;default:gen_random_uuid()"`
	Body   string    `gorm:"index:idx_doc_body_fts,type:gin,expression:to_tsvector('english'\\, body)"`
	Tags   []string  `gorm:"type:text[];serializer:json"`
	Name   string    `gorm:"index:idx_doc_name_c,collate:\"C\""`
	Owner  int       `gorm:"index:idx_doc_owner,type:brin"`
	Search string    `gorm:"index:idx_doc_search,type:hash"`
	Flag   int       `gorm:"index:idx_doc_flag,option:CONCURRENTLY"`
	Inc    string    `gorm:"index:idx_doc_inc,option:INCLUDE (flag)"`
	Last   string    `gorm:"index:idx_doc_last,sort:desc nulls last"`
	Meta   string    `gorm:"type:jsonb;default:'{}'"`
	Born   string    `gorm:"type:timestamp;default:now()"`
}

// All is every model of the package, in source order.
func All() []any { return []any{&Reading{}, &Doc{}} }
