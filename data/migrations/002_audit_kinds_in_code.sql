-- pingan schema, version 2.
-- The audit table no longer lists the record kinds in a CHECK: the kinds are
-- pingan's table of kinds (lib/pingan/records/kinds.cpp), checked by the code,
-- so a new kind needs no rebuild. SQLite cannot alter a CHECK, so the table is
-- rebuilt; every row is kept as it is (audit rows are history).
CREATE TABLE audit_new (
  id         INTEGER PRIMARY KEY,
  at         TEXT NOT NULL,
  os_user    TEXT NOT NULL,
  action     TEXT NOT NULL CHECK (action IN ('add', 'edit', 'delete', 'status', 'import', 'archive')),
  kind       TEXT NOT NULL,
  record_uid TEXT NOT NULL,
  before     TEXT,
  after      TEXT
);
INSERT INTO audit_new (id, at, os_user, action, kind, record_uid, before, after)
  SELECT id, at, os_user, action, kind, record_uid, before, after FROM audit;
DROP TABLE audit;
ALTER TABLE audit_new RENAME TO audit;
CREATE INDEX audit_by_record ON audit(record_uid);
