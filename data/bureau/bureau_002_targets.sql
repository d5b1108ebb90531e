-- pingan bureau schema, version 2: targets and the ranking of stations
-- (SPEC §11), as in a ledger's migration 005. A target is matched by uid
-- when pushed; a pushed target for a station, metric and period that the
-- bureau already holds under another uid (set here with --bureau-db)
-- replaces it.
ALTER TABLE station ADD COLUMN population bigint CHECK (population IS NULL OR population > 0);
ALTER TABLE station ADD COLUMN retired date;

CREATE TABLE target (
  id         bigserial PRIMARY KEY,
  uid        text NOT NULL UNIQUE,
  station_id bigint NOT NULL REFERENCES station(id),
  metric     text NOT NULL,
  period     text NOT NULL,
  first_day  date NOT NULL,
  last_day   date NOT NULL,
  value      bigint NOT NULL CHECK (value > 0),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (station_id, metric, period)
);
