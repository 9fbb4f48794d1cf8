#!/usr/bin/env bash
# Times a SQLite batch on 1,000,000 rows (drop a column, INTEGER -> BIGINT)
# with autogen, with Alembic's batch_alter_table, and by hand in sqlite3
# (the floor), side by side on copies of the same database: the workload
# of ../shared/bench/gen.py batch. See bench/README.md.
#
#   bench/batch.sh [ROWS]          (default 1000000; FK=1: foreign keys on)
set -euo pipefail
rows=${1:-1000000}
repo=$(cd "$(dirname "$0")/.." && pwd)
shared=${AUTOGEN_SHARED:-$repo/../shared}
work=$(mktemp -d /tmp/autogen-batch.XXXXXX)
runs=${RUNS:-5}
. "$(dirname "$0")/lib.sh"

python3 "$shared/bench/gen.py" batch --rows "$rows" --out "$work/fx" >/dev/null
sqlite3 "$work/base.db" < "$work/fx/batch_seed.sql" >/dev/null
(cd "$repo" && go build -o "$work/autogen" ./cmd/autogen)

# autogen: a project whose one revision is the batch.
proj=$work/ag
project "$proj" sqlite
# FK=1 enforces foreign keys on autogen's connection: the run then checks
# them on the whole database, before it starts and before it commits.
fkq=""
[ "${FK:-0}" = 1 ] && fkq="?_pragma=foreign_keys(1)"
sed -i "s|^url: .*|url: sqlite://$work/run.db$fkq|" "$proj/autogen.yaml"
cat > "$proj/migrations/versions/b0001_batch.go" <<'EOF'
package versions

import m "github.com/autogen-go/autogen/migrate"

var _ = Revisions.Add(m.Revision{
	ID:      "b0001",
	Message: "batch: drop big.note, big.qty INTEGER -> BIGINT",
	Upgrade: func(op *m.Op) error {
		op.BatchAlterTable("big", func(b *m.Batch) {
			b.DropColumn("note")
			b.AlterColumn("qty", m.SetType(m.BigInt))
		})
		return nil
	},
})
EOF
(cd "$proj" && go mod tidy >/dev/null 2>&1 && "$work/autogen" heads >/dev/null)
cp "$work/base.db" "$work/run.db" && (cd "$proj" && "$work/autogen" upgrade head >/dev/null) # build once

# Alembic: the revision gen.py wrote, with the shared env.py.
mkdir -p "$work/al/versions"
cp "$shared/bench/alembic/env.py" "$shared/bench/alembic/script.py.mako" "$work/al/"
cp "$work/fx/batch_rev.py" "$work/al/versions/"
cat > "$work/al/alembic.ini" <<EOF
[alembic]
script_location = $work/al
sqlalchemy.url = sqlite:///$work/run.db
EOF

echo "## SQLite batch on $rows rows: drop a column + INTEGER -> BIGINT ($(date -u +%F), $(nproc) CPUs)"
echo
hyperfine --warmup 1 --runs "$runs" --export-markdown "$work/batch.md" \
	--prepare "cp $work/base.db $work/run.db" \
	-n "autogen upgrade head${fkq:+, foreign keys enforced}" "cd $proj && $work/autogen upgrade head >/dev/null" \
	-n "Alembic batch_alter_table" "cd $work/al && /usr/bin/python3 -m alembic -c alembic.ini upgrade head 2>/dev/null" \
	-n "sqlite3, the move-and-copy by hand (floor)" "sqlite3 $work/run.db < $work/fx/batch_raw.sql" >/dev/null
cat "$work/batch.md"
cp "$work/base.db" "$work/run.db"
(cd "$proj" && /usr/bin/time -f "autogen peak RSS: %M KiB" "$work/autogen" upgrade head >/dev/null)
