# SPEC §11 "Targets and rankings" in a bureau (§10), against a real
# PostgreSQL server that tests/e2e/pg.sh starts for this test alone.
#
# Three station ledgers (one of them holding two stations) with populations
# and targets push into one bureau; a target is replaced and one deleted in a
# ledger and pushed again; targets are set directly with --bureau-db. The
# bureau's report (targets and --rank) must give the figures computed by hand
# below, and the same as one SQLite ledger into which the three ledgers'
# exports were imported. A population edited in a ledger reaches the bureau's
# ranking by push. Every figure below is computed by hand in the comments.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/pg.sh"

command -v jq >/dev/null 2>&1 || fail "jq is needed"
start_postgres
BUREAU=$PINGAN_BUREAU_DB

source "$(dirname "$0")/targets_lib.sh"
ledger() { echo "$TEST_DIR/$1/ledger.db"; }
on() {  # NAME ARGS...: pingan on station ledger NAME
  local name=$1
  shift
  "$PINGAN" --db "$(ledger "$name")" "$@"
}
bureau_report() {  # ARGS...: report --bureau-db ARGS --format json into $OUT
  expect_ok pingan report --bureau-db "$BUREAU" "$@" --format json
}

A=吉日嘎朗图派出所 B=树林召派出所 C=伊和乌素派出所 D=锡尼镇派出所
# By code point: 伊 U+4F0A < 吉 U+5409 < 树 U+6811 < 锡 U+9521 (pinyin order,
# the server's default collation, would be 吉 树 锡 伊).
#
# Today is 2026-11-28; a report on 2026-W48 ends 11-29, so a November target
# expects 28/30, 2026-Q4 (92 days) 31 + 28 = 59/92, the year 2026 332/365.

expect_ok pingan bureau init

# ---- three station ledgers ----------------------------------------------------------
# a: A (population 20000)
expect_ok on a station add "$A" --code jrgl --bureau 杭锦旗公安局 --population 20000
ev() { local n=$1; shift; expect_ok on "$n" event add --venue community --place 社区 --officer 寇小青 "$@"; }
ev a --station "$A" --date 2026-10-20 --audience 100 --installs 5
ev a --station "$A" --date 2026-11-10 --audience 200 --installs 10
ev a --station "$A" --date 2026-11-24 --audience 300 --installs 5
expect_ok on a target set installs 20 --month 2026-11          # A's only station: A
expect_ok on a target set events 4 --quarter 2026-Q4
expect_ok on a target set materials 100 --month 2026-11        # deleted below
# b: B (population 40000)
expect_ok on b station add "$B" --code slz --bureau 杭锦旗公安局 --population 40000
ev b --station "$B" --date 2026-11-05 --audience 400 --installs 20
ev b --station "$B" --date 2026-11-25 --audience 600 --installs 10
expect_ok on b target set installs 50 --month 2026-11          # set again to 40 below
expect_ok on b target set installs_per_10k 6 --month 2026-11
# c: C (population unknown, edited below) and D (population 50000)
expect_ok on c station add "$C" --code yhws --bureau 杭锦旗公安局
expect_ok on c station add "$D" --code xnz --bureau 杭锦旗公安局 --population 50000
ev c --station "$C" --date 2026-11-12 --audience 100 --installs 6
ev c --station "$C" --date 2026-11-26 --audience 450
expect_ok on c install add --count 4 --date 2026-11-27 --station yhws
ev c --station "$D" --date 2026-11-23 --audience 500 --installs 5
expect_ok on c target set audience 1000 --month 2026-11 --station xnz
# Figures used below:
#   November installs up to 11-29: A 10 + 5 = 15, B 20 + 10 = 30, C 6 + 4 = 10, D 5.
#   2026-W48 (11-23 … 11-29): audience A 300, B 600, C 450, D 500; installs D 5.
#   1 … 15 November: installs A 10, B 20, C 6, D 0; A's events 10-20 and 11-10.
#   A's events in 2026-Q4: 10-20, 11-10, 11-24 = 3. D's November audience: 500.
ok "three station ledgers with populations and targets"

# ---- push; a target set again and one deleted reach the bureau ------------------------
expect_ok on a push --format json
expect_eq "$(jq -c '.targets' <<<"$OUT")" 3 "targets in a's first push"
expect_ok on b push --format json
expect_eq "$(jq -c '.targets' <<<"$OUT")" 2 "targets in b's first push"
expect_ok on c push --format json
expect_eq "$(jq -c '[.stations, .targets]' <<<"$OUT")" '[2,1]' "stations and targets in c's first push"

expect_ok on b target set installs 40 --month 2026-11 --station slz
expect_ok on b push --format json
expect_eq "$(jq -c '[.targets, .deleted]' <<<"$OUT")" '[1,0]' "push of a target set again"
a_materials=$(on a target list --format json | jq --arg m materials '.[] | select(.metric == $m) | .id')
[[ "$a_materials" =~ ^[0-9]+$ ]] || fail "no materials target in a"
expect_ok on a target delete "$a_materials" --yes
expect_ok on a push --format json
expect_eq "$(jq -c '[.targets, .deleted]' <<<"$OUT")" '[0,1]' "push of a deleted target"
expect_ok on a push --format json
expect_eq "$(jq -c '.targets' <<<"$OUT")" 0 "a push with nothing new"
ok "targets are pushed; a target set again is replaced and a deleted one deleted in the bureau"

# ---- a target set directly in the bureau ------------------------------------------------------
expect_ok pingan target set installs 10 --month 2026-11 --station "$C" --bureau-db "$BUREAU" --format json
expect_eq "$(jq -c 'map([.station, .metric, .period, .value])' <<<"$OUT")" "[[\"$C\",\"installs\",\"2026-11\",10]]" \
  "target set --bureau-db"
expect_eq "$(jq -c 'map(keys_unsorted) | unique' <<<"$OUT")" '[["id","uid","station","metric","period","value"]]' \
  "target keys from the bureau"
bureau_report --week 2026-W48
before=$(jq -c .targets <<<"$OUT")
expect_exit 2 pingan target set registrations 10 --month 2026-11 --bureau-db "$BUREAU"
expect_error_line METRIC
expect_exit 2 pingan target set installs -3 --month 2026-11 --station "$C" --bureau-db "$BUREAU"
expect_error_line VALUE
expect_exit 2 pingan target set installs 10 --station "$C" --bureau-db "$BUREAU"
expect_error_line --month
expect_exit 2 pingan target set installs 10 --month 2026-11 --station 不存在派出所 --bureau-db "$BUREAU"
expect_error_line --station
# C's population is not known in the bureau (yet).
expect_exit 2 pingan target set installs_per_10k 5 --month 2026-11 --station "$C" --bureau-db "$BUREAU"
expect_error_line population
bureau_report --week 2026-W48
expect_eq "$(jq -c .targets <<<"$OUT")" "$before" "the bureau's targets after rejected input"
ok "target set --bureau-db writes into the bureau; bad input is exit 2, naming the field, nothing written"

# ---- the bureau's report: targets and the ranking by installs ----------------------------------
# Targets holding 11-29, by station (伊 C, 吉 A, 树 B, 锡 D), metric, period:
#   C installs 2026-11 (set in the bureau): 10/10 = 1 → met
#   A events 2026-Q4: 3/4 = 0.75 ≥ 59/92 ≈ 0.641 → ahead
#   A installs 2026-11: 15/20 = 0.75 < 28/30 → behind (A's materials target is gone)
#   B installs 2026-11: 30/40 = 0.75 → behind (40, not the first 50)
#   B installs_per_10k 2026-11: 30 × 10000 / 40000 = 7.5; 7.5/6 = 1.25 → met
#   D audience 2026-11: 500/1000 = 0.5 → behind
W48_TARGETS=$(want "[[\"$C\",\"installs\",\"2026-11\",10,10,1,(28/30),\"met\"],
  [\"$A\",\"events\",\"2026-Q4\",4,3,0.75,(59/92),\"ahead\"],
  [\"$A\",\"installs\",\"2026-11\",20,15,0.75,(28/30),\"behind\"],
  [\"$B\",\"installs\",\"2026-11\",40,30,0.75,(28/30),\"behind\"],
  [\"$B\",\"installs_per_10k\",\"2026-11\",6,7.5,1.25,(28/30),\"met\"],
  [\"$D\",\"audience\",\"2026-11\",1000,500,0.5,(28/30),\"behind\"]]")
# --rank installs: C 1.0 → 1; A 0.75 and B 0.75 → 2, 2; D has no installs
# target and comes after, by installs per 10,000 residents over the week
# (the only one without a target, with a population): 5 × 10000 / 50000 = 1.0 → 4.
# Bottom: the last three, A, B and D. per_10k: C null (population unknown),
# A 15 × 10000 / 20000 = 7.5, B 30 × 10000 / 40000 = 7.5.
bureau_report --week 2026-W48 --rank installs
expect_eq "$(jq -c '.targets | map(keys_unsorted) | unique' <<<"$OUT")" \
  '[["station","metric","period","target","actual","completion","expected","status"]]' "targets row keys"
expect_eq "$(jq -c '.ranking | map(keys_unsorted) | unique' <<<"$OUT")" \
  '[["rank","station","metric","actual","target","completion","per_10k","bottom"]]' "ranking row keys"
expect_eq "$(targets_of "$OUT")" "$W48_TARGETS" "the bureau's targets on 2026-W48"
expect_eq "$(ranking_of "$OUT")" "$(want "[[1,\"$C\",\"installs\",10,10,1,null,false],
  [2,\"$A\",\"installs\",15,20,0.75,7.5,true],
  [2,\"$B\",\"installs\",30,40,0.75,7.5,true],
  [4,\"$D\",\"installs\",5,null,null,1,true]]")" "the bureau's ranking by installs"
ok "the bureau's report: targets of every station and the ranking of the whole bureau by installs"

# --station filters the targets, not the ranking.
bureau_report --week 2026-W48 --station "$B" --rank installs
expect_eq "$(targets_of "$OUT")" "$(want "[[\"$B\",\"installs\",\"2026-11\",40,30,0.75,(28/30),\"behind\"],
  [\"$B\",\"installs_per_10k\",\"2026-11\",6,7.5,1.25,(28/30),\"met\"]]")" "the bureau's targets with --station"
expect_eq "$(jq -c '[.ranking[].station] | sort' <<<"$OUT")" "[\"$C\",\"$A\",\"$B\",\"$D\"]" "the bureau's ranking with --station"

# --rank audience: D has a target (500/1000 = 0.5; per_10k 500 × 10000 / 50000
# = 100.0) → 1. A, B and C have none, and C's population is unknown, so they
# are ranked by the audience of the week: B 600 → 2, C 450 → 3, A 300 → 4.
# Bottom: B, C, A. per_10k: B 150.0, C null, A 300 × 10000 / 20000 = 150.0.
bureau_report --week 2026-W48 --rank audience
expect_eq "$(ranking_of "$OUT")" "$(want "[[1,\"$D\",\"audience\",500,1000,0.5,100,false],
  [2,\"$B\",\"audience\",600,null,null,150,true],
  [3,\"$C\",\"audience\",450,null,null,null,true],
  [4,\"$A\",\"audience\",300,null,null,150,true]]")" "the bureau's ranking by audience, a population unknown"
ok "the bureau's ranking: --station does not narrow it; without a target, by the metric when a population is unknown"

# A day inside the month: 11-01 … 11-15 expects 15/30 = 0.5 of a November
# target and (31 + 15)/92 = 0.5 of 2026-Q4.
#   C installs 6/10 = 0.6 → ahead;  A events 2/4 = 0.5 → ahead (equal);  A installs 10/20 = 0.5 → ahead
#   B installs 20/40 = 0.5 → ahead;  B installs_per_10k 20 × 10000 / 40000 = 5.0, 5/6 → ahead
#   D audience 0/1000 → behind
# Ranking by installs: C 0.6 → 1; A 0.5, B 0.5 → 2, 2; D (no target, 0 installs,
# per_10k 0) → 4. per_10k: A 10 × 10000 / 20000 = 5.0, B 5.0.
bureau_report --from 2026-11-01 --to 2026-11-15 --rank installs
expect_eq "$(targets_of "$OUT")" "$(want "[[\"$C\",\"installs\",\"2026-11\",10,6,0.6,0.5,\"ahead\"],
  [\"$A\",\"events\",\"2026-Q4\",4,2,0.5,0.5,\"ahead\"],
  [\"$A\",\"installs\",\"2026-11\",20,10,0.5,0.5,\"ahead\"],
  [\"$B\",\"installs\",\"2026-11\",40,20,0.5,0.5,\"ahead\"],
  [\"$B\",\"installs_per_10k\",\"2026-11\",6,5,(5/6),0.5,\"ahead\"],
  [\"$D\",\"audience\",\"2026-11\",1000,0,0,0.5,\"behind\"]]")" "the bureau's targets on 11-01 … 11-15"
expect_eq "$(ranking_of "$OUT")" "$(want "[[1,\"$C\",\"installs\",6,10,0.6,null,false],
  [2,\"$A\",\"installs\",10,20,0.5,5,true],
  [2,\"$B\",\"installs\",20,40,0.5,5,true],
  [4,\"$D\",\"installs\",0,null,null,0,true]]")" "the bureau's ranking on 11-01 … 11-15"

# The quarter: 2026-Q4 ends 12-31; only A's quarter target holds that day.
# Events 3 + 2 + 2 + 1 = 8, audience 600 + 1000 + 550 + 500 = 2650, installs
# 20 + 30 + 10 + 5 = 65.
bureau_report --quarter 2026-Q4
expect_eq "$(jq -c '[.period, .totals.events, .totals.audience, .totals.installs]' <<<"$OUT")" \
  '[{"from":"2026-10-01","to":"2026-12-31","label":"2026-Q4"},8,2650,65]' "the bureau's quarter report"
expect_eq "$(targets_of "$OUT")" "$(want "[[\"$A\",\"events\",\"2026-Q4\",4,3,0.75,(59/92),\"ahead\"]]")" \
  "the bureau's targets on 2026-Q4"
ok "the bureau's report on a day inside the month and on a quarter"

# ---- the same figures as one SQLite ledger holding the three ------------------------------------
for n in a b c; do
  expect_ok on "$n" export --kind all --format jsonl --output "$TEST_DIR/$n.jsonl"
  expect_ok on merged import "$TEST_DIR/$n.jsonl"
done
expect_ok on merged target set installs 10 --month 2026-11 --station "$C"   # as set in the bureau
for args in "--week 2026-W48 --rank installs" "--week 2026-W48 --rank audience" \
  "--from 2026-11-01 --to 2026-11-15 --rank installs" "--quarter 2026-Q4 --rank events" \
  "--week 2026-W48 --station $B --rank installs"; do
  # shellcheck disable=SC2086  # $args is several words
  expect_ok on merged report $args --format json
  mine=$OUT
  # shellcheck disable=SC2086
  bureau_report $args
  expect_eq "$(targets_of "$OUT")" "$(targets_of "$mine")" "targets of report $args: the bureau against SQLite"
  expect_eq "$(ranking_of "$OUT")" "$(ranking_of "$mine")" "ranking of report $args: the bureau against SQLite"
done
ok "the bureau's targets and ranking equal those of the merged SQLite ledger"

# ---- a population edited in a ledger reaches the bureau by push ------------------------------------
expect_ok on c station edit yhws --population 10000
expect_ok on c push --format json
expect_eq "$(jq -c '.stations' <<<"$OUT")" 1 "push of a station's population"
# --rank audience: every station without a target now has a population, so
# they are ranked per 10,000 residents: C 450 × 10000 / 10000 = 450.0 → 2;
# A 150.0 and B 150.0 → 3, 3 (by the audience itself B, 600, came before C).
bureau_report --week 2026-W48 --rank audience
expect_eq "$(ranking_of "$OUT")" "$(want "[[1,\"$D\",\"audience\",500,1000,0.5,100,false],
  [2,\"$C\",\"audience\",450,null,null,450,true],
  [3,\"$A\",\"audience\",300,null,null,150,true],
  [3,\"$B\",\"audience\",600,null,null,150,true]]")" "the bureau's ranking by audience per 10,000 residents"
# --rank installs: C's per_10k is now 10 × 10000 / 10000 = 10.0.
bureau_report --week 2026-W48 --rank installs
expect_eq "$(jq -c --arg c "$C" "[.ranking[] | select(.station == \$c) | [.rank, .per_10k]] | $N" <<<"$OUT")" '[[1,10]]' \
  "C's installs per 10,000 residents"
# And now a per-10k target can be set for C in the bureau.
expect_ok pingan target set installs_per_10k 12.5 --month 2026-11 --station "$C" --bureau-db "$BUREAU" --format json
# 10.0/12.5 = 0.8 < 28/30 → behind
bureau_report --week 2026-W48 --station "$C"
expect_eq "$(targets_of "$OUT")" "$(want "[[\"$C\",\"installs\",\"2026-11\",10,10,1,(28/30),\"met\"],
  [\"$C\",\"installs_per_10k\",\"2026-11\",12.5,10,0.8,(28/30),\"behind\"]]")" "C's targets in the bureau"
ok "a population edited in a ledger reaches the bureau's ranking by push"

# ---- target set --bureau-db without --station: every station of the bureau ---------------------------
expect_ok pingan target set cases_finished 1 --year 2026 --bureau-db "$BUREAU" --format json
expect_eq "$(jq -c 'map([.station, .metric, .period, .value]) | sort_by(.[0])' <<<"$OUT")" \
  "[[\"$C\",\"cases_finished\",\"2026\",1],[\"$A\",\"cases_finished\",\"2026\",1],[\"$B\",\"cases_finished\",\"2026\",1],[\"$D\",\"cases_finished\",\"2026\",1]]" \
  "target set --bureau-db without --station"
c_id=$(jq --arg c "$C" '.[] | select(.station == $c) | .id' <<<"$OUT")
expect_ok pingan target set cases_finished 2 --year this --station "$C" --bureau-db "$BUREAU" --format json
expect_eq "$(jq -c 'map([.id, .value])' <<<"$OUT")" "[[$c_id,2]]" "a bureau target set again: same id"
# No case anywhere: 0 of each, 332/365 expected → behind.
bureau_report --week 2026-W48
expect_eq "$(jq -c "[.targets[] | select(.metric == \"cases_finished\") | [.station, .period, .target, .actual, .completion, .expected, .status]] | $N" <<<"$OUT")" \
  "$(want "[[\"$C\",\"2026\",2,0,0,(332/365),\"behind\"],[\"$A\",\"2026\",1,0,0,(332/365),\"behind\"],
    [\"$B\",\"2026\",1,0,0,(332/365),\"behind\"],[\"$D\",\"2026\",1,0,0,(332/365),\"behind\"]]")" \
  "the bureau's cases_finished targets"
# A ledger's push leaves the bureau's own targets alone.
ev a --station "$A" --date 2026-11-27 --audience 40
expect_ok on a push --format json
bureau_report --week 2026-W48
expect_eq "$(jq -c '[.targets[] | select(.metric == "cases_finished")] | length' <<<"$OUT")" 4 "bureau targets after a push"
ok "target set --bureau-db without --station sets every station of the bureau; set again replaces it"

# A ledger's own target for the same station, metric and period replaces the
# bureau's (a different uid): still one cases_finished target for A, now 3.
expect_ok on a target set cases_finished 3 --year 2026 --station "$A"
expect_ok on a push --format json
expect_eq "$(jq -c .targets <<<"$OUT")" 1 "the ledger's target pushed"
bureau_report --week 2026-W48
expect_eq "$(jq -c --arg a "$A" '[.targets[] | select(.metric == "cases_finished") | select(.station == $a) | .target]' <<<"$OUT")" \
  '[3]' "a pushed target replaces the bureau's for the same station, metric and period"
expect_eq "$(jq -c '[.targets[] | select(.metric == "cases_finished")] | length' <<<"$OUT")" 4 "cases_finished targets"
ok "a pushed target replaces one set in the bureau for the same station, metric and period"

# target list --bureau-db: every target the bureau holds, with its station.
expect_ok pingan target list --bureau-db "$BUREAU" --format json
expect_eq "$(jq length <<<"$OUT")" "$(bsql "SELECT count(*) FROM pingan.target")" "target list --bureau-db"
expect_eq "$(jq -c --arg a "$A" '[.[] | select(.station == $a and .metric == "cases_finished") | [.period, .value]]' <<<"$OUT")" \
  '[["2026",3]]' "a bureau target listed"
ok "target list --bureau-db lists the bureau's targets"
