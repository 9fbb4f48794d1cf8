// Package models is a small application: users, posts, comments, tags,
// with the usual keys, indexes and defaults.
package models

import "time"

type User struct {
	ID        int64      `db:"id,pk"`
	Email     string     `db:"email,type:varchar(255),unique"`
	Name      string     `db:"name,size:100"`
	Admin     bool       `db:"admin,default:false"`
	CreatedAt time.Time  `db:"created_at,default:CURRENT_TIMESTAMP"`
	DeletedAt *time.Time `db:"deleted_at"`
}

type Post struct {
	_ struct{} `db:"index:ix_posts_author_published(author_id, published_at DESC)"`

	ID          int64      `db:"id,pk"`
	AuthorID    int64      `db:"author_id,fk:users.id,ondelete:cascade"`
	Title       string     `db:"title,size:200"`
	Body        string     `db:"body,default:''"`
	Views       int64      `db:"views,default:0,check:views >= 0"`
	PublishedAt *time.Time `db:"published_at"`
}

type Comment struct {
	ID       int64  `db:"id,pk"`
	PostID   int64  `db:"post_id,fk:posts.id,ondelete:cascade,index"`
	AuthorID *int64 `db:"author_id,fk:users.id,ondelete:set null"`
	Body     string `db:"body"`
}

type Tag struct {
	ID   int64  `db:"id,pk"`
	Name string `db:"name,size:50,uniqueindex"`
}

type PostTag struct {
	PostID int64 `db:"post_id,pk,fk:posts.id,ondelete:cascade"`
	TagID  int64 `db:"tag_id,pk,fk:tags.id,ondelete:cascade,index"`
}
