-- pingan schema, version 1.
-- Money is integer fen (1 yuan = 100 fen); dates are local calendar dates as
-- 'YYYY-MM-DD' text; timestamps are UTC ISO 8601 ('2026-11-28T09:30:00Z').
-- Every record has a stable unique id (uid) that survives export and import.
-- Ids are AUTOINCREMENT so that one is never reused: an archived record keeps
-- its id in the archive database, and no new record takes it.

-- Police stations (派出所).
CREATE TABLE station (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  uid        TEXT NOT NULL UNIQUE,
  name       TEXT NOT NULL UNIQUE,
  code       TEXT UNIQUE,
  bureau     TEXT,
  created_at TEXT NOT NULL
);

-- Outreach events (宣传活动). venue and topics hold vocabulary codes.
CREATE TABLE event (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  uid        TEXT NOT NULL UNIQUE,
  date       TEXT NOT NULL,
  station_id INTEGER NOT NULL REFERENCES station(id),
  venue      TEXT NOT NULL,
  place      TEXT NOT NULL,
  audience   INTEGER NOT NULL CHECK (audience >= 0),   -- people reached
  materials  INTEGER NOT NULL DEFAULT 0 CHECK (materials >= 0),  -- leaflets handed out
  note       TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
-- Covering the report's figures, so a report reads the index alone.
CREATE INDEX event_by_date ON event(date, station_id, venue, audience, materials);

CREATE TABLE event_topic (
  event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  topic    TEXT NOT NULL,
  PRIMARY KEY (event_id, position)
) WITHOUT ROWID;
CREATE INDEX event_topic_by_topic ON event_topic(topic);

CREATE TABLE event_officer (
  event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  officer  TEXT NOT NULL,
  PRIMARY KEY (event_id, position)
) WITHOUT ROWID;

-- People helped to install and register the 国家反诈中心 app. A row linked to
-- an event (event_id) carries that event's date, station and venue; an event's
-- "installs" figure is the sum of its linked rows.
CREATE TABLE install (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  uid        TEXT NOT NULL UNIQUE,
  date       TEXT NOT NULL,
  station_id INTEGER NOT NULL REFERENCES station(id),
  venue      TEXT NOT NULL,
  place      TEXT,
  count      INTEGER NOT NULL CHECK (count >= 0),
  event_id   INTEGER REFERENCES event(id) ON DELETE CASCADE,
  note       TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX install_by_date ON install(date, station_id, venue, count, event_id);
CREATE INDEX install_by_event ON install(event_id);

-- Refund-assistance cases (退费/挽损求助). status is the latest entry of the
-- case's timeline (case_update); status_date is that entry's date.
CREATE TABLE refund_case (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  uid           TEXT NOT NULL UNIQUE,
  opened        TEXT NOT NULL,
  station_id    INTEGER NOT NULL REFERENCES station(id),
  name          TEXT NOT NULL,
  phone         TEXT,
  category      TEXT NOT NULL,
  platform      TEXT,
  amount_fen    INTEGER NOT NULL CHECK (amount_fen >= 0),
  recovered_fen INTEGER NOT NULL DEFAULT 0 CHECK (recovered_fen >= 0 AND recovered_fen <= amount_fen),
  status        TEXT NOT NULL CHECK (status IN ('open', 'submitted', 'refunded', 'rejected', 'withdrawn')),
  status_date   TEXT NOT NULL,
  officer       TEXT,
  note          TEXT,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE INDEX refund_case_by_opened ON refund_case(opened, station_id);
CREATE INDEX refund_case_by_status ON refund_case(status, status_date);

-- A case's timeline, beginning with its opening entry (status 'open').
CREATE TABLE case_update (
  case_id       INTEGER NOT NULL REFERENCES refund_case(id) ON DELETE CASCADE,
  seq           INTEGER NOT NULL,
  date          TEXT NOT NULL,
  status        TEXT NOT NULL,
  recovered_fen INTEGER NOT NULL DEFAULT 0,
  note          TEXT,
  by            TEXT,
  recorded_at   TEXT NOT NULL,
  PRIMARY KEY (case_id, seq)
) WITHOUT ROWID;

-- Every change to a record: who (operating-system user), when, and the record
-- as JSON before and after (NULL for an add's before and a delete's after).
CREATE TABLE audit (
  id         INTEGER PRIMARY KEY,
  at         TEXT NOT NULL,
  os_user    TEXT NOT NULL,
  action     TEXT NOT NULL CHECK (action IN ('add', 'edit', 'delete', 'status', 'import', 'archive')),
  kind       TEXT NOT NULL CHECK (kind IN ('station', 'event', 'install', 'case')),
  record_uid TEXT NOT NULL,
  before     TEXT,
  after      TEXT
);
CREATE INDEX audit_by_record ON audit(record_uid);
