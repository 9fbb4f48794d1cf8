// Package models has foreign keys with every action.
package models

type Org struct {
	ID int64 `db:"id,pk"`
}

type Team struct {
	ID    int64 `db:"id,pk"`
	OrgID int64 `db:"org_id,fk:orgs.id,ondelete:cascade"`
}

type Member struct {
	ID      int64  `db:"id,pk"`
	TeamID  *int64 `db:"team_id,fk:teams.id,ondelete:set null,onupdate:cascade"`
	OrgID   int64  `db:"org_id,fk:orgs.id,ondelete:restrict"`
	OwnerID int64  `db:"owner_id,fk:orgs.id,ondelete:no action,onupdate:restrict"`
	BossID  *int64 `db:"boss_id,fk:members.id,ondelete:set default,default:NULL"`
}
