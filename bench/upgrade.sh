#!/usr/bin/env bash
# Times `upgrade head` of a 500-revision chain (revision i creates table
# t_i and its two indexes) with autogen and with Alembic, side by side on
# the same databases, and the cost of building the migration program cold
# and warm. See bench/README.md.
#
#   bench/upgrade.sh [N]          (default N=500)
#
# Needs: python3 (../shared/bench/gen.py), hyperfine, Alembic with
# psycopg2 for the Alembic columns (apt-get install python3-alembic
# python3-psycopg2), and PostgreSQL: $AUTOGEN_BENCH_POSTGRES_URL (a server
# whose user may create databases, reached over a Unix socket for a fair
# comparison) or the machine's binaries for a throwaway cluster.
set -euo pipefail
N=${1:-500}
repo=$(cd "$(dirname "$0")/.." && pwd)
shared=${AUTOGEN_SHARED:-$repo/../shared}
work=$(mktemp -d /tmp/autogen-bench.XXXXXX)
chmod 755 "$work"
runs=${RUNS:-5}

. "$(dirname "$0")/lib.sh"
start_postgres

chain_fixtures "$N"
alembic_pg="postgresql+psycopg2://postgres@/alembic_bench?host=$pghost"
psqlc "DROP DATABASE IF EXISTS ag_bench" 2>/dev/null; psqlc "DROP DATABASE IF EXISTS alembic_bench" 2>/dev/null

export AUTOGEN_URL_PG
AUTOGEN_URL_PG=$(dburl ag_bench)
ag=$work/autogen

echo "## upgrade head, $N revisions ($(date -u +%F), $(nproc) CPUs)"
echo
hyperfine --warmup 1 --runs "$runs" --export-markdown "$work/sqlite.md" \
	--prepare "rm -f $work/ag-sqlite/app.db $work/al/app.db" \
	-n "autogen, SQLite" "cd $work/ag-sqlite && $ag upgrade head >/dev/null" \
	-n "Alembic, SQLite" "cd $work/al && /usr/bin/python3 -m alembic -c alembic.ini upgrade head 2>/dev/null" >/dev/null
hyperfine --warmup 1 --runs "$runs" --export-markdown "$work/pg.md" \
	--prepare "psql '$pgurl' -qc 'DROP DATABASE IF EXISTS ag_bench' -c 'CREATE DATABASE ag_bench' -c 'DROP DATABASE IF EXISTS alembic_bench' -c 'CREATE DATABASE alembic_bench'" \
	-n "autogen, PostgreSQL" "cd $work/ag-postgres && AUTOGEN_URL='$AUTOGEN_URL_PG' $ag upgrade head >/dev/null" \
	-n "Alembic, PostgreSQL" "cd $work/al && /usr/bin/python3 -m alembic -c alembic.ini -x url='$alembic_pg' upgrade head 2>/dev/null" >/dev/null
cat "$work/sqlite.md"; tail -n +3 "$work/pg.md"

# The floor on PostgreSQL: psql applying the same DDL in one transaction.
hyperfine --warmup 1 --runs "$runs" --export-markdown "$work/floor.md" \
	--prepare "psql '$pgurl' -qc 'DROP DATABASE IF EXISTS ag_bench' -c 'CREATE DATABASE ag_bench'" \
	-n "psql, the same DDL (floor)" "psql '$AUTOGEN_URL_PG' -q -v ON_ERROR_STOP=1 -f $work/fx/pg_n$N.sql" >/dev/null
tail -n +3 "$work/floor.md"
echo

# Building the migration program: cold (empty build cache, so every
# dependency compiles, modernc.org/sqlite included) and warm (unchanged).
echo "## building the migration program ($N revision files)"
echo
prog=$work/ag-sqlite/migrations
hyperfine --warmup 1 --runs "$runs" --export-markdown "$work/build.md" \
	-n "warm build (nothing changed)" "cd $prog && go build -o $work/prog ." \
	-n "one revision file edited" "echo >> $prog/versions/r0001_add_t_0001.go && cd $prog && go build -o $work/prog ." >/dev/null
hyperfine --runs 1 --export-markdown "$work/cold.md" \
	--prepare "rm -rf $work/gocache" \
	-n "cold build (empty GOCACHE)" "cd $prog && GOCACHE=$work/gocache go build -o $work/prog ." >/dev/null
cat "$work/build.md"; tail -n +3 "$work/cold.md"
