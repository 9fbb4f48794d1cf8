// Package models has deferrable foreign keys and MATCH FULL (PostgreSQL).
package models

type Node struct {
	_ struct{} `db:"fk:fk_nodes_parent(parent_id) references nodes(id) deferrable initially deferred"`
	_ struct{} `db:"fk:fk_nodes_pair(pair_a, pair_b) references pairs(a, b) match full deferrable"`

	ID       int64  `db:"id,pk"`
	ParentID *int64 `db:"parent_id"`
	PairA    *int64 `db:"pair_a"`
	PairB    *int64 `db:"pair_b"`
}

type Pair struct {
	A int64 `db:"a,pk"`
	B int64 `db:"b,pk"`
}
