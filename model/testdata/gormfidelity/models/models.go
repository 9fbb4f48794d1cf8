// Package models holds the GORM models of the fidelity test: together they
// use every gorm tag key, GORM's naming and type mapping, embedded
// structs, TableName methods and every kind of association. They are
// AutoMigrated by GORM on PostgreSQL and SQLite, and read by autogen.
package models

import (
	"database/sql"
	"encoding/json"
	"time"

	"github.com/gofrs/uuid/v5"
	guuid "github.com/google/uuid"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/shopspring/decimal"
	"gorm.io/gorm"
	gschema "gorm.io/gorm/schema"
)

// User is GORM's own example model: gorm.Model and every association.
type User struct {
	gorm.Model
	Name         string
	Email        *string `gorm:"uniqueIndex;size:191"`
	Age          uint8
	Birthday     *time.Time
	MemberNumber sql.NullString
	ActivatedAt  sql.NullTime
	CompanyID    int
	Company      Company
	CreditCard   CreditCard
	Languages    []Language `gorm:"many2many:user_languages;"`
	Pets         []Pet
	Toys         []Toy `gorm:"polymorphic:Owner;"`
	ManagerID    *uint
	Manager      *User
	Team         []User `gorm:"foreignkey:ManagerID"`
}

// Company is a belongs-to target with an int key.
type Company struct {
	ID   int
	Name string `gorm:"not null;default:'acme'"`
}

// CreditCard is the has-one side of User.
type CreditCard struct {
	gorm.Model
	Number string `gorm:"check:length(number) > 10"`
	UserID uint
}

// Language is many2many with User, declared from both sides.
type Language struct {
	gorm.Model
	Name  string  `gorm:"index:idx_lang_name,unique"`
	Users []*User `gorm:"many2many:user_languages;"`
}

// Pet is has-many of User and has one polymorphic Toy.
type Pet struct {
	ID     uint
	Name   string `gorm:"size:64;not null"`
	UserID *uint
	Toy    Toy `gorm:"polymorphic:Owner;polymorphicValue:pet"`
}

// Toy is owned polymorphically.
type Toy struct {
	ID        uint
	Name      string
	OwnerID   int
	OwnerType string
}

// Product has the scalar types and the column options.
type Product struct {
	ID       uint    `gorm:"primaryKey"`
	Code     string  `gorm:"column:product_code;type:varchar(40);not null;uniqueIndex:uq_products_code"`
	Price    float64 `gorm:"precision:10;scale:2"`
	Cost     float64 `gorm:"precision:12"`
	Weight   float32 `gorm:"default:1.5"`
	Stock    int32   `gorm:"default:0"`
	Active   bool    `gorm:"default:true"`
	Kind     string  `gorm:"default:basic"`
	Label    string  `gorm:"size:20;default:'it''s'"`
	Empty    string  `gorm:"not null;default:''"`
	Data     []byte  `gorm:"not null"`
	Raw      json.RawMessage
	Tags     []string       `gorm:"serializer:json"`
	Meta     map[string]any `gorm:"type:text;serializer:json"`
	Attrs    map[string]any `gorm:"json"`
	Hex      int64          `gorm:"default:0x10"`
	Released time.Time      `gorm:"default:2020-01-02 03:04:05"`
	Nothing  *string        `gorm:"default:null"`
}

// Account has a composite primary key.
type Account struct {
	OrgID  uint   `gorm:"primaryKey;autoIncrement:false"`
	Number string `gorm:"primaryKey;size:32"`
	Name   string
}

// Order has a check with a name, an index on a defaulted column and a
// belongs-to with ON UPDATE / ON DELETE.
type Order struct {
	ID        uint
	UserID    *uint
	User      User   `gorm:"constraint:OnUpdate:CASCADE,OnDelete:SET NULL;"`
	Total     int64  `gorm:"check:total_positive,total >= 0"`
	Status    string `gorm:"default:'new';index"`
	CreatedAt time.Time
	UpdatedAt int64 `gorm:"autoUpdateTime:milli"`
	Items     []OrderItem
}

// OrderItem has a composite index ordered by priority.
type OrderItem struct {
	ID        uint
	OrderID   uint    `gorm:"index:idx_item_order_prod,priority:2"`
	ProductID uint    `gorm:"index:idx_item_order_prod,priority:1"`
	Quantity  int     `gorm:"check:quantity > 0"`
	Product   Product `gorm:"constraint:OnDelete:CASCADE"`
}

// Post has the index options that both databases take.
type Post struct {
	ID        uint
	Title     string `gorm:"index:,unique"`
	Slug      string `gorm:"uniqueIndex:idx_post_slug,sort:desc"`
	Published bool   `gorm:"index:idx_pub,where:published = true"`
	Rank      int    `gorm:"index:idx_rank_abs,expression:abs(rank)"`
	Body      string `gorm:"index:idx_body_len,length:10"`
	A         int    `gorm:"index:,composite:ab"`
	B         int    `gorm:"index:,composite:ab"`
	Section   string `gorm:"index:idx_section,class:UNIQUE,comment:one per section"`
}

// Tag has a string key and a many2many with renamed join columns.
type Tag struct {
	Name  string `gorm:"primaryKey;size:50"`
	Posts []Post `gorm:"many2many:post_tags;joinForeignKey:TagName;joinReferences:PostRef"`
}

// Geo is embedded in Address, which is embedded in Profile.
type Geo struct {
	Lat float64
	Lng float64
}

// Address is embedded with a prefix.
type Address struct {
	Street string `gorm:"size:100"`
	City   string `gorm:"not null;index"`
	Zip    string
	Geo
}

// Timestamps is embedded anonymously through a pointer.
type Timestamps struct {
	CreatedAt time.Time `gorm:"autoCreateTime"`
	UpdatedAt time.Time `gorm:"autoUpdateTime"`
}

// Profile embeds.
type Profile struct {
	ID      uint
	Home    Address `gorm:"embedded;embeddedPrefix:home_"`
	Work    Address `gorm:"embedded;embeddedPrefix:work_"`
	Billing Address `gorm:"embedded"`
	*Timestamps
}

// Base is embedded; its ID is promoted to the primary key.
type Base struct {
	ID        uint
	CreatedAt time.Time
}

// Event embeds Base.
type Event struct {
	Base
	Name string `gorm:"not null"`
}

// Setting has the permission tags: they change nothing in the schema,
// except - and -:all which leave the field out.
type Setting struct {
	ID        uint
	Key       string `gorm:"uniqueIndex"`
	ReadOnly  string `gorm:"->"`
	WriteOnly string `gorm:"<-"`
	Create    string `gorm:"<-:create"`
	Update    string `gorm:"<-:update"`
	Hidden    string `gorm:"->:false;<-:create"`
	Ignored   string `gorm:"-"`
	IgnoreAll string `gorm:"-:all"`
	NoMigrate string `gorm:"-:migration"`
}

// Document has comments (PostgreSQL keeps them; SQLite has none).
type Document struct {
	ID    uint   `gorm:"comment:the key"`
	Title string `gorm:"comment:'quoted'"`
	Note  string `gorm:"comment:a\\;b"`
}

// Measurement has every integer size.
type Measurement struct {
	ID  int64
	I8  int8
	I16 int16
	I32 int32
	I   int
	U8  uint8
	U16 uint16
	U32 uint32
	U64 uint64
	S16 int `gorm:"size:16"`
	S32 int `gorm:"size:32"`
	F32 float32
	F64 float64
}

// Counter has an integer key that is not autoincremented.
type Counter struct {
	ID    int64 `gorm:"primaryKey;autoIncrement:false"`
	Value int   `gorm:"autoIncrementIncrement:2"`
}

// Session has a string key.
type Session struct {
	ID     string `gorm:"primaryKey;size:36"`
	UserID uint
	Data   string `gorm:"type:text"`
}

// Valuers are types GORM maps through driver.Valuer.
type Valuers struct {
	ID          uint
	UUID        uuid.UUID
	NullUUID    uuid.NullUUID
	GUUID       guuid.UUID
	GNullUUID   guuid.NullUUID
	Amount      decimal.Decimal
	MaybeAmount decimal.NullDecimal
	Price       decimal.Decimal `gorm:"type:numeric(12,4)"`
	Text        pgtype.Text
	Int         pgtype.Int8
	At          pgtype.Timestamptz
	Num         pgtype.Numeric
	NInt        sql.NullInt64
	NI32        sql.NullInt32
	NBool       sql.NullBool
	NFloat      sql.NullFloat64
	NByte       sql.NullByte
	Deleted     gorm.DeletedAt
}

// Invoice has defaults of every kind.
type Invoice struct {
	ID       uint
	IssuedAt time.Time `gorm:"default:CURRENT_TIMESTAMP"`
	Due      *time.Time
	Paid     bool    `gorm:"not null;default:false"`
	Rate     float64 `gorm:"default:0.25"`
	Notes    string  `gorm:"size:200;default:none"`
}

// Shipment has time precision and a date column.
type Shipment struct {
	ID      uint
	SentAt  time.Time `gorm:"precision:3"`
	DueDate time.Time `gorm:"type:date"`
}

// Audit has integer timestamps.
type Audit struct {
	ID        uint
	CreatedAt int64 `gorm:"autoCreateTime"`
	UpdatedAt int   `gorm:"autoUpdateTime:nano"`
	Who       string
}

// Customer is named by TableName.
type Customer struct {
	ID   uint
	Name string
}

// TableName returns the table.
func (Customer) TableName() string { return "clients" }

const vendorTable = "app_" + "vendors"

// Vendor's TableName returns a named constant.
type Vendor struct {
	ID   uint
	Name string `gorm:"unique"`
}

// TableName returns the table.
func (*Vendor) TableName() string { return vendorTable }

// APIKey has initialisms in its names.
type APIKey struct {
	ID       uint
	UserID   uint
	HTTPURL  string
	JSONData string
	IPAddr   string
	UUIDStr  string
	SSHKey   string
}

// Person's table is irregular: people.
type Person struct {
	ID   uint
	Name string
}

// Category is a self-referencing many2many.
type Category struct {
	ID       uint
	Name     string
	Children []*Category `gorm:"many2many:category_children"`
}

// Member has friends, a self many2many.
type Member struct {
	ID      uint
	Friends []*Member `gorm:"many2many:member_friends"`
}

// Department is referenced by a unique column.
type Department struct {
	ID   uint
	Code string `gorm:"size:10;uniqueIndex"`
}

// Employee belongs to a Department through foreignKey and references.
type Employee struct {
	ID         uint
	DeptCode   string     `gorm:"size:10"`
	Department Department `gorm:"foreignKey:DeptCode;references:Code"`
}

// Owner has one Wallet through a named foreign key.
type Owner struct {
	ID     uint
	Wallet Wallet `gorm:"foreignKey:OwnerRef;references:ID"`
}

// Wallet is Owner's.
type Wallet struct {
	ID       uint
	OwnerRef uint
	Balance  int64
}

// Author has many Books through a custom foreign key.
type Author struct {
	ID    uint
	Books []Book `gorm:"foreignKey:WriterID"`
}

// Book is written by an Author.
type Book struct {
	ID       uint
	WriterID uint
	Title    string
}

// Gadget belongs to a Company without a constraint.
type Gadget struct {
	ID      uint
	MakerID int
	Maker   Company `gorm:"constraint:-"`
}

// Widget names its foreign key.
type Widget struct {
	ID      uint
	MakerID int
	Maker   Company `gorm:"constraint:fk_widget_maker,OnDelete:CASCADE"`
}

// Ticket has named and unnamed checks.
type Ticket struct {
	ID       uint
	Priority int    `gorm:"check:ck_ticket_prio,priority between 1 and 5"`
	Severity int    `gorm:"check:,severity < 10"`
	Code     string `gorm:"check:code <> ''"`
}

// VeryLongModelNameForIdentifierTruncationTests has names past GORM's limit.
type VeryLongModelNameForIdentifierTruncationTests struct {
	ID                                           uint
	AnExceptionallyLongColumnNameThatGoesOnAndOn string `gorm:"index;unique"`
}

// Escape uses \; in a tag.
type Escape struct {
	ID    uint
	Semi  string `gorm:"default:'a\\;b'"`
	Colon string `gorm:"default:'a:b'"`
}

// Thing has a custom column name with an index and a unique constraint.
type Thing struct {
	ID    uint
	Label string `gorm:"column:thing_label;index;not null"`
	Ref   string `gorm:"column:ref_code;unique;size:16"`
}

// Node is a tree: belongs to its parent, has many children.
type Node struct {
	ID       uint
	ParentID *uint
	Parent   *Node
	Children []Node `gorm:"foreignKey:ParentID"`
}

// Score has a belongsTo declared by name.
type Score struct {
	ID       uint
	PlayerID uint
	Player   Player `gorm:"belongsTo:Player"`
	Points   int    `gorm:"not null;default:0;index:idx_points,sort:desc"`
}

// Player is scored.
type Player struct {
	ID   uint
	Name string `gorm:"type:varchar(80)"`
}

// Fixture is like the benchmark fixtures: explicit names everywhere.
type Fixture struct {
	ID          int64     `gorm:"column:id;type:bigint;primaryKey;autoIncrement:false"`
	Name        string    `gorm:"column:name;type:varchar(64);not null;index:ix_fixtures_name"`
	Code        string    `gorm:"column:code;type:varchar(40);not null;uniqueIndex:uq_fixtures_code"`
	Description *string   `gorm:"column:description;type:text"`
	Qty         int32     `gorm:"column:qty;type:integer;not null;default:0;check:ck_fixtures_qty_nonneg,qty >= 0"`
	Total       int64     `gorm:"column:total;type:bigint;not null;index:ix_fixtures_total_created_at,priority:1"`
	IsActive    bool      `gorm:"column:is_active;type:boolean;not null;default:true"`
	CreatedAt   time.Time `gorm:"column:created_at;type:timestamp with time zone;not null;index:ix_fixtures_total_created_at,priority:2"`
	Price       float64   `gorm:"column:price;type:numeric(10,2);not null"`
	ParentID    int64     `gorm:"column:parent_id;type:bigint;not null"`
	Parent      *Company  `gorm:"foreignKey:ParentID;references:ID"`
}

// TableName implements GORM's tabler.
func (Fixture) TableName() string { return "t_fixtures" }

// Typed maps Go types through type: names GORM knows.
type Typed struct {
	ID     uint
	AsStr  int       `gorm:"type:string"`
	AsInt  string    `gorm:"type:int"`
	AsTime time.Time `gorm:"type:time"`
	AsBool int       `gorm:"type:bool"`
	Custom string    `gorm:"type:char(3)"`
	Big    uint32
}

// Comment is owned polymorphically through columns of its own naming.
type Comment struct {
	ID         uint
	Body       string `gorm:"NOTNULL"`
	TargetID   uint
	TargetKind string `gorm:"size:20"`
}

// Article has comments through polymorphicType and polymorphicId.
type Article struct {
	ID       uint      `gorm:"primary_key"`
	Comments []Comment `gorm:"polymorphicType:TargetKind;polymorphicId:TargetID;polymorphicValue:article"`
}

// Group has roles through a many2many on other keys than the primary ones.
type Group struct {
	ID    uint
	Code  string `gorm:"size:8;uniqueIndex"`
	Roles []Role `gorm:"many2many:group_roles;foreignKey:Code;joinForeignKey:GroupCode;references:Slug;joinReferences:RoleSlug"`
}

// Role is a group's.
type Role struct {
	ID   uint
	Slug string `gorm:"size:12;uniqueIndex"`
}

// Stamp is embedded with an association inside.
type Stamp struct {
	EditorID *uint
	Editor   *Person
}

// Page embeds Stamp: the association belongs to Page's table.
type Page struct {
	ID uint
	Stamp
	Title string
}

// HTTPSServer has names that test GORM's snake_case: initialisms,
// digits, an HTTPS that GORM reads as HTTP and S.
type HTTPSServer struct {
	ID          uint
	SSLCert     string
	OAuth2Token string
	X           string
	HTTPSPort   int
	IPv6Addr    string
	UTF8Name    string
	Version2API string
	TLSConfigID uint
	APIURLs     string `gorm:"index"`
}

// Payload says its column type by database: GORM's migrator prefers it
// to a type: tag.
type Payload []byte

// GormDataType makes the field a column.
func (Payload) GormDataType() string { return "json" }

// GormDBDataType is the column type by database.
func (Payload) GormDBDataType(db *gorm.DB, field *gschema.Field) string {
	switch db.Dialector.Name() {
	case "postgres":
		return "JSONB"
	case "sqlite":
		return "JSON"
	}
	return ""
}

// Blob has Payload columns, one with a type: tag the method overrides.
type Blob struct {
	ID     uint
	Data   Payload
	Tagged Payload `gorm:"type:text"`
}

// Team has members through a join table that is a model of its own.
type Team struct {
	ID      uint
	Members []User `gorm:"many2many:team_members;"`
}

// TeamMember is Team.Members' join table, set up with SetupJoinTable: its
// own columns and the association's keys.
type TeamMember struct {
	TeamID uint   `gorm:"primaryKey"`
	UserID uint   `gorm:"primaryKey"`
	Role   string `gorm:"size:20;not null;default:'member'"`
}

// TableName is the many2many tag's name, as autogen needs to see that
// the model is the join table (with singular tables too).
func (TeamMember) TableName() string { return "team_members" }

// SetupJoinTables makes TeamMember the join table of Team.Members, as an
// application does before AutoMigrate.
func SetupJoinTables(db *gorm.DB) error {
	return db.SetupJoinTable(&Team{}, "Members", &TeamMember{})
}

// All is every model, in source order: AutoMigrate's argument.
func All() []any {
	return []any{&User{}, &Company{}, &CreditCard{}, &Language{}, &Pet{}, &Toy{}, &Product{}, &Account{},
		&Order{}, &OrderItem{}, &Post{}, &Tag{}, &Profile{}, &Event{}, &Setting{}, &Document{}, &Measurement{},
		&Counter{}, &Session{}, &Valuers{}, &Invoice{}, &Shipment{}, &Audit{}, &Customer{}, &Vendor{},
		&APIKey{}, &Person{}, &Category{}, &Member{}, &Department{}, &Employee{}, &Owner{}, &Wallet{},
		&Author{}, &Book{}, &Gadget{}, &Widget{}, &Ticket{}, &VeryLongModelNameForIdentifierTruncationTests{},
		&Escape{}, &Thing{}, &Node{}, &Score{}, &Player{}, &Fixture{}, &Typed{}, &Comment{}, &Article{},
		&Group{}, &Role{}, &Page{}, &HTTPSServer{}, &Blob{}, &Team{}, &TeamMember{}}
}
