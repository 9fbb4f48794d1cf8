// Package models has plain indexes: single, named, composite by shared
// name, on nullable columns.
package models

type Article struct {
	ID       int64   `db:"id,pk"`
	AuthorID int64   `db:"author_id,index"`
	Slug     string  `db:"slug,index:ix_articles_by_slug"`
	Year     int32   `db:"year,index:ix_articles_year_month"`
	Month    int32   `db:"month,index:ix_articles_year_month"`
	Topic    *string `db:"topic,index"`
}
