#!/usr/bin/env bash
# Times reading a whole schema: autogen's introspection against the floor
# (the catalog queries of ../shared/bench/floor_*.sql run once by psql and
# sqlite3) and against Alembic's reflection (SQLAlchemy's
# MetaData.reflect, bench/alembic_reflect.py), side by side on the same
# databases: the gen.py fixtures of N tables. See bench/README.md.
#
#   bench/introspect.sh [N...]          (default: 500 2000)
#
# Needs: python3 (gen.py), hyperfine, psql and sqlite3, /usr/bin/python3
# with SQLAlchemy and psycopg2 (apt-get install python3-alembic
# python3-psycopg2), and PostgreSQL: $AUTOGEN_BENCH_POSTGRES_URL (a server
# whose user may create databases, over a Unix socket for a fair
# comparison) or the machine's binaries for a throwaway cluster.
# RUNS (default 10) sets hyperfine's runs.
set -euo pipefail
sizes=${*:-500 2000}
repo=$(cd "$(dirname "$0")/.." && pwd)
shared=${AUTOGEN_SHARED:-$repo/../shared}
work=$(mktemp -d /tmp/autogen-bench-introspect.XXXXXX)
chmod 755 "$work"
runs=${RUNS:-10}

. "$(dirname "$0")/lib.sh"
start_postgres

pguser=$(python3 -c 'import sys, urllib.parse as u; print(u.urlparse(sys.argv[1]).username or "postgres")' "$pgurl")
(cd "$repo" && go build -o "$work/inspect" ./bench/inspect)

echo "## Reading a whole schema ($(date -u +%F), $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg))"
echo
echo "| fixture | autogen | floor (psql, sqlite3) | floor through Go's driver | Alembic | autogen / floor | autogen / Go floor | Alembic / autogen |"
echo "|---|---|---|---|---|---|---|---|"
for n in $sizes; do
	python3 "$shared/bench/gen.py" fixtures --n "$n" --out "$work/fx" >/dev/null
	db=ag_introspect_$n
	psqlc "DROP DATABASE IF EXISTS $db" 2>/dev/null
	psqlc "CREATE DATABASE $db"
	url=$(dburl "$db")
	psql "$url" -q -v ON_ERROR_STOP=1 -f "$work/fx/pg_n$n.sql" >/dev/null
	sqlite3 -bail "$work/n$n.db" <"$work/fx/sqlite_n$n.sql"
	alembic_pg="postgresql+psycopg2://$pguser@/$db?host=$pghost"

	hyperfine -N --warmup 1 --runs "$runs" --export-json "$work/pg$n.json" \
		-n autogen "$work/inspect -q -dialect postgres -url $url" \
		-n floor "psql $url -X -q -f $shared/bench/floor_postgres.sql -o /dev/null" \
		-n gofloor "$work/inspect -dialect postgres -url $url -floor $shared/bench/floor_postgres.sql" \
		-n alembic "/usr/bin/python3 $repo/bench/alembic_reflect.py $alembic_pg" >/dev/null
	hyperfine --warmup 1 --runs "$runs" --export-json "$work/sq$n.json" \
		-n autogen "$work/inspect -q -dialect sqlite -url $work/n$n.db" \
		-n floor "sqlite3 $work/n$n.db <$shared/bench/floor_sqlite.sql >/dev/null" \
		-n gofloor "$work/inspect -dialect sqlite -url $work/n$n.db -floor $shared/bench/floor_sqlite.sql" \
		-n alembic "/usr/bin/python3 $repo/bench/alembic_reflect.py sqlite:///$work/n$n.db" >/dev/null
	for d in pg sq; do
		python3 - "$work/$d$n.json" "$d" "$n" <<'EOF'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
a, f, gf, al = (r[k]["median"] for k in ("autogen", "floor", "gofloor", "alembic"))
name = {"pg": "PostgreSQL", "sq": "SQLite"}[sys.argv[2]]
print("| %s, N=%s | %.3f s | %.3f s | %.3f s | %.2f s | %.2f× | %.2f× | %.1f× |" % (name, sys.argv[3], a, f, gf, al, a / f, a / gf, al / a))
EOF
	done
done
echo
echo "Medians of $runs runs after a warm-up, whole process (hyperfine). In one process, with the"
echo "connection open (the figure an app or the autogenerate pipeline sees):"
echo
for n in $sizes; do
	echo "- PostgreSQL, N=$n: $("$work/inspect" -dialect postgres -url "$(dburl ag_introspect_$n)" -runs 10 | tail -1)"
	echo "- SQLite, N=$n: $("$work/inspect" -dialect sqlite -url "$work/n$n.db" -runs 10 | tail -1)"
done
echo
echo "Statements sent: autogen 7 (PostgreSQL) and 4 (SQLite) whatever N; Alembic:"
for n in $sizes; do
	echo "- N=$n: PostgreSQL $(/usr/bin/python3 "$repo/bench/alembic_reflect.py" "postgresql+psycopg2://$pguser@/ag_introspect_$n?host=$pghost" --stats | sed 's/.*, //'), SQLite $(/usr/bin/python3 "$repo/bench/alembic_reflect.py" "sqlite:///$work/n$n.db" --stats | sed 's/.*, //')"
done
for n in $sizes; do psqlc "DROP DATABASE IF EXISTS ag_introspect_$n" 2>/dev/null; done
