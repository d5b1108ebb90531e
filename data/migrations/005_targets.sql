-- pingan schema, version 5: targets and the ranking of stations (SPEC §11).
--
-- A station's population (辖区人口) makes installs comparable per 10,000
-- residents; a retired station keeps its history but takes no new records.
ALTER TABLE station ADD COLUMN population INTEGER CHECK (population IS NULL OR population > 0);
ALTER TABLE station ADD COLUMN retired TEXT;  -- the day it was retired; NULL while in service

-- A target (考核指标) of one station for one metric over a month, quarter or
-- year. value is in the metric's unit: a count, fen for amount_recovered,
-- tenths for installs_per_10k. period is its label (2026-11, 2026-Q4, 2026);
-- first_day and last_day are its days, which the report picks targets by
-- (a station has a few targets a year: no index needed beyond the unique key).
CREATE TABLE target (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  uid        TEXT NOT NULL UNIQUE,
  station_id INTEGER NOT NULL REFERENCES station(id),
  metric     TEXT NOT NULL,
  period     TEXT NOT NULL,
  first_day  TEXT NOT NULL,
  last_day   TEXT NOT NULL,
  value      INTEGER NOT NULL CHECK (value > 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (station_id, metric, period)
);

-- target: kind target (see 004_push.sql)
CREATE TRIGGER push_target_insert AFTER INSERT ON target BEGIN
  INSERT INTO push_change (kind, id, uid, seq)
  VALUES ('target', NEW.id, NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM push_change))
  ON CONFLICT (kind, id) DO UPDATE SET uid = excluded.uid, seq = excluded.seq;
END;
CREATE TRIGGER push_target_update AFTER UPDATE ON target BEGIN
  INSERT INTO push_change (kind, id, uid, seq)
  VALUES ('target', NEW.id, NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM push_change))
  ON CONFLICT (kind, id) DO UPDATE SET uid = excluded.uid, seq = excluded.seq;
END;
CREATE TRIGGER push_target_delete AFTER DELETE ON target BEGIN
  INSERT INTO push_change (kind, id, uid, seq)
  VALUES ('target', OLD.id, OLD.uid, (SELECT coalesce(max(seq), 0) + 1 FROM push_change))
  ON CONFLICT (kind, id) DO UPDATE SET uid = excluded.uid, seq = excluded.seq;
END;
