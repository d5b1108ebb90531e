# SPEC §4–§6, issue "App installs and refund-assistance cases": money in fen,
# the case lifecycle and its timeline, ages and overdue marks, masking of
# personal data, installs standalone and linked to events, audit rows.
source "$(dirname "$0")/lib.sh"

# A new, empty ledger (database NAME.db) with the two stations of setup_ledger;
# the config written by setup_ledger keeps the default station and officer.
fresh_db() {
  export PINGAN_DB=$TEST_DIR/$1.db
  expect_ok pingan station add 吉日嘎朗图派出所
  expect_ok pingan station add 树林召派出所 --code slz
}

# open_case ARGS...: opens a case (王五, category other, amount 100 unless given)
# and sets $ID to its id.
open_case() {
  local defaults=(--name 王五 --category other --amount 100) args=() i
  for ((i = 0; i < ${#defaults[@]}; i += 2)); do
    [[ " $* " == *" ${defaults[i]} "* ]] || args+=("${defaults[i]}" "${defaults[i + 1]}")
  done
  expect_ok pingan case open "${args[@]}" "$@" --format json
  ID=$(jq -r .id <<<"$OUT")
  [[ "$ID" =~ ^[0-9]+$ ]] || fail "case open --format json gave no id: $OUT"
}

status_of() { sql "SELECT status FROM refund_case WHERE id = $1"; }

# no_secrets WHAT: the last output shows no full name or phone of the privacy
# ledger.
no_secrets() {
  local secret
  for secret in 格桑花 王五 "Liu Wei" 13812345678; do
    if grep -qF -- "$secret" <<<"$OUT"; then show_last; fail "$1 shows [$secret] unmasked"; fi
  done
}
has_all() {  # WHAT NEEDLE...: the last output contains every NEEDLE
  local what=$1 needle
  shift
  for needle in "$@"; do grep -qF -- "$needle" <<<"$OUT" || { show_last; fail "$what lacks [$needle]"; }; done
}

setup_ledger

# ---- Money: 700.50 claimed, 650.00 recovered, in every format and in fen ----
expect_ok pingan case open --name 格桑花 --phone 13812345678 --category minor_game_topup --amount 700.50 \
  --platform 微信支付 --date 2026-11-20
expect_stdout_contains "#1"
expect_ok pingan case update 1 --status submitted --date 2026-11-21
expect_ok pingan case update 1 --status refunded --recovered 650.00 --date 2026-11-24
expect_eq "$(sql 'SELECT amount_fen, recovered_fen FROM refund_case WHERE id = 1')" "70050|65000" "fen in the database"
expect_ok pingan case list
grep -qE '^ *1 .* 700\.50 +650\.00 +refunded' <<<"$OUT" || { show_last; fail "case list table: 700.50 / 650.00"; }
expect_ok pingan case show 1
grep -qE '^Amount +700\.50$' <<<"$OUT" && grep -qE '^Recovered +650\.00$' <<<"$OUT" ||
  { show_last; fail "case show table: 700.50 / 650.00"; }
for cmd in "case list" "case show 1"; do
  expect_ok pingan $cmd --format json
  python3 - "$OUT" <<'PY' || fail "$cmd --format json: money as yuan numbers"
import json, sys
c = json.loads(sys.argv[1])
c = c[0] if isinstance(c, list) else c
for key, want in (("amount", 700.5), ("recovered", 650)):
    assert type(c[key]) in (int, float) and c[key] == want, (key, c[key])
PY
  expect_ok pingan $cmd --format csv
  python3 - "$OUT" <<'PY' || fail "$cmd --format csv: money with two decimals"
import csv, io, sys
rows = list(csv.DictReader(io.StringIO(sys.argv[1])))
assert len(rows) == 1 and (rows[0]["amount"], rows[0]["recovered"]) == ("700.50", "650.00"), rows
PY
done
ok "700.50 / 650.00 in table, JSON, CSV; 70050 / 65000 fen stored"

# ---- Money input forms ----
for form in 700=70000 700.5=70050 ¥700.50=70050 ￥700.50=70050 700元=70000; do
  open_case --amount "${form%=*}"
  expect_eq "$(sql "SELECT amount_fen FROM refund_case WHERE id = $ID")" "${form#*=}" "fen for --amount ${form%=*}"
done
for bad in -1 700.123 1e3 10000000001 "" abc; do
  expect_rejected --amount pingan case open --name 王五 --category other --amount "$bad"
done
expect_rejected --recovered pingan case update 1 --status refunded --reopen --recovered 1.234
ok "money forms accepted in exact fen; bad ones rejected naming --amount"

# ---- Lifecycle: every forbidden step exits 2 and changes nothing ----
fresh_db lifecycle
open_case --date 2026-11-20; OPEN=$ID
open_case --date 2026-11-20; SUB=$ID
expect_ok pingan case update "$SUB" --status submitted --date 2026-11-22
open_case --date 2026-11-20; REF=$ID
expect_ok pingan case update "$REF" --status submitted --date 2026-11-21
expect_ok pingan case update "$REF" --status refunded --date 2026-11-22  # recovered: the full amount
expect_eq "$(sql "SELECT recovered_fen FROM refund_case WHERE id = $REF")" 10000 "refunded without --recovered"
open_case --date 2026-11-20; REJ=$ID
expect_ok pingan case update "$REJ" --status submitted --date 2026-11-21
expect_ok pingan case update "$REJ" --status rejected --date 2026-11-22
open_case --date 2026-11-20; WD=$ID
expect_ok pingan case update "$WD" --status withdrawn --date 2026-11-21
ok "cases in every status"

for step in "$OPEN refunded" "$OPEN rejected" "$OPEN open" "$SUB open" \
  "$REF open" "$REF submitted" "$REF rejected" "$REF withdrawn" "$REF refunded" \
  "$REJ submitted" "$REJ open" "$WD open" "$WD submitted" "$OPEN bogus" "$OPEN 已退款"; do
  expect_rejected --status pingan case update ${step% *} --status "${step#* }"
done
expect_rejected --recovered pingan case update "$SUB" --status refunded --recovered 100.01  # amount is 100
expect_rejected --recovered pingan case update "$OPEN" --status submitted --recovered 5
expect_rejected --recovered pingan case update "$SUB" --status rejected --recovered 5
expect_rejected --date pingan case update "$SUB" --status refunded --date 2026-11-21  # last update 11-22
expect_rejected --date pingan case update "$OPEN" --status submitted --date 2026-11-19  # opened 11-20
expect_rejected --date pingan case update "$OPEN" --status submitted --date 2026-11-29  # after today
before=$(db_snapshot)
expect_exit 3 pingan case update 999 --status submitted
expect_eq "$(db_snapshot)" "$before" "database after update of a missing case"
ok "forbidden transitions, recovered, dates: exit 2, nothing changed"

expect_ok pingan case update "$OPEN" --status submitted --date 2026-11-20  # same day as the last entry
expect_eq "$(status_of "$OPEN")" submitted "open → submitted"
expect_ok pingan case update "$OPEN" --status withdrawn
expect_eq "$(status_of "$OPEN")" withdrawn "submitted → withdrawn"
expect_ok pingan case update "$SUB" --status refunded --recovered 100 --date 2026-11-22
expect_eq "$(sql "SELECT status, recovered_fen FROM refund_case WHERE id = $SUB")" "refunded|10000" "submitted → refunded (all)"
expect_ok pingan case update "$REF" --status submitted --reopen --note 平台复核
expect_eq "$(sql "SELECT status, recovered_fen FROM refund_case WHERE id = $REF")" "submitted|0" "refunded → submitted --reopen"
expect_ok pingan case update "$REJ" --status submitted --reopen
expect_eq "$(status_of "$REJ")" submitted "rejected → submitted --reopen"
expect_ok pingan case update "$REJ" --status rejected
expect_eq "$(status_of "$REJ")" rejected "submitted → rejected"
expect_ok pingan case update "$WD" --status open --reopen
expect_eq "$(status_of "$WD")" open "withdrawn → open --reopen"
expect_ok pingan case update "$WD" --status withdrawn
expect_eq "$(status_of "$WD")" withdrawn "open → withdrawn"
ok "allowed transitions succeed, --reopen leaves a final status"

# ---- Statuses by their Chinese labels too ----
expect_ok pingan case update "$REJ" --status 已提交平台 --reopen
expect_eq "$(status_of "$REJ")" submitted "--status 已提交平台"
expect_ok pingan case update "$REJ" --status 被拒绝
expect_eq "$(status_of "$REJ")" rejected "--status 被拒绝"
for pair in "已退款 refunded" "被拒绝 rejected" "已撤回 withdrawn" "已办结 closed" "未办结 open" "全部 all"; do
  expect_ok pingan case list --status "${pair% *}" --format json
  by_label=$OUT
  expect_ok pingan case list --status "${pair#* }" --format json
  expect_eq "$by_label" "$OUT" "case list --status ${pair% *}"
done
expect_ok pingan case list --status 已退款 --format json
expect_eq "$(jq -c 'map(.status) | unique' <<<"$OUT")" '["refunded"]' "case list --status 已退款"
expect_rejected --status pingan case list --status 退款中
expect_stderr_contains "已退款"
ok "--status takes the statuses' Chinese labels, in updates and lists"

# ---- case edit: the details, never the timeline; case delete ----
timeline_before=$(sql "SELECT group_concat(seq || date || status || recovered_fen, ';') FROM case_update WHERE case_id = $SUB")
expect_ok pingan case edit "$SUB" --name 格桑梅朵 --phone 13900001111 --category 未成年人游戏充值 --amount 800 --platform "" \
  --note 家长补充材料 --format json
expect_eq "$(jq -c '[.name, .phone, .category, .amount, .recovered, .platform, .note, .status]' <<<"$OUT")" \
  '["格某某某","139****1111","minor_game_topup",800,100,null,"家长补充材料","refunded"]' "case edit: stored, shown masked"
expect_eq "$(sql "SELECT name, phone, amount_fen, platform IS NULL FROM refund_case WHERE id = $SUB")" "格桑梅朵|13900001111|80000|1" \
  "case edit in the database"
expect_eq "$(sql "SELECT group_concat(seq || date || status || recovered_fen, ';') FROM case_update WHERE case_id = $SUB")" \
  "$timeline_before" "case edit leaves the timeline alone"
expect_eq "$(sql "SELECT count(*) FROM audit WHERE action = 'edit' AND kind = 'case'")" 1 "case edit audited"
expect_ok pingan case edit "$SUB" --amount 800
expect_stderr_contains "nothing changed"
expect_eq "$(sql "SELECT count(*) FROM audit WHERE action = 'edit' AND kind = 'case'")" 1 "an edit that changes nothing writes nothing"
expect_rejected --amount pingan case edit "$SUB" --amount 50      # 100 was recovered
expect_rejected --name pingan case edit "$SUB" --name ""
expect_rejected --category pingan case edit "$SUB" --category 不存在
expect_rejected ID pingan case edit 0 --amount 5
expect_exit 3 pingan case edit 999 --amount 5
expect_rejected --yes pingan case delete "$SUB"
expect_ok pingan case delete "$WD" --yes
expect_exit 3 pingan case show "$WD"
expect_eq "$(sql "SELECT count(*) FROM case_update WHERE case_id = $WD")" 0 "a deleted case's timeline goes with it"
expect_eq "$(sql "SELECT count(*) FROM audit WHERE action = 'delete' AND kind = 'case'")" 1 "case delete audited"
expect_exit 3 pingan case delete "$WD" --yes
ok "case edit corrects the details (masked in output, timeline untouched, audited); case delete with --yes"

# ---- Personal data: masked everywhere but case show --reveal ----
fresh_db privacy
open_case --name 格桑花 --phone 13812345678 --category minor_game_topup --amount 700 --date 2026-11-24
open_case --name 王五 --phone 13812345678 --date 2026-11-25
open_case --name "Liu Wei" --phone 13812345678 --date 2026-11-26
masked=(格某某 王某 'L***')
for format in table json csv; do
  expect_ok pingan case list --format "$format"
  no_secrets "case list --format $format"
  has_all "case list --format $format" "${masked[@]}"
  [ "$format" == table ] || has_all "case list --format $format" '138****5678'  # the table has no phone column
  for id in 1 2 3; do
    expect_ok pingan case show "$id" --format "$format"
    no_secrets "case show $id --format $format"
    has_all "case show $id --format $format" "${masked[id - 1]}" '138****5678'
  done
done
for format in table markdown csv json html; do
  expect_ok pingan report --format "$format"
  no_secrets "report --format $format"
  has_all "report --format $format" "${masked[@]}"
done
expect_ok pingan case show 1 --reveal
has_all "case show 1 --reveal" 格桑花 13812345678
expect_ok pingan case show 3 --reveal --format json
expect_eq "$(jq -r '.name + " " + .phone' <<<"$OUT")" "Liu Wei 13812345678" "case show --reveal --format json"
ok "names and phone masked in case list/show and every report format; --reveal shows them"

# ---- Timeline: the opening entry, then four updates in order ----
fresh_db timeline
open_case --name 格桑花 --amount 700.50 --date 2026-11-20
expect_ok pingan case update 1 --status submitted --date 2026-11-21 --note 证据已提交平台
expect_ok pingan case update 1 --status rejected --date 2026-11-23
expect_ok pingan case update 1 --status submitted --reopen --date 2026-11-24 --note 平台复核
expect_ok pingan case update 1 --status refunded --recovered 650 --date 2026-11-26
expect_ok pingan case show 1 --format json
python3 - "$OUT" <<'PY' || fail "case show --format json: timeline"
import json, sys
c = json.loads(sys.argv[1])
got = [(t["date"], t["status"], t["recovered"], t["note"]) for t in c["timeline"]]
assert got == [("2026-11-20", "open", 0, None), ("2026-11-21", "submitted", 0, "证据已提交平台"),
               ("2026-11-23", "rejected", 0, None), ("2026-11-24", "submitted", 0, "平台复核"),
               ("2026-11-26", "refunded", 650, None)], got
assert (c["status"], c["recovered"], c["age_days"], c["overdue"]) == ("refunded", 650, None, False), c
PY
expect_ok pingan case show 1
expect_eq "$(grep -E '^2026-' <<<"$OUT" | awk '{print $1, $2}' | paste -sd,)" \
  "2026-11-20 open,2026-11-21 submitted,2026-11-23 rejected,2026-11-24 submitted,2026-11-26 refunded" "table timeline"
has_all "case show table" 证据已提交平台 平台复核 650.00
ok "timeline: four updates after the opening entry, in order, with dates (JSON and table)"

# Audit: one row for the opening and one per status change, each with the state after it.
uid=$(sql "SELECT uid FROM refund_case WHERE id = 1")
expect_eq "$(sql "SELECT group_concat(action || ':' || json_extract(after, '$.status'), ',') FROM
  (SELECT action, after FROM audit WHERE kind = 'case' AND record_uid = '$uid' ORDER BY id)")" \
  "add:open,status:submitted,status:rejected,status:submitted,status:refunded" "audit rows"
expect_eq "$(sql "SELECT count(*) FROM audit WHERE kind = 'case' AND record_uid = '$uid' AND before IS NULL")" 1 \
  "audit: only the opening has no before"
ok "audit rows for case open and each status change"

# ---- case list: age, overdue, --status ----
fresh_db ages
# Ages on 2026-11-28: 0, 7 (not over 7), 8, 30, 31; then finished cases.
for opened in 2026-11-28 2026-11-21 2026-11-20 2026-10-29 2026-10-28 2026-10-01 2026-10-02 2026-10-03; do
  open_case --date "$opened"
done
expect_ok pingan case update 2 --status submitted --date 2026-11-22
expect_ok pingan case update 6 --status submitted --date 2026-10-05
expect_ok pingan case update 6 --status refunded --date 2026-10-10
expect_ok pingan case update 7 --status withdrawn --date 2026-10-05
expect_ok pingan case update 8 --status submitted --date 2026-10-05
expect_ok pingan case update 8 --status rejected --date 2026-10-10
ages() {  # ARGS...: "id:age:overdue" of every listed case
  expect_ok pingan case list "$@" --format json
  jq -r 'map("\(.id):\(.age_days):\(.overdue)") | join(" ")' <<<"$OUT"
}
expect_eq "$(ages)" "6:null:false 7:null:false 8:null:false 5:31:true 4:30:true 3:8:true 2:7:false 1:0:false" \
  "ages, overdue after 7 days"
expect_ok pingan case list
for row in "3 8 overdue" "2 7" "1 0"; do
  set -- $row
  line=$(grep -E "^ *$1 " <<<"$OUT")
  [[ "$line" =~ [[:space:]]$2([[:space:]]|$) ]] || fail "case list table: case $1 shows no age $2: [$line]"
  if [ -n "${3:-}" ]; then expect_contains "$line" overdue "case $1 row"; else expect_not_contains "$line" overdue "case $1 row"; fi
done
printf '[cases]\noverdue_days = 30\n' >"$TEST_DIR/overdue30.toml"
expect_eq "$(PINGAN_CONFIG=$TEST_DIR/overdue30.toml ages)" \
  "6:null:false 7:null:false 8:null:false 5:31:true 4:30:false 3:8:false 2:7:false 1:0:false" "overdue after 30 days"
expect_eq "$(ages --status open | tr ' ' '\n' | cut -d: -f1 | sort -n | paste -sd,)" "1,2,3,4,5" "--status open"
expect_eq "$(ages --status closed | tr ' ' '\n' | cut -d: -f1 | sort -n | paste -sd,)" "6,7,8" "--status closed"
expect_eq "$(ages --status all | tr ' ' '\n' | cut -d: -f1 | sort -n | paste -sd,)" "1,2,3,4,5,6,7,8" "--status all"
expect_eq "$(ages --status refunded | cut -d: -f1)" "6" "--status refunded"
expect_eq "$(ages --status submitted | tr ' ' '\n' | cut -d: -f1 | sort -n | paste -sd,)" "2" "--status submitted"
expect_eq "$(ages --week 2026-W47 | tr ' ' '\n' | cut -d: -f1 | sort -n | paste -sd,)" "2,3" "--week (of opening)"
expect_exit 2 pingan case list --status bogus
expect_error_line --status
ok "case list: age in days, overdue after cases.overdue_days (7, or 30 from config), --status filters"

# ---- Installs ----
fresh_db installs
expect_ok pingan install add --count 3 --format json
expect_eq "$(jq -c '[.date, .station, .venue, .count, .event_id, .event_uid]' <<<"$OUT")" \
  '["2026-11-28","吉日嘎朗图派出所","front_desk",3,null,null]' "install add defaults"
expect_ok pingan event add --venue 夜市 --place 树林召夜市 --audience 200 --installs 25 --date 2026-11-25 --station slz \
  --format json
event_uid=$(jq -r .uid <<<"$OUT")
expect_ok pingan install add --count 5 --event 1 --format json
expect_eq "$(jq -c '[.date, .station, .venue, .count, .event_id, .event_uid]' <<<"$OUT")" \
  "[\"2026-11-25\",\"树林召派出所\",\"night_market\",5,1,\"$event_uid\"]" "install add --event"
expect_ok pingan install list --format json
expect_eq "$(jq -c 'map([.count, .event_id, .event_uid == "'"$event_uid"'", .date, .venue]) | sort' <<<"$OUT")" \
  '[[3,null,false,"2026-11-28","front_desk"],[5,1,true,"2026-11-25","night_market"],[25,1,true,"2026-11-25","night_market"]]' \
  "install list: the event's linked install and the two added"
expect_ok pingan event show 1 --format json
expect_eq "$(jq .installs <<<"$OUT")" 30 "event's installs include the late addition"
expect_ok pingan install list --format csv
expect_eq "$(head -1 <<<"$OUT")" "id,uid,date,station,venue,place,count,event_id,event_uid,note" "install list csv header"
expect_eq "$(tail -n +2 <<<"$OUT" | wc -l)" 3 "install list csv rows"
expect_ok pingan install list --station slz --format json
expect_eq "$(jq -c 'map(.count) | sort' <<<"$OUT")" "[5,25]" "install list --station"
expect_rejected --count pingan install add
expect_rejected --count pingan install add --count -1
before=$(db_snapshot)
expect_exit 3 pingan install add --count 5 --event 999
expect_error_line 999
expect_eq "$(db_snapshot)" "$before" "database after install add --event 999"
ok "installs: front-desk defaults, --event takes the event's date/station/venue, linked installs, csv, errors"
