# The record and maintenance commands speak Chinese to a Chinese user (--lang
# zh, or $LANG zh_* without --lang): errors keep `FIELD: reason` with the
# field as typed and the reason in Chinese, confirmations and notes are
# Chinese, and so is each command's help (description, options, footer).
# In English, the same commands read exactly as before.
source "$(dirname "$0")/lib.sh"

expect_ok pingan --lang zh init --station 吉日嘎朗图派出所 --officer 寇小青
expect_stdout_contains "数据库已就绪："
expect_stderr_contains "默认值已保存到 "
expect_ok pingan station add 树林召派出所 --code slz --lang zh
expect_eq "$OUT" "已登记派出所 #2 树林召派出所" "station add confirmation"
ok "init and station add confirm in Chinese"

# ---- confirmations and notes ----
expect_ok pingan event add --venue 工地 --place 安置房工地 --audience 60 --lang zh
expect_stdout_contains "已登记宣传活动 #1  2026-11-28  吉日嘎朗图派出所  工地  安置房工地"
expect_ok pingan event edit 1 --audience 60 --lang zh
expect_eq "$ERR" "没有变化，未修改。" "edit that changes nothing"
expect_ok pingan event edit 1 --audience 80 --lang zh
expect_stdout_contains "已修改宣传活动 #1"
expect_ok pingan install add --count 3 --lang zh
expect_stdout_contains "已登记下载注册 #"
expect_ok pingan case open --name 格桑花 --category 未成年人游戏充值 --amount 700 --lang zh
expect_stdout_contains "已受理求助案件 #1"
expect_ok pingan case update 1 --status 已提交平台 --lang zh
expect_stdout_contains "已更新求助案件 #1"
expect_ok pingan target set events 5 --month this --lang zh
expect_stdout_contains "已设定考核指标 #"
expect_ok pingan target set events 6 --month this --station slz --lang zh
expect_stdout_contains "（原为 5）"
expect_ok pingan station retire slz --lang zh
expect_stdout_contains "已撤销派出所 #2"
expect_ok pingan station retire slz --undo --lang zh
expect_stdout_contains "已恢复派出所 #2"
expect_ok pingan event delete 1 --yes --lang zh
expect_eq "$OUT" "已删除宣传活动 #1" "event delete confirmation"
expect_ok pingan target delete 1 --yes --lang zh
expect_eq "$OUT" "已删除考核指标 #1" "target delete confirmation"
expect_ok pingan backup "$TEST_DIR/backup.db" --lang zh
expect_stdout_contains "备份已写入 $TEST_DIR/backup.db（"
expect_stdout_contains "；校验通过）"
expect_ok pingan check --lang zh
expect_stdout_contains "：正常（结构版本 "
expect_ok pingan export --output "$TEST_DIR/all.jsonl" --lang zh
expect_stderr_contains "已导出到 $TEST_DIR/all.jsonl"
expect_ok pingan report --week this --output "$TEST_DIR/week.md" --format markdown --lang zh
expect_stderr_contains "报表已写入 $TEST_DIR/week.md"
ok "confirmations and notes in Chinese"

# ---- errors: the field as typed, the reason in Chinese; nothing written ----
expect_ok pingan event add --venue 工地 --place 安置房工地 --audience 10
expect_rejected --venue pingan event add --lang zh
expect_stderr_contains "pingan: error: --venue: 缺少必填项：--venue, --place, --audience"
expect_rejected --yes pingan event delete 2 --lang zh
expect_stderr_contains "pingan: error: --yes: 没有终端可供确认，event delete 需要加 --yes"
expect_rejected --yes pingan case delete 1 --lang zh
expect_stderr_contains "pingan: error: --yes: 求助案件 #1 需要 --yes 才能删除（没有终端可供确认）"
expect_rejected --status pingan case list --status 乱写 --lang zh
expect_stderr_contains 'pingan: error: --status: 未知的状态 "乱写"；可选：open（未办结）'
expect_rejected --week pingan event list --week this --month this --lang zh
expect_stderr_contains "pingan: error: --week: --week、--month、--quarter、--year 和 --from/--to 只能给其中一种"
expect_rejected --to pingan install list --from 2026-11-20 --to 2026-11-10 --lang zh
expect_stderr_contains "pingan: error: --to: 2026-11-10 早于 --from 2026-11-20"
expect_rejected --month pingan target set events 5 --lang zh
expect_stderr_contains "pingan: error: --month: 考核指标需要考核周期"
expect_rejected NAME pingan vocab 乱写 --lang zh
expect_stderr_contains 'pingan: error: NAME: 未知的词表 "乱写"；可选：venues, '
expect_rejected --kind pingan log --kind 乱写 --lang zh
expect_stderr_contains 'pingan: error: --kind: 未知的记录类别 "乱写"；可选：'
expect_rejected --record pingan log --record 3 --lang zh
expect_stderr_contains "pingan: error: --record: 给编号时需要同时给 --kind"
expect_rejected --older-than pingan archive --older-than 5x --lang zh
expect_stderr_contains 'pingan: error: --older-than: 请给出天数，如 365d，而不是 "5x"'
expect_rejected --before pingan archive --lang zh
expect_stderr_contains "pingan: error: --before: --before D 和 --older-than Nd 必须给且只能给一个"
expect_rejected --from pingan report --to 2026-11-20 --lang zh
expect_stderr_contains "pingan: error: --from: 按时间段出报表时，给了 --to 也要给 --from"
expect_rejected --output pingan report --output "$PINGAN_DB" --lang zh
expect_stderr_contains "pingan: error: --output: $PINGAN_DB 是台账数据库，请输出到别的文件"
expect_rejected --kind pingan export --format csv --lang zh
expect_stderr_contains "pingan: error: --kind: CSV 只能放一类记录"
expect_rejected --format pingan import "$TEST_DIR/records.txt" --lang zh
expect_stderr_contains 'pingan: error: --format: 无法从 "'
expect_exit 1 pingan import "$TEST_DIR" --format jsonl --lang zh
expect_stderr_contains "pingan: error: 无法读取 $TEST_DIR：这是文件夹，不是文件"
ok "errors keep the field and give the reason in Chinese"

# ---- help ----
expect_ok pingan event --help --lang zh
expect_stdout_contains "宣传活动：登记（add）、列表（list）"
expect_ok pingan event add --help --lang zh
expect_stdout_contains "场所：代码或名称"
expect_stdout_contains "必填：--venue、--place、--audience"
expect_stdout_contains "示例："
expect_stdout_contains "--date 昨天"
expect_not_contains "$OUT" "Required:" "Chinese help of event add"
expect_not_contains "$OUT" "Examples:" "Chinese help of event add"
expect_ok pingan event list --help --lang zh
expect_stdout_contains "ISO 周：2026-W48、本周（this）或上周（last）"
expect_stdout_contains "输出格式"
expect_stdout_contains "读取该 URL 处分局的 PostgreSQL 数据库"
expect_ok pingan case update --help --lang zh
expect_stdout_contains "推进求助案件"
expect_stdout_contains "须知："
expect_stdout_contains "96110 是全国反诈预警专线"
expect_ok pingan case delete --help --lang zh
expect_stdout_contains "删除求助案件及其进展记录"
expect_stdout_contains "求助案件编号"
expect_stdout_contains "不再询问（没有终端时必须给出）"
for command in "install add" "station add" "target set" "vocab" "log" "report" "archive" "backup" "check" \
  "export" "import" "push" "bureau status" "init"; do
  # shellcheck disable=SC2086  # the command's words
  expect_ok pingan $command --help --lang zh
  expect_stdout_contains "示例："
  expect_not_contains "$OUT" "Examples:" "Chinese help of $command"
done
ok "help of every command in Chinese"

# ---- $LANG zh_CN.UTF-8 without --lang; --lang en wins over it ----
LANG=zh_CN.UTF-8 expect_ok pingan event add --venue 夜市 --place 树林召夜市 --audience 100
expect_stdout_contains "已登记宣传活动 #"
LANG=zh_CN.UTF-8 expect_rejected --venue pingan event add --place 树林召夜市
expect_stderr_contains "pingan: error: --venue: 缺少必填项：--venue, --audience"
LANG=zh_CN.UTF-8 expect_ok pingan case open --help
expect_stdout_contains "为求助追回钱款的群众受理求助案件"
LANG=zh_CN.UTF-8 expect_ok pingan station add 新街派出所 --lang en
expect_stdout_contains "added station #"
ok "\$LANG zh_CN.UTF-8 gives Chinese, --lang en English"

# ---- the same in English reads English ----
expect_ok pingan event add --venue 工地 --place 安置房工地 --audience 5
expect_stdout_contains "added event #"
expect_rejected --venue pingan event add
expect_stderr_contains "pingan: error: --venue: missing required field(s): --venue, --place, --audience"
expect_rejected --status pingan case list --status 乱写
expect_stderr_contains 'pingan: error: --status: unknown status "乱写"; valid: open (未办结), closed (已办结)'
expect_rejected --yes pingan case delete 1
expect_stderr_contains "pingan: error: --yes: case #1 needs --yes when there is no terminal to confirm on"
expect_ok pingan event add --help
expect_stdout_contains "where: a venue code or label"
expect_stdout_contains "Required: --venue, --place, --audience"
expect_not_contains "$OUT" "示例：" "English help of event add"
expect_ok pingan case delete --help
expect_stdout_contains "Delete a case with its timeline"
expect_stdout_contains "the case's id"
expect_ok pingan backup "$TEST_DIR/backup2.db"
expect_stdout_contains "backup written to $TEST_DIR/backup2.db ("
expect_stdout_contains "; check ok)"
ok "English unchanged"
