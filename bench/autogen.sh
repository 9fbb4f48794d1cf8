#!/usr/bin/env bash
# Times autogenerate on the fixtures of ../shared/bench/gen.py, with
# autogen and with Alembic side by side: a no-op run (`autogen check`
# against a database that matches the models) and a create-all draft
# from an empty database (`revision --autogenerate`), on PostgreSQL and
# SQLite. See bench/README.md.
#
#   bench/autogen.sh [N...]          (default: 100 500 2000)
#
# Needs what bench/upgrade.sh needs. AUTOGEN_TIMING=1 makes autogen print
# the split of each run (load models, introspect, normalise, diff).
set -euo pipefail
sizes=${*:-100 500 2000}
repo=$(cd "$(dirname "$0")/.." && pwd)
shared=${AUTOGEN_SHARED:-$repo/../shared}
work=$(mktemp -d /tmp/autogen-agbench.XXXXXX)
chmod 755 "$work"
runs=${RUNS:-3}
. "$(dirname "$0")/lib.sh"
start_postgres
recreate() { psql "$pgurl" -qc "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" 2>/dev/null; }

(cd "$repo" && go build -o "$work/autogen" ./cmd/autogen)
ag=$work/autogen

agproject() { # DIR DIALECT FIXTURES
	project "$1" "$2"
	cp -r "$3/go/models" "$1/models"
	if [ "$2" = sqlite ]; then
		sed -i "s|^url: .*|url: sqlite://app.db|" "$1/autogen.yaml"
	else
		sed -i "/^url: /d" "$1/autogen.yaml"
	fi
	printf 'models:\n  - ./models\n' >> "$1/autogen.yaml"
	(cd "$1" && go mod tidy >/dev/null 2>&1 || true)
}

alembic_env() { # DIR FIXTURES N URL
	mkdir -p "$1/versions"
	cp "$shared/bench/alembic/env.py" "$shared/bench/alembic/script.py.mako" "$1/"
	cat > "$1/alembic.ini" <<INI
[alembic]
script_location = $1
sqlalchemy.url = $4
bench_models_path = $2
bench_models_module = models_n$3
INI
}

for n in $sizes; do
	python3 "$shared/bench/gen.py" fixtures --n "$n" --out "$work/fx$n" >/dev/null
	echo "## autogenerate, $n tables ($(date -u +%F), $(nproc) CPUs)"
	echo
	for d in ${DIALECTS:-sqlite postgres}; do
		p=$work/ag-$d-$n
		agproject "$p" "$d" "$work/fx$n"
		al=$work/al-$d-$n
		export AUTOGEN_URL=""
		if [ "$d" = postgres ]; then
			export AUTOGEN_URL; AUTOGEN_URL=$(dburl agb)
			alurl="postgresql+psycopg2://postgres@/alb?host=$pghost"
			prep_empty="psql '$pgurl' -qc 'DROP DATABASE IF EXISTS agb' -c 'CREATE DATABASE agb' -c 'DROP DATABASE IF EXISTS alb' -c 'CREATE DATABASE alb' 2>/dev/null"
		else
			alurl="sqlite:///$al/app.db"
			prep_empty="rm -f $p/app.db $al/app.db"
		fi
		alembic_env "$al" "$work/fx$n" "$n" "$alurl"
		# Create-all: a draft of every table, from an empty database.
		hyperfine --warmup 1 --runs "$runs" --export-markdown "$work/create.md" \
			--prepare "$prep_empty; rm -f $p/migrations/versions/r0001_*.go $al/versions/*.py" \
			-n "autogen, create-all draft, $d" "cd $p && $ag revision --autogenerate -m all --rev-id r0001 >/dev/null" \
			-n "Alembic, create-all draft, $d" "cd $al && /usr/bin/python3 -m alembic -c alembic.ini revision --autogenerate -m all >/dev/null 2>&1" >/dev/null
		tail -n +3 "$work/create.md"
		# No-op: a database that matches the models. autogen's is made by
		# its own draft; Alembic's by the fixture's DDL (its models match it).
		eval "$prep_empty"
		rm -f $p/migrations/versions/r0001_*.go $al/versions/*.py
		(cd "$p" && $ag revision --autogenerate -m all --rev-id r0001 >/dev/null && $ag upgrade head >/dev/null)
		if [ "$d" = postgres ]; then
			psql "$(dburl alb)" -q -f "$work/fx$n/pg_n$n.sql" >/dev/null
		else
			sqlite3 "$al/app.db" < "$work/fx$n/sqlite_n$n.sql" >/dev/null
		fi
		(cd "$al" && /usr/bin/python3 -m alembic -c alembic.ini stamp head >/dev/null 2>&1 || true)
		hyperfine --warmup 1 --runs "$runs" --export-markdown "$work/noop.md" \
			--prepare "rm -f $al/versions/*_noop*.py" \
			-n "autogen check (no-op), $d" "cd $p && $ag check >/dev/null" \
			-n "Alembic no-op autogenerate, $d" "cd $al && /usr/bin/python3 -m alembic -c alembic.ini revision --autogenerate -m noop >/dev/null 2>&1" >/dev/null
		tail -n +3 "$work/noop.md"
		(cd "$p" && AUTOGEN_TIMING=1 /usr/bin/time -f "autogen check peak RSS ($d, $n): %M KiB" $ag check 2>&1 >/dev/null | sed 's/^/    /')
	done
	echo
done
