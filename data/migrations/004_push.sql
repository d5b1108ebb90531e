-- pingan schema, version 4: what a push to the bureau's database sends (SPEC §10).
--
-- ledger_source holds this database's source uid, made once: the bureau
-- keeps, per source, how far it has been pushed.
-- push_change holds one row per record that was ever added, changed or
-- deleted, with the sequence number of its latest change: a push sends the
-- records whose number is above the bureau's mark for this source. The
-- triggers below keep it, so every way a record changes (commands, import,
-- archive, a child row of its timeline or topics) is seen; AUTOINCREMENT
-- never reuses a number, so a later change always sorts later. (DELETE then
-- INSERT rather than INSERT OR REPLACE: a statement's own conflict clause,
-- e.g. an upsert's, would override the trigger's.)

CREATE TABLE ledger_source (
  uid TEXT NOT NULL PRIMARY KEY
);
INSERT INTO ledger_source (uid) VALUES (lower(hex(randomblob(16))));

CREATE TABLE push_change (
  seq  INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL,
  uid  TEXT NOT NULL,
  UNIQUE (kind, uid)
);

-- station: kind station
CREATE TRIGGER push_station_insert AFTER INSERT ON station BEGIN
  DELETE FROM push_change WHERE kind = 'station' AND uid = NEW.uid;
  INSERT INTO push_change (kind, uid) VALUES ('station', NEW.uid);
END;
CREATE TRIGGER push_station_update AFTER UPDATE ON station BEGIN
  DELETE FROM push_change WHERE kind = 'station' AND uid = NEW.uid;
  INSERT INTO push_change (kind, uid) VALUES ('station', NEW.uid);
END;
CREATE TRIGGER push_station_delete AFTER DELETE ON station BEGIN
  DELETE FROM push_change WHERE kind = 'station' AND uid = OLD.uid;
  INSERT INTO push_change (kind, uid) VALUES ('station', OLD.uid);
END;
-- event: kind event
CREATE TRIGGER push_event_insert AFTER INSERT ON event BEGIN
  DELETE FROM push_change WHERE kind = 'event' AND uid = NEW.uid;
  INSERT INTO push_change (kind, uid) VALUES ('event', NEW.uid);
END;
CREATE TRIGGER push_event_update AFTER UPDATE ON event BEGIN
  DELETE FROM push_change WHERE kind = 'event' AND uid = NEW.uid;
  INSERT INTO push_change (kind, uid) VALUES ('event', NEW.uid);
END;
CREATE TRIGGER push_event_delete AFTER DELETE ON event BEGIN
  DELETE FROM push_change WHERE kind = 'event' AND uid = OLD.uid;
  INSERT INTO push_change (kind, uid) VALUES ('event', OLD.uid);
END;
-- install: kind install
CREATE TRIGGER push_install_insert AFTER INSERT ON install BEGIN
  DELETE FROM push_change WHERE kind = 'install' AND uid = NEW.uid;
  INSERT INTO push_change (kind, uid) VALUES ('install', NEW.uid);
END;
CREATE TRIGGER push_install_update AFTER UPDATE ON install BEGIN
  DELETE FROM push_change WHERE kind = 'install' AND uid = NEW.uid;
  INSERT INTO push_change (kind, uid) VALUES ('install', NEW.uid);
END;
CREATE TRIGGER push_install_delete AFTER DELETE ON install BEGIN
  DELETE FROM push_change WHERE kind = 'install' AND uid = OLD.uid;
  INSERT INTO push_change (kind, uid) VALUES ('install', OLD.uid);
END;
-- refund_case: kind case
CREATE TRIGGER push_refund_case_insert AFTER INSERT ON refund_case BEGIN
  DELETE FROM push_change WHERE kind = 'case' AND uid = NEW.uid;
  INSERT INTO push_change (kind, uid) VALUES ('case', NEW.uid);
END;
CREATE TRIGGER push_refund_case_update AFTER UPDATE ON refund_case BEGIN
  DELETE FROM push_change WHERE kind = 'case' AND uid = NEW.uid;
  INSERT INTO push_change (kind, uid) VALUES ('case', NEW.uid);
END;
CREATE TRIGGER push_refund_case_delete AFTER DELETE ON refund_case BEGIN
  DELETE FROM push_change WHERE kind = 'case' AND uid = OLD.uid;
  INSERT INTO push_change (kind, uid) VALUES ('case', OLD.uid);
END;
-- volunteer: kind volunteer
CREATE TRIGGER push_volunteer_insert AFTER INSERT ON volunteer BEGIN
  DELETE FROM push_change WHERE kind = 'volunteer' AND uid = NEW.uid;
  INSERT INTO push_change (kind, uid) VALUES ('volunteer', NEW.uid);
END;
CREATE TRIGGER push_volunteer_update AFTER UPDATE ON volunteer BEGIN
  DELETE FROM push_change WHERE kind = 'volunteer' AND uid = NEW.uid;
  INSERT INTO push_change (kind, uid) VALUES ('volunteer', NEW.uid);
END;
CREATE TRIGGER push_volunteer_delete AFTER DELETE ON volunteer BEGIN
  DELETE FROM push_change WHERE kind = 'volunteer' AND uid = OLD.uid;
  INSERT INTO push_change (kind, uid) VALUES ('volunteer', OLD.uid);
END;
-- task: kind task
CREATE TRIGGER push_task_insert AFTER INSERT ON task BEGIN
  DELETE FROM push_change WHERE kind = 'task' AND uid = NEW.uid;
  INSERT INTO push_change (kind, uid) VALUES ('task', NEW.uid);
END;
CREATE TRIGGER push_task_update AFTER UPDATE ON task BEGIN
  DELETE FROM push_change WHERE kind = 'task' AND uid = NEW.uid;
  INSERT INTO push_change (kind, uid) VALUES ('task', NEW.uid);
END;
CREATE TRIGGER push_task_delete AFTER DELETE ON task BEGIN
  DELETE FROM push_change WHERE kind = 'task' AND uid = OLD.uid;
  INSERT INTO push_change (kind, uid) VALUES ('task', OLD.uid);
END;
-- duty: kind duty
CREATE TRIGGER push_duty_insert AFTER INSERT ON duty BEGIN
  DELETE FROM push_change WHERE kind = 'duty' AND uid = NEW.uid;
  INSERT INTO push_change (kind, uid) VALUES ('duty', NEW.uid);
END;
CREATE TRIGGER push_duty_update AFTER UPDATE ON duty BEGIN
  DELETE FROM push_change WHERE kind = 'duty' AND uid = NEW.uid;
  INSERT INTO push_change (kind, uid) VALUES ('duty', NEW.uid);
END;
CREATE TRIGGER push_duty_delete AFTER DELETE ON duty BEGIN
  DELETE FROM push_change WHERE kind = 'duty' AND uid = OLD.uid;
  INSERT INTO push_change (kind, uid) VALUES ('duty', OLD.uid);
END;
-- event_topic: a change of its event
CREATE TRIGGER push_event_topic_insert AFTER INSERT ON event_topic BEGIN
  DELETE FROM push_change WHERE kind = 'event' AND uid = (SELECT uid FROM event WHERE id = NEW.event_id);
  INSERT INTO push_change (kind, uid) SELECT 'event', uid FROM event WHERE id = NEW.event_id;
END;
CREATE TRIGGER push_event_topic_update AFTER UPDATE ON event_topic BEGIN
  DELETE FROM push_change WHERE kind = 'event' AND uid = (SELECT uid FROM event WHERE id = NEW.event_id);
  INSERT INTO push_change (kind, uid) SELECT 'event', uid FROM event WHERE id = NEW.event_id;
END;
CREATE TRIGGER push_event_topic_delete AFTER DELETE ON event_topic BEGIN
  DELETE FROM push_change WHERE kind = 'event' AND uid = (SELECT uid FROM event WHERE id = OLD.event_id);
  INSERT INTO push_change (kind, uid) SELECT 'event', uid FROM event WHERE id = OLD.event_id;
END;
-- event_officer: a change of its event
CREATE TRIGGER push_event_officer_insert AFTER INSERT ON event_officer BEGIN
  DELETE FROM push_change WHERE kind = 'event' AND uid = (SELECT uid FROM event WHERE id = NEW.event_id);
  INSERT INTO push_change (kind, uid) SELECT 'event', uid FROM event WHERE id = NEW.event_id;
END;
CREATE TRIGGER push_event_officer_update AFTER UPDATE ON event_officer BEGIN
  DELETE FROM push_change WHERE kind = 'event' AND uid = (SELECT uid FROM event WHERE id = NEW.event_id);
  INSERT INTO push_change (kind, uid) SELECT 'event', uid FROM event WHERE id = NEW.event_id;
END;
CREATE TRIGGER push_event_officer_delete AFTER DELETE ON event_officer BEGIN
  DELETE FROM push_change WHERE kind = 'event' AND uid = (SELECT uid FROM event WHERE id = OLD.event_id);
  INSERT INTO push_change (kind, uid) SELECT 'event', uid FROM event WHERE id = OLD.event_id;
END;
-- case_update: a change of its case
CREATE TRIGGER push_case_update_insert AFTER INSERT ON case_update BEGIN
  DELETE FROM push_change WHERE kind = 'case' AND uid = (SELECT uid FROM refund_case WHERE id = NEW.case_id);
  INSERT INTO push_change (kind, uid) SELECT 'case', uid FROM refund_case WHERE id = NEW.case_id;
END;
CREATE TRIGGER push_case_update_update AFTER UPDATE ON case_update BEGIN
  DELETE FROM push_change WHERE kind = 'case' AND uid = (SELECT uid FROM refund_case WHERE id = NEW.case_id);
  INSERT INTO push_change (kind, uid) SELECT 'case', uid FROM refund_case WHERE id = NEW.case_id;
END;
CREATE TRIGGER push_case_update_delete AFTER DELETE ON case_update BEGIN
  DELETE FROM push_change WHERE kind = 'case' AND uid = (SELECT uid FROM refund_case WHERE id = OLD.case_id);
  INSERT INTO push_change (kind, uid) SELECT 'case', uid FROM refund_case WHERE id = OLD.case_id;
END;
-- task_signup: a change of its task
CREATE TRIGGER push_task_signup_insert AFTER INSERT ON task_signup BEGIN
  DELETE FROM push_change WHERE kind = 'task' AND uid = (SELECT uid FROM task WHERE id = NEW.task_id);
  INSERT INTO push_change (kind, uid) SELECT 'task', uid FROM task WHERE id = NEW.task_id;
END;
CREATE TRIGGER push_task_signup_update AFTER UPDATE ON task_signup BEGIN
  DELETE FROM push_change WHERE kind = 'task' AND uid = (SELECT uid FROM task WHERE id = NEW.task_id);
  INSERT INTO push_change (kind, uid) SELECT 'task', uid FROM task WHERE id = NEW.task_id;
END;
CREATE TRIGGER push_task_signup_delete AFTER DELETE ON task_signup BEGIN
  DELETE FROM push_change WHERE kind = 'task' AND uid = (SELECT uid FROM task WHERE id = OLD.task_id);
  INSERT INTO push_change (kind, uid) SELECT 'task', uid FROM task WHERE id = OLD.task_id;
END;
