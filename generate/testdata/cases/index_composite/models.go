// Package models adds composite indexes with an order and a direction.
package models

import "time"

type Event struct {
	_ struct{} `db:"index:ix_events_user_created(user_id, created_at DESC)"`
	_ struct{} `db:"index:ix_events_kind_user(kind, user_id)"`

	ID        int64     `db:"id,pk"`
	UserID    int64     `db:"user_id"`
	Kind      string    `db:"kind"`
	CreatedAt time.Time `db:"created_at"`
}
