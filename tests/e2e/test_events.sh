# Outreach events end to end: add/list/show/edit/delete, the machine formats,
# filters, installs, audit, files and config, language, colour, help.
source "$(dirname "$0")/lib.sh"

# ---- Files: a read command never creates the database ----
expect_exit 1 pingan event list
expect_error_line "$PINGAN_DB"
[ ! -e "$PINGAN_DB" ] || fail "event list created $PINGAN_DB"
ok "read on a missing database: exit 1, no file"

# ---- init, stations ----
setup_ledger
expect_eq "$(stat -c %a "$PINGAN_DB")" 600 "database mode"
expect_contains "$(cat "$PINGAN_CONFIG")" 吉日嘎朗图派出所 "config after init"
expect_ok pingan station list --format json
expect_eq "$(jq -c 'map([.name, .code, .bureau])' <<<"$OUT")" \
  '[["吉日嘎朗图派出所",null,null],["树林召派出所","slz","杭锦旗公安局"]]' "stations"
expect_rejected name pingan station add 树林召派出所
ok "init and station add"

# A write command creates the database's folder too, with mode 0600.
expect_ok pingan --db "$TEST_DIR/new/sub/x.db" station add 新站
expect_eq "$(stat -c %a "$TEST_DIR/new/sub/x.db")" 600 "new database mode"
ok "write command creates folder and database 0600"

# ---- add and the JSON round trip ----
note=$'第一行：讲解刷单返利\n second line, "quoted" & <b>'
expect_ok pingan event add --venue 工地 --place "  吉日嘎朗图镇安置房工地  " --audience 60 --materials 120 \
  --installs 25 --topic "brushing,虚假贷款，养老诈骗" --topic "冒充公检法及政府机关" --topic brushing \
  --officer "寇小青,王五" --officer "格桑花" --note "$note" --date 2026-11-23
expect_stdout_contains "#1"
expect_ok pingan event add --venue night_market --place 树林召夜市 --audience 200 --date 昨天 --station slz --topic romance
expect_ok pingan event add --venue 养老院 --place 幸福养老院 --audience 40 --date 2026-11-02 --topic elder_care
expect_ok pingan event add --venue school --place 第一中学 --audience 500 --date 2026-10-31 --installs 3
expect_ok pingan event list --format json
python3 - "$OUT" "$note" <<'PY' || fail "event list --format json does not match what was entered"
import json, sys
events = json.loads(sys.argv[1])
assert [e["id"] for e in events] == [4, 3, 1, 2], [e["id"] for e in events]  # oldest first
e = events[2]
assert list(e) == ["id", "uid", "date", "station", "venue", "place", "audience", "materials", "installs",
                   "topics", "officers", "note", "created_at", "updated_at"], list(e)
want = {"id": 1, "date": "2026-11-23", "station": "吉日嘎朗图派出所", "venue": "construction_site",
        "place": "吉日嘎朗图镇安置房工地", "audience": 60, "materials": 120, "installs": 25,
        "topics": ["brushing", "fake_loan", "elder_care", "impersonate_officials"],
        "officers": ["寇小青", "王五", "格桑花"], "note": sys.argv[2]}
for key, value in want.items():
    assert e[key] == value, (key, e[key], value)
assert len(e["uid"]) == 36 and e["created_at"].endswith("Z")
s = events[3]
assert (s["date"], s["station"], s["officers"], s["note"]) == ("2026-11-27", "树林召派出所", ["寇小青"], None), s
PY
# The raw bytes carry the Chinese text as is (not \u escapes).
expect_stdout_contains '"place": "吉日嘎朗图镇安置房工地"'
ok "event add; list --format json round-trips text, topics, officers, dates, note"

expect_ok pingan event show 1 --format json
show_json=$OUT
expect_ok pingan event list --format json
expect_eq "$(jq -c . <<<"$show_json")" "$(jq -c '.[] | select(.id == 1)' <<<"$OUT")" "show vs list JSON"
expect_ok pingan event show 1 --lang zh
expect_stdout_contains 吉日嘎朗图镇安置房工地
expect_stdout_contains 刷单返利
expect_exit 3 pingan event show 999
expect_error_line 999
expect_exit 3 pingan event edit 999 --audience 1
expect_exit 3 pingan event delete 999 --yes
ok "event show; unknown id exits 3"

# add --format json prints the stored record.
expect_ok pingan event add --venue online --place 微信群 --audience 0 --format json
expect_eq "$(jq -c '[.id, .venue, .audience, .topics, .note]' <<<"$OUT")" '[5,"online",0,[],null]' "add --format json"
expect_eq "$(sql 'SELECT venue, audience FROM event WHERE id = 5')" "online|0" "stored"
ok "event add --format json"

# ---- CSV ----
expect_ok pingan event add --venue street --place "=HYPERLINK(\"x\")" --audience 1 --date 2026-11-01 --note "-2, \"a\""
expect_ok pingan event list --format csv
python3 - "$OUT" "$note" <<'PY' || fail "event list --format csv"
import csv, io, sys
rows = list(csv.reader(io.StringIO(sys.argv[1])))
assert rows[0] == "id,uid,date,station,venue,place,audience,materials,installs,topics,officers,note,created_at,updated_at".split(","), rows[0]
by_id = {r[0]: dict(zip(rows[0], r)) for r in rows[1:]}
e = by_id["1"]
assert e["topics"] == "brushing;fake_loan;elder_care;impersonate_officials", e["topics"]
assert e["officers"] == "寇小青;王五;格桑花", e["officers"]
assert (e["place"], e["venue"], e["installs"], e["note"]) == ("吉日嘎朗图镇安置房工地", "construction_site", "25", sys.argv[2]), e
f = by_id["6"]
assert f["place"] == "'=HYPERLINK(\"x\")", f["place"]  # no formula for spreadsheets
assert f["note"] == "'-2, \"a\"", f["note"]
assert by_id["5"]["note"] == "" and by_id["5"]["topics"] == ""
PY
ok "event list --format csv: header, ';' lists, formula guard"

expect_ok pingan event list --format csv --week 2026-W01
expect_eq "$OUT" "id,uid,date,station,venue,place,audience,materials,installs,topics,officers,note,created_at,updated_at" \
  "CSV of an empty list"
expect_ok pingan event list --format json --week 2026-W01
expect_eq "$(jq -c . <<<"$OUT")" "[]" "JSON of an empty list"
ok "empty list: CSV header only, JSON []"

# ---- filters (today: Saturday 2026-11-28, ISO week 48) ----
ids() { expect_ok pingan event list --format json "$@"; jq -c 'map(.id)' <<<"$OUT"; }
expect_eq "$(ids)" "[4,6,3,1,2,5]" "all"
expect_eq "$(ids --week this)" "[1,2,5]" "--week this"
expect_eq "$(ids --week 2026-W48)" "[1,2,5]" "--week 2026-W48"
expect_eq "$(ids --week last)" "[]" "--week last"
expect_eq "$(ids --week 2026-W44)" "[4,6]" "--week 2026-W44 (Mon 10-26 .. Sun 11-01)"
expect_eq "$(ids --month this)" "[6,3,1,2,5]" "--month this"
expect_eq "$(ids --month 2026-10)" "[4]" "--month 2026-10"
expect_eq "$(ids --month last)" "[4]" "--month last"
expect_eq "$(ids --from 2026-11-01 --to 2026-11-23)" "[6,3,1]" "--from/--to inclusive"
expect_eq "$(ids --from 2026-11-24)" "[2,5]" "--from alone"
expect_eq "$(ids --station slz)" "[2]" "--station by code"
expect_eq "$(ids --station 吉日嘎朗图派出所 --week this)" "[1,5]" "--station by name"
expect_eq "$(ids --venue 工地)" "[1]" "--venue by Chinese label"
expect_eq "$(ids --venue 'Night market')" "[2]" "--venue by English label"
expect_eq "$(ids --topic elder_care)" "[3,1]" "--topic by code"
expect_eq "$(ids --topic 虚假贷款)" "[1]" "--topic by label"
expect_eq "$(ids --limit 2)" "[4,6]" "--limit"
expect_eq "$(ids --limit 0)" "[]" "--limit 0"
expect_rejected --station pingan event list --station 不存在
expect_rejected --week pingan event list --week this --month this
ok "list filters"

# ---- edit replaces only the given fields ----
expect_ok pingan event show 1 --format json
before=$OUT
sleep 1  # so updated_at moves
expect_ok pingan event edit 1 --audience 80 --topic fake_boss --installs 30
expect_ok pingan event show 1 --format json
python3 - "$before" "$OUT" <<'PY' || fail "event edit changed more than the given fields"
import json, sys
before, after = json.loads(sys.argv[1]), json.loads(sys.argv[2])
changed = {k for k in before if before[k] != after[k]}
assert changed == {"audience", "topics", "installs", "updated_at"}, changed
assert (after["audience"], after["topics"], after["installs"]) == (80, ["fake_boss"], 30)
assert after["created_at"] == before["created_at"] and after["updated_at"] > before["updated_at"]
PY
expect_eq "$(sql 'SELECT sum(count) FROM install WHERE event_id = 1')" 30 "linked installs after edit"
expect_ok pingan event edit 1 --note "" --officer 寇小青 --station slz --date 2026-11-20 --venue 集市
expect_ok pingan event show 1 --format json
expect_eq "$(jq -c '[.note, .officers, .station, .date, .venue, .audience, .place]' <<<"$OUT")" \
  '[null,["寇小青"],"树林召派出所","2026-11-20","market",80,"吉日嘎朗图镇安置房工地"]' "after second edit"
expect_eq "$(sql 'SELECT date, station_id, venue FROM install WHERE event_id = 1')" "2026-11-20|2|market" \
  "linked installs follow the event"
expect_ok pingan event edit 1 --installs 0
expect_eq "$(sql 'SELECT count(*) FROM install WHERE event_id = 1')" 0 "installs set to 0"
expect_ok pingan event edit 1 --installs 25
ok "event edit: only given fields; installs follow"

# ---- delete ----
before=$(db_snapshot)
expect_exit 2 pingan event delete 1
expect_error_line --yes
[ "$(db_snapshot)" == "$before" ] || fail "delete without --yes changed the database"
expect_eq "$(sql 'SELECT count(*) FROM install WHERE event_id = 1')" 1 "install before delete"
expect_ok pingan event delete 1 --yes
expect_exit 3 pingan event show 1
expect_eq "$(sql 'SELECT count(*) FROM install WHERE event_id = 1')" 0 "linked installs deleted"
expect_eq "$(sql 'SELECT count(*) FROM event_topic WHERE event_id = 1')" 0 "topics deleted"
expect_eq "$(sql 'SELECT count(*) FROM event')" 5 "events left"
ok "event delete needs --yes without a terminal; --yes deletes with linked installs"

# ---- audit ----
uid=$(sql "SELECT record_uid FROM audit WHERE kind = 'event' AND action = 'delete'")
[ -n "$uid" ] || fail "no audit row for the delete"
user=$(id -un)
python3 - "$(sqlite3 -json "$PINGAN_DB" "SELECT * FROM audit WHERE record_uid = '$uid' ORDER BY id")" "$user" <<'PY' \
  || fail "audit rows for event 1"
import json, sys
rows, user = json.loads(sys.argv[1]), sys.argv[2]
assert [r["action"] for r in rows] == ["add", "edit", "edit", "edit", "edit", "delete"], [r["action"] for r in rows]
assert all(r["os_user"] == user and r["kind"] == "event" and r["at"].endswith("Z") for r in rows)
assert rows[0]["before"] is None and json.loads(rows[0]["after"])["audience"] == 60
first_edit = rows[1]
assert json.loads(first_edit["before"])["audience"] == 60 and json.loads(first_edit["after"])["audience"] == 80
assert json.loads(rows[-1]["before"])["id"] == 1 and rows[-1]["after"] is None
PY
ok "audit: add, edit, delete with before/after and os_user"

# ---- missing required fields without a terminal ----
before=$(db_snapshot)
expect_exit 2 pingan event add
expect_error_line --venue
for field in --place --audience; do expect_stderr_contains "$field"; done
expect_exit 2 pingan event add --place 某地
expect_error_line --venue
expect_stderr_contains --audience
expect_not_contains "$ERR" --place "stderr"
[ "$(db_snapshot)" == "$before" ] || fail "a failed add changed the database"
ok "missing required fields: exit 2 listing each one"

# ---- schema version, corrupt file ----
cp "$PINGAN_DB" "$TEST_DIR/future.db"
sqlite3 "$TEST_DIR/future.db" "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99" >/dev/null
cp "$TEST_DIR/future.db" "$TEST_DIR/future.orig"
for command in "event list" "event add --venue 工地 --place x --audience 1"; do
  # shellcheck disable=SC2086 # the command's words
  expect_exit 1 pingan --db "$TEST_DIR/future.db" $command
  expect_error_line 99
done
cmp -s "$TEST_DIR/future.db" "$TEST_DIR/future.orig" || fail "pingan changed a database it refused"
echo "not a database" >"$TEST_DIR/garbage.db"
expect_exit 1 pingan --db "$TEST_DIR/garbage.db" event list
expect_error_line "database"
ok "a database from a newer pingan is refused untouched; a corrupt file is exit 1"

# ---- config errors ----
printf '[defaults]\nstation = "x"\n\n[ui]\nlang = "en"\ncolour = "always"\n' >"$TEST_DIR/unknown.toml"
expect_exit 2 pingan --config "$TEST_DIR/unknown.toml" event list
expect_error_line "$TEST_DIR/unknown.toml:6"
expect_stderr_contains "colour"
printf '[ui]\nlang = "en"\n[defaults\nstation = "x"\n' >"$TEST_DIR/syntax.toml"
PINGAN_CONFIG=$TEST_DIR/syntax.toml expect_exit 2 pingan event list
expect_error_line "$TEST_DIR/syntax.toml:3"
printf '[[venue]]\ncode = "bus_stop"\nzh = "公交站"\nen = "Bus stop"\n[database]\nbusy_timeout_ms = "soon"\n' >"$TEST_DIR/type.toml"
expect_exit 2 pingan --config "$TEST_DIR/type.toml" event list
expect_error_line "$TEST_DIR/type.toml:6"
expect_stderr_contains busy_timeout_ms
# A valid config adds venues and sets the language.
printf '[[venue]]\ncode = "bus_stop"\nzh = "公交站"\nen = "Bus stop"\n[ui]\nlang = "zh"\n' >"$TEST_DIR/good.toml"
expect_ok pingan --config "$TEST_DIR/good.toml" event add --station slz --venue 公交站 --place 站台 --audience 9
expect_ok pingan --config "$TEST_DIR/good.toml" event list --venue bus_stop
expect_stdout_contains 公交站
expect_stdout_contains 日期
ok "config: unknown key, syntax error, bad type name file:line and key; valid config applies"

# ---- language ----
expect_ok pingan event list --lang zh
for word in 日期 派出所 场所 受众 夜市 养老院; do expect_stdout_contains "$word"; done
expect_ok pingan event list --lang en
for word in Date Station Venue Audience "Night market" "Nursing home"; do expect_stdout_contains "$word"; done
expect_not_contains "$OUT" 日期 "English table"
LANG=zh_CN.UTF-8 expect_ok pingan event list
expect_stdout_contains 日期
LANG=en_US.UTF-8 expect_ok pingan event list
expect_stdout_contains Date
expect_exit 2 pingan event list --lang fr
expect_error_line --lang
ok "--lang, \$LANG pick the headings"

# ---- colour: only on a terminal, never with NO_COLOR or --no-color ----
esc=$'\e['
tty_run pingan event list
expect_eq "$RC" 0 "exit on a terminal"
expect_contains "$OUT" "$esc" "table on a terminal"
NO_COLOR=1 tty_run pingan event list
expect_eq "$RC" 0 "exit with NO_COLOR"
expect_contains "$OUT" 树林召夜市 "NO_COLOR output"
expect_not_contains "$OUT" "$esc" "NO_COLOR output"
tty_run pingan --no-color event list
expect_not_contains "$OUT" "$esc" "--no-color output"
tty_run pingan event list --no-color
expect_not_contains "$OUT" "$esc" "--no-color after the subcommand"
expect_ok pingan event list
expect_not_contains "$OUT" "$esc" "output to a pipe"
ok "colour only on a terminal"

# ---- quiet ----
expect_ok pingan -q event add --venue online --place 微信群 --audience 0 --date 2026-01-01
expect_eq "$OUT$ERR" "" "output of event add with -q"
expect_ok pingan event delete "$(sql "SELECT id FROM event WHERE date = '2026-01-01'")" --yes --quiet
expect_eq "$OUT$ERR" "" "output of event delete with --quiet"
ok "-q/--quiet: no confirmations"

# ---- version, help on every command, completion ----
expect_ok pingan --version
expect_stdout_contains "pingan "
expect_ok pingan completion bash
completion=$OUT
bash -n <<<"$completion" || fail "completion bash is not valid bash"
commands=$(grep -oE '^ +"[a-z ]+"\) path=' <<<"$completion" | sed -E 's/^ +"([a-z ]+)".*/\1/')
for command in "event add" "event list" "event delete" "station add"; do
  expect_contains "$commands" "$command" "commands in the completion script"
done
while read -r command; do
  # shellcheck disable=SC2086 # the command's words
  expect_ok pingan $command --help
  expect_stdout_contains Examples
  # A command's own examples show it in use (a group's may be the general ones).
  [[ "$OUT" == *Subcommands:* ]] || expect_contains "${OUT#*Examples}" "pingan $command" "examples of '$command'"
done <<<"$(printf '\n%s' "$commands")"
ok "--version; --help with examples on every command"

result=$(bash -c 'source /dev/stdin; COMP_WORDS=(pingan event a); COMP_CWORD=2; _pingan; echo "${COMPREPLY[*]}"' <<<"$completion")
expect_eq "$result" add "completion of 'pingan event a'"
result=$(bash -c 'source /dev/stdin; COMP_WORDS=(pingan event list --w); COMP_CWORD=3; _pingan; echo "${COMPREPLY[*]}"' <<<"$completion")
expect_eq "$result" --week "completion of 'pingan event list --w'"
result=$(bash -c 'source /dev/stdin; COMP_WORDS=(pingan report --rank installs); COMP_CWORD=3; _pingan; echo "${COMPREPLY[*]}"' <<<"$completion")
expect_eq "$result" "installs installs_per_10k" "completion of 'pingan report --rank installs'"
result=$(bash -c 'source /dev/stdin; COMP_WORDS=(pingan export --kind t); COMP_CWORD=3; _pingan; echo "${COMPREPLY[*]}"' <<<"$completion")
expect_eq "$result" "tasks targets" "completion of 'pingan export --kind t': every kind"
complete_in() {  # FOLDER WORDS...: what bash offers for the last word, run in FOLDER
  local folder=$1
  shift
  (cd "$folder" && bash -c 'source /dev/stdin; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _pingan; echo "${COMPREPLY[*]}"' \
    _ "$@" <<<"$completion")
}
mkdir -p "$TEST_DIR/files" && : >"$TEST_DIR/files/ledger.jsonl" && : >"$TEST_DIR/files/sheet.csv"
expect_eq "$(complete_in "$TEST_DIR" pingan completion "")" "bash zsh fish" "completion of 'pingan completion '"
expect_eq "$(complete_in "$TEST_DIR/files" pingan import l)" "ledger.jsonl" "completion of 'pingan import l': files"
expect_eq "$(complete_in "$TEST_DIR/files" pingan backup s)" "sheet.csv" "completion of 'pingan backup s': files"
expect_eq "$(complete_in "$TEST_DIR/files" pingan report --output l)" "ledger.jsonl" "completion of --output: files"
expect_eq "$(complete_in "$TEST_DIR" pingan vocab c)" "categories" "completion of 'pingan vocab c'"
expect_eq "$(complete_in "$TEST_DIR" pingan target set events "")" "" "nothing offered for a target's VALUE"
expect_eq "$(complete_in "$TEST_DIR" pingan target set inst)" "installs installs_per_10k" "completion of a metric"
for shell in zsh fish; do expect_ok pingan completion "$shell"; done
expect_exit 2 pingan completion tcsh
ok "completion scripts"
