// Package gormnaming shows GORM's naming strategy: snake_case with
// initialisms, English plurals, and names past the limit cut with a hash.
package gormnaming

// HTTPServer is http_servers.
type HTTPServer struct {
	ID          uint
	HTTPSPort   int
	IPv4Addr    string
	UserID      uint
	APIKeyHash  string
	OAuth2Token string
	X           string
}

// Person is people; Child is children; Status is statuses.
type Person struct {
	ID uint `gorm:"primaryKey"`
}

// Child is children.
type Child struct {
	ID uint `gorm:"primaryKey"`
}

// Status is statuses.
type Status struct {
	ID uint `gorm:"primaryKey"`
}

// AnExtraordinarilyLongTableNameThatKeepsGoingOnAndOnForever has names
// past GORM's limit.
type AnExtraordinarilyLongTableNameThatKeepsGoingOnAndOnForever struct {
	ID                                          uint
	AnotherQuiteLongColumnNameThatAlsoGoesOnAnd string `gorm:"index;unique;check:length(another_quite_long_column_name_that_also_goes_on_and) > 0"`
}
