# One rule set per record kind, whatever the way in; audit rows of stored
# fields; linked installs kept and audited; ids up to 2^63-1; a record left in
# both files by an interrupted archive read once everywhere; $PINGAN_NOW.
source "$(dirname "$0")/lib.sh"

export PINGAN_NOW=2026-11-28T09:30:00Z
setup_ledger

# ---- a case timeline that breaks the lifecycle is refused on import --------
# open → refunded (99,999 yuan on a 100-yuan case) → open: a report would
# then have said amount_recovered 99999, recovery_rate 999.99.
cat >"$TEST_DIR/forged.jsonl" <<'EOF'
{"kind":"case","uid":"6f1c2a70-0000-4000-8000-000000000001","opened":"2026-11-20","station":"吉日嘎朗图派出所","name":"王五","category":"other","amount":100,"recovered":0,"status":"open","timeline":[{"date":"2026-11-20","status":"open","recovered":0},{"date":"2026-11-21","status":"refunded","recovered":99999},{"date":"2026-11-22","status":"open","recovered":0}]}
{"kind":"case","uid":"6f1c2a70-0000-4000-8000-000000000002","opened":"2026-11-20","station":"吉日嘎朗图派出所","name":"王五","category":"other","amount":100,"recovered":150,"status":"refunded","timeline":[{"date":"2026-11-20","status":"open"},{"date":"2026-11-21","status":"submitted"},{"date":"2026-11-22","status":"refunded","recovered":150}]}
{"kind":"case","uid":"6f1c2a70-0000-4000-8000-000000000003","opened":"2026-11-20","station":"吉日嘎朗图派出所","name":"王五","category":"other","amount":100,"recovered":0,"status":"rejected","timeline":[{"date":"2026-11-20","status":"open"},{"date":"2026-11-23","status":"submitted"},{"date":"2026-11-21","status":"rejected"}]}
{"kind":"case","uid":"6f1c2a70-0000-4000-8000-000000000004","opened":"2026-11-20","station":"吉日嘎朗图派出所","name":"王五","category":"other","amount":100,"recovered":0,"status":"submitted","timeline":[{"date":"2026-11-20","status":"open"},{"date":"2026-11-29","status":"submitted"}]}
{"kind":"case","uid":"6f1c2a70-0000-4000-8000-000000000005","opened":"2026-11-20","station":"吉日嘎朗图派出所","name":"王五","category":"other","amount":100,"recovered":0,"status":"open","timeline":[{"date":"2026-11-20","status":"open"},{"date":"2026-11-21","status":"submitted"}]}
EOF
before=$(db_snapshot)
expect_exit 2 pingan import "$TEST_DIR/forged.jsonl"
expect_stderr_contains "forged.jsonl:1: timeline.status: the case cannot go from open to refunded"
expect_stderr_contains "forged.jsonl:2: timeline.recovered: 150.00 is more than the case's amount 100.00"
expect_stderr_contains "forged.jsonl:3: timeline.date: 2026-11-21 is before the case's last update (2026-11-23)"
expect_stderr_contains "forged.jsonl:4: timeline.date: 2026-11-29 is after today (2026-11-28)"
expect_stderr_contains "forged.jsonl:5: status: open is not the timeline's last status (submitted)"
[ "$(db_snapshot)" == "$before" ] || fail "a refused import changed the database"
expect_ok pingan report --week this --format json
expect_eq "$(jq -c '[.totals.cases_opened, .totals.amount_recovered, .totals.recovery_rate]' <<<"$OUT")" \
  '[0,0,null]' "report after a refused import"
ok "import: a case timeline is checked by the lifecycle rules (FILE:LINE: field: reason, nothing written)"

# A CSV case finished at opening gets the steps the lifecycle needs.
printf 'opened,station,name,category,amount,recovered,status\n2026-11-20,slz,李四,other,80,80,refunded\n' \
  >"$TEST_DIR/cases.csv"
expect_ok pingan import "$TEST_DIR/cases.csv" --kind cases
expect_ok pingan case show 1 --format json
expect_eq "$(jq -c '[.timeline[].status]' <<<"$OUT")" '["open","submitted","refunded"]' "CSV case timeline"
ok "import: a CSV case refunded at opening gets open → submitted → refunded"

# ---- audit rows hold stored fields -----------------------------------------
expect_ok pingan case open --name 格桑花 --phone 13812345678 --category minor_game_topup --amount 700 --date 2026-11-27
expect_ok pingan case update 2 --status submitted --date 2026-11-27
after=$(sql "SELECT after FROM audit WHERE action = 'status' ORDER BY id DESC LIMIT 1")
python3 - "$after" <<'PY' || fail "audit row of a case: $after"
import json, sys
row = json.loads(sys.argv[1])
assert row["amount_fen"] == 70000 and isinstance(row["amount_fen"], int), row
assert row["recovered_fen"] == 0 and row["name"] == "格桑花" and row["phone"] == "13812345678", row
for display in ("age_days", "overdue", "amount", "recovered"):
    assert display not in row, display
assert [step["status"] for step in row["timeline"]] == ["open", "submitted"], row
assert row["updated_at"] == "2026-11-28T09:30:00Z", row
PY
expect_eq "$(sql "SELECT DISTINCT at FROM audit")" "2026-11-28T09:30:00Z" "audit times pinned by \$PINGAN_NOW"
ok "audit rows: stored fields only (fen, unmasked, no age or overdue); \$PINGAN_NOW pins the time"

# ---- event edit: linked install kept, audited; nothing changed, nothing written
expect_ok pingan event add --venue 工地 --place 安置房工地 --audience 60 --installs 25 --date 2026-11-27
event=1
linked=$(sql "SELECT id FROM install WHERE event_id = $event")
expect_ok pingan event edit "$event" --installs 30
expect_eq "$(sql "SELECT id || ':' || count FROM install WHERE event_id = $event")" "$linked:30" "linked install kept"
expect_eq "$(sql "SELECT group_concat(action, ',') FROM (SELECT action FROM audit WHERE kind = 'install' ORDER BY id)")" \
  "add,edit" "install audit rows"
expect_eq "$(sql "SELECT json_extract(before, '$.count') || '→' || json_extract(after, '$.count') FROM audit
  WHERE kind = 'install' AND action = 'edit'")" "25→30" "install audit edit"
rows=$(sql "SELECT count(*) FROM audit")
before=$(db_snapshot)
expect_ok pingan event edit "$event" --audience 60 --installs 30
expect_stderr_contains "nothing changed"
[ "$(db_snapshot)" == "$before" ] || fail "an edit that changed nothing wrote something"
expect_ok pingan event edit "$event" --installs 0
expect_eq "$(sql "SELECT count(*) FROM install WHERE event_id = $event")" 0 "--installs 0 removes the linked install"
expect_eq "$(sql "SELECT action FROM audit WHERE kind = 'install' ORDER BY id DESC LIMIT 1")" delete "its delete audited"
ok "event edit --installs keeps the linked install's id and audits it; an edit that changes nothing writes nothing"

# ---- ids: any positive 64-bit integer ---------------------------------------
expect_exit 3 pingan event show 10000001
expect_exit 3 pingan event show 9223372036854775807
expect_exit 3 pingan case show 9223372036854775807
for bad in 0 -1 9223372036854775808 1e3 12o ""; do
  expect_rejected ID pingan event show "$bad"
done
expect_rejected --event pingan install add --count 1 --event 9223372036854775808
ok "ids: 1 … 9223372036854775807 (exit 3 when nothing has it); others exit 2"

# ---- a record in both files is read once: lists, report and export ---------
expect_ok pingan event add --venue 夜市 --place 树林召夜市 --audience 200 --date 2025-03-02 --installs 4
expect_ok pingan archive --before 2026-01-01
expect_stdout_contains "archived 1 events, 1 installs, 0 cases, 0 tasks, 0 duties dated before 2026-01-01"
archive=$(dirname "$PINGAN_DB")/pingan-archive.db
# As an interrupted run leaves it: the archived event and its install back in main too.
sqlite3 "$PINGAN_DB" "ATTACH '$archive' AS a;
  INSERT INTO event SELECT * FROM a.event; INSERT INTO event_topic SELECT * FROM a.event_topic;
  INSERT INTO install (id, uid, date, station_id, venue, place, count, event_id, note, created_at, updated_at)
    SELECT id, uid, date, (SELECT id FROM station WHERE name = '吉日嘎朗图派出所'), venue, place, count, event_id, note,
           created_at, updated_at FROM a.install;"
expect_ok pingan export --include-archive --kind events --format csv
expect_eq "$(grep -c 树林召夜市 <<<"$OUT")" 1 "export --include-archive --kind events"
expect_ok pingan export --include-archive
expect_eq "$(grep -c '"kind":"install".*树林召夜市' <<<"$OUT")" 1 "export --include-archive installs"
expect_ok pingan event list --include-archive --from 2025-01-01 --to 2025-12-31 --format csv
expect_eq "$(grep -c 树林召夜市 <<<"$OUT")" 1 "event list --include-archive"
expect_ok pingan report --from 2025-03-01 --to 2025-03-31 --include-archive --format json
expect_eq "$(jq -c '[.totals.events, .totals.installs]' <<<"$OUT")" '[1,4]' "report --include-archive"
ok "a record left in both files counts once in lists, report and export"

# Without --include-archive, a list or report whose period reaches into the
# archive says so in one line on stderr (and nothing when it does not).
expect_ok pingan event list --from 2025-01-01 --to 2025-12-31
expect_eq "$(wc -l <<<"$ERR")" 1 "one line of note"
expect_stderr_contains "--include-archive"
expect_ok pingan report --month 2025-03 --format json
expect_stderr_contains "--include-archive"
expect_ok pingan case list
expect_eq "$ERR" "" "no note when the archive holds nothing of the period (cases: none archived)"
expect_ok pingan event list --month 2026-11
expect_eq "$ERR" "" "no note for a period the archive does not reach"
expect_ok pingan event list --from 2025-01-01 --to 2025-12-31 --include-archive
expect_eq "$ERR" "" "no note with --include-archive"
expect_ok pingan -q report --month 2025-03
expect_eq "$ERR" "" "no note with --quiet"
ok "lists and reports note a period that reaches into the archive"

# ---- check and backup name every kind ---------------------------------------
expect_ok pingan check
expect_stdout_contains "stations, "
expect_stdout_contains " duties, 0 targets)"
expect_ok pingan backup "$TEST_DIR/backup.db"
expect_stdout_contains "2 stations, "
ok "check and backup count every kind"
