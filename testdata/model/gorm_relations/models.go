// Package gormrelations has every association GORM knows, and the
// foreign keys AutoMigrate creates for them.
package gormrelations

// Company is referenced by belongs-to.
type Company struct {
	ID   int
	Name string
}

// User has every kind of association.
type User struct {
	ID        uint
	CompanyID int
	Company   Company `gorm:"constraint:OnUpdate:CASCADE,OnDelete:SET NULL;"`
	Profile   Profile
	Orders    []Order
	Roles     []Role    `gorm:"many2many:user_roles;constraint:OnDelete:CASCADE"`
	Pictures  []Picture `gorm:"polymorphic:Owner;"`
	ManagerID *uint
	Team      []User `gorm:"foreignKey:ManagerID"`
}

// Profile is has-one.
type Profile struct {
	ID     uint
	UserID uint
}

// Order is has-many, and belongs to User too: one key.
type Order struct {
	ID     uint
	UserID uint
	User   User
}

// Role is many2many.
type Role struct {
	ID   uint
	Name string
}

// Picture is polymorphic.
type Picture struct {
	ID        uint
	OwnerID   string
	OwnerType string
}

// Gadget has a named key and one without a constraint.
type Gadget struct {
	ID       uint
	MakerID  int
	Maker    Company `gorm:"constraint:fk_gadget_maker,OnDelete:RESTRICT"`
	OtherID  int
	Other    Company `gorm:"constraint:-"`
	BuyerRef uint
	Buyer    User `gorm:"foreignKey:BuyerRef;references:ID"`
}

// Team has members through a join table that is a model of its own
// (GORM's SetupJoinTable): its extra columns, and the association's keys.
type Team struct {
	ID      uint
	Members []User `gorm:"many2many:team_members;"`
}

// TeamMember is the join table of Team.Members.
type TeamMember struct {
	TeamID uint   `gorm:"primaryKey"`
	UserID uint   `gorm:"primaryKey"`
	Role   string `gorm:"size:20;not null;default:'member'"`
}
