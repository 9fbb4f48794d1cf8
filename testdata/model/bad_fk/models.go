// Package badfk has foreign keys to what does not exist.
package badfk

// Org exists.
type Org struct {
	ID int64 `db:"id,pk"`
}

// Member references what does not exist.
type Member struct {
	_      struct{} `db:"fk:(org_id, id) references orgs(id)"`
	ID     int64    `db:"id,pk"`
	OrgID  int64    `db:"org_id,fk:orgs.uuid"`
	TeamID int64    `db:"team_id,fk:teams.id"`
	Bad    int64    `db:"bad,fk:nodot"`
}
