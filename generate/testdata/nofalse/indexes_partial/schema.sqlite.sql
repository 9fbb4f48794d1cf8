CREATE TABLE tasks (
    id INTEGER PRIMARY KEY,
    owner_id BIGINT NOT NULL,
    slug TEXT NOT NULL,
    status TEXT NOT NULL,
    active BOOLEAN NOT NULL,
    priority INTEGER NOT NULL,
    due TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX ix_tasks_live_slug ON tasks (slug) WHERE deleted_at IS NULL;
CREATE INDEX ix_tasks_active ON tasks (owner_id) WHERE active;
CREATE INDEX ix_tasks_open ON tasks (owner_id) WHERE status = 'open';
CREATE INDEX ix_tasks_range ON tasks (due) WHERE priority > 0 AND priority < 10;
CREATE INDEX ix_tasks_any ON tasks (owner_id) WHERE status IN ('open', 'blocked');
CREATE INDEX ix_tasks_done ON tasks (owner_id) WHERE deleted_at IS NOT NULL OR active = false;
