package gormfidelity

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"github.com/glebarez/sqlite"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"

	"github.com/autogen-go/autogen/generate"
	"github.com/autogen-go/autogen/internal/pgtest"
	"github.com/autogen-go/autogen/model"
	"github.com/autogen-go/autogen/model/testdata/gormfidelity/models"
	"github.com/autogen-go/autogen/model/testdata/gormfidelity/models/pgonly"
	"github.com/autogen-go/autogen/model/testdata/gormfidelity/models/sqliteonly"
)

// TestAutogenerateAfterAutoMigrate is the acceptance test of GORM
// fidelity end to end: GORM's AutoMigrate creates the models' tables, and
// autogenerate, reading the same models from source, finds nothing to do
// on either database, server defaults compared.
func TestAutogenerateAfterAutoMigrate(t *testing.T) {
	tests := []struct {
		dialect string
		extra   string // the dialect's own models
		values  []any
		open    func(t *testing.T) (gorm.Dialector, string)
	}{
		{
			dialect: "postgres", extra: "pgonly", values: append(models.All(), pgonly.All()...),
			open: func(t *testing.T) (gorm.Dialector, string) {
				u := pgtest.URL(t)
				return postgres.Open(u), u
			},
		},
		{
			dialect: "sqlite", extra: "sqliteonly", values: append(models.All(), sqliteonly.All()...),
			open: func(t *testing.T) (gorm.Dialector, string) {
				path := filepath.Join(t.TempDir(), "gorm.db")
				return sqlite.Open(path), "file:" + path
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.dialect, func(t *testing.T) {
			dialector, dsn := tc.open(t)
			gdb, err := gorm.Open(dialector, quietGORM())
			if err != nil {
				t.Fatal(err)
			}
			if err := models.SetupJoinTables(gdb); err != nil {
				t.Fatal(err)
			}
			if err := gdb.AutoMigrate(tc.values...); err != nil {
				t.Fatalf("GORM AutoMigrate: %v", err)
			}
			gsql, _ := gdb.DB()
			gsql.Close()

			driver := "pgx"
			if tc.dialect == "sqlite" {
				driver = "sqlite"
			}
			db, err := sql.Open(driver, dsn)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			res, err := generate.Compare(context.Background(), generate.Options{
				DB: db, Dialect: tc.dialect, ServerDefaults: true,
				Models: model.Options{Patterns: []string{"./models", "./models/" + tc.extra}},
			})
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range res.Changes {
				t.Errorf("after GORM's AutoMigrate, autogenerate finds: %s", c)
			}
			t.Logf("%d tables compared, %d sent to the scratch database", len(res.Target.Tables), res.Scratch)
		})
	}
}
