import type { Database } from 'better-sqlite3'

// Every editable table carries version/created_at/updated_at/updated_by for optimistic
// concurrency, and deleted_at because deletes are soft (history can bring a row back).
const TRACKED = `
  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  deleted_at TEXT`

export default function up(db: Database): void {
  db.exec(`
    CREATE TABLE municipality (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      ${TRACKED}
    ) STRICT;

    CREATE TABLE period (
      id TEXT PRIMARY KEY,
      municipality_id TEXT NOT NULL REFERENCES municipality(id),
      title TEXT NOT NULL,
      start_date TEXT NOT NULL,
      end_date TEXT NOT NULL CHECK (end_date >= start_date),
      signed_date TEXT,
      signed_place TEXT NOT NULL DEFAULT '',
      situation TEXT NOT NULL DEFAULT '',
      effect TEXT NOT NULL DEFAULT '',
      follow_up_plan TEXT NOT NULL DEFAULT '',
      state TEXT NOT NULL DEFAULT 'utkast' CHECK (state IN ('utkast', 'gallande', 'avslutad')),
      ${TRACKED}
    ) STRICT;
    CREATE INDEX period_municipality ON period(municipality_id);

    CREATE TABLE signatory (
      id TEXT PRIMARY KEY,
      period_id TEXT NOT NULL REFERENCES period(id),
      name TEXT NOT NULL,
      title TEXT NOT NULL DEFAULT '',
      organisation TEXT NOT NULL DEFAULT '',
      position REAL NOT NULL,
      ${TRACKED}
    ) STRICT;
    CREATE INDEX signatory_period ON signatory(period_id, position);

    CREATE TABLE goal (
      id TEXT PRIMARY KEY,
      period_id TEXT NOT NULL REFERENCES period(id),
      text TEXT NOT NULL,
      position REAL NOT NULL,
      ${TRACKED}
    ) STRICT;
    CREATE INDEX goal_period ON goal(period_id, position);

    CREATE TABLE activity (
      id TEXT PRIMARY KEY,
      goal_id TEXT NOT NULL REFERENCES goal(id),
      text TEXT NOT NULL,
      party TEXT NOT NULL CHECK (party IN ('polisen', 'kommunen', 'gemensamt', 'annan')),
      party_name TEXT NOT NULL DEFAULT '',
      target_count INTEGER CHECK (target_count IS NULL OR target_count >= 0),
      target_unit TEXT NOT NULL DEFAULT '',
      position REAL NOT NULL,
      ${TRACKED}
    ) STRICT;
    CREATE INDEX activity_goal ON activity(goal_id, position);

    CREATE TABLE follow_up (
      id TEXT PRIMARY KEY,
      activity_id TEXT NOT NULL REFERENCES activity(id),
      year INTEGER NOT NULL,
      tertial INTEGER NOT NULL CHECK (tertial IN (1, 2, 3)),
      party TEXT NOT NULL CHECK (party IN ('polisen', 'kommunen', 'gemensamt', 'annan')),
      text TEXT NOT NULL DEFAULT '',
      status TEXT CHECK (status IS NULL OR status IN ('planerad', 'pagar', 'genomford', 'ej_genomford', 'installd')),
      count INTEGER CHECK (count IS NULL OR count >= 0),
      ${TRACKED},
      UNIQUE (activity_id, year, tertial, party)
    ) STRICT;

    CREATE TABLE change_log (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      user TEXT NOT NULL,
      entity TEXT NOT NULL,
      entity_id TEXT NOT NULL,
      period_id TEXT,
      op TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete', 'restore', 'move')),
      field TEXT,
      old_value TEXT,
      new_value TEXT
    ) STRICT;
    CREATE INDEX change_log_entity ON change_log(entity, entity_id, id);
    CREATE INDEX change_log_period ON change_log(period_id, id);
  `)
}
