"""Alembic's side of bench/introspect.sh: read a database's whole schema the
way Alembic's autogenerate does, through SQLAlchemy's reflection.

    /usr/bin/python3 bench/alembic_reflect.py URL [--stats]

URL is an SQLAlchemy URL (postgresql+psycopg2://…, sqlite:///path). The
script reflects every table of the default schema with MetaData.reflect()
(columns with types, nullability and defaults, primary key, foreign keys,
indexes, unique and check constraints, comments), which is what Alembic's
compare runs table by table, and prints what it found. --stats adds the
number of statements SQLAlchemy sent.
"""
import sys
import time

from sqlalchemy import MetaData, create_engine, event

t0 = time.perf_counter()
url = sys.argv[1]
engine = create_engine(url)
statements = 0


@event.listens_for(engine, "before_cursor_execute")
def _count(conn, cursor, stmt, params, ctx, many):
    global statements
    statements += 1


md = MetaData()
with engine.connect() as conn:
    md.reflect(bind=conn, views=False)
cols = sum(len(t.columns) for t in md.tables.values())
ixs = sum(len(t.indexes) for t in md.tables.values())
fks = sum(len(t.foreign_keys) for t in md.tables.values())
line = "%d tables, %d columns, %d indexes, %d foreign key columns: %.3f s" % (
    len(md.tables), cols, ixs, fks, time.perf_counter() - t0)
if "--stats" in sys.argv:
    line += ", %d statements" % statements
print(line)
