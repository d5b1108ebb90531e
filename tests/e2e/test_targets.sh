# SPEC §11 "Targets and rankings" (考核指标与排名通报) on a station's SQLite
# ledger: station populations, targets set for every active station and one
# set again (replaced, same id, audited), the report's targets section
# (actual, completion, expected, status) on a day inside the month and on
# past periods, a met target, a per-10,000-residents target, the ranking
# (--rank) with and without targets and populations, ties sharing a rank and
# the bottom three with every tie at the cut, a quarter report, rejected
# input, target list/delete, export → import of targets, and a retired
# station (skipped by `target set`, refused for new records, kept for history).
# Every figure below is computed by hand in the comments.
source "$(dirname "$0")/lib.sh"

command -v jq >/dev/null 2>&1 || fail "jq is needed"

# Today is Saturday 2026-11-28 (2026-W48 is 11-23 … 11-29). Days: November
# 30; 2026-Q4 (10-01 … 12-31) 31 + 30 + 31 = 92; the year 365, of which
# 01-01 … 10-31 are 31+28+31+30+31+30+31+31+30+31 = 304 days.
source "$(dirname "$0")/targets_lib.sh"
TARGET_KEYS='[["station","metric","period","target","actual","completion","expected","status"]]'
RANKING_KEYS='[["rank","station","metric","actual","target","completion","per_10k","bottom"]]'
check_keys() {  # REPORT_JSON: the rows' keys, in order
  [ "$(jq -c '.targets | map(keys_unsorted) | unique' <<<"$1")" == "$TARGET_KEYS" ] || [ "$(jq '.targets | length' <<<"$1")" == 0 ] ||
    fail "targets row keys: $(jq -c '.targets | map(keys_unsorted) | unique' <<<"$1")"
  if jq -e 'has("ranking")' <<<"$1" >/dev/null; then
    expect_eq "$(jq -c '.ranking | map(keys_unsorted) | unique' <<<"$1")" "$RANKING_KEYS" "ranking row keys"
  fi
}
add_json() {  # CMD...: runs a target set … --format json; $OUT is its array
  expect_ok "$@" --format json
  jq -e 'type == "array"' <<<"$OUT" >/dev/null || fail "not a JSON array from: $*: $OUT"
}
target_list() {  # ARGS...: target list ARGS as [station, metric, period, value] arrays
  expect_ok pingan target list "$@" --format json
  jq -c "map([.station, .metric, .period, .value]) | $N" <<<"$OUT"
}

A=吉日嘎朗图派出所 B=树林召派出所 C=伊和乌素派出所 D=锡尼镇派出所 E=独贵塔拉派出所 F=阿门其日格派出所
# By code point: 伊 U+4F0A < 吉 U+5409 < 树 U+6811 < 独 U+72EC < 锡 U+9521 < 阿 U+963F.

# ---- stations and their populations ---------------------------------------------
setup_ledger   # A (id 1, the default) and B (id 2, slz)
expect_ok pingan station edit "$A" --code jrgl --population 20000
expect_ok pingan station edit slz --population 40000
expect_ok pingan station add "$C" --code yhws --population 10000   # id 3
expect_ok pingan station add "$D" --code xnz                        # id 4, population unknown
expect_ok pingan station add "$E" --code dgtl --population 80000   # id 5
expect_ok pingan station add "$F" --code amqrg --population 30000  # id 6, retired below
expect_ok pingan station list --format json
expect_eq "$(jq -c 'map([.id, .name, .code, .population, .retired])' <<<"$OUT")" \
  "[[1,\"$A\",\"jrgl\",20000,null],[2,\"$B\",\"slz\",40000,null],[3,\"$C\",\"yhws\",10000,null],[4,\"$D\",\"xnz\",null,null],[5,\"$E\",\"dgtl\",80000,null],[6,\"$F\",\"amqrg\",30000,null]]" \
  "stations with populations"
jq -e 'all(has("bureau") and has("population") and has("retired"))' <<<"$OUT" >/dev/null ||
  fail "station keys: $(jq -c 'map(keys_unsorted) | unique' <<<"$OUT")"
expect_rejected --population pingan station add 新街派出所 --population 0
expect_rejected --population pingan station add 新街派出所 --population -100
expect_rejected --population pingan station add 新街派出所 --population 12000.5
expect_rejected --population pingan station edit slz --population abc
expect_rejected --population pingan station edit slz --population ""
ok "stations: --population on add and edit, shown in station list; zero, negative, fractional refused"

# ---- the ledger ----------------------------------------------------------------
# (station: date audience installs)
ev() { expect_ok pingan event add --venue community --place 社区 "$@"; }
ev --station "$A" --date 2026-10-20 --audience 100 --installs 5
ev --station "$A" --date 2026-11-10 --audience 200 --installs 5
ev --station "$A" --date 2026-11-24 --audience 300 --installs 10
ev --station slz --date 2026-09-15 --audience 80                   # 2026-Q3
ev --station slz --date 2026-10-15 --audience 100 --installs 10
ev --station slz --date 2026-11-05 --audience 400 --installs 20
ev --station slz --date 2026-11-25 --audience 600 --installs 10
ev --station yhws --date 2026-11-12 --audience 100 --installs 8
ev --station yhws --date 2026-11-26 --audience 120
expect_ok pingan install add --count 4 --date 2026-11-27 --station yhws
ev --station xnz --date 2026-11-03 --audience 50 --installs 10
ev --station xnz --date 2026-11-23 --audience 600 --installs 10
ev --station dgtl --date 2025-10-02 --audience 10                  # 2025-Q4
ev --station dgtl --date 2026-11-27 --audience 500 --installs 10
ev --station amqrg --date 2026-11-02 --audience 900 --installs 50  # before F retires
# A's case: 700.50 claimed, 650.25 recovered on 11-20.
expect_ok pingan case open --name 格桑花 --category minor_game_topup --amount 700.50 --date 2026-11-05 --station "$A"
expect_ok pingan case update 1 --status submitted --date 2026-11-10
expect_ok pingan case update 1 --status refunded --recovered 650.25 --date 2026-11-20
# Figures used below:
#   November installs (11-01 … 11-29): A 5 + 10 = 15, B 20 + 10 = 30, C 8 + 4 = 12,
#     D 10 + 10 = 20, E 10 (F 50: retired, never ranked).
#   2026-W48 audience: A 300, B 600, C 120, D 600, E 500.
#   November audience of D: 50 + 600 = 650.
#   A: events in 2026-Q4 up to 11-29: 10-20, 11-10, 11-24 = 3; installs in 2026: 5 + 5 + 10 = 20;
#     amount recovered in November: 650.25.
ok "a ledger of six stations"

# Before any target: the section is there, empty; no ranking without --rank.
expect_ok pingan report --week 2026-W48 --format json
expect_eq "$(jq -c '[.targets, has("ranking")]' <<<"$OUT")" '[[],false]' "report without targets"

# ---- a retired station ------------------------------------------------------------
expect_ok pingan station retire amqrg
expect_ok pingan station list --format json
expect_eq "$(jq -c --arg f "$F" 'map(select(.retired != null) | [.name, .retired])' <<<"$OUT")" "[[\"$F\",\"2026-11-28\"]]" \
  "retired stations"
expect_rejected --station pingan event add --station amqrg --venue school --place 学校 --audience 10 --date 2026-11-28
expect_rejected --station pingan install add --station "$F" --count 3 --date 2026-11-27
expect_rejected --station pingan case open --station amqrg --name 王五 --category other --amount 50 --date 2026-11-27
expect_ok pingan report --month 2026-11 --format json
expect_eq "$(jq -c --arg f "$F" '.by_station[] | select(.key == $f) | [.events, .audience, .installs]' <<<"$OUT")" \
  '[1,900,50]' "the retired station's history in the report"
ok "a retired station: new events, installs and cases refused (--station), its history kept"

# ---- target set: every active station, then one set again ----------------------------
# Without --station: A, B, C, D and E get it; F (retired) does not.
add_json pingan target set installs 20 --month 2026-11
expect_eq "$(jq -c 'map(keys_unsorted) | unique' <<<"$OUT")" '[["id","uid","station","metric","period","value"]]' "target keys"
expect_eq "$(jq -c 'map([.station, .metric, .period, .value]) | sort_by(.[0])' <<<"$OUT")" \
  "[[\"$C\",\"installs\",\"2026-11\",20],[\"$A\",\"installs\",\"2026-11\",20],[\"$B\",\"installs\",\"2026-11\",20],[\"$E\",\"installs\",\"2026-11\",20],[\"$D\",\"installs\",\"2026-11\",20]]" \
  "target set without --station: every active station"
b_id=$(jq --arg b "$B" '.[] | select(.station == $b) | .id' <<<"$OUT")
b_uid=$(jq -r --arg b "$B" '.[] | select(.station == $b) | .uid' <<<"$OUT")
jq -e 'all(.uid | test("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"))' <<<"$OUT" >/dev/null ||
  fail "target uids: $(jq -c 'map(.uid)' <<<"$OUT")"
# B's set again (--month this is 2026-11): replaced, same id, one edit in the audit.
add_json pingan target set installs 40 --month this --station slz
expect_eq "$(jq -c 'map([.id, .uid, .station, .period, .value])' <<<"$OUT")" "[[$b_id,\"$b_uid\",\"$B\",\"2026-11\",40]]" \
  "B's target set again"
expect_eq "$(sql "SELECT count(*) FROM audit WHERE kind = 'target' AND action = 'edit' AND record_uid = '$b_uid'")" 1 \
  "the replacement audited"
expect_eq "$(sql "SELECT count(*) FROM audit WHERE kind = 'target' AND action = 'add'")" 5 "targets added"
# The same value again changes nothing (SPEC §6): exit 0, no audit row.
expect_ok pingan target set installs 40 --month 2026-11 --station "$B"
expect_eq "$(sql "SELECT count(*) FROM audit WHERE kind = 'target' AND action = 'edit'")" 1 "an unchanged target set"
expect_eq "$(target_list --month 2026-11 --station slz)" "[[\"$B\",\"installs\",\"2026-11\",40]]" "B's targets"
ok "target set: every active station without --station; set again: replaced, same id, audited"

# Other periods (this quarter in Chinese, this year, last month) and kinds of value.
add_json pingan target set events 4 --quarter 本季度 --station jrgl
expect_eq "$(jq -c 'map([.station, .metric, .period, .value])' <<<"$OUT")" "[[\"$A\",\"events\",\"2026-Q4\",4]]" "quarter target"
add_json pingan target set installs 40 --year this --station jrgl
expect_eq "$(jq -c 'map([.period, .value])' <<<"$OUT")" '[["2026",40]]' "year target"
add_json pingan target set amount_recovered 1300.50 --month 2026-11 --station jrgl
expect_eq "$(jq -c 'map([.metric, .period, .value])' <<<"$OUT")" '[["amount_recovered","2026-11",1300.5]]' "money target"
add_json pingan target set installs_per_10k 6 --month 2026-11 --station slz
expect_eq "$(jq -c 'map([.metric, .value])' <<<"$OUT")" '[["installs_per_10k",6]]' "per-10k target"
add_json pingan target set installs_per_10k 12.5 --month 2026-11 --station yhws
expect_eq "$(jq -c 'map([.metric, .value])' <<<"$OUT")" '[["installs_per_10k",12.5]]' "per-10k target with a decimal"
add_json pingan target set events 2 --month last --station dgtl
expect_eq "$(jq -c 'map([.station, .period])' <<<"$OUT")" "[[\"$E\",\"2026-10\"]]" "last month's target"
ok "target set: --quarter 本季度, --year this, --month last; money and per-10k values"

# ---- rejected input: exit 2, one line naming the field, nothing written ----------------
expect_rejected METRIC pingan target set registrations 10 --month 2026-11
expect_rejected VALUE pingan target set installs -5 --month 2026-11
expect_rejected VALUE pingan target set installs 0 --month 2026-11
expect_rejected VALUE pingan target set installs 12o --month 2026-11
expect_rejected VALUE pingan target set installs 2.5 --month 2026-11         # counts are whole
expect_rejected VALUE pingan target set amount_recovered 100.555 --month 2026-11 --station jrgl
expect_rejected VALUE pingan target set installs_per_10k 7.55 --month 2026-11 --station jrgl
expect_rejected --month pingan target set installs 10                        # no period
expect_rejected --month pingan target set installs 10 --month 2026-13
expect_rejected --quarter pingan target set installs 10 --quarter 2026-Q5
expect_rejected --station pingan target set installs 10 --month 2026-11 --station 不存在派出所
# A per-10k target needs the station's population (D has none).
expect_rejected population pingan target set installs_per_10k 5 --month 2026-11 --station xnz
expect_exit 2 pingan report --week 2026-W48 --rank registrations
expect_error_line --rank
ok "rejected: unknown metric, negative/zero/malformed value, no period, bad period, unknown station, no population"

# ---- target list ---------------------------------------------------------------------
# Ordered by the period's first day (2026 < 2026-Q4 = 2026-10 < 2026-11), then
# station id, then metric (events, audience, materials, installs,
# cases_finished, amount_recovered, installs_per_10k).
expect_eq "$(target_list)" "$(want "[[\"$A\",\"installs\",\"2026\",40],
  [\"$A\",\"events\",\"2026-Q4\",4], [\"$E\",\"events\",\"2026-10\",2],
  [\"$A\",\"installs\",\"2026-11\",20], [\"$A\",\"amount_recovered\",\"2026-11\",1300.5],
  [\"$B\",\"installs\",\"2026-11\",40], [\"$B\",\"installs_per_10k\",\"2026-11\",6],
  [\"$C\",\"installs\",\"2026-11\",20], [\"$C\",\"installs_per_10k\",\"2026-11\",12.5],
  [\"$D\",\"installs\",\"2026-11\",20], [\"$E\",\"installs\",\"2026-11\",20]]")" "target list"
# Periods that overlap October: the year, the quarter, 2026-10.
expect_eq "$(target_list --month 2026-10)" \
  "[[\"$A\",\"installs\",\"2026\",40],[\"$A\",\"events\",\"2026-Q4\",4],[\"$E\",\"events\",\"2026-10\",2]]" "target list --month 2026-10"
expect_eq "$(target_list --quarter 上季度)" "[[\"$A\",\"installs\",\"2026\",40]]" "target list --quarter 上季度 (2026-Q3)"
expect_eq "$(target_list --from 2026-12-01 --to 2026-12-31)" \
  "[[\"$A\",\"installs\",\"2026\",40],[\"$A\",\"events\",\"2026-Q4\",4]]" "target list --from 12-01 --to 12-31"
expect_eq "$(target_list --week 2026-W48 --station slz)" \
  "[[\"$B\",\"installs\",\"2026-11\",40],[\"$B\",\"installs_per_10k\",\"2026-11\",6]]" "target list --week --station"
expect_eq "$(target_list --year 2025)" '[]' "target list --year 2025"
expect_ok pingan target list --format csv
expect_eq "$(head -n 1 <<<"$OUT")" "id,uid,station,metric,period,value" "target list CSV header"
expect_eq "$(wc -l <<<"$OUT")" 12 "target list CSV: header and 11 rows"
expect_ok pingan target list --station dgtl
expect_stdout_contains "$E"
ok "target list: order, period overlap (--month, --quarter, --from/--to, --week), --station, csv and table"

# ---- the report's targets on a past month: expected = all the days ---------------------
# report --month 2026-10 ends 10-31 (before today): targets whose period holds 10-31.
#   A events 2026-Q4: 1 event (10-20) of 4 = 0.25; expected 31/92 ≈ 0.337 → behind
#   A installs 2026: 5 of 40 = 0.125; expected 304/365 → behind
#   E events 2026-10: 0 of 2 = 0; expected 31/31 = 1 → behind
# In station-name order (吉 A before 独 E), then metric order.
expect_ok pingan report --month 2026-10 --format json
check_keys "$OUT"
expect_eq "$(targets_of "$OUT")" "$(want "[[\"$A\",\"events\",\"2026-Q4\",4,1,0.25,(31/92),\"behind\"],
  [\"$A\",\"installs\",\"2026\",40,5,0.125,(304/365),\"behind\"],
  [\"$E\",\"events\",\"2026-10\",2,0,0,1,\"behind\"]]")" "targets of report --month 2026-10"
ok "targets on a past month: actual from each target period's first day, expected over all the days"

# ---- this week: completion and expected on a day inside the month ------------------------
# report --week 2026-W48 ends 11-29; today is 11-28, so a November target
# expects 28/30 of the way; 2026-Q4 (10-01 … 11-28) 31 + 28 = 59/92 ≈ 0.641;
# the year 304 + 28 = 332/365.
#   C installs 2026-11: 12/20 = 0.6 → behind
#   C installs_per_10k 2026-11: 12 × 10000 / 10000 = 12.0; 12/12.5 = 0.96 ≥ 0.933 → ahead
#   A events 2026-Q4: 3/4 = 0.75 ≥ 0.641 → ahead
#   A installs 2026-11: 15/20 = 0.75 → behind;  A installs 2026: 20/40 = 0.5 → behind
#   A amount_recovered 2026-11: 650.25/1300.50 = 0.5 → behind
#   B installs 2026-11: 30/40 = 0.75 → behind
#   B installs_per_10k 2026-11: 30 × 10000 / 40000 = 7.5; 7.5/6 = 1.25 → met
#   E installs 2026-11: 10/20 = 0.5 → behind (E's 2026-10 target does not hold 11-29)
#   D installs 2026-11: 20/20 = 1 → met
# Stations by code point: 伊 C, 吉 A, 树 B, 独 E, 锡 D; A's installs: month before year.
W48_TARGETS=$(want "[[\"$C\",\"installs\",\"2026-11\",20,12,0.6,(28/30),\"behind\"],
  [\"$C\",\"installs_per_10k\",\"2026-11\",12.5,12,0.96,(28/30),\"ahead\"],
  [\"$A\",\"events\",\"2026-Q4\",4,3,0.75,(59/92),\"ahead\"],
  [\"$A\",\"installs\",\"2026-11\",20,15,0.75,(28/30),\"behind\"],
  [\"$A\",\"installs\",\"2026\",40,20,0.5,(332/365),\"behind\"],
  [\"$A\",\"amount_recovered\",\"2026-11\",1300.5,650.25,0.5,(28/30),\"behind\"],
  [\"$B\",\"installs\",\"2026-11\",40,30,0.75,(28/30),\"behind\"],
  [\"$B\",\"installs_per_10k\",\"2026-11\",6,7.5,1.25,(28/30),\"met\"],
  [\"$E\",\"installs\",\"2026-11\",20,10,0.5,(28/30),\"behind\"],
  [\"$D\",\"installs\",\"2026-11\",20,20,1,(28/30),\"met\"]]")
expect_ok pingan report --week 2026-W48 --format json
check_keys "$OUT"
expect_eq "$(targets_of "$OUT")" "$W48_TARGETS" "targets of report --week 2026-W48"
expect_eq "$(jq 'has("ranking")' <<<"$OUT")" false "a ranking without --rank"
expect_ok pingan report --week 2026-W48 --station slz --format json
expect_eq "$(targets_of "$OUT")" "$(want "[[\"$B\",\"installs\",\"2026-11\",40,30,0.75,(28/30),\"behind\"],
  [\"$B\",\"installs_per_10k\",\"2026-11\",6,7.5,1.25,(28/30),\"met\"]]")" "targets of report --station slz"
ok "targets on 2026-W48: completion, expected 28/30 (today before the report's last day), met, ahead, behind, per 10k"

# ---- a day inside the month: --from 11-01 --to 11-15 -----------------------------------
# Ends 11-15: a November target expects 15/30 = 0.5. Installs 11-01 … 11-15:
# A 5, B 20, C 8, D 10, E 0.
#   B installs: 20/40 = 0.5 ≥ 0.5 → ahead (equal is ahead)
#   B installs_per_10k: 20 × 10000 / 40000 = 5.0; 5/6 ≈ 0.833 → ahead
# Ranking by installs (every station has a November target; --station does not
# narrow the ranking): B 0.5 and D 0.5 share rank 1, C 8/20 = 0.4 is 3rd,
# A 5/20 = 0.25 4th, E 0/20 = 0 5th; the last three (C, A, E) are the bottom.
# per_10k: B 5.0, D null (no population), C 8 × 10000 / 10000 = 8.0,
# A 5 × 10000 / 20000 = 2.5, E 0.
expect_ok pingan report --from 2026-11-01 --to 2026-11-15 --station slz --rank installs --format json
check_keys "$OUT"
expect_eq "$(targets_of "$OUT")" "$(want "[[\"$B\",\"installs\",\"2026-11\",40,20,0.5,0.5,\"ahead\"],
  [\"$B\",\"installs_per_10k\",\"2026-11\",6,5,(5/6),0.5,\"ahead\"]]")" "targets of --from 11-01 --to 11-15"
expect_eq "$(ranking_of "$OUT")" "$(want "[[1,\"$B\",\"installs\",20,40,0.5,5,false],
  [1,\"$D\",\"installs\",10,20,0.5,null,false],
  [3,\"$C\",\"installs\",8,20,0.4,8,true],
  [4,\"$A\",\"installs\",5,20,0.25,2.5,true],
  [5,\"$E\",\"installs\",0,20,0,0,true]]")" "ranking of --from 11-01 --to 11-15"
ok "a day inside the month (11-15): expected 0.5, equal is ahead; the ranking is not narrowed by --station"

# ---- the ranking: every station with a target ------------------------------------------------
# --rank installs on 2026-W48: by completion of the November target (A's
# month target, 20, not its year target, 40: the shortest period).
#   D 1.0 → 1; A 0.75 and B 0.75 → 2, 2; C 0.6 → 4; E 0.5 → 5.
# Bottom: the last three rows (a 0.75 row, C, E) and every row tied with the
# third-from-last (0.75): A, B, C and E; not D. F (retired) is not ranked.
# per_10k: A 15 × 10000 / 20000 = 7.5, B 30 × 10000 / 40000 = 7.5,
# C 12 × 10000 / 10000 = 12.0, D null, E 10 × 10000 / 80000 = 1.25 → 1.3 (half up).
W48_RANK_INSTALLS=$(want "[[1,\"$D\",\"installs\",20,20,1,null,false],
  [2,\"$A\",\"installs\",15,20,0.75,7.5,true],
  [2,\"$B\",\"installs\",30,40,0.75,7.5,true],
  [4,\"$C\",\"installs\",12,20,0.6,12,true],
  [5,\"$E\",\"installs\",10,20,0.5,1.3,true]]")
expect_ok pingan report --week 2026-W48 --rank installs --format json
check_keys "$OUT"
expect_eq "$(ranking_of "$OUT")" "$W48_RANK_INSTALLS" "ranking by installs"
expect_eq "$(targets_of "$OUT")" "$W48_TARGETS" "targets beside the ranking"
ok "ranking by completion: ties share a rank (1, 2, 2, 4, 5), the bottom three with the tie at the cut, per 10k half up"

# ---- the ranking without targets, and without every population ------------------------------
# --rank audience on 2026-W48, no audience target anywhere; D has no
# population, so the stations are ranked by the audience itself over the week:
#   B 600, D 600 → 1, 1; E 500 → 3; A 300 → 4; C 120 → 5. Bottom: E, A, C.
# per_10k: B 600 × 10000 / 40000 = 150.0, D null, E 500 × 10000 / 80000 = 62.5,
# A 300 × 10000 / 20000 = 150.0, C 120 × 10000 / 10000 = 120.0.
expect_ok pingan report --week 2026-W48 --rank audience --format json
check_keys "$OUT"
expect_eq "$(ranking_of "$OUT")" "$(want "[[1,\"$B\",\"audience\",600,null,null,150,false],
  [1,\"$D\",\"audience\",600,null,null,null,false],
  [3,\"$E\",\"audience\",500,null,null,62.5,true],
  [4,\"$A\",\"audience\",300,null,null,150,true],
  [5,\"$C\",\"audience\",120,null,null,120,true]]")" "ranking by audience, a population unknown"
ok "ranking without targets, a population unknown: by the metric itself over the report's period"

# D gets an audience target: D (650/1000 = 0.65 over November up to 11-29)
# ranks first, alone among those with a target; the others all have a
# population, so they are ranked by audience per 10,000 residents over the
# week: A 150.0 and B 150.0 → 2, 2; C 120.0 → 4; E 62.5 → 5 (by the audience
# itself E, 500, would come before A, 300). Bottom: A, B (tied with the
# third-from-last), C, E.
add_json pingan target set audience 1000 --month 2026-11 --station "$D"
expect_ok pingan report --week 2026-W48 --rank audience --format json
check_keys "$OUT"
expect_eq "$(ranking_of "$OUT")" "$(want "[[1,\"$D\",\"audience\",650,1000,0.65,null,false],
  [2,\"$A\",\"audience\",300,null,null,150,true],
  [2,\"$B\",\"audience\",600,null,null,150,true],
  [4,\"$C\",\"audience\",120,null,null,120,true],
  [5,\"$E\",\"audience\",500,null,null,62.5,true]]")" "ranking by audience, with D's target"
# D's rows in the targets section: audience (0.65 < 28/30 → behind) before installs.
expect_eq "$(jq -c --arg d "$D" "[.targets[] | select(.station == \$d) | [.metric, .target, .actual, .completion, .status]] | $N" <<<"$OUT")" \
  '[["audience",1000,650,0.65,"behind"],["installs",20,20,1,"met"]]' "D's targets"
ok "ranking: stations with a target first, the others by per 10k when every one of them has a population"

# --rank amount_recovered: A has a target (650.25/1300.50 = 0.5; per_10k
# 650.25 × 10000 / 20000 = 325.125 yuan per 10,000 residents, money to the
# fen like all money, half up: 325.13); the
# others have none and recovered nothing in the week, D's population is
# unknown: all four tie at 0, rank 2, and are all the bottom.
expect_ok pingan report --week 2026-W48 --rank amount_recovered --format json
expect_eq "$(ranking_of "$OUT")" "$(want "[[1,\"$A\",\"amount_recovered\",650.25,1300.5,0.5,325.13,false],
  [2,\"$C\",\"amount_recovered\",0,null,null,0,true],
  [2,\"$B\",\"amount_recovered\",0,null,null,0,true],
  [2,\"$E\",\"amount_recovered\",0,null,null,0,true],
  [2,\"$D\",\"amount_recovered\",0,null,null,null,true]]")" "ranking by amount recovered"
ok "ranking by money: yuan per 10,000 residents; four tied at the bottom"

# ---- CSV, markdown, table, HTML ------------------------------------------------------------
expect_ok pingan report --week 2026-W48 --rank installs --format csv
expect_eq "$(head -n 1 <<<"$OUT")" "section,key,label,metric,value" "CSV header"
python3 - "$OUT" "$A" "$B" "$C" "$D" "$E" "$F" <<'PY' || fail "report --rank installs --format csv"
import csv, io, sys
text, A, B, C, D, E, F = sys.argv[1:]
rows = [r for r in list(csv.reader(io.StringIO(text)))[1:] if r]
t = [r for r in rows if r[0] == "targets"]
k = [r for r in rows if r[0] == "ranking"]
assert len(t) == 11 * 4, len(t)   # eleven targets (D's audience one too), four figures each
got = {(r[1], r[2], r[3]): r[4] for r in t}
want = {
    (f"{C}:installs", "2026-11", "target"): "20", (f"{C}:installs", "2026-11", "actual"): "12",
    (f"{C}:installs", "2026-11", "completion"): "0.6000", (f"{C}:installs", "2026-11", "expected"): "0.9333",
    (f"{A}:events", "2026-Q4", "completion"): "0.7500", (f"{A}:events", "2026-Q4", "expected"): "0.6413",  # 59/92
    (f"{A}:installs", "2026", "target"): "40", (f"{A}:installs", "2026", "actual"): "20",
    (f"{A}:installs", "2026", "expected"): "0.9096",                                                        # 332/365
    (f"{B}:installs_per_10k", "2026-11", "completion"): "1.2500",
    (f"{D}:installs", "2026-11", "completion"): "1.0000",
}
for key, value in want.items():
    assert got.get(key) == value, (key, got.get(key), value)
assert len(k) == 5 * 4, len(k)    # five active stations, four figures each
got = {(r[1], r[3]): r[4] for r in k}
assert {r[1] for r in k} == {A, B, C, D, E}, {r[1] for r in k}
want = {
    (D, "rank"): "1", (D, "actual"): "20", (D, "completion"): "1.0000", (D, "per_10k"): "",
    (A, "rank"): "2", (A, "per_10k"): "7.5", (B, "rank"): "2", (C, "rank"): "4",
    (E, "rank"): "5", (E, "actual"): "10", (E, "completion"): "0.5000", (E, "per_10k"): "1.3",
}
for key, value in want.items():
    assert got.get(key) == value, (key, got.get(key), value)
PY
expect_ok pingan report --week 2026-W48 --rank audience --format csv
python3 - "$OUT" "$A" <<'PY' || fail "report --rank audience --format csv: a null completion is empty"
import csv, io, sys
rows = [r for r in csv.reader(io.StringIO(sys.argv[1])) if r and r[0] == "ranking" and r[1] == sys.argv[2]]
got = {r[3]: r[4] for r in rows}
assert got.get("completion") == "" and got.get("rank") == "2" and got.get("actual") == "300", got
PY
ok "CSV: targets rows (key STATION:METRIC, label the period) and ranking rows (a null is empty)"

# The ranking adds lines naming every active station, never the retired one.
for format in markdown table; do
  expect_ok pingan report --week 2026-W48 --format "$format"
  plain=$OUT
  expect_contains "$plain" "2026-Q4" "$format report: A's quarter target"
  expect_ok pingan report --week 2026-W48 --rank installs --format "$format"
  added=$(diff <(printf '%s\n' "$plain") <(printf '%s\n' "$OUT") | sed -n 's/^> //p')
  for s in "$A" "$B" "$C" "$D" "$E"; do expect_contains "$added" "$s" "$format: the ranking's lines"; done
  expect_not_contains "$added" "$F" "$format: the ranking's lines"
done
expect_ok pingan report --week 2026-W48 --rank installs --format html --output "$TEST_DIR/report.html"
html=$(cat "$TEST_DIR/report.html")
for s in "$A" "$B" "$C" "$D" "$E" "2026-Q4"; do expect_contains "$html" "$s" "HTML report"; done
expect_not_contains "$html" "<script" "HTML report"
ok "markdown, table and HTML show the targets and the ranking"

# ---- a quarter report ---------------------------------------------------------------------------
# 2026-Q4 = 10-01 … 12-31, previous 2026-Q3. Events in Q4: A 3, B 3, C 2, D 2,
# E 1, F 1 = 12; audience 600 + 1100 + 220 + 650 + 500 + 900 = 3970; installs
# A 20 + B 40 + C 12 + D 20 + E 10 + F 50 = 152. Q3: B's 09-15 event, 80 people.
# Targets holding 12-31 (expected up to today 11-28): A events 2026-Q4 3/4,
# 59/92 → ahead; A installs 2026 20/40, 332/365 → behind.
expect_ok pingan report --quarter 2026-Q4 --format json
check_keys "$OUT"
expect_eq "$(jq -c '[.period, .totals.events, .totals.audience, .totals.installs, .previous.events, .previous.audience]' <<<"$OUT")" \
  '[{"from":"2026-10-01","to":"2026-12-31","label":"2026-Q4"},12,3970,152,1,80]' "report --quarter 2026-Q4"
expect_eq "$(targets_of "$OUT")" "$(want "[[\"$A\",\"events\",\"2026-Q4\",4,3,0.75,(59/92),\"ahead\"],
  [\"$A\",\"installs\",\"2026\",40,20,0.5,(332/365),\"behind\"]]")" "targets of the quarter report"
expect_ok pingan report --quarter this --format csv
expect_contains "$OUT" $'\nprevious,2026-Q3,' "the quarter's previous period"
expect_ok pingan report --quarter 上季度 --format json
expect_eq "$(jq -c '[.period.label, .period.from, .period.to, .totals.events]' <<<"$OUT")" '["2026-Q3","2026-07-01","2026-09-30",1]' \
  "report --quarter 上季度"
# 2026-Q1's previous period is 2025-Q4 (10-01 … 12-31), which holds E's 2025-10-02 event.
expect_ok pingan report --quarter 2026-Q1 --format json
expect_eq "$(jq -c '[.period.from, .period.to, .totals.events, .previous.events, .previous.audience]' <<<"$OUT")" \
  '["2026-01-01","2026-03-31",0,1,10]' "report --quarter 2026-Q1 and its previous quarter"
expect_ok pingan event list --quarter last --format json
expect_eq "$(jq -c 'map([.date, .station])' <<<"$OUT")" "[[\"2026-09-15\",\"$B\"]]" "event list --quarter last"
expect_exit 2 pingan report --quarter 2026-Q5
expect_error_line --quarter
ok "a quarter report: 2026-Q4 label and dates, previous 2026-Q3, its targets; --quarter on lists"

# ---- target delete -------------------------------------------------------------------------------
e_id=$(pingan target list --station dgtl --month 2026-10 --format json | jq '.[0].id')
[[ "$e_id" =~ ^[0-9]+$ ]] || fail "no id for E's October target: $e_id"
expect_rejected --yes pingan target delete "$e_id"
expect_ok pingan target delete "$e_id" --yes
expect_eq "$(target_list --station dgtl)" "[[\"$E\",\"installs\",\"2026-11\",20]]" "E's targets after the delete"
expect_eq "$(sql "SELECT count(*) FROM audit WHERE kind = 'target' AND action = 'delete'")" 1 "the delete audited"
expect_exit 3 pingan target delete "$e_id" --yes
expect_exit 2 pingan target delete 0 --yes
ok "target delete: --yes without a terminal, audited, exit 3 once gone"

# ---- export → import ---------------------------------------------------------------------------
# Eleven targets now: installs 2026-11 × 5, A's events 2026-Q4, installs 2026 and
# amount_recovered, B's and C's installs_per_10k, D's audience.
expect_ok pingan target list --format json
TARGETS=$(jq -c 'map(del(.id))' <<<"$OUT")
expect_eq "$(jq length <<<"$TARGETS")" 11 "targets"
expect_ok pingan station list --format json
STATIONS=$(jq -c 'map(del(.id))' <<<"$OUT")
expect_ok pingan export --kind targets --format jsonl --output "$TEST_DIR/targets.jsonl"
expect_eq "$(jq -sc 'map(del(.id, .kind)) | sort_by(.uid)' "$TEST_DIR/targets.jsonl")" "$(jq -c 'sort_by(.uid)' <<<"$TARGETS")" \
  "export --kind targets"
expect_ok pingan export --kind targets --format csv --output "$TEST_DIR/targets.csv"
expect_eq "$(head -n 1 "$TEST_DIR/targets.csv")" "id,uid,station,metric,period,value" "export --kind targets CSV header"
expect_eq "$(wc -l <"$TEST_DIR/targets.csv")" 12 "export --kind targets CSV lines"
expect_ok pingan export --kind all --output "$TEST_DIR/all.jsonl"
expect_eq "$(grep -c '^{"kind":"target"' "$TEST_DIR/all.jsonl")" 11 "target lines in export --kind all"
expect_eq "$(head -n 1 "$TEST_DIR/all.jsonl" | jq -r .kind)" station "export --kind all starts with the stations"
expect_ok pingan report --week 2026-W48 --rank installs --format json
REPORT=$(jq -c "{targets, ranking} | $N" <<<"$OUT")

PINGAN_DB=$TEST_DIR/copy.db expect_ok pingan import "$TEST_DIR/all.jsonl"
PINGAN_DB=$TEST_DIR/copy.db expect_ok pingan target list --format json
expect_eq "$(jq -c 'map(del(.id))' <<<"$OUT")" "$TARGETS" "targets after export → import"
PINGAN_DB=$TEST_DIR/copy.db expect_ok pingan station list --format json
expect_eq "$(jq -c 'map(del(.id))' <<<"$OUT")" "$STATIONS" "stations (populations, the retired one) after export → import"
PINGAN_DB=$TEST_DIR/copy.db expect_ok pingan report --week 2026-W48 --rank installs --format json
expect_eq "$(jq -c "{targets, ranking} | $N" <<<"$OUT")" "$REPORT" "targets and ranking after export → import"
PINGAN_DB=$TEST_DIR/copy.db expect_ok pingan import "$TEST_DIR/all.jsonl"
PINGAN_DB=$TEST_DIR/copy.db expect_ok pingan target list --format json
expect_eq "$(jq length <<<"$OUT")" 11 "targets after importing twice"
# The retired station's history came in; it still refuses new records.
PINGAN_DB=$TEST_DIR/copy.db expect_exit 2 pingan event add --station amqrg --venue school --place 学校 --audience 10
expect_error_line --station

# CSV: the ledger without its targets, then the targets' CSV.
grep -v '^{"kind":"target"' "$TEST_DIR/all.jsonl" >"$TEST_DIR/no-targets.jsonl"
PINGAN_DB=$TEST_DIR/copy2.db expect_ok pingan import "$TEST_DIR/no-targets.jsonl"
PINGAN_DB=$TEST_DIR/copy2.db expect_ok pingan import "$TEST_DIR/targets.csv" --kind targets
PINGAN_DB=$TEST_DIR/copy2.db expect_ok pingan target list --format json
expect_eq "$(jq -c 'map(del(.id))' <<<"$OUT")" "$TARGETS" "targets after CSV export → import"
PINGAN_DB=$TEST_DIR/copy2.db expect_ok pingan import "$TEST_DIR/targets.csv" --kind targets
PINGAN_DB=$TEST_DIR/copy2.db expect_ok pingan target list --format json
expect_eq "$(jq length <<<"$OUT")" 11 "targets after importing the CSV twice"
ok "export → import (jsonl and CSV): the same targets, stations and ranking; a second import adds nothing"

# ---- retirement undone ----------------------------------------------------------------------------
expect_ok pingan station retire amqrg --undo
expect_ok pingan station list --format json
expect_eq "$(jq -c --arg f "$F" '.[] | select(.name == $f) | .retired' <<<"$OUT")" null "retirement undone"
expect_ok pingan event add --station amqrg --venue school --place 学校 --audience 10 --date 2026-11-28
# Active again, F is ranked: 0 of no target, ranked after the five with one.
expect_ok pingan report --week 2026-W48 --rank installs --format json
expect_eq "$(jq -c --arg f "$F" '.ranking[] | select(.station == $f) | [.rank, .actual, .target, .per_10k, .bottom]' <<<"$OUT")" \
  '[6,0,null,0,true]' "F ranked once active again"
ok "station retire --undo: records accepted again, the station ranked again"

# ---- an imported target for a station, metric and period already set here ------------------------
# Another ledger's target (another uid) for one of ours is skipped: ours is kept.
expect_ok pingan export --kind targets --format jsonl
theirs=$(head -n 1 <<<"$OUT" | jq -c '.uid = "0f0e0d0c-0b0a-4909-8807-060504030201" | .value = 999')
ours=$(head -n 1 <<<"$OUT" | jq -c '[.station, .metric, .period, .value]')
printf '%s\n' "$theirs" >"$TEST_DIR/theirs.jsonl"
expect_ok pingan import "$TEST_DIR/theirs.jsonl" --kind targets
expect_stdout_contains "0 targets (1 already there)"
expect_ok pingan target list --format json
expect_eq "$(jq -c --argjson o "$ours" 'map(select([.station, .metric, .period] == $o[0:3]) | [.station, .metric, .period, .value])' <<<"$OUT")" \
  "[$ours]" "our target kept"
ok "import: a target for a station, metric and period already set here is skipped, ours kept"

# ---- a station renamed after some of its records were archived ------------------------------------
export PINGAN_DB=$TEST_DIR/rename/ledger.db
mkdir -p "$TEST_DIR/rename"
expect_ok pingan station add 旧名派出所 --code old
expect_ok pingan event add --station old --venue market --place 早市 --audience 10 --date 2026-01-10
# Archived elsewhere than the default path, so the edit below cannot reach that copy.
elsewhere=$TEST_DIR/rename/elsewhere.db
expect_ok pingan archive --before 2026-06-01 --archive "$elsewhere"
expect_ok pingan station edit old --name 新名派出所
expect_ok pingan event add --station old --venue market --place 早市 --audience 20 --date 2026-02-10
# The next archive run copies the station anew: its copy takes the new name (it used to fail).
expect_ok pingan archive --before 2026-06-01 --archive "$elsewhere"
expect_stdout_contains "archived 1 events"
expect_eq "$(sqlite3 "$elsewhere" 'SELECT group_concat(name) FROM station')" 新名派出所 "the archive's copy renamed"
expect_ok pingan report --from 2026-01-01 --to 2026-05-31 --include-archive --archive "$elsewhere" --format json
expect_eq "$(jq -c '.by_station | map([.key, .events, .audience])' <<<"$OUT")" '[["新名派出所",2,30]]' \
  "archived records under the new name"
# With the archive at its default place, an edit renames its copy at once.
expect_ok pingan event add --station 新名派出所 --venue market --place 早市 --audience 30 --date 2026-03-10
expect_ok pingan archive --before 2026-06-01
expect_ok pingan station edit 新名派出所 --name 第三个名字派出所 --population 5000
default_archive=$TEST_DIR/rename/pingan-archive.db
expect_eq "$(sqlite3 "$default_archive" 'SELECT name || " " || population FROM station')" "第三个名字派出所 5000" \
  "the default archive's copy follows an edit"
ok "a station renamed: its archived records follow the new name"
