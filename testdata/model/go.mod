module example.com/modeltest

go 1.26

require (
	github.com/gofrs/uuid/v5 v5.4.0 // indirect
	github.com/google/uuid v1.6.0 // indirect
	github.com/jackc/pgpassfile v1.0.0 // indirect
	github.com/jackc/pgservicefile v0.0.0-20240606120523-5a60cdf6a761 // indirect
	github.com/jackc/pgx/v5 v5.12.0 // indirect
	github.com/jinzhu/inflection v1.0.0 // indirect
	github.com/jinzhu/now v1.1.5 // indirect
	github.com/shopspring/decimal v1.4.0 // indirect
	golang.org/x/text v0.41.0 // indirect
	gorm.io/gorm v1.31.2 // indirect
)
