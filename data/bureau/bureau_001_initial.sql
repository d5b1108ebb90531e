-- pingan bureau schema, version 1 (SPEC §10), in PostgreSQL schema "pingan".
-- The stations' ledgers pushed into one database: the same tables and
-- columns as a station's SQLite ledger (data/migrations/), with PostgreSQL's
-- types: dates as date, money as bigint fen, timestamps as timestamptz, uids
-- as text (an event's linked installs have the uid "<event uid>-installs",
-- which is not a UUID). Ids are the bureau's own; records are matched by
-- uid, stations by name.

CREATE TABLE station (
  id         bigserial PRIMARY KEY,
  uid        text NOT NULL,
  name       text NOT NULL UNIQUE,
  code       text,
  bureau     text,
  created_at timestamptz NOT NULL
);

-- A station database that pushes here: how far it has been pushed (the
-- number of its latest change sent), and when it was last in contact.
CREATE TABLE source (
  uid       text PRIMARY KEY,
  mark      bigint NOT NULL DEFAULT 0,
  last_push timestamptz
);
CREATE TABLE source_station (
  source_uid text NOT NULL REFERENCES source(uid),
  station_id bigint NOT NULL REFERENCES station(id),
  PRIMARY KEY (source_uid, station_id)
);

CREATE TABLE event (
  id         bigserial PRIMARY KEY,
  uid        text NOT NULL UNIQUE,
  date       date NOT NULL,
  station_id bigint NOT NULL REFERENCES station(id),
  venue      text NOT NULL,
  place      text NOT NULL,
  audience   bigint NOT NULL CHECK (audience >= 0),
  materials  bigint NOT NULL DEFAULT 0 CHECK (materials >= 0),
  note       text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX event_by_date ON event (date, station_id) INCLUDE (venue, audience, materials);
CREATE INDEX event_by_station ON event (station_id);

CREATE TABLE event_topic (
  event_id bigint NOT NULL REFERENCES event(id) ON DELETE CASCADE,
  position integer NOT NULL,
  topic    text NOT NULL,
  PRIMARY KEY (event_id, position)
);

CREATE TABLE event_officer (
  event_id bigint NOT NULL REFERENCES event(id) ON DELETE CASCADE,
  position integer NOT NULL,
  officer  text NOT NULL,
  PRIMARY KEY (event_id, position)
);

CREATE TABLE install (
  id         bigserial PRIMARY KEY,
  uid        text NOT NULL UNIQUE,
  date       date NOT NULL,
  station_id bigint NOT NULL REFERENCES station(id),
  venue      text NOT NULL,
  place      text,
  count      bigint NOT NULL CHECK (count >= 0),
  event_id   bigint REFERENCES event(id) ON DELETE CASCADE,
  note       text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX install_by_date ON install (date, station_id) INCLUDE (venue, count, event_id);
CREATE INDEX install_by_event ON install (event_id);
CREATE INDEX install_by_station ON install (station_id);

CREATE TABLE refund_case (
  id            bigserial PRIMARY KEY,
  uid           text NOT NULL UNIQUE,
  opened        date NOT NULL,
  station_id    bigint NOT NULL REFERENCES station(id),
  name          text NOT NULL,
  phone         text,
  category      text NOT NULL,
  platform      text,
  amount_fen    bigint NOT NULL CHECK (amount_fen >= 0),
  recovered_fen bigint NOT NULL DEFAULT 0 CHECK (recovered_fen >= 0 AND recovered_fen <= amount_fen),
  status        text NOT NULL CHECK (status IN ('open', 'submitted', 'refunded', 'rejected', 'withdrawn')),
  status_date   date NOT NULL,
  officer       text,
  note          text,
  created_at    timestamptz NOT NULL,
  updated_at    timestamptz NOT NULL
);
CREATE INDEX refund_case_by_opened ON refund_case (opened, station_id);
CREATE INDEX refund_case_by_station ON refund_case (station_id);

CREATE TABLE case_update (
  case_id       bigint NOT NULL REFERENCES refund_case(id) ON DELETE CASCADE,
  seq           integer NOT NULL,
  date          date NOT NULL,
  status        text NOT NULL,
  recovered_fen bigint NOT NULL DEFAULT 0,
  note          text,
  "by"          text,
  recorded_at   timestamptz NOT NULL,
  PRIMARY KEY (case_id, seq)
);

CREATE TABLE volunteer (
  id         bigserial PRIMARY KEY,
  uid        text NOT NULL UNIQUE,
  name       text NOT NULL,
  phone      text,
  station_id bigint NOT NULL REFERENCES station(id),
  group_code text,
  org        text,
  joined     date NOT NULL,
  left_on    date,
  note       text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX volunteer_by_station ON volunteer (station_id);

CREATE TABLE task (
  id           bigserial PRIMARY KEY,
  uid          text NOT NULL UNIQUE,
  date         date NOT NULL,
  station_id   bigint NOT NULL REFERENCES station(id),
  duty         text NOT NULL,
  place        text NOT NULL,
  slots        integer CHECK (slots IS NULL OR slots > 0),
  hours_tenths integer NOT NULL DEFAULT 0 CHECK (hours_tenths BETWEEN 0 AND 240),
  status       text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
  note         text,
  created_at   timestamptz NOT NULL,
  updated_at   timestamptz NOT NULL
);
CREATE INDEX task_by_station ON task (station_id);

CREATE TABLE task_signup (
  task_id      bigint NOT NULL REFERENCES task(id) ON DELETE CASCADE,
  position     integer NOT NULL,
  volunteer_id bigint NOT NULL REFERENCES volunteer(id),
  PRIMARY KEY (task_id, position)
);

CREATE TABLE duty (
  id            bigserial PRIMARY KEY,
  uid           text NOT NULL UNIQUE,
  date          date NOT NULL,
  station_id    bigint NOT NULL REFERENCES station(id),
  volunteer_id  bigint NOT NULL REFERENCES volunteer(id),
  duty          text NOT NULL,
  hours_tenths  integer NOT NULL DEFAULT 0 CHECK (hours_tenths BETWEEN 0 AND 240),
  points_tenths bigint NOT NULL,
  place         text,
  event_id      bigint REFERENCES event(id),
  task_id       bigint REFERENCES task(id) ON DELETE CASCADE,
  adopted       integer NOT NULL DEFAULT 0 CHECK (adopted IN (0, 1)),
  reason        text,
  note          text,
  created_at    timestamptz NOT NULL,
  updated_at    timestamptz NOT NULL
);
CREATE INDEX duty_by_date ON duty (date, station_id);
CREATE INDEX duty_by_volunteer ON duty (volunteer_id);
CREATE INDEX duty_by_station ON duty (station_id);
