# export → import round trip, all-or-nothing import with FILE:LINE errors,
# idempotence by uid, spreadsheets with an installs column, CSV exports.
source "$(dirname "$0")/lib.sh"

setup_ledger
expect_ok pingan event add --venue 工地 --place "安置房工地" --audience 60 --materials 120 --installs 25 \
  --topic brushing,fake_loan --officer 寇小青,巴图 --note "第一行
第二行" --date 2026-11-20
expect_ok pingan event add --venue 夜市 --place 树林召夜市 --audience 200 --station slz --date 2026-11-27
expect_ok pingan install add --count 3 --date 2026-11-26
expect_ok pingan case open --name 格桑花 --phone 13812345678 --category minor_game_topup --amount 700.50 --date 2026-11-19
expect_ok pingan case update 1 --status submitted --date 2026-11-20 --note 已提交
expect_ok pingan case update 1 --status refunded --recovered 650 --date 2026-11-23

# A full export, to a file of mode 0600, carries personal data unmasked and
# the case's timeline.
expect_ok pingan export --output "$TEST_DIR/all.jsonl"
expect_eq "$(stat -c %a "$TEST_DIR/all.jsonl")" 600 "export file mode"
all=$(cat "$TEST_DIR/all.jsonl")
expect_contains "$all" '"name":"格桑花"' "unmasked name"
expect_contains "$all" '"phone":"13812345678"' "unmasked phone"
expect_eq "$(head -c 19 "$TEST_DIR/all.jsonl")" '{"kind":"station","' "stations first, kind first"
python3 - "$TEST_DIR/all.jsonl" <<'PY' || fail "export content"
import json, sys
lines = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
kinds = [line["kind"] for line in lines]
assert kinds == sorted(kinds, key=["station", "event", "install", "case"].index), kinds
assert kinds.count("event") == 2 and kinds.count("install") == 2 and kinds.count("case") == 1, kinds
case = [line for line in lines if line["kind"] == "case"][0]
assert [step["status"] for step in case["timeline"]] == ["open", "submitted", "refunded"], case["timeline"]
assert case["amount"] == 700.5 and case["recovered"] == 650, case
PY
ok "export --kind all"

# Into an empty database: the same records (by uid); twice: nothing more.
export PINGAN_DB=$TEST_DIR/copy.db
expect_ok pingan import "$TEST_DIR/all.jsonl"
expect_stdout_contains "imported 2 stations, 2 events, 2 installs, 1 cases, 0 volunteers, 0 tasks, 0 duties, 0 targets (0 already there)"
expect_ok pingan import "$TEST_DIR/all.jsonl"
expect_stdout_contains "imported 0 stations, 0 events, 0 installs, 0 cases, 0 volunteers, 0 tasks, 0 duties, 0 targets (7 already there)"
expect_ok pingan export --output "$TEST_DIR/again.jsonl"
strip_ids() { sed -E 's/"(id|event_id)":[0-9]+,//g' "$1" | sort; }
expect_eq "$(strip_ids "$TEST_DIR/again.jsonl")" "$(strip_ids "$TEST_DIR/all.jsonl")" "round trip"
ok "export → import reproduces the records; a second import adds nothing"

# Each import run is one audit row (SPEC §6): the file, its SHA-256 (as
# sha256sum says), the counts and the uids it added; a record's history
# (`log --record`) includes the run that imported it.
expect_eq "$(sql "SELECT count(*) FROM audit")" 2 "audit rows after two imports"
expect_eq "$(sql "SELECT count(*) FROM audit WHERE action = 'import' AND kind = 'run'")" 2 "one run row per import"
python3 - "$(sql "SELECT after FROM audit ORDER BY id")" "$(sha256sum "$TEST_DIR/all.jsonl" | cut -d' ' -f1)" \
  "$(sql "SELECT uid FROM station UNION ALL SELECT uid FROM event UNION ALL SELECT uid FROM install UNION ALL SELECT uid FROM refund_case")" \
  "$TEST_DIR/all.jsonl" <<'PY' || fail "import run audit rows"
import json, sys
rows, sha, uids, path = sys.argv[1].split("\n"), sys.argv[2], sys.argv[3].split("\n"), sys.argv[4]
first, second = (json.loads(row) for row in rows)
assert first["file"] == path and first["format"] == "jsonl" and first["sha256"] == sha, first
assert first["added"] == {"stations": 2, "events": 2, "installs": 2, "cases": 1, "volunteers": 0, "tasks": 0,
                          "duties": 0, "targets": 0}, first["added"]
assert first["skipped"] == 0 and sorted(first["uids"]) == sorted(uids), first
assert second["sha256"] == sha and second["skipped"] == 7 and second["uids"] == [], second
PY
case_uid=$(sql "SELECT uid FROM refund_case")
expect_ok pingan log --kind case --record 1 --format json
expect_eq "$(jq -c 'map([.action, .kind])' <<<"$OUT")" '[["import","run"]]' "a case's history names its import"
expect_ok pingan log --record "$case_uid" --format csv
expect_eq "$(grep -c ',import,run,' <<<"$OUT")" 1 "log --record UID finds the import run"
# Read from standard input, the same bytes give the same fingerprint.
expect_ok bash -c '"$0" import - --format jsonl <"$1"' "$PINGAN" "$TEST_DIR/all.jsonl"
expect_eq "$(sql "SELECT json_extract(after, '$.file') || ' ' || json_extract(after, '$.sha256') FROM audit ORDER BY id DESC LIMIT 1")" \
  "stdin $(sha256sum "$TEST_DIR/all.jsonl" | cut -d' ' -f1)" "stdin's fingerprint"
ok "an import is one audit row: file, SHA-256, counts, uids; log --record shows it"

# Import sets the change log's insert triggers aside for its run and logs the
# records it added in one go: the log holds each record once, in order after
# what was there, and the triggers are back afterwards (also after a rejected
# import, which rolls back).
triggers=$(sql "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_schema WHERE type = 'trigger' ORDER BY name)")
expect_eq "$(sql "SELECT kind || ':' || count(*) FROM push_change GROUP BY kind ORDER BY kind")" \
  "$(printf 'case:1\nevent:2\ninstall:2\nstation:2')" "change log after import"
expect_eq "$(sql "SELECT count(*) FROM push_change c JOIN event e ON c.kind = 'event' AND c.id = e.id AND c.uid = e.uid")" 2 \
  "change log rows name the events by id and uid"
expect_eq "$(sql "SELECT min(seq) || '-' || max(seq) || ' ' || count(DISTINCT seq) FROM push_change")" "1-7 7" "change log sequence"
printf '{"kind":"event","date":"2026-02-30","station":"x","venue":"market","place":"p","audience":1}\n' >"$TEST_DIR/one-bad.jsonl"
expect_exit 2 pingan import "$TEST_DIR/one-bad.jsonl"
expect_eq "$(sql "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_schema WHERE type = 'trigger' ORDER BY name)")" \
  "$triggers" "triggers after a rejected import"
expect_ok pingan event add --venue 夜市 --place 新夜市 --audience 5 --station slz
expect_eq "$(sql "SELECT count(*) FROM push_change WHERE kind = 'event' AND seq = (SELECT max(seq) FROM push_change)")" 1 \
  "an event added after an import is logged by its trigger"
expect_ok pingan event delete 3 --yes
ok "import logs its records for push in one go; the triggers stay in place"

# All or nothing: every bad line is reported as FILE:LINE: field: reason.
before=$(db_snapshot)
cat > "$TEST_DIR/bad.jsonl" <<'JSONL'
{"kind":"event","uid":"00000000-0000-4000-8000-0000000000e0","date":"2026-11-21","station":"slz","venue":"market","place":"早市","audience":30}
{"kind":"event","uid":"00000000-0000-4000-8000-0000000000e1","date":"2026-02-30","station":"slz","venue":"market","place":"早市","audience":30}
not json
{"kind":"case","uid":"00000000-0000-4000-8000-0000000000c1","opened":"2026-11-21","station":"slz","name":"王五","category":"other","amount":"-5"}
{"kind":"install","uid":"00000000-0000-4000-8000-0000000000a1","count":2,"event_uid":"missing"}
JSONL
expect_exit 2 pingan import "$TEST_DIR/bad.jsonl"
expect_stderr_contains "bad.jsonl:2: date: not a valid date"
expect_stderr_contains "bad.jsonl:3: line: not valid JSON"
expect_stderr_contains "bad.jsonl:4: amount:"
expect_stderr_contains "bad.jsonl:5: event_uid: no event with uid missing"
expect_stderr_contains "bad.jsonl: 4 bad lines; nothing was imported"
expect_eq "$(db_snapshot)" "$before" "database after a rejected import"
ok "a bad import writes nothing and names every bad line"

# A hand-kept spreadsheet of events with an installs column: one linked
# install each, with a uid derived from the event's; rows without a uid get
# one from their content, so a second import adds nothing.
cat > "$TEST_DIR/sheet.csv" <<'CSV'
date,station,venue,place,audience,materials,installs,topics,officers
2026/11/24,吉日嘎朗图派出所,工地,镇区道路改造工地,38,70,16,刷单返利;fake_loan,寇小青
2026年11月25日,slz,night_market,夜市,90,,,,
CSV
expect_exit 2 pingan import "$TEST_DIR/sheet.csv"
expect_error_line --kind
expect_ok pingan import "$TEST_DIR/sheet.csv" --kind events
expect_stdout_contains "imported 0 stations, 2 events, 1 installs"
expect_ok pingan import "$TEST_DIR/sheet.csv" --kind events
expect_stdout_contains "(2 already there)"
expect_eq "$(sql "SELECT count(*) FROM install i JOIN event e ON e.id = i.event_id WHERE i.uid = e.uid || '-installs' AND i.count = 16")" 1 "linked install"
expect_eq "$(sql "SELECT group_concat(topic) FROM event_topic t JOIN event e ON e.id = t.event_id WHERE e.place = '镇区道路改造工地'")" "brushing,fake_loan" "topics"
ok "spreadsheet import with installs column"

# CSV export of one kind: the list keys, lists joined with ';', money with two
# decimals; --kind all is JSON Lines only.
expect_ok pingan export --kind events --format csv --week this
python3 - "$OUT" <<'PY' || fail "events CSV"
import csv, io, sys
rows = list(csv.DictReader(io.StringIO(sys.argv[1])))
assert list(rows[0].keys()) == "id,uid,date,station,venue,place,audience,materials,installs,topics,officers,note,created_at,updated_at".split(","), rows[0].keys()
assert [r["date"] for r in rows] == ["2026-11-24", "2026-11-25", "2026-11-27"], rows
assert rows[0]["topics"] == "brushing;fake_loan"
PY
expect_ok pingan export --kind cases --format csv
expect_stdout_contains ",700.50,650.00,refunded,"
expect_exit 2 pingan export --kind all --format csv
expect_error_line --kind
ok "CSV export"

# ---- CSV for spreadsheets: a BOM for Excel; GBK files from Excel on a Chinese Windows ----
BOM=$'\xef\xbb\xbf'
for cmd in "export --kind events --format csv" "event list --format csv" "report --format csv" "case show 1 --format csv"; do
  # shellcheck disable=SC2086 # the command's words
  expect_ok pingan $cmd --bom
  [[ "$OUT" == "$BOM"* ]] || fail "$cmd --bom: no BOM first"
  # shellcheck disable=SC2086
  expect_ok pingan $cmd
  [[ "$OUT" != "$BOM"* ]] || fail "$cmd: a BOM without --bom"
done
printf '[csv]\nbom = true\n' >>"$PINGAN_CONFIG"
expect_ok pingan export --kind events --format csv --output "$TEST_DIR/events-bom.csv"
[ "$(head -c 3 "$TEST_DIR/events-bom.csv")" == "$BOM" ] || fail "config csv.bom: no BOM in the file"
expect_ok pingan event list --format json
[[ "$OUT" != "$BOM"* ]] || fail "a BOM before JSON"
ok "--bom and config csv.bom start CSV output (lists, shows, reports, export) with a UTF-8 BOM"

# The BOM file back in (into a ledger with the stations only): the same events.
PINGAN_DB=$TEST_DIR/bom.db expect_ok pingan station add 吉日嘎朗图派出所
PINGAN_DB=$TEST_DIR/bom.db expect_ok pingan station add 树林召派出所
PINGAN_DB=$TEST_DIR/bom.db expect_ok pingan import "$TEST_DIR/events-bom.csv" --kind events
expect_stdout_contains "events"
PINGAN_DB=$TEST_DIR/bom.db expect_ok pingan event list --format json
bom_events=$(jq -c 'map([.date, .place, .audience, .topics])' <<<"$OUT")
expect_ok pingan event list --format json
expect_eq "$bom_events" "$(jq -c 'map([.date, .place, .audience, .topics])' <<<"$OUT")" "events through a BOM CSV"

# The spreadsheet above as Excel on a Chinese Windows saves it: GB18030.
iconv -f UTF-8 -t GB18030 "$TEST_DIR/sheet.csv" >"$TEST_DIR/sheet-gbk.csv"
export PINGAN_DB=$TEST_DIR/gbk.db TMPDIR=$TEST_DIR/tmp
mkdir -p "$TMPDIR"
expect_ok pingan init --station 吉日嘎朗图派出所 --officer 寇小青
expect_ok pingan station add 树林召派出所 --code slz
expect_rejected "sheet-gbk.csv:2" pingan import "$TEST_DIR/sheet-gbk.csv" --kind events
expect_stderr_contains "looks like GBK (GB18030) text"
expect_stderr_contains "--encoding gbk"
expect_ok pingan import "$TEST_DIR/sheet-gbk.csv" --kind events --encoding gbk
expect_stdout_contains "imported 0 stations, 2 events, 1 installs"
expect_eq "$(sql "SELECT group_concat(place, '|') FROM event ORDER BY id")" "镇区道路改造工地|夜市" "places read from GBK"
expect_ok pingan import "$TEST_DIR/sheet-gbk.csv" --kind events --encoding gbk
expect_stdout_contains "(2 already there)"    # the same uids as from the UTF-8 file
expect_ok bash -c '"$0" import - --format csv --kind events --encoding gbk <"$1"' "$PINGAN" "$TEST_DIR/sheet-gbk.csv"
expect_stdout_contains "(2 already there)"
# A byte that is no GB18030 at all: exit 2 naming it, nothing written.
{ head -n 2 "$TEST_DIR/sheet-gbk.csv"; printf '2026-11-26,slz,night_market,\x80\xff,10,,,,\n'; } >"$TEST_DIR/broken-gbk.csv"
expect_rejected broken-gbk.csv pingan import "$TEST_DIR/broken-gbk.csv" --kind events --encoding gbk
expect_stderr_contains "not GBK/GB18030 text at byte"
expect_rejected --encoding pingan import "$TEST_DIR/sheet-gbk.csv" --kind events --encoding big5
expect_eq "$(ls -A "$TMPDIR")" "" "converted copies left behind"
ok "import --encoding gbk reads what Excel on a Chinese Windows saves; without it such a file is exit 2 saying so"

# kill -9 in the middle of a big import: the transaction never committed, so
# the ledger holds none of the file and every trigger the run set aside (the
# drop was part of the transaction); the import run again completes.
export PINGAN_DB=$TEST_DIR/killed.db
expect_ok pingan init --station 吉日嘎朗图派出所 --officer 寇小青
triggers=$(sql "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_schema WHERE type = 'trigger' ORDER BY name)")
python3 - "$TEST_DIR/big.csv" <<'PY'
import sys
with open(sys.argv[1], "w", encoding="utf-8") as out:
    out.write("date,station,venue,place,audience,installs,topics\n")
    for i in range(30000):
        out.write(f"2026-{1 + i % 11:02d}-{1 + i % 28:02d},吉日嘎朗图派出所,night_market,夜市{i},{10 + i % 90},{i % 4},brushing;fake_loan\n")
PY
for delay in 0.3 0.8; do
  "$PINGAN" -q import "$TEST_DIR/big.csv" --kind events </dev/null >/dev/null 2>&1 &
  pid=$!
  sleep "$delay"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  count=$(sql "SELECT count(*) FROM event")
  [ "$count" = 0 ] || [ "$count" = 30000 ] || fail "after kill -9 at ${delay}s: $count events"
  expect_eq "$(sql "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_schema WHERE type = 'trigger' ORDER BY name)")" \
    "$triggers" "triggers after kill -9 at ${delay}s"
  expect_ok pingan check
done
expect_ok pingan import "$TEST_DIR/big.csv" --kind events
expect_eq "$(sql "SELECT count(*) FROM event") $(sql "SELECT count(*) FROM push_change WHERE kind = 'event'")" "30000 30000" \
  "the import run again, logged for push"
ok "import killed with kill -9 leaves nothing half done; run again, it completes"
