// Package includeexclude leaves models out through autogen.yaml.
package includeexclude

// User is kept.
type User struct {
	ID       int64 `db:"id,pk"`
	LegacyID int64 `db:"legacy_id,fk:legacy_users.id"`
}

// LegacyUser is excluded by type, but keys may still reference its table.
type LegacyUser struct {
	ID int64 `db:"id,pk"`
}

// Draft is excluded by its package-qualified name.
type Draft struct {
	ID int64 `db:"id,pk"`
}

// AuditLog is excluded by its table.
type AuditLog struct {
	ID int64 `db:"id,pk"`
}
