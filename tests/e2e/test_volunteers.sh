# The volunteer police team (平安义警): points from the config's rules, ties
# sharing a rank, a volunteer who left, the adoption bonus, adjustments, a
# rule changed afterwards, tasks with slots, rejected input, export/import,
# and the board unchanged by archive with --include-archive. Every figure
# below is computed by hand in the comments.
source "$(dirname "$0")/lib.sh"

setup_ledger   # 吉日嘎朗图派出所 (default) and 树林召派出所 (slz)
expect_ok pingan volunteer add 巴图 --group grid_worker --phone 13812345678 --joined 2026-01-05
expect_ok pingan volunteer add 王芳 --group 家长 --joined 2026-02-01
expect_ok pingan volunteer add 李强 --group courier --joined 2026-03-01
expect_ok pingan volunteer add 赵敏 --group party_member --joined 2026-03-01 --station slz
expect_ok pingan volunteer add 孙丽 --group health --joined 2026-04-01

# ---- points from the rules ------------------------------------------------
# Task 1, patrol on 2026-11-20, 2 hours: 2 + 1 × 2 = 4 points each.
expect_ok pingan task add --duty patrol --date 2026-11-20 --place 树林召夜市 --slots 2 --hours 2
expect_ok pingan task join 1 --volunteer 巴图,王芳
expect_ok pingan task notice 1
expect_contains "$OUT" "积分：每人4分" "notice: points on offer"
expect_contains "$OUT" "名额：2人，尚余0人" "notice: slots left"
# 王芳 joined but was absent; 李强 walked in; 巴图 served 2.5 hours: 2 + 2.5 = 4.5.
expect_ok pingan task done 1 --volunteer 巴图,李强 --hours 2.5
expect_ok pingan task done 1 --volunteer 巴图          # run again: credited once
expect_eq "$(sql "SELECT group_concat(points_tenths, ',') FROM duty WHERE task_id = 1 ORDER BY id")" "45,45" "task 1 points"
# Intelligence adopted: 1 + 5 = 6 (王芳); not adopted: 1 (孙丽).
expect_ok pingan duty add --volunteer 王芳 --duty intelligence --adopted --date 2026-11-21
expect_ok pingan duty add --volunteer 孙丽 --duty 报送情报信息 --date 2026-11-22
# Mediation: 3 (赵敏, at her own station).
expect_ok pingan duty add --volunteer 赵敏 --duty mediation --date 2026-11-23
# An adjustment: 巴图 −1.5 → 4.5 − 1.5 = 3.
expect_ok pingan points adjust --volunteer 巴图 --points -1.5 --reason 迟到 --date 2026-11-24
# An outreach event staffed by 孙丽 and 李强: outreach 2 + 1 × 0 = 2 each.
expect_ok pingan event add --venue 夜市 --place 树林召夜市 --audience 80 --date 2026-11-25 --volunteer 孙丽,李强
# Totals for November: 王芳 6, 李强 4.5 + 2 = 6.5, 巴图 3, 赵敏 3, 孙丽 1 + 2 = 3.
expect_ok pingan volunteer board --month 2026-11 --format json
expect_eq "$(jq -c 'map([.rank, .name, .points, .hours, .participations])' <<<"$OUT")" \
  '[[1,"李强",6.5,2.5,2],[2,"王芳",6,0,1],[3,"巴图",3,2.5,1],[3,"孙丽",3,0,2],[3,"赵敏",3,0,1]]' "board"
# Equal points share a rank (3, 3, 3) and are ordered by hours, then name by code point.
ok "points from the rules: per participation, per hour, adoption bonus, adjustment; ties share a rank"

expect_ok pingan volunteer board --month 2026-11 --station slz --format json
expect_eq "$(jq -c 'map(.name)' <<<"$OUT")" '["赵敏"]' "board of one station"
expect_ok pingan volunteer board --month 2026-11 --limit 2 --format csv
expect_eq "$(head -1 <<<"$OUT")" "rank,id,name,station,group,participations,hours,points" "board CSV header"
expect_eq "$(wc -l <<<"$OUT")" 3 "board --limit 2"
ok "board: --station, --limit, CSV keys"

# ---- a rule changed afterwards does not rewrite stored points ----------------
printf '[[duty]]\ncode = "intelligence"\npoints = 2\n' >>"$PINGAN_CONFIG"
expect_ok pingan duty add --volunteer 孙丽 --duty intelligence --date 2026-11-26
expect_eq "$(sql "SELECT group_concat(points_tenths, ',') FROM duty WHERE duty = 'intelligence' ORDER BY id")" "60,10,20" \
  "intelligence points before and after the rule change"
ok "a changed rule applies to new participations only"

# ---- a volunteer who left ---------------------------------------------------------
expect_ok pingan volunteer leave 赵敏 --date 2026-11-24
expect_rejected --volunteer pingan duty add --volunteer 赵敏 --duty patrol --date 2026-11-25
expect_rejected --volunteer pingan duty add --volunteer 孙丽 --duty patrol --date 2026-03-15   # before she joined
expect_ok pingan volunteer list --status all --format json
expect_eq "$(jq -c 'map(select(.left != null) | [.name, .left])' <<<"$OUT")" '[["赵敏","2026-11-24"]]' "left"
expect_ok pingan volunteer list --format json
expect_eq "$(jq -c 'map(.name)' <<<"$OUT")" '["巴图","王芳","李强","孙丽"]' "active volunteers"
expect_contains "$(jq -r '.[0].phone' <<<"$OUT")" "138****5678" "a volunteer's phone masked"
# The review covers volunteers active on the year's last day: 赵敏 left. With
# qualified at 20 points, nobody qualifies; with 5 and 6: 李强 and 王芳 do.
expect_ok pingan volunteer review --year 2026 --format json
expect_eq "$(jq -c 'map([.name, .grade])' <<<"$OUT")" \
  '[["李强","improve"],["王芳","improve"],["孙丽","improve"],["巴图","improve"]]' "review"
printf '[volunteers]\nexcellent = 6\nqualified = 5\n' >>"$PINGAN_CONFIG"
expect_ok pingan volunteer review --year 2026 --format json
expect_eq "$(jq -c 'map([.name, .points, .grade])' <<<"$OUT")" \
  '[["李强",6.5,"excellent"],["王芳",6,"excellent"],["孙丽",5,"qualified"],["巴图",3,"improve"]]' "review grades"
expect_ok pingan volunteer leave 赵敏 --rejoin
ok "a volunteer who left: no participation after; not in the review; --rejoin undoes it"

# ---- rejected input: exit 2 naming the field, nothing written ----------------------
expect_rejected --volunteer pingan task join 1 --volunteer 李强        # beyond the 2 slots
expect_rejected --hours pingan duty add --volunteer 巴图 --duty patrol --hours 2.3
expect_rejected --hours pingan duty add --volunteer 巴图 --duty patrol --hours 25
expect_rejected --duty pingan duty add --volunteer 巴图 --duty 巡逻队
expect_rejected --volunteer pingan duty add --volunteer 巴特 --duty patrol
expect_rejected --points pingan points adjust --volunteer 巴图 --points 0 --reason x
expect_rejected --points pingan points adjust --volunteer 巴图 --points 1.25 --reason x
expect_rejected --reason pingan points adjust --volunteer 巴图 --points 2
expect_rejected --group pingan volunteer add 新人 --group 警察
expect_rejected NAME pingan volunteer add --group parent           # no name, no terminal to ask on
expect_rejected --date pingan duty add --volunteer 巴图 --duty patrol --date 2026-12-01   # after today
expect_rejected --slots pingan task add --duty patrol --date 2026-12-05 --place x --slots 0
expect_exit 2 pingan duty add --volunteer 巴图 --duty patrol --hours 2.3
expect_not_contains "$ERR" "13812345678" "an error echoing a phone"
ok "rejected volunteer input: exit 2 naming the field, the database unchanged"

# ---- a task posted for the future; deleting a done task takes its points -----------
expect_ok pingan task add --duty outreach --date 2026-12-05 --place 幸福里社区
expect_rejected ID pingan task done 2 --volunteer 巴图
expect_ok pingan task list --status open --format json
expect_eq "$(jq -c 'map(.id)' <<<"$OUT")" '[2]' "open tasks"
expect_rejected --yes pingan task delete 1
expect_ok pingan task delete 1 --yes
expect_eq "$(sql 'SELECT count(*) FROM duty WHERE task_id = 1')" 0 "the done task's participations deleted"
expect_eq "$(sql "SELECT count(*) FROM audit WHERE kind = 'duty' AND action = 'delete'")" 2 "their deletes audited"
ok "tasks: future dates allowed, done only once due; deleting a done task deletes its participations"

# ---- export → import round trip ---------------------------------------------------
expect_ok pingan export --output "$TEST_DIR/all.jsonl"
expect_eq "$(grep -c '"kind":"volunteer"' "$TEST_DIR/all.jsonl")" 5 "volunteers exported"
expect_contains "$(cat "$TEST_DIR/all.jsonl")" '"phone":"13812345678"' "export unmasked"
expect_ok pingan volunteer board --year 2026 --format json
board=$OUT
PINGAN_DB=$TEST_DIR/copy.db expect_ok pingan import "$TEST_DIR/all.jsonl"
expect_stdout_contains "5 volunteers, 1 tasks"
PINGAN_DB=$TEST_DIR/copy.db expect_ok pingan import "$TEST_DIR/all.jsonl"
expect_stdout_contains "0 volunteers, 0 tasks, 0 duties"
PINGAN_DB=$TEST_DIR/copy.db expect_ok pingan volunteer board --year 2026 --format json
expect_eq "$(jq -c 'map(del(.id))' <<<"$OUT")" "$(jq -c 'map(del(.id))' <<<"$board")" "board after export → import"
ok "export → import reproduces volunteers, tasks and duties; a second import adds nothing"

# ---- archive: duties move, volunteers stay; the board with --include-archive ------
expect_ok pingan duty add --volunteer 巴图 --duty patrol --hours 1 --date 2026-03-10   # 2 + 1 = 3
# A done task of 2026-11-10 with a signup and a participation (opinion: 1).
expect_ok pingan task add --duty opinion --date 2026-11-10 --place 网格站
expect_ok pingan task join 3 --volunteer 王芳
expect_ok pingan task done 3 --volunteer 王芳
expect_ok pingan volunteer board --year 2026 --format json
board=$OUT
# Before 2026-11-22: task 3 with its participation, 王芳's intelligence (11-21)
# and 巴图's patrol (03-10); the event (11-25) and the rest stay.
expect_ok pingan archive --before 2026-11-22
expect_stdout_contains "archived 0 events, 0 installs, 0 cases, 1 tasks, 3 duties"
expect_eq "$(sqlite3 "$(dirname "$PINGAN_DB")/pingan-archive.db" "SELECT v.name FROM task_signup g
  JOIN volunteer v ON v.id = g.volunteer_id")" 王芳 "the archived task's signup"
expect_ok pingan task list --include-archive --format json
expect_eq "$(jq -c 'map([.id, .status, (.signups | length)])' <<<"$OUT")" '[[3,"done",1],[2,"open",0]]' "tasks across files"
expect_eq "$(sql 'SELECT count(*) FROM volunteer')" 5 "volunteers never move"
expect_ok pingan volunteer board --year 2026 --include-archive --format json
expect_eq "$OUT" "$board" "board with --include-archive after archiving"
expect_ok pingan volunteer board --year 2026 --format json
# Left in main (task 1 deleted above): 孙丽 1 + 2 + 2 = 5, 赵敏 3, 李强 2, 巴图 −1.5.
expect_eq "$(jq -c 'map([.name, .points])' <<<"$OUT")" '[["孙丽",5],["赵敏",3],["李强",2],["巴图",-1.5]]' \
  "board of the main file alone"
ok "archive moves participations by date; the board with --include-archive is unchanged"

# ---- honour certificates and the report's volunteers section -------------------------
expect_ok pingan volunteer board --year 2026 --include-archive --format json
board=$OUT
# --top 3 takes everyone ranked 3rd or better, ties at the cut included.
expected=$(jq -r '[.[] | select(.rank <= 3 and .points > 0)] | length' <<<"$board")
expect_ok pingan volunteer certificates --year 2026 --top 3 --include-archive --output "$TEST_DIR/certificates.html"
html=$(cat "$TEST_DIR/certificates.html")
expect_eq "$(grep -o 'class="certificate"' <<<"$html" | wc -l)" "$expected" "certificates for the top 3 with ties"
for name in $(jq -r '.[] | select(.rank <= 3 and .points > 0) | .name' <<<"$board"); do
  expect_contains "$html" "$name" "a certificate for $name"
done
expect_contains "$html" "荣誉证书" "certificate title"
expect_contains "$html" "2026年" "certificate period"
expect_not_contains "$html" "<script" "a script in the certificates"
expect_rejected --top pingan volunteer certificates --year 2026 --output "$TEST_DIR/c2.html"
expect_rejected --output pingan volunteer certificates --year 2026 --top 3 --output "$PINGAN_DB"
# The week of 2026-11-23: participations 11-23 … 11-28 at both stations.
expect_ok pingan report --week 2026-W48 --include-archive --format json
expect_eq "$(jq -c '.volunteers | [.active, .participations, .points, (.by_duty | map(.points) | add)]' <<<"$OUT")" \
  "$(jq -c '.volunteers | [.active, .participations, .points, .points]' <<<"$OUT")" "by_duty adds up to the points"
# In that week: 赵敏 mediation 3 (11-23), 巴图 −1.5 (11-24), outreach 孙丽 2 + 李强 2 (11-25),
# 孙丽 intelligence 2 (11-26): 4 participations, 7.5 points; 5 volunteers active on 11-29.
expect_eq "$(jq -c '.volunteers | [.active, .participations, .points]' <<<"$OUT")" '[5,4,7.5]' "week's volunteers"
ok "certificates: the top N with ties, self-contained; the report's volunteers section adds up"

# ---- participations follow their event; spans are kept on edit; exit codes ----------
expect_ok pingan event add --venue 社区 --place 幸福里社区 --audience 30 --date 2026-11-27 --volunteer 孙丽 --format json
event=$(jq .id <<<"$OUT")
expect_ok pingan event edit "$event" --date 2026-11-26
expect_eq "$(sql "SELECT date FROM duty WHERE event_id = $event")" 2026-11-26 "a participation follows its event's date"
expect_rejected --date pingan volunteer leave 孙丽 --date 2026-11-20         # she took part on 11-25 and 11-26
expect_rejected --joined pingan volunteer edit 孙丽 --joined 2026-11-27
expect_exit 3 pingan volunteer show 999
expect_exit 3 pingan task show 999
expect_ok pingan event delete "$event" --yes
expect_eq "$(sql "SELECT count(*) FROM duty WHERE event_id = $event")" 0 "an event's participations deleted with it"
expect_eq "$(sql "SELECT count(*) FROM audit WHERE kind = 'duty' AND action = 'delete'
  AND json_extract(before, '$.place') = '幸福里社区'")" 1 "and audited"
# An archived event takes its volunteers' participations along, linked.
expect_ok pingan event add --venue 集市 --place 五月集市 --audience 40 --date 2026-05-05 --volunteer 孙丽
expect_ok pingan archive --before 2026-05-10
expect_stdout_contains "archived 1 events, 0 installs, 0 cases, 0 tasks, 1 duties"
expect_eq "$(sqlite3 "$(dirname "$PINGAN_DB")/pingan-archive.db" "SELECT e.place FROM duty d JOIN event e ON e.id = d.event_id
  WHERE e.place = '五月集市'")" 五月集市 "the archived participation still names its event"
ok "participations follow their event's date, go with its delete and its archive; spans checked on edit; exit 3"

# ---- completion offers the new commands and their values, in a real bash -------------
printf '[[duty]]\ncode = "traffic"\nzh = "交通劝导"\npoints = 1\n' >>"$PINGAN_CONFIG"
expect_ok pingan completion bash
complete_words() {  # WORDS...: what bash completes for the last word
  bash -c 'source /dev/stdin; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _pingan; echo "${COMPREPLY[*]}"' \
    _ "$@" <<<"$OUT"
}
expect_eq "$(complete_words pingan volunteer "")" "add list show edit leave board review certificates --help -h" \
  "volunteer subcommands"
expect_eq "$(complete_words pingan duty add --duty "")" \
  "patrol outreach opinion mediation assistance intelligence traffic" "duty values, the config's own included"
expect_eq "$(complete_words pingan volunteer add x --group pa)" "parent party_member" "group values"
expect_contains "$(complete_words pingan task "")" "notice" "task subcommands"
ok "completion: the volunteer commands and the values of --duty and --group (config entries included)"
