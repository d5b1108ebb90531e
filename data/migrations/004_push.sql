-- pingan schema, version 4: what a push to the bureau's database sends (SPEC §10).
--
-- ledger_source holds this database's source uid, made once: the bureau
-- keeps, per source, how far it has been pushed.
--
-- push_change holds one row per record that was ever added, changed or
-- deleted, with the number of its latest change: a push sends the records
-- whose number is above the bureau's mark for this source. The triggers
-- below keep it, so every way a record is written (commands, import,
-- archive) is seen. A new number is one more than the highest so far, so a
-- later change always sorts later (rows are never deleted, so the highest
-- never goes down).
--
-- A child row (an event's topics and officers, a case's timeline, a task's
-- signups) is only ever written together with its record's own row (an
-- INSERT or an UPDATE of it in the same transaction), so the record's
-- triggers see it: children have none of their own, which keeps an import
-- fast.

CREATE TABLE ledger_source (
  uid TEXT NOT NULL PRIMARY KEY
);
INSERT INTO ledger_source (uid) VALUES (lower(hex(randomblob(16))));

-- Keyed by the record's id, which grows as records are added, so that an
-- import appends to this table rather than scattering random uids through
-- it; the uid is kept for a deleted record, whose row is gone. (An archived
-- record keeps its id in the archive database.)
CREATE TABLE push_change (
  kind TEXT NOT NULL,
  id   INTEGER NOT NULL,
  uid  TEXT NOT NULL,
  seq  INTEGER NOT NULL,
  PRIMARY KEY (kind, id)
) WITHOUT ROWID;
CREATE INDEX push_change_by_seq ON push_change (seq);

-- station: kind station
CREATE TRIGGER push_station_insert AFTER INSERT ON station BEGIN
  INSERT INTO push_change (kind, id, uid, seq)
  VALUES ('station', NEW.id, NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM push_change))
  ON CONFLICT (kind, id) DO UPDATE SET uid = excluded.uid, seq = excluded.seq;
END;
CREATE TRIGGER push_station_update AFTER UPDATE ON station BEGIN
  INSERT INTO push_change (kind, id, uid, seq)
  VALUES ('station', NEW.id, NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM push_change))
  ON CONFLICT (kind, id) DO UPDATE SET uid = excluded.uid, seq = excluded.seq;
END;
CREATE TRIGGER push_station_delete AFTER DELETE ON station BEGIN
  INSERT INTO push_change (kind, id, uid, seq)
  VALUES ('station', OLD.id, OLD.uid, (SELECT coalesce(max(seq), 0) + 1 FROM push_change))
  ON CONFLICT (kind, id) DO UPDATE SET uid = excluded.uid, seq = excluded.seq;
END;
-- event: kind event
CREATE TRIGGER push_event_insert AFTER INSERT ON event BEGIN
  INSERT INTO push_change (kind, id, uid, seq)
  VALUES ('event', NEW.id, NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM push_change))
  ON CONFLICT (kind, id) DO UPDATE SET uid = excluded.uid, seq = excluded.seq;
END;
CREATE TRIGGER push_event_update AFTER UPDATE ON event BEGIN
  INSERT INTO push_change (kind, id, uid, seq)
  VALUES ('event', NEW.id, NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM push_change))
  ON CONFLICT (kind, id) DO UPDATE SET uid = excluded.uid, seq = excluded.seq;
END;
CREATE TRIGGER push_event_delete AFTER DELETE ON event BEGIN
  INSERT INTO push_change (kind, id, uid, seq)
  VALUES ('event', OLD.id, OLD.uid, (SELECT coalesce(max(seq), 0) + 1 FROM push_change))
  ON CONFLICT (kind, id) DO UPDATE SET uid = excluded.uid, seq = excluded.seq;
END;
-- install: kind install
CREATE TRIGGER push_install_insert AFTER INSERT ON install BEGIN
  INSERT INTO push_change (kind, id, uid, seq)
  VALUES ('install', NEW.id, NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM push_change))
  ON CONFLICT (kind, id) DO UPDATE SET uid = excluded.uid, seq = excluded.seq;
END;
CREATE TRIGGER push_install_update AFTER UPDATE ON install BEGIN
  INSERT INTO push_change (kind, id, uid, seq)
  VALUES ('install', NEW.id, NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM push_change))
  ON CONFLICT (kind, id) DO UPDATE SET uid = excluded.uid, seq = excluded.seq;
END;
CREATE TRIGGER push_install_delete AFTER DELETE ON install BEGIN
  INSERT INTO push_change (kind, id, uid, seq)
  VALUES ('install', OLD.id, OLD.uid, (SELECT coalesce(max(seq), 0) + 1 FROM push_change))
  ON CONFLICT (kind, id) DO UPDATE SET uid = excluded.uid, seq = excluded.seq;
END;
-- refund_case: kind case
CREATE TRIGGER push_refund_case_insert AFTER INSERT ON refund_case BEGIN
  INSERT INTO push_change (kind, id, uid, seq)
  VALUES ('case', NEW.id, NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM push_change))
  ON CONFLICT (kind, id) DO UPDATE SET uid = excluded.uid, seq = excluded.seq;
END;
CREATE TRIGGER push_refund_case_update AFTER UPDATE ON refund_case BEGIN
  INSERT INTO push_change (kind, id, uid, seq)
  VALUES ('case', NEW.id, NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM push_change))
  ON CONFLICT (kind, id) DO UPDATE SET uid = excluded.uid, seq = excluded.seq;
END;
CREATE TRIGGER push_refund_case_delete AFTER DELETE ON refund_case BEGIN
  INSERT INTO push_change (kind, id, uid, seq)
  VALUES ('case', OLD.id, OLD.uid, (SELECT coalesce(max(seq), 0) + 1 FROM push_change))
  ON CONFLICT (kind, id) DO UPDATE SET uid = excluded.uid, seq = excluded.seq;
END;
-- volunteer: kind volunteer
CREATE TRIGGER push_volunteer_insert AFTER INSERT ON volunteer BEGIN
  INSERT INTO push_change (kind, id, uid, seq)
  VALUES ('volunteer', NEW.id, NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM push_change))
  ON CONFLICT (kind, id) DO UPDATE SET uid = excluded.uid, seq = excluded.seq;
END;
CREATE TRIGGER push_volunteer_update AFTER UPDATE ON volunteer BEGIN
  INSERT INTO push_change (kind, id, uid, seq)
  VALUES ('volunteer', NEW.id, NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM push_change))
  ON CONFLICT (kind, id) DO UPDATE SET uid = excluded.uid, seq = excluded.seq;
END;
CREATE TRIGGER push_volunteer_delete AFTER DELETE ON volunteer BEGIN
  INSERT INTO push_change (kind, id, uid, seq)
  VALUES ('volunteer', OLD.id, OLD.uid, (SELECT coalesce(max(seq), 0) + 1 FROM push_change))
  ON CONFLICT (kind, id) DO UPDATE SET uid = excluded.uid, seq = excluded.seq;
END;
-- task: kind task
CREATE TRIGGER push_task_insert AFTER INSERT ON task BEGIN
  INSERT INTO push_change (kind, id, uid, seq)
  VALUES ('task', NEW.id, NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM push_change))
  ON CONFLICT (kind, id) DO UPDATE SET uid = excluded.uid, seq = excluded.seq;
END;
CREATE TRIGGER push_task_update AFTER UPDATE ON task BEGIN
  INSERT INTO push_change (kind, id, uid, seq)
  VALUES ('task', NEW.id, NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM push_change))
  ON CONFLICT (kind, id) DO UPDATE SET uid = excluded.uid, seq = excluded.seq;
END;
CREATE TRIGGER push_task_delete AFTER DELETE ON task BEGIN
  INSERT INTO push_change (kind, id, uid, seq)
  VALUES ('task', OLD.id, OLD.uid, (SELECT coalesce(max(seq), 0) + 1 FROM push_change))
  ON CONFLICT (kind, id) DO UPDATE SET uid = excluded.uid, seq = excluded.seq;
END;
-- duty: kind duty
CREATE TRIGGER push_duty_insert AFTER INSERT ON duty BEGIN
  INSERT INTO push_change (kind, id, uid, seq)
  VALUES ('duty', NEW.id, NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM push_change))
  ON CONFLICT (kind, id) DO UPDATE SET uid = excluded.uid, seq = excluded.seq;
END;
CREATE TRIGGER push_duty_update AFTER UPDATE ON duty BEGIN
  INSERT INTO push_change (kind, id, uid, seq)
  VALUES ('duty', NEW.id, NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM push_change))
  ON CONFLICT (kind, id) DO UPDATE SET uid = excluded.uid, seq = excluded.seq;
END;
CREATE TRIGGER push_duty_delete AFTER DELETE ON duty BEGIN
  INSERT INTO push_change (kind, id, uid, seq)
  VALUES ('duty', OLD.id, OLD.uid, (SELECT coalesce(max(seq), 0) + 1 FROM push_change))
  ON CONFLICT (kind, id) DO UPDATE SET uid = excluded.uid, seq = excluded.seq;
END;
