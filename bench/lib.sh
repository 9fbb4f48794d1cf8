# Sourced by the bench scripts. Before sourcing, set $work (the script's
# temporary folder) and $repo (this repository). The EXIT trap stops the
# throwaway cluster, if one was started, and removes $work.

cluster=""
stop_cluster() {
	if [ -n "$cluster" ]; then
		su postgres -s /bin/sh -c "$pgbin/pg_ctl -D $cluster/data -m immediate stop" >/dev/null 2>&1 || true
	fi
}
trap 'stop_cluster; rm -rf "$work"' EXIT

# start_postgres sets $pgurl (the maintenance URL) and $pghost (its socket
# folder or host): $AUTOGEN_BENCH_POSTGRES_URL, a server whose user may
# create databases (over a Unix socket for a fair comparison), or else a
# throwaway cluster started from the machine's binaries, as the postgres
# user when run as root.
start_postgres() {
	if [ -n "${AUTOGEN_BENCH_POSTGRES_URL:-}" ]; then
		pgurl=$AUTOGEN_BENCH_POSTGRES_URL
	else
		pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
		cluster=$work/pg
		mkdir -p "$cluster/sock"
		chown -R postgres "$cluster"
		su postgres -s /bin/sh -c "$pgbin/initdb -D $cluster/data -U postgres --auth=trust -E UTF8 --locale=C >/dev/null &&
			$pgbin/pg_ctl -D $cluster/data -o '-k $cluster/sock -c listen_addresses= -c max_locks_per_transaction=1024' -l $cluster/log -w start >/dev/null"
		pgurl="postgres://postgres@/postgres?host=$cluster/sock&sslmode=disable"
	fi
	pghost=$(python3 -c 'import sys, urllib.parse as u; q=u.urlparse(sys.argv[1]); print(dict(u.parse_qsl(q.query)).get("host") or q.hostname)' "$pgurl")
}

# dburl NAME is the URL of database NAME on that server.
dburl() { python3 -c 'import sys, urllib.parse as u; q=u.urlparse(sys.argv[1]); print(u.urlunparse(q._replace(path="/"+sys.argv[2])))' "$pgurl" "$1"; }
psqlc() { psql "$pgurl" -qAtc "$1"; }

# project DIR DIALECT: a Go module that uses this repository through a
# replace directive, requiring what it requires, with autogen init run.
project() {
	mkdir -p "$1"
	{
		printf 'module example.com/bench\n\ngo 1.26\n\nrequire github.com/autogen-go/autogen v0.0.0-00010101000000-000000000000\n\n'
		sed -n '/^require/,$p' "$repo/go.mod"
		printf '\nreplace github.com/autogen-go/autogen => %s\n' "$repo"
	} > "$1/go.mod"
	cp "$repo/go.sum" "$1/go.sum"
	(cd "$1" && "$work/autogen" init --dialect "$2" >/dev/null)
}

# chain_fixtures N: the N-revision chain of upgrade.sh and offline.sh
# (revision i creates table t_i and its two indexes, the DDL of gen.py
# fixtures) as the autogen projects $work/ag-sqlite and $work/ag-postgres
# and as Alembic's $work/al (gen.py's chain, the shared env.py); autogen
# built as $work/autogen. Needs $shared.
chain_fixtures() {
	local n=$1 d ddl
	python3 "$shared/bench/gen.py" fixtures --n "$n" --out "$work/fx" >/dev/null
	(cd "$repo" && go build -o "$work/autogen" ./cmd/autogen)
	for d in sqlite postgres; do
		ddl=$work/fx/sqlite_n$n.sql
		[ $d = postgres ] && ddl=$work/fx/pg_n$n.sql
		(cd "$repo" && go run ./bench/chaingen -ddl "$ddl" -dialect $d -out "$work/ag-$d" -repo "$repo")
		(cd "$work/ag-$d" && go mod tidy >/dev/null 2>&1)
	done
	mkdir -p "$work/al/versions"
	cp "$shared/bench/alembic/env.py" "$shared/bench/alembic/script.py.mako" "$work/al/"
	python3 "$shared/bench/gen.py" chain --n "$n" --out "$work/al/versions" >/dev/null
	printf '[alembic]\nscript_location = %s\nsqlalchemy.url = sqlite:///%s/app.db\n' "$work/al" "$work/al" > "$work/al/alembic.ini"
}
