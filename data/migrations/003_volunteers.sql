-- pingan schema, version 3: the volunteer police team (平安义警).
-- Hours and points are integer tenths (2.5 hours = 25, 7.5 points = 75), so
-- sums are exact; a participation's points are computed from the config's
-- rule when it is recorded and stored with it (a later rule change does not
-- rewrite history).

-- Volunteers (义警). group_code holds a vocabulary code (volunteer_group).
CREATE TABLE volunteer (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  uid        TEXT NOT NULL UNIQUE,
  name       TEXT NOT NULL,
  phone      TEXT,
  station_id INTEGER NOT NULL REFERENCES station(id),
  group_code TEXT,
  org        TEXT,
  joined     TEXT NOT NULL,
  left_on    TEXT,          -- the last day active; NULL while active
  note       TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX volunteer_by_station ON volunteer(station_id, name);

-- Tasks posted to the team's group chat. duty holds a vocabulary code.
CREATE TABLE task (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  uid          TEXT NOT NULL UNIQUE,
  date         TEXT NOT NULL,
  station_id   INTEGER NOT NULL REFERENCES station(id),
  duty         TEXT NOT NULL,
  place        TEXT NOT NULL,
  slots        INTEGER CHECK (slots IS NULL OR slots > 0),
  hours_tenths INTEGER NOT NULL DEFAULT 0 CHECK (hours_tenths BETWEEN 0 AND 240),
  status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
  note         TEXT,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);
CREATE INDEX task_by_date ON task(date, station_id);

-- Who joined a task (signed up), in the order they joined.
CREATE TABLE task_signup (
  task_id      INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
  position     INTEGER NOT NULL,
  volunteer_id INTEGER NOT NULL REFERENCES volunteer(id),
  PRIMARY KEY (task_id, position)
) WITHOUT ROWID;

-- Participations in a duty (履职记录) with the points they earned; a points
-- adjustment is a row with duty 'adjustment' and a reason.
CREATE TABLE duty (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  uid           TEXT NOT NULL UNIQUE,
  date          TEXT NOT NULL,
  station_id    INTEGER NOT NULL REFERENCES station(id),
  volunteer_id  INTEGER NOT NULL REFERENCES volunteer(id),
  duty          TEXT NOT NULL,
  hours_tenths  INTEGER NOT NULL DEFAULT 0 CHECK (hours_tenths BETWEEN 0 AND 240),
  points_tenths INTEGER NOT NULL,
  place         TEXT,
  event_id      INTEGER REFERENCES event(id),
  task_id       INTEGER REFERENCES task(id) ON DELETE CASCADE,
  adopted       INTEGER NOT NULL DEFAULT 0 CHECK (adopted IN (0, 1)),
  reason        TEXT,
  note          TEXT,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE INDEX duty_by_date ON duty(date, station_id, volunteer_id, duty, hours_tenths, points_tenths);
CREATE INDEX duty_by_volunteer ON duty(volunteer_id);
CREATE INDEX duty_by_task ON duty(task_id);
CREATE INDEX duty_by_event ON duty(event_id);
