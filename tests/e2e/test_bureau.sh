# SPEC §10: a bureau's ledger on PostgreSQL (分局汇总), against a real
# PostgreSQL server that tests/e2e/pg.sh starts for this test alone.
#
# Three station ledgers (separate SQLite files) push at the same time into one
# bureau; the bureau's report for every week of November 2026 must equal,
# figure for figure, the report of one SQLite ledger into which the three
# stations' exports were imported (the "merged" ledger). Then: edits,
# deletions and case status changes reach the bureau on the next push; a push
# with nothing new writes no record row; --dry-run writes nothing; pushes
# killed with SIGKILL at random moments and run again lose and double-count
# nothing; bureau status and stale stations; an unreachable server, a lock
# held too long, and passwords that must never show; archived records are
# pushed too and stay in the bureau.
#
# Reports are compared as JSON, normalised: `id` (and `event_id`) keys are the
# bureau's own ids and are removed, so is `last_push` (bureau only), and
# by_station rows without events, audience, materials or installs are dropped
# (the bureau lists every station; a SQLite ledger only those with figures).
# Everything else, order included, must be the same. The server's default
# collation is ICU Chinese (see pg.sh), while pingan orders names by code
# point everywhere: the data below has ties that only code point order breaks
# the SQLite way.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/pg.sh"

command -v jq >/dev/null 2>&1 || fail "jq is needed"
command -v sqlite3 >/dev/null 2>&1 || fail "sqlite3 is needed"
start_postgres
BUREAU=$PINGAN_BUREAU_DB
# PINGAN_DB names no file: reading the bureau needs no station ledger.
[ ! -e "$PINGAN_DB" ] || fail "$PINGAN_DB exists"

# ---- helpers ------------------------------------------------------------------

# Each station ledger lives in a folder of its own (its archive goes beside it).
ledger() { echo "$TEST_DIR/$1/ledger.db"; }
on() {  # NAME ARGS...: pingan on station ledger NAME
  local name=$1
  shift
  "$PINGAN" --db "$(ledger "$name")" "$@"
}
lsql() {  # NAME SQL: query station ledger NAME
  sqlite3 -batch -noheader "$(ledger "$1")" "$2"
}

# The record tables of the bureau (schema pingan); pingan.source records how
# far each station database has pushed and when it was last in contact.
RECORD_TABLES="station event event_topic event_officer install refund_case case_update volunteer task task_signup duty"

# For each record table: the newest row version's transaction id and the row
# count; an UPDATE (even to the same values), INSERT or DELETE changes it.
bureau_snapshot() {
  local t q=""
  for t in $RECORD_TABLES; do
    q+="${q:+ UNION ALL }SELECT '$t', coalesce(max(xmin::text::bigint), 0), count(*) FROM pingan.$t"
  done
  bsql "SELECT * FROM ($q) AS t ORDER BY 1" | tr '\n' ' ' || fail "bureau_snapshot: query failed"
}

bureau_count() {  # TABLE STATION: rows of TABLE (with a station_id) for that station
  bsql "SELECT count(*) FROM pingan.$1 r JOIN pingan.station s ON s.id = r.station_id WHERE s.name = '$2'"
}

# The counts a push sends, in one line: stations events installs cases
# volunteers tasks duties deleted; every key must be there and be a number.
PUSH_KEYS='["stations","events","installs","cases","volunteers","tasks","duties","deleted"]'
push_counts() {  # JSON
  jq -e -c --argjson keys "$PUSH_KEYS" \
    'if type == "object" and (. as $o | all($keys[]; $o[.] | type == "number")) then [$keys[] as $k | .[$k]] else error("not the push counts") end' \
    <<<"$1" 2>/dev/null || fail "push --format json: not an object with $PUSH_KEYS: [$1]"
}
ZERO_COUNTS='[0,0,0,0,0,0,0,0]'

# What a first push of ledger NAME must send, as push_counts prints it: every
# record, nothing deleted; with ARCHIVE, the records of that archive database
# (of the same schema) count too.
ledger_counts() {  # NAME [ARCHIVE]
  local counts=(0 0 0 0 0 0 0) db row i
  for db in "$(ledger "$1")" ${2:+"$2"}; do
    row=$(sqlite3 -batch -noheader -separator ' ' "$db" \
      "SELECT (SELECT count(*) FROM station), (SELECT count(*) FROM event), (SELECT count(*) FROM install),
              (SELECT count(*) FROM refund_case), (SELECT count(*) FROM volunteer), (SELECT count(*) FROM task),
              (SELECT count(*) FROM duty)") || fail "ledger_counts: cannot read $db"
    read -r -a row <<<"$row"
    # Stations and volunteers never move; an archive's copies (for its
    # references) are not records of their own.
    [ "$db" == "$(ledger "$1")" ] || row[0]=0 row[4]=0
    for i in 0 1 2 3 4 5 6; do counts[i]=$((counts[i] + row[i])); done
  done
  local IFS=,
  echo "[${counts[*]},0]"
}

# The normalisation described at the top (walk is a jq builtin since 1.6).
NORMALISE='walk(if type == "object" then del(.id, .event_id, .last_push) else . end)
  | if type == "object" and has("by_station") then
      .by_station |= map(select([.events, .audience, .materials, .installs] | any(. != 0)))
    else . end'

same_json() {  # WHAT LEDGER_JSON BUREAU_JSON
  local what=$1 mine theirs
  mine=$(jq -c "$NORMALISE" <<<"$2" 2>/dev/null) && [ -n "$mine" ] || fail "$what: the SQLite side is not JSON: ${2:0:300}"
  theirs=$(jq -c "$NORMALISE" <<<"$3" 2>/dev/null) && [ -n "$theirs" ] || fail "$what: the bureau side is not JSON: ${3:0:300}"
  if [ "$mine" != "$theirs" ]; then
    diff <(jq . <<<"$mine") <(jq . <<<"$theirs") | head -n 60 >&2
    fail "$what: the bureau differs from the SQLite ledger (diff above: < SQLite, > bureau)"
  fi
}

# compare_reports WHAT DB [ARGS...]: for each week of November 2026 and the
# month, `report ARGS` of the SQLite ledger DB (plus LEDGER_ARGS) equals
# `report --bureau-db ARGS`.
LEDGER_ARGS=()
PERIODS=("--week 2026-W45" "--week 2026-W46" "--week 2026-W47" "--week 2026-W48" "--month 2026-11")
compare_reports() {
  local what=$1 db=$2 period mine
  shift 2
  for period in "${PERIODS[@]}"; do
    # shellcheck disable=SC2086  # $period is two words
    expect_ok "$PINGAN" --db "$db" report $period "$@" "${LEDGER_ARGS[@]}" --format json
    mine=$OUT
    # shellcheck disable=SC2086
    expect_ok "$PINGAN" report --bureau-db "$BUREAU" $period "$@" --format json
    same_json "$what: report $period $*" "$mine" "$OUT"
  done
}

# merge NAME LEDGER...: a new SQLite ledger NAME holding the records of every
# LEDGER, through export → import.
merge() {
  local into=$1 name
  shift
  rm -rf "${TEST_DIR:?}/$into"
  for name in "$@"; do
    expect_ok on "$name" export --kind all --format jsonl --output "$TEST_DIR/$name.jsonl"
    expect_ok on "$into" import "$TEST_DIR/$name.jsonl"
  done
}

# add_id CMD...: runs an add/open with --format json; $ID is the new record's id.
add_id() {
  expect_ok "$@" --format json
  ID=$(jq -r .id <<<"$OUT")
  [[ "$ID" =~ ^[0-9]+$ ]] || fail "no id from: $*: $OUT"
}

# push_bg NAME: `push --format json` of ledger NAME in the background; its
# stdout, stderr and exit code go to $TEST_DIR/push.NAME.{out,err,rc}.
push_bg() {
  local name=$1
  (
    on "$name" push --format json </dev/null >"$TEST_DIR/push.$name.out" 2>"$TEST_DIR/push.$name.err"
    echo $? >"$TEST_DIR/push.$name.rc"
  ) &
}

# ---- fill: three station ledgers with several weeks of data ---------------------
#
# Station i (0, 1, 2) gets events from late October (the previous period of
# W45 and of the month) to 2026-11-28: every station has exactly two events in
# W47, so by_station ties there and is ordered by station name (by code
# point: 伊 U+4F0A < 吉 U+5409 < 树 U+6811, unlike pinyin order); installs
# linked to events (--installs, and install add --event) and standalone; six
# refund cases each (refunded, rejected, withdrawn, open, submitted), opened on
# dates that differ across all stations (open_cases is ordered by opening
# date, then id, and ids differ between the two databases); two volunteers
# each, a done task, an open task, duties and an adjustment: the three first
# volunteers tie at 12 points and 2 hours (ordered by name, by code point:
# 巴 < 张 < 白), the three second at 2.5 (乌 < 安 < 阿).
STATIONS=(吉日嘎朗图派出所 树林召派出所 伊和乌素派出所)
CODES=(jrgl slz yhws)
NAMES=(a b c)
OFFICERS=(寇小青 巴图尔 王五 李娜 格日勒 张明)
VOLUNTEER1=(巴图 张伟 白音)
VOLUNTEER2=(阿强 乌云 安娜)
VGROUPS=(grid_worker parent courier party_member security_guard delivery_rider)
CASE_NAMES=(格桑花 王小明 "Liu Wei")
VENUES=(construction_site night_market nursing_home school community village enterprise market street bank hospital online)
TOPICS=(brushing investment fake_shopping fake_customer_service fake_loan fake_credit fake_boss
  impersonate_officials romance game_trading elder_care illegal_fundraising overseas_calls minor_spending app_usage)
EVENT_DATES=(2026-10-27 2026-10-30 2026-11-02 2026-11-04 2026-11-06 2026-11-08 2026-11-09 2026-11-11
  2026-11-14 2026-11-17 2026-11-19 2026-11-23 2026-11-25 2026-11-27 2026-11-28)

fill_station() {  # I
  local i=$1
  local n=${NAMES[i]} s=${STATIONS[i]} o1=${OFFICERS[2 * i]} o2=${OFFICERS[2 * i + 1]}
  local v1=${VOLUNTEER1[i]} v2=${VOLUNTEER2[i]}
  expect_ok on "$n" station add "$s" --code "${CODES[i]}" --bureau 杭锦旗公安局

  # Volunteers first: an event below is staffed by one.
  expect_ok on "$n" volunteer add "$v1" --station "$s" --group "${VGROUPS[2 * i]}" --joined "2026-0$((3 + i))-01" \
    --phone "1391234567$i"
  expect_ok on "$n" volunteer add "$v2" --station "$s" --group "${VGROUPS[2 * i + 1]}" --joined "2026-11-0$((2 + i))"

  # Events.
  local k date args linked_candidate=""
  for k in "${!EVENT_DATES[@]}"; do
    date=${EVENT_DATES[k]}
    if [[ "$date" != 2026-11-17 && "$date" != 2026-11-19 ]] && (((k + i) % 3 == 0)); then continue; fi
    args=(--date "$date" --station "$s" --venue "${VENUES[(k * 5 + i * 3) % 12]}" --place "第$((k + 1))号场所"
      --audience $((15 + (k * 37 + i * 53) % 190)) --materials $(((k * 29 + i * 17) % 120))
      --topic "${TOPICS[(k * 7 + i) % 15]}" --officer "$o1")
    (((k + i) % 2 == 0)) && args+=(--topic "${TOPICS[(k * 3 + i * 5 + 4) % 15]}")
    ((k % 4 == 0)) && args+=(--officer "$o2")
    (((k + i) % 3 == 1)) && args+=(--installs $(((k * 11 + i * 7) % 25 + 1)))
    [ "$date" == 2026-11-17 ] && args+=(--volunteer "$v1")
    add_id on "$n" event add "${args[@]}"
    (((k + i) % 3 == 2)) && [ -z "$linked_candidate" ] && linked_candidate=$ID
  done
  # Installs: linked to an event afterwards, at the front desk, at a school.
  [ -n "$linked_candidate" ] || fail "no event without installs at $s"
  expect_ok on "$n" install add --event "$linked_candidate" --count 4
  expect_ok on "$n" install add --count $((3 + i)) --date "2026-11-0$((3 + i))" --station "$s"
  expect_ok on "$n" install add --count $((5 + 2 * i)) --date "2026-11-2$((0 + i))" --station "$s" \
    --venue school --place 第二中学

  # Refund cases: opened on 10-15+i, 10-21+i, 11-03+i, 11-06+i, 11-13+i, 11-24+i.
  local cname=${CASE_NAMES[i]}
  add_id on "$n" case open --name "$cname" --phone "1381234567$i" --category fraud_stop_payment \
    --amount "$((2000 + 500 * i))" --date "2026-10-1$((5 + i))" --station "$s" --officer "$o1"
  expect_ok on "$n" case update "$ID" --status submitted --date "2026-11-1$((6 + i))"
  expect_ok on "$n" case update "$ID" --status refunded --date "2026-11-2$((3 + i))"   # the full amount
  add_id on "$n" case open --name "$cname" --category minor_game_topup --amount "$((700 + 100 * i)).50" \
    --platform 微信支付 --date "2026-10-2$((1 + i))" --station "$s"
  expect_ok on "$n" case update "$ID" --status submitted --date "2026-11-0$((2 + i))" --note 已提交证据
  expect_ok on "$n" case update "$ID" --status refunded --recovered "$((650 + 10 * i))" --date "2026-11-1$((0 + i))"
  add_id on "$n" case open --name 王五 --category shopping_refund --amount 120 --date "2026-11-0$((3 + i))" --station "$s"
  expect_ok on "$n" case update "$ID" --status submitted --date 2026-11-09
  expect_ok on "$n" case update "$ID" --status rejected --date "2026-11-1$((7 + i))"
  add_id on "$n" case open --name 李四 --category minor_livestream_tip --amount 300 --date "2026-11-0$((6 + i))" \
    --station "$s"
  expect_ok on "$n" case update "$ID" --status withdrawn --date "2026-11-2$((0 + i))"
  expect_ok on "$n" case open --name 赵六 --category other --amount 88.8 --date "2026-11-1$((3 + i))" --station "$s"
  add_id on "$n" case open --name 钱七 --category minor_game_topup --amount 1999 --date "2026-11-2$((4 + i))" \
    --station "$s"
  expect_ok on "$n" case update "$ID" --status submitted --date 2026-11-27

  # Volunteer work: a done patrol task (v1 served 2 hours: 2 + 2 = 4 points;
  # v2 joined but did not come), an open task in December, an adopted report
  # (1 + 5 = 6), the outreach at the 11-17 event (2): v1 has 12 points, 2 hours.
  # v2: an opinion (1) and an adjustment (+1.5): 2.5 points.
  add_id on "$n" task add --duty patrol --date "2026-11-1$((0 + i))" --place 镇区夜巡 --slots 2 --hours 2 --station "$s"
  expect_ok on "$n" task join "$ID" --volunteer "$v1,$v2"
  expect_ok on "$n" task done "$ID" --volunteer "$v1" --hours 2
  expect_ok on "$n" task add --duty outreach --date 2026-12-05 --place 幸福里社区 --station "$s"
  expect_ok on "$n" duty add --volunteer "$v1" --duty intelligence --adopted --date "2026-11-0$((5 + i))"
  expect_ok on "$n" duty add --volunteer "$v2" --duty opinion --date "2026-11-2$((0 + i))"
  expect_ok on "$n" points adjust --volunteer "$v2" --points 1.5 --reason 表现突出 --date 2026-11-25
}

# ---- a. bureau init; a report on the empty bureau ------------------------------------
expect_ok pingan bureau init
expect_ok pingan bureau init
expect_ok pingan bureau init --bureau-db "$BUREAU"
tables=$(bsql "SELECT string_agg(table_name, ' ' ORDER BY table_name) FROM information_schema.tables
               WHERE table_schema = 'pingan' AND table_name IN ('station', 'source', 'event', 'event_topic',
                 'event_officer', 'install', 'refund_case', 'case_update', 'volunteer', 'task', 'task_signup', 'duty')")
expect_eq "$tables" "case_update duty event event_officer event_topic install refund_case source station task task_signup volunteer" \
  "the bureau's tables in schema pingan"
expect_eq "$(bsql "SELECT data_type FROM information_schema.columns WHERE table_schema = 'pingan'
                   AND table_name = 'event' AND column_name = 'date'")" date "pingan.event.date type"
expect_eq "$(bsql "SELECT data_type FROM information_schema.columns WHERE table_schema = 'pingan'
                   AND table_name = 'refund_case' AND column_name = 'amount_fen'")" bigint "pingan.refund_case.amount_fen type"
ok "bureau init creates the schema, and runs again (exit 0)"

expect_ok pingan report --bureau-db "$BUREAU" --week 2026-W48 --format json
expect_eq "$(jq -c '[.period.label, .totals.events, .totals.installs, .totals.cases_opened, .by_station, .open_cases]' <<<"$OUT")" \
  '["2026-W48",0,0,0,[],[]]' "report of the empty bureau"
expect_ok pingan report --bureau-db "$BUREAU" --month 2026-11
expect_ok pingan bureau status --format json
expect_eq "$(jq -c . <<<"$OUT")" '[]' "bureau status of the empty bureau"
[ ! -e "$PINGAN_DB" ] || fail "reading the bureau created $PINGAN_DB"
ok "a report and the status of the empty bureau"

# ---- b. three stations push at the same time; the bureau equals the merged ledger --------
# The three files are independent: filled at the same time, each in a
# subshell that stops at its first failure, with lib.sh's run keeping the
# output in files of its own.
fillers=()
for i in 0 1 2; do
  (
    eval "$(declare -f run | sed "s|/\.out|/.out.$i|; s|/\.err|/.err.$i|")"
    fill_station "$i"
  ) >"$TEST_DIR/fill.$i.log" 2>&1 &
  fillers+=($!)
done
for i in 0 1 2; do
  wait "${fillers[i]}" || { cat "$TEST_DIR/fill.$i.log" >&2; fail "filling ledger ${NAMES[i]}"; }
done
ok "three station ledgers filled"

for n in a b c; do push_bg "$n"; done
wait
for n in a b c; do
  rc=$(cat "$TEST_DIR/push.$n.rc")
  out=$(cat "$TEST_DIR/push.$n.out")
  [ "$rc" == 0 ] || fail "concurrent push of $n: exit $rc: $(cat "$TEST_DIR/push.$n.err")"
  expect_eq "$(push_counts "$out")" "$(ledger_counts "$n")" "first push of $n: every record sent"
done
for i in 0 1 2; do
  expect_eq "$(bureau_count event "${STATIONS[i]}")" "$(lsql "${NAMES[i]}" 'SELECT count(*) FROM event')" \
    "events of ${STATIONS[i]} in the bureau"
done
ok "three stations pushed at the same time: every record sent, exit 0"

merge merged a b c
compare_reports "three stations" "$(ledger merged)"
ok "the bureau's report equals the merged ledger's for W45–W48 and the month"
compare_reports "one station" "$(ledger merged)" --station 树林召派出所
ok "… and with --station"

# The bureau's by_station lists every station, with the day of its last push.
expect_ok pingan report --bureau-db "$BUREAU" --week 2026-W45 --format json
expect_eq "$(jq -c '[.by_station[].key] | sort' <<<"$OUT")" "$(jq -cn '$ARGS.positional | sort' --args "${STATIONS[@]}")" \
  "by_station lists every station"
jq -e '.by_station | all(.last_push | type == "string" and test("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))' <<<"$OUT" >/dev/null ||
  fail "by_station rows need last_push as YYYY-MM-DD: $(jq -c .by_station <<<"$OUT")"
ok "by_station: every station, with last_push"

# Lists and export read the bureau too: the same records (ids aside).
BY_UID='map(del(.id, .event_id)) | sort_by(.uid)'
for list in "event list" "install list" "case list --status all"; do
  # shellcheck disable=SC2086  # $list is several words
  expect_ok on merged $list --format json
  mine=$(jq -c "$BY_UID" <<<"$OUT")
  # shellcheck disable=SC2086
  expect_ok pingan $list --bureau-db "$BUREAU" --format json
  theirs=$(jq -c "$BY_UID" <<<"$OUT")
  if [ "$theirs" != "$mine" ]; then
    diff <(jq . <<<"$mine") <(jq . <<<"$theirs") | head -n 40 >&2
    fail "$list --bureau-db: not the merged ledger's records (diff above: < SQLite, > bureau)"
  fi
done
expect_ok on merged event list --format json
events_merged=$(jq length <<<"$OUT")
expect_ok pingan event list --bureau-db "$BUREAU" --format json
expect_eq "$(jq length <<<"$OUT")" "$events_merged" "event list --bureau-db: number of events"
for board in "volunteer board --month 2026-11" "volunteer review --year 2026"; do
  # shellcheck disable=SC2086
  expect_ok on merged $board --format json
  mine=$OUT
  # shellcheck disable=SC2086
  expect_ok pingan $board --bureau-db "$BUREAU" --format json
  same_json "$board" "$mine" "$OUT"
done
expect_ok on merged export --kind all --format jsonl
RECORD_KEY='[.kind, if .kind == "station" then .name else .uid end] | join(" ")'   # stations by name
mine=$(jq -r "$RECORD_KEY" <<<"$OUT" | LC_ALL=C sort)
expect_ok pingan export --bureau-db "$BUREAU" --kind all --format jsonl
expect_eq "$(jq -r "$RECORD_KEY" <<<"$OUT" | LC_ALL=C sort)" "$mine" \
  "export --bureau-db: the same records as the merged ledger's export"
ok "event, install and case lists, volunteer board and review, export: the same from the bureau"

# ---- c. edits, deletions and case status changes reach the bureau ---------------------
edited=$(lsql a "SELECT id FROM event WHERE date BETWEEN '2026-11-09' AND '2026-11-15' ORDER BY id LIMIT 1")
edited_uid=$(lsql a "SELECT uid FROM event WHERE id = $edited")
expect_ok on a event edit "$edited" --audience 999
deleted=$(lsql b "SELECT id FROM event e WHERE date >= '2026-11-23'
                  AND NOT EXISTS (SELECT 1 FROM install i WHERE i.event_id = e.id)
                  AND NOT EXISTS (SELECT 1 FROM duty d WHERE d.event_id = e.id) ORDER BY id LIMIT 1")
[ -n "$deleted" ] || fail "no event to delete in b"
deleted_uid=$(lsql b "SELECT uid FROM event WHERE id = $deleted")
expect_ok on b event delete "$deleted" --yes
refunded=$(lsql c "SELECT id FROM refund_case WHERE status = 'submitted' AND opened >= '2026-11-24'")
refunded_uid=$(lsql c "SELECT uid FROM refund_case WHERE id = $refunded")
expect_ok on c case update "$refunded" --status refunded --date 2026-11-28

expect_ok on a push --format json
expect_eq "$(push_counts "$OUT" | jq -c '[.[1], .[3], .[7]]')" '[1,0,0]' "push after an event edit: [events, cases, deleted]"
expect_ok on b push --format json
counts=$(push_counts "$OUT")
jq -e '.[7] >= 1 and .[1] == 0' <<<"$counts" >/dev/null || fail "push after an event delete: deleted ≥ 1, no event sent: $counts"
expect_ok on c push --format json
expect_eq "$(push_counts "$OUT" | jq -c '[.[1], .[3], .[7]]')" '[0,1,0]' "push after a case update: [events, cases, deleted]"

expect_eq "$(bsql "SELECT audience FROM pingan.event WHERE uid = '$edited_uid'")" 999 "the edited event in the bureau"
expect_eq "$(bsql "SELECT count(*) FROM pingan.event WHERE uid = '$deleted_uid'")" 0 "the deleted event in the bureau"
expect_eq "$(bsql "SELECT status FROM pingan.refund_case WHERE uid = '$refunded_uid'")" refunded "the refunded case in the bureau"
expect_eq "$(bsql "SELECT string_agg(u.status, ',' ORDER BY u.seq) FROM pingan.case_update u
                   JOIN pingan.refund_case c ON c.id = u.case_id WHERE c.uid = '$refunded_uid'")" \
  "open,submitted,refunded" "the refunded case's timeline in the bureau"
# A change of a record's child rows alone (an event's topics, a task's
# signups) reaches the bureau too: the record's own row is written with them,
# and that is what the ledger tracks.
topics_event=$(lsql a "SELECT id FROM event WHERE date = '2026-11-17' ORDER BY id LIMIT 1")
topics_uid=$(lsql a "SELECT uid FROM event WHERE id = $topics_event")
expect_ok on a event edit "$topics_event" --topic romance,elder_care
open_task=$(lsql a "SELECT id FROM task WHERE status = 'open' ORDER BY id LIMIT 1")
open_task_uid=$(lsql a "SELECT uid FROM task WHERE id = $open_task")
expect_ok on a task join "$open_task" --volunteer "${VOLUNTEER1[0]}"
expect_ok on a push --format json
expect_eq "$(push_counts "$OUT" | jq -c '[.[1], .[5]]')" '[1,1]' "push after a topics-only edit and a task join: [events, tasks]"
expect_eq "$(bsql "SELECT string_agg(t.topic, ',' ORDER BY t.position) FROM pingan.event_topic t
                   JOIN pingan.event e ON e.id = t.event_id WHERE e.uid = '$topics_uid'")" \
  "romance,elder_care" "the edited event's topics in the bureau"
expect_eq "$(bsql "SELECT count(*) FROM pingan.task_signup g JOIN pingan.task t ON t.id = g.task_id
                   WHERE t.uid = '$open_task_uid'")" 1 "the task's signups in the bureau"
merge merged2 a b c
compare_reports "after edits" "$(ledger merged2)"
ok "an edit, a deletion and a case status change reach the bureau; reports equal again"

# ---- d. a push with nothing new writes nothing; --dry-run writes nothing ----------------
before=$(bureau_snapshot)
expect_ok on a push --format json
expect_eq "$(push_counts "$OUT")" "$ZERO_COUNTS" "push with nothing new"
expect_eq "$(bureau_snapshot)" "$before" "record tables after a push with nothing new"
expect_ok on a push --dry-run --format json
expect_eq "$(push_counts "$OUT")" "$ZERO_COUNTS" "push --dry-run with nothing new"
expect_eq "$(bureau_snapshot)" "$before" "record tables after push --dry-run"
ok "a push with nothing new sends nothing and writes no record row"

add_id on a event add --date 2026-11-26 --station 吉日嘎朗图派出所 --venue market --place 周日集市 --audience 55 \
  --topic fake_loan --officer 寇小青
new_uid=$(lsql a "SELECT uid FROM event WHERE id = $ID")
expect_ok on a push --dry-run --format json
expect_eq "$(push_counts "$OUT")" '[0,1,0,0,0,0,0,0]' "push --dry-run after an event add"
expect_ok on a push --dry-run
expect_eq "$(bureau_snapshot)" "$before" "record tables after push --dry-run with a change"
expect_eq "$(bsql "SELECT count(*) FROM pingan.event WHERE uid = '$new_uid'")" 0 "the new event after --dry-run"
expect_ok on a push --format json
expect_eq "$(push_counts "$OUT")" '[0,1,0,0,0,0,0,0]' "push after the --dry-run"
expect_eq "$(bsql "SELECT count(*) FROM pingan.event WHERE uid = '$new_uid'")" 1 "the new event after the push"
ok "--dry-run counts a change and writes nothing; the push after it sends it"

# ---- e. pushes killed with SIGKILL at random moments -----------------------------------
# A ledger of 30000 events (about a third with linked installs), imported
# from CSV. Each push runs in a process group of its own (setsid), and the
# whole group gets SIGKILL, so a helper process of pingan's dies with it, as
# on a crash. The delays are random (seed printed; PINGAN_TEST_SEED repeats a
# run), one in each quarter of 0.05–1.5 s.
K=乌兰派出所
expect_ok on k station add "$K" --code wl
python3 - "$TEST_DIR/k.csv" "$K" <<'PY' || fail "generating k.csv"
import csv, datetime, sys
venues = ["construction_site", "night_market", "nursing_home", "school", "community", "village", "enterprise",
          "market", "street", "bank", "hospital", "online"]
topics = ["brushing", "investment", "fake_shopping", "fake_customer_service", "fake_loan", "fake_credit", "fake_boss",
          "impersonate_officials", "romance", "game_trading", "elder_care", "illegal_fundraising", "overseas_calls",
          "minor_spending", "app_usage"]
first = datetime.date(2026, 10, 1)
with open(sys.argv[1], "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["uid", "date", "station", "venue", "place", "audience", "materials", "installs", "topics", "officers"])
    for n in range(30000):
        w.writerow([f"00000000-0000-4000-8000-{n:012d}", (first + datetime.timedelta(days=n % 59)).isoformat(),
                    sys.argv[2], venues[n * 7 % len(venues)], f"场所{n % 97}", 10 + n * 13 % 300, n * 7 % 50,
                    (n % 9 + 1) if n % 3 == 0 else "", ";".join(sorted({topics[n % 15], topics[n * 5 % 15]})),
                    "乌兰其其格" if n % 2 else "乌兰其其格;宝音"])
PY
expect_ok on k import "$TEST_DIR/k.csv" --kind events
expect_eq "$(lsql k 'SELECT count(*) FROM event')" 30000 "events in k"

seed=${PINGAN_TEST_SEED:-$((RANDOM * 32768 + RANDOM))}
RANDOM=$((seed % 32768))
echo "# kill -9 delays from seed $seed (PINGAN_TEST_SEED=$seed repeats them)"
# Every backend of the bureau's database but our own has gone: the server
# has noticed the killed client (it does when it next reads from it).
wait_for_orphans() {
  local tries=0
  while [ "$(bsql "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()
                   AND pid <> pg_backend_pid() AND backend_type = 'client backend'")" != 0 ]; do
    tries=$((tries + 1))
    [ "$tries" -lt 200 ] || fail "a killed push's server session is still there after 20 s"
    sleep 0.1
  done
}
for quarter in 0 1 2 3; do
  # 0.05 + quarter × 0.3625 + [0, 0.3625) seconds, in milliseconds
  delay_ms=$((50 + quarter * 362 + RANDOM % 362))
  delay=$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))
  setsid "$PINGAN" --db "$(ledger k)" push </dev/null >"$TEST_DIR/kill.out" 2>"$TEST_DIR/kill.err" &
  pid=$!
  sleep "$delay"
  kill -KILL -- "-$pid" 2>/dev/null
  wait "$pid" 2>/dev/null   # (no "Killed" notice)
  rc=$?
  echo "# push killed after ${delay} s: exit $rc (137: killed; 0: it had finished)"
  [ "$rc" == 137 ] || [ "$rc" == 0 ] || fail "a push to be killed failed by itself: exit $rc: $(cat "$TEST_DIR/kill.err")"
  wait_for_orphans
done
expect_ok on k push --format json
expect_ok on k push --format json
expect_eq "$(push_counts "$OUT")" "$ZERO_COUNTS" "push after the last complete push"
expect_eq "$(bureau_count event "$K")" 30000 "events of $K in the bureau"
expect_eq "$(bureau_count install "$K")" "$(lsql k 'SELECT count(*) FROM install')" "installs of $K in the bureau"
expect_eq "$(bsql "SELECT count(*) FROM pingan.event_topic t JOIN pingan.event e ON e.id = t.event_id
                   JOIN pingan.station s ON s.id = e.station_id WHERE s.name = '$K'")" \
  "$(lsql k 'SELECT count(*) FROM event_topic')" "event topics of $K in the bureau"
expect_eq "$(bsql "SELECT count(*) FROM pingan.event_officer o JOIN pingan.event e ON e.id = o.event_id
                   JOIN pingan.station s ON s.id = e.station_id WHERE s.name = '$K'")" \
  "$(lsql k 'SELECT count(*) FROM event_officer')" "event officers of $K in the bureau"
PERIODS+=("--month 2026-10")
compare_reports "after killed pushes" "$(ledger k)" --station "$K"
unset 'PERIODS[5]'
ok "pushes killed at random moments, then one to the end: nothing lost, nothing counted twice"

# ---- f. bureau status: last push, records, stale stations ------------------------------------
F1=阿门其日格派出所 F2=独贵塔拉派出所
expect_ok on f1 station add "$F1"
expect_ok on f2 station add "$F2"
for d in 2026-11-02 2026-11-05 2026-11-09; do
  expect_ok on f1 event add --date "$d" --station "$F1" --venue village --place 嘎查 --audience 30 --officer 其其格
done
for d in 2026-11-03 2026-11-12 2026-11-20 2026-11-24 2026-11-26; do
  expect_ok on f2 event add --date "$d" --station "$F2" --venue community --place 社区 --audience 40 --officer 乌日娜
done
PINGAN_NOW=2026-11-10T08:00:00Z expect_ok on f1 push
PINGAN_NOW=2026-11-27T08:00:00Z expect_ok on f2 push
expect_ok pingan bureau status --format json
status=$OUT
jq -e 'type == "array" and all(has("station") and has("last_push") and has("days_since_push") and has("records") and has("stale"))' \
  <<<"$status" >/dev/null || fail "bureau status --format json: rows need station, last_push, days_since_push, records, stale: $status"
row() { jq -c --arg s "$1" '.[] | select(.station == $s) | [.last_push, .days_since_push, .stale]' <<<"$2"; }
expect_eq "$(row "$F1" "$status")" '["2026-11-10T08:00:00Z",18,true]' "status of $F1 (pushed 18 days ago)"
expect_eq "$(row "$F2" "$status")" '["2026-11-27T08:00:00Z",1,false]' "status of $F2 (pushed yesterday)"
# F2 holds two events more than F1, whatever else a station's records count.
expect_eq "$(jq --arg a "$F1" --arg b "$F2" '(.[] | select(.station == $b) | .records) - (.[] | select(.station == $a) | .records)' \
  <<<"$status")" 2 "records of $F2 minus those of $F1"
expect_eq "$(jq -c '[.[].station] | sort' <<<"$status")" \
  "$(jq -cn '$ARGS.positional | sort' --args "${STATIONS[@]}" "$K" "$F1" "$F2")" "bureau status: one row per station"
printf '[bureau]\nstale_days = 30\n' >"$TEST_DIR/stale30.toml"
PINGAN_CONFIG=$TEST_DIR/stale30.toml expect_ok pingan bureau status --format json
expect_eq "$(row "$F1" "$OUT")" '["2026-11-10T08:00:00Z",18,false]' "status of $F1 with stale_days = 30"
expect_eq "$(row "$F2" "$OUT")" '["2026-11-27T08:00:00Z",1,false]' "status of $F2 with stale_days = 30"
expect_ok pingan bureau status --format csv
expect_eq "$(head -n 1 <<<"$OUT")" "station,last_push,days_since_push,records,stale" "bureau status CSV header"
expect_ok pingan bureau status
expect_stdout_contains "$F1"
ok "bureau status: last push, days since, stale beyond bureau.stale_days"

expect_ok pingan report --bureau-db "$BUREAU" --week 2026-W48 --format json
expect_eq "$(jq -c --arg s "$F1" '.by_station[] | select(.key == $s) | [.events, .last_push]' <<<"$OUT")" \
  '[0,"2026-11-10"]' "by_station row of $F1 in W48 (nothing in the period)"
expect_eq "$(jq -c --arg s "$F2" '.by_station[] | select(.key == $s) | [.events, .last_push]' <<<"$OUT")" \
  '[2,"2026-11-27"]' "by_station row of $F2 in W48"
ok "the bureau's by_station shows stations with nothing in the period, and each one's last push"

# ---- g. an unreachable server, a lock held too long, passwords -------------------------------
SECRET=S3cretPw
nowhere="postgresql:///pingan?host=$TEST_DIR/nowhere&user=pingan"
expect_exit 1 pingan report --bureau-db "$nowhere" --week 2026-W48
expect_error_line "pingan: error: "
PINGAN_BUREAU_DB=$nowhere expect_exit 1 on f1 push
expect_error_line "pingan: error: "
PINGAN_BUREAU_DB=$nowhere expect_exit 1 pingan bureau status
expect_error_line "pingan: error: "
expect_exit 2 pingan report --bureau-db "" --week 2026-W48
expect_error_line --bureau-db
ok "an unreachable server: exit 1, one error line; an empty --bureau-db: exit 2"

# Where the bureau is: --bureau-db, else $PINGAN_BUREAU_DB, else config [bureau] url.
PINGAN_BUREAU_DB=$nowhere expect_ok pingan bureau status --bureau-db "$BUREAU" --format json
expect_eq "$(jq length <<<"$OUT")" 6 "stations, with --bureau-db given over \$PINGAN_BUREAU_DB"
printf '[bureau]\nurl = "%s"\n' "$BUREAU" >"$TEST_DIR/url.toml"
(
  unset PINGAN_BUREAU_DB
  export PINGAN_CONFIG=$TEST_DIR/url.toml
  expect_ok pingan bureau status --format json
  expect_eq "$(jq length <<<"$OUT")" 6 "stations, with the config's [bureau] url"
  PINGAN_BUREAU_DB=$nowhere expect_exit 1 pingan bureau status
) || fail "the bureau's location from the config"
ok "the bureau's location: --bureau-db, else \$PINGAN_BUREAU_DB, else config [bureau] url"

for url in "postgresql://pingan:$SECRET@/nosuchdb?host=$PG_SOCK" \
  "postgresql://pingan:$SECRET@127.0.0.1:1/pingan?connect_timeout=5"; do
  expect_exit 1 pingan report --bureau-db "$url" --week 2026-W48
  expect_error_line "pingan: error: "
  expect_not_contains "$ERR$OUT" "$SECRET" "report on $url"
  expect_exit 1 pingan bureau status --bureau-db "$url"
  expect_not_contains "$ERR$OUT" "$SECRET" "bureau status on $url"
  PINGAN_BUREAU_DB=$url expect_exit 1 on f1 push
  expect_error_line "pingan: error: "
  expect_not_contains "$ERR$OUT" "$SECRET" "push to $url"
  PINGAN_BUREAU_DB=$url expect_exit 1 pingan bureau init
  expect_not_contains "$ERR$OUT" "$SECRET" "bureau init on $url"
done
with_secret="postgresql://pingan:$SECRET@/pingan?host=$PG_SOCK"
for help in "push --help" "bureau --help" "bureau status --help" "bureau init --help" "report --help" "--help"; do
  # shellcheck disable=SC2086  # $help is several words
  PINGAN_BUREAU_DB=$with_secret expect_ok pingan $help
  expect_not_contains "$OUT$ERR" "$SECRET" "pingan $help"
done
# The server trusts the socket, so the URL with a password works: the
# password is kept nowhere, neither in the station's ledger nor in the bureau.
expect_ok on f1 event add --date 2026-11-27 --station "$F1" --venue village --place 嘎查 --audience 25 --officer 其其格
PINGAN_BUREAU_DB=$with_secret expect_ok on f1 push
expect_not_contains "$OUT$ERR" "$SECRET" "push output"
expect_eq "$(sqlite3 "$(ledger f1)" .dump | grep -c "$SECRET")" 0 "the password in the station's ledger"
expect_eq "$("$PG_BIN/pg_dump" -d "$BUREAU" --schema=pingan | grep -c "$SECRET")" 0 "the password in the bureau"
ok "a password in the URL never shows: errors, help, ledger, bureau"

# A transaction that holds every bureau table locked: a push waits the busy
# timeout (database.busy_timeout_ms), then gives up with exit 4.
all_tables=$(bsql "SELECT string_agg(format('%I.%I', schemaname, tablename), ', ') FROM pg_tables WHERE schemaname = 'pingan'")
(PGAPPNAME=pingan-test-locker bsql "BEGIN; LOCK TABLE $all_tables IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(120); COMMIT" \
  >/dev/null 2>&1) &
locker=$!
tries=0
until [ "$(bsql "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'pingan-test-locker'
                 AND wait_event = 'PgSleep'")" == 1 ]; do
  tries=$((tries + 1))
  [ "$tries" -lt 100 ] || fail "the locking session did not start"
  sleep 0.1
done
printf '[database]\nbusy_timeout_ms = 1000\n' >"$TEST_DIR/busy.toml"
# (Ledger a, whose pushes all ran on the real clock, as f1's and f2's did not.)
expect_ok on a event add --date 2026-11-27 --station 吉日嘎朗图派出所 --venue bank --place 农商银行 --audience 41 \
  --topic fake_credit --officer 寇小青
started=$SECONDS
PINGAN_CONFIG=$TEST_DIR/busy.toml expect_exit 4 timeout 60 "$PINGAN" --db "$(ledger a)" push
expect_error_line "pingan: error: "
[ $((SECONDS - started)) -lt 30 ] || fail "push waited $((SECONDS - started)) s on a lock (busy timeout 1 s)"
bsql "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'pingan-test-locker'" >/dev/null
wait "$locker"
expect_ok on a push --format json
expect_eq "$(push_counts "$OUT")" '[0,1,0,0,0,0,0,0]' "push once the lock is gone"
ok "a lock held past the busy timeout: exit 4; the next push sends the change"

# ---- h. archived records are pushed, and stay in the bureau --------------------------------------
H=锡尼镇派出所
expect_ok on h station add "$H" --code xnz
for d in 2026-11-02 2026-11-04 2026-11-06 2026-11-12 2026-11-20; do
  expect_ok on h event add --date "$d" --station "$H" --venue school --place 锡尼镇中学 --audience 120 --installs 6 \
    --topic minor_spending --officer 敖登
done
expect_ok on h install add --count 2 --date 2026-11-03 --station "$H"
add_id on h case open --name 那顺 --category minor_game_topup --amount 648 --date 2026-11-01 --station "$H"
expect_ok on h case update "$ID" --status submitted --date 2026-11-02
expect_ok on h case update "$ID" --status refunded --date 2026-11-05
expect_ok on h case open --name 其木格 --category shopping_refund --amount 99 --date 2026-11-03 --station "$H"
expect_ok on h archive --before 2026-11-10
H_ARCHIVE=$TEST_DIR/h/pingan-archive.db
[ -f "$H_ARCHIVE" ] || fail "no archive beside h's ledger"
expect_eq "$(sqlite3 "$H_ARCHIVE" 'SELECT count(*) FROM event')" 3 "events archived"
expect_eq "$(lsql h 'SELECT count(*) FROM event')" 2 "events left in h"
expect_ok on h push --format json
expect_eq "$(push_counts "$OUT")" "$(ledger_counts h "$H_ARCHIVE")" "first push of h: the archive's records too"
expect_eq "$(bureau_count event "$H")" 5 "events of $H in the bureau"
expect_eq "$(bureau_count refund_case "$H")" 2 "cases of $H in the bureau"
LEDGER_ARGS=(--include-archive)
compare_reports "an archived ledger" "$(ledger h)" --station "$H"
ok "the first push sends archived records too"

expect_ok on h archive --before 2026-11-21
expect_eq "$(lsql h 'SELECT count(*) FROM event')" 0 "events left in h after archiving more"
expect_ok on h push --format json
expect_eq "$(push_counts "$OUT" | jq '.[7]')" 0 "records deleted by a push after archiving"
expect_eq "$(bureau_count event "$H")" 5 "events of $H in the bureau after archiving more"
compare_reports "an archived ledger, archived again" "$(ledger h)" --station "$H"
LEDGER_ARGS=()
ok "archiving is local: archived records stay in the bureau"

# Migrating an up-to-date bureau changes nothing.
before=$(bureau_snapshot)
expect_ok pingan bureau init
expect_eq "$(bureau_snapshot)" "$before" "record tables after bureau init on an up-to-date bureau"
ok "bureau init on a bureau with data: exit 0, records untouched"
