// Package gormfidelity checks that autogen reads GORM models as GORM
// does: for the same source, the schema autogen produces equals what
// GORM's AutoMigrate creates in a real database. It is a module of its
// own so that autogen's module does not depend on GORM; model's
// TestGORMFidelity runs it.
package gormfidelity
