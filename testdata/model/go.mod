module example.com/modeltest

go 1.26

require (
	github.com/jinzhu/inflection v1.0.0 // indirect
	github.com/jinzhu/now v1.1.5 // indirect
	golang.org/x/text v0.41.0 // indirect
)

require (
	example.com/gormtypes v0.0.0
	github.com/gofrs/uuid/v5 v5.4.0
	github.com/google/uuid v1.6.0
	github.com/jackc/pgx/v5 v5.12.0
	github.com/shopspring/decimal v1.4.0
	gorm.io/gorm v1.31.2
)

replace example.com/gormtypes => ../gormtypes
