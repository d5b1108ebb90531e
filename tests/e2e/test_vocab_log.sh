# pingan vocab (every vocabulary, the user's config entries included) and
# pingan log (the audit trail: newest first, field by field, masked, with
# --kind, --record, --user and a period).
source "$(dirname "$0")/lib.sh"

setup_ledger

# ---- vocab -------------------------------------------------------------------------------
expect_ok pingan vocab --format json
expect_eq "$(jq -c 'map(.vocabulary) | unique' <<<"$OUT")" \
  '["categories","duties","groups","metrics","statuses","topics","venues"]' "every vocabulary"
expect_eq "$(jq -c '.[0] | keys_unsorted' <<<"$OUT")" '["vocabulary","code","zh","en"]' "vocab keys"
expect_eq "$(jq -c '.[] | select(.vocabulary == "venues" and .code == "construction_site") | [.zh, .en]' <<<"$OUT")" \
  '["工地","Construction site"]' "a venue"
expect_eq "$(jq -c '[.[] | select(.vocabulary == "statuses") | .zh]' <<<"$OUT")" \
  '["已受理","已提交平台","已退款","被拒绝","已撤回"]' "statuses"
printf '[[venue]]\ncode = "bus_stop"\nzh = "公交站"\nen = "Bus stop"\n' >>"$PINGAN_CONFIG"
expect_ok pingan vocab venues --format csv
expect_eq "$(head -n 1 <<<"$OUT")" "vocabulary,code,zh,en" "vocab CSV header"
expect_eq "$(tail -n 1 <<<"$OUT")" "venues,bus_stop,公交站,Bus stop" "a config entry listed"
expect_eq "$(cut -d, -f1 <<<"$OUT" | sort -u | tr '\n' ' ')" "venues vocabulary " "only the venues"
expect_ok pingan vocab topics
expect_stdout_contains "Vocabulary"
expect_rejected NAME pingan vocab places
expect_stderr_contains "venues, topics, categories, statuses, duties, groups, metrics"
ok "vocab: codes and labels in both languages, config entries included, in every list format"

# ---- log -----------------------------------------------------------------------------------
export PINGAN_NOW=2026-11-20T08:00:00Z
expect_ok pingan event add --venue market --place 早市 --audience 50 --date 2026-11-20
export PINGAN_NOW=2026-11-21T08:00:00Z
expect_ok pingan case open --name 格桑花 --phone 13812345678 --category other --amount 300 --date 2026-11-21
case_uid=$(sql "SELECT uid FROM refund_case WHERE id = 1")
export PINGAN_NOW=2026-11-22T08:00:00Z
expect_ok pingan event edit 1 --audience 60 --place 树林召早市
expect_ok pingan case edit 1 --name 格桑梅朵 --phone 13900001111
export PINGAN_NOW=2026-11-23T08:00:00Z
expect_ok pingan event delete 1 --yes
unset PINGAN_NOW

expect_ok pingan log --format json
expect_eq "$(jq -c '.[0] | keys_unsorted' <<<"$OUT")" '["id","at","user","action","kind","record_uid","record_id","changes"]' "log keys"
expect_eq "$(jq -c '[.[] | [.action, .kind]] | .[0:5]' <<<"$OUT")" \
  '[["delete","event"],["edit","case"],["edit","event"],["add","case"],["add","event"]]' "newest first"
expect_eq "$(jq -c '.[] | select(.action == "edit" and .kind == "event") | .changes | del(.updated_at)' <<<"$OUT")" \
  '{"place":["早市","树林召早市"],"audience":[50,60]}' "an edit: the fields that changed, before and after"
expect_eq "$(jq -c '.[] | select(.action == "edit" and .kind == "case") | .changes | [.name, .phone]' <<<"$OUT")" \
  '[["格某某","格某某某"],["138****5678","139****1111"]]' "a case's name and phone masked"
expect_not_contains "$OUT" "格桑花" "log JSON"
expect_not_contains "$OUT" "13812345678" "log JSON"
expect_eq "$(jq -c '.[] | select(.action == "delete") | [.record_id, .changes.audience]' <<<"$OUT")" '[null,[60,null]]' \
  "a deleted record: no id, its fields before"
expect_eq "$(jq -c '.[] | select(.action == "add" and .kind == "case") | [.record_id, .changes.amount_fen]' <<<"$OUT")" \
  '[1,[null,30000]]' "an added record: its id, its fields after"
expect_ok pingan log
expect_not_contains "$OUT" "格桑花" "log table"
expect_stdout_contains "place: 早市 → 树林召早市"
ok "log: newest first, each change field by field, masked"

expect_ok pingan log --kind cases --format json
expect_eq "$(jq -c 'map(.action)' <<<"$OUT")" '["edit","add"]' "--kind cases"
expect_ok pingan log --record "$case_uid" --format json
expect_eq "$(jq -c 'map(.action)' <<<"$OUT")" '["edit","add"]' "--record UID"
expect_ok pingan log --record 1 --kind case --format csv
expect_eq "$(head -n 1 <<<"$OUT")" "id,at,user,action,kind,record_uid,record_id,changes" "log CSV header"
expect_eq "$(tail -n +2 <<<"$OUT" | wc -l)" 2 "--record ID --kind case"
expect_ok pingan log --from 2026-11-22 --to 2026-11-22 --format json
expect_eq "$(jq -c 'map([.action, .kind])' <<<"$OUT")" '[["edit","case"],["edit","event"]]' "a period: the days of the changes"
sql "UPDATE audit SET os_user = 'kouxq' WHERE action = 'delete'"
expect_ok pingan log --user kouxq --format json
expect_eq "$(jq -c 'map(.action)' <<<"$OUT")" '["delete"]' "--user"
expect_rejected --record pingan log --record 1
expect_rejected --kind pingan log --kind cats
expect_exit 3 pingan log --record 99 --kind case
ok "log: --kind, --record (uid, or id with --kind), --user and a period; bad input exit 2"
