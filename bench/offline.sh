#!/usr/bin/env bash
# Times `upgrade head --sql` of a 500-revision chain (revision i creates
# table t_i and its two indexes): the script a DBA reviews, written
# without a database, by autogen and by Alembic, side by side. See
# bench/README.md.
#
#   bench/offline.sh [N]          (default N=500)
#
# Needs: python3 (../shared/bench/gen.py), hyperfine, and Alembic with
# psycopg2 (apt-get install python3-alembic python3-psycopg2). No database
# is opened.
set -euo pipefail
N=${1:-500}
repo=$(cd "$(dirname "$0")/.." && pwd)
shared=${AUTOGEN_SHARED:-$repo/../shared}
work=$(mktemp -d /tmp/autogen-bench.XXXXXX)
chmod 755 "$work"
runs=${RUNS:-5}

. "$(dirname "$0")/lib.sh"

chain_fixtures "$N"
ag=$work/autogen
# The migration program is built once, outside the timings, as upgrade.sh
# measures the build on its own.
(cd "$work/ag-sqlite" && $ag upgrade head --sql >/dev/null)
(cd "$work/ag-postgres" && AUTOGEN_URL=postgres://nobody@127.0.0.1:1/none $ag upgrade head --sql >/dev/null)

echo "## upgrade head --sql, $N revisions ($(date -u +%F), $(nproc) CPUs)"
echo
hyperfine --warmup 1 --runs "$runs" --export-markdown "$work/offline.md" \
	-n "autogen, SQLite" "cd $work/ag-sqlite && $ag upgrade head --sql >/dev/null" \
	-n "Alembic, SQLite" "cd $work/al && /usr/bin/python3 -m alembic -c alembic.ini upgrade head --sql >/dev/null 2>&1" \
	-n "autogen, PostgreSQL" "cd $work/ag-postgres && AUTOGEN_URL=postgres://nobody@127.0.0.1:1/none $ag upgrade head --sql >/dev/null" \
	-n "Alembic, PostgreSQL" "cd $work/al && /usr/bin/python3 -m alembic -c alembic.ini -x url=postgresql+psycopg2://nobody@127.0.0.1:1/none upgrade head --sql >/dev/null 2>&1" >/dev/null
cat "$work/offline.md"
echo
echo "script lines: autogen SQLite $(cd "$work/ag-sqlite" && $ag upgrade head --sql | wc -l)," \
	"Alembic SQLite $(cd "$work/al" && /usr/bin/python3 -m alembic -c alembic.ini upgrade head --sql 2>/dev/null | wc -l)"
