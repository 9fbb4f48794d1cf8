// Package gormindexpg has index options that only PostgreSQL takes.
package gormindexpg

// Doc has methods, collations, INCLUDE and CONCURRENTLY.
type Doc struct {
	ID     uint
	Body   string `gorm:"index:idx_doc_fts,type:gin,expression:to_tsvector('english'\\, body)"`
	Name   string `gorm:"index:idx_doc_name_c,collate:\"C\""`
	Owner  int    `gorm:"index:idx_doc_owner,type:brin"`
	Flag   int    `gorm:"index:idx_doc_flag,option:CONCURRENTLY"`
	Inc    string `gorm:"index:idx_doc_inc,option:INCLUDE (flag)"`
	Last   string `gorm:"index:idx_doc_last,sort:desc nulls last"`
	Gen    int64  `gorm:"generated:identity always"`
	Double int64  `gorm:"generated:owner * 2"`
}
