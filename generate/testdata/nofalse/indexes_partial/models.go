// Package models has partial indexes with predicates in many forms.
package models

import "time"

type Task struct {
	_ struct{} `db:"uniqueindex:ix_tasks_live_slug(slug) where deleted_at IS NULL"`
	_ struct{} `db:"index:ix_tasks_active(owner_id) where active"`
	_ struct{} `db:"index:ix_tasks_open(owner_id) where status = 'open'"`
	_ struct{} `db:"index:ix_tasks_range(due) where priority > 0 AND priority < 10"`
	_ struct{} `db:"index:ix_tasks_any(owner_id) where status IN ('open', 'blocked')"`
	_ struct{} `db:"index:ix_tasks_done(owner_id) where deleted_at IS NOT NULL OR active = false"`

	ID        int64      `db:"id,pk"`
	OwnerID   int64      `db:"owner_id"`
	Slug      string     `db:"slug"`
	Status    string     `db:"status"`
	Active    bool       `db:"active"`
	Priority  int32      `db:"priority"`
	Due       *time.Time `db:"due"`
	DeletedAt *time.Time `db:"deleted_at"`
}
