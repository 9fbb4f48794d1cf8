// Package gormindex has GORM's index, uniqueIndex, unique and check tags.
package gormindex

// Article uses every index option both databases take.
type Article struct {
	ID        uint
	Title     string `gorm:"index"`
	Slug      string `gorm:"uniqueIndex"`
	Code      string `gorm:"unique"`
	Named     string `gorm:"index:idx_article_named"`
	First     string `gorm:"index:idx_article_pair,priority:2"`
	Second    string `gorm:"index:idx_article_pair,priority:1"`
	A         int    `gorm:"index:,composite:ab"`
	B         int    `gorm:"index:,composite:ab"`
	Desc      int    `gorm:"index:idx_article_desc,sort:desc"`
	Partial   bool   `gorm:"index:idx_article_partial,where:partial = true"`
	Expr      string `gorm:"index:idx_article_lower,expression:lower(expr)"`
	Classed   string `gorm:"index:idx_article_classed,class:UNIQUE"`
	UniqueOpt string `gorm:"index:idx_article_uopt,unique"`
	Length    string `gorm:"index:idx_article_len,length:10,comment:ignored"`
	Checked   int    `gorm:"check:checked > 0"`
	Named2    int    `gorm:"check:ck_named2,named2 < 100"`
	Comma     int    `gorm:"check:,comma in (1,2)"`
}
