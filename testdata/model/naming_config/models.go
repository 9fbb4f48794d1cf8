// Package namingconfig is named by a naming_convention from autogen.yaml,
// and has names too long for PostgreSQL, which are shortened.
package namingconfig

// Team is referenced.
type Team struct {
	ID   int64  `db:"id,pk"`
	Name string `db:"name,unique,index"`
}

// Player is named by the convention.
type Player struct {
	_      struct{} `db:"index:(A, B)"`
	ID     int64    `db:"id,pk"`
	TeamID int64    `db:"team_id,fk:teams.id,check:team_id > 0"`
	A      int64    `db:"a_column_whose_name_is_quite_long_indeed,index:ix_long"`
	B      int64    `db:"b_column_whose_name_is_quite_long_indeed,index:ix_long"`
	Given  int64    `db:"given,index:my_own_index_name"`
}
