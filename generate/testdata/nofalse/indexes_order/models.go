// Package models has indexes with directions and NULLS placement.
package models

import "time"

type Post struct {
	_ struct{} `db:"index:ix_posts_recent(created_at DESC)"`
	_ struct{} `db:"index:ix_posts_author_recent(author_id ASC, created_at DESC)"`
	_ struct{} `db:"index:ix_posts_score(score DESC NULLS LAST)"`
	_ struct{} `db:"index:ix_posts_rank(rank NULLS FIRST)"`
	_ struct{} `db:"index:ix_posts_mixed(rank DESC NULLS FIRST, score ASC NULLS LAST)"`

	ID        int64     `db:"id,pk"`
	AuthorID  int64     `db:"author_id"`
	CreatedAt time.Time `db:"created_at"`
	Score     *int32    `db:"score"`
	Rank      *int32    `db:"rank"`
}
