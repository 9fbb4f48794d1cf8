// Command inspect times autogen's introspection of a database, for
// bench/introspect.sh: it opens the database, reads its schema with
// introspect.Inspect, and prints what it read and how long that took.
//
//	go run ./bench/inspect -dialect postgres -url 'postgres://…/n2000?sslmode=disable'
//	go run ./bench/inspect -dialect sqlite -url /tmp/n2000.db -runs 10
//
// With -runs N it reads N times in one process and prints each time and
// the median, so that the figure leaves out process start-up and the
// first connection; hyperfine times the whole process.
//
// With -floor FILE it runs the statements of FILE (../shared/bench's
// floor_postgres.sql or floor_sqlite.sql) instead, reading and dropping
// their rows: the floor through the same Go driver autogen uses.
package main

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite"

	"github.com/autogen-go/autogen/introspect"
)

func main() {
	dialectName := flag.String("dialect", "postgres", "postgres or sqlite")
	url := flag.String("url", "", "the database: a PostgreSQL URL, or a SQLite file")
	schemas := flag.String("schemas", "", "PostgreSQL schemas to read, comma-separated (default public)")
	runs := flag.Int("runs", 1, "how many times to read the schema")
	quiet := flag.Bool("q", false, "print nothing but errors")
	floor := flag.String("floor", "", "run the catalog queries of this file instead of introspect.Inspect")
	flag.Parse()
	if err := run(*dialectName, *url, *schemas, *floor, *runs, *quiet); err != nil {
		fmt.Fprintln(os.Stderr, "inspect:", err)
		os.Exit(1)
	}
}

func run(dialectName, url, schemas, floor string, runs int, quiet bool) error {
	if url == "" {
		return fmt.Errorf("-url is required")
	}
	driver := "pgx"
	if dialectName == "sqlite" {
		driver = "sqlite"
		url = "file:" + url + "?mode=ro"
	}
	db, err := sql.Open(driver, url)
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	var opts introspect.Options
	if schemas != "" {
		opts.Schemas = strings.Split(schemas, ",")
	}
	ctx := context.Background()
	if floor != "" {
		return runFloor(ctx, db, floor)
	}
	var times []time.Duration
	for range max(runs, 1) {
		start := time.Now()
		s, err := introspect.Inspect(ctx, db, dialectName, opts)
		if err != nil {
			return err
		}
		times = append(times, time.Since(start))
		if quiet {
			continue
		}
		var cols, ixs, fks, uqs, cks int
		for _, t := range s.Tables {
			cols += len(t.Columns)
			ixs += len(t.Indexes)
			fks += len(t.ForeignKeys)
			uqs += len(t.Uniques)
			cks += len(t.Checks)
		}
		fmt.Printf("%d tables, %d columns, %d indexes, %d unique, %d foreign keys, %d checks, %d skipped: %v\n",
			len(s.Tables), cols, ixs, uqs, fks, cks, len(s.Skipped), times[len(times)-1].Round(time.Microsecond))
	}
	if runs > 1 && !quiet {
		slices.Sort(times)
		fmt.Printf("median of %d: %v (min %v, max %v)\n", len(times), times[len(times)/2].Round(time.Microsecond),
			times[0].Round(time.Microsecond), times[len(times)-1].Round(time.Microsecond))
	}
	return nil
}

// runFloor runs the statements of a floor file, reading every row.
func runFloor(ctx context.Context, db *sql.DB, file string) error {
	text, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	var lines []string
	for _, l := range strings.Split(string(text), "\n") {
		if !strings.HasPrefix(strings.TrimSpace(l), "--") {
			lines = append(lines, l)
		}
	}
	for _, stmt := range strings.Split(strings.Join(lines, "\n"), ";") {
		stmt = strings.TrimSpace(stmt)
		if stmt == "" {
			continue
		}
		rows, err := db.QueryContext(ctx, stmt)
		if err != nil {
			return fmt.Errorf("%s: %w", stmt, err)
		}
		cols, err := rows.Columns()
		if err != nil {
			return err
		}
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				return err
			}
		}
		if err := rows.Close(); err != nil {
			return err
		}
	}
	return nil
}
