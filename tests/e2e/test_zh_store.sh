# The records' and the store's errors in the user's language (issue "Every
# message … in the user's language"): with --lang zh (or a Chinese $LANG) the
# reason is Chinese and the field, the file and line, the values and the
# engine's own words stay as they are; without it, the same runs read English.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/pg.sh"

setup_ledger
expect_ok pingan event add --venue 工地 --place 安置房工地 --audience 60
ok "ledger with two stations and one event"

# ---- Import: FILE:LINE: field: reason, the reasons Chinese ----
bad=$TEST_DIR/bad.jsonl
{
  echo '{not json'
  echo '[1, 2]'
  echo '{"kind": "meeting"}'
  echo '{"kind": "event", "uid": "not-a-uid"}'
  echo '{"kind": "event", "date": "2026-11-20", "venue": "工地", "place": "某地", "audience": 5}'
  echo '{"kind": "event", "date": "2026-11-20", "station": "不存在派出所", "venue": "工地", "place": "某地", "audience": 5}'
} >"$bad"
before=$(db_snapshot)
expect_exit 2 pingan --lang zh import "$bad"
expect_stderr_contains "$bad:1: line: 不是有效的 JSON"
expect_stderr_contains "$bad:2: line: 必须是 JSON 对象"
expect_stderr_contains "$bad:3: kind: 必须是 station, event, install, case, volunteer, task, duty, target 之一，不能是 \"meeting\""
expect_stderr_contains "$bad:4: uid: 必须是 UUID，如 6f1c2a70-9b1e-4c3d-8e2f-0a1b2c3d4e5f（或其后加 -installs）"
expect_stderr_contains "$bad:5: station: 必须给出"
expect_stderr_contains "$bad:6: station: 未知的派出所 \"不存在派出所\"；已登记：吉日嘎朗图派出所, 树林召派出所"
expect_stderr_contains "$bad: 6 行有误，未导入任何记录"
expect_not_contains "$ERR" "not valid JSON" "stderr"
[ "$(db_snapshot)" == "$before" ] || fail "a rejected import changed the database"
# The same file in English: the same fields, English reasons.
expect_exit 2 pingan import "$bad"
expect_stderr_contains "$bad:1: line: not valid JSON"
expect_stderr_contains "$bad:5: station: is required"
expect_stderr_contains "$bad: 6 bad lines; nothing was imported"
ok "a bad JSON Lines file: every line's reason in Chinese, the same in English"

one_bad=$TEST_DIR/one.jsonl
echo '{"kind": "station", "name": "新派出所", "population": "0"}' >"$one_bad"
expect_exit 2 pingan --lang zh import "$one_bad"
expect_stderr_contains "$one_bad:1: population: 辖区人口必须大于 0"
expect_stderr_contains "$one_bad: 1 行有误，未导入任何记录"
expect_exit 2 pingan import "$one_bad"
expect_stderr_contains "$one_bad: 1 bad line; nothing was imported"
ok "one bad line: its own wording in both languages"

: >"$TEST_DIR/empty.jsonl"
expect_exit 2 pingan --lang zh import "$TEST_DIR/empty.jsonl"
expect_stderr_contains "$TEST_DIR/empty.jsonl: 文件是空的"
printf '\xff\xfe{\x00}\x00\n\x00' >"$TEST_DIR/utf16.jsonl"
expect_exit 2 pingan --lang zh import "$TEST_DIR/utf16.jsonl"
expect_stderr_contains "看起来是 UTF-16 文本：请另存为 UTF-8"
printf 'name,colour\n某所,红\n' >"$TEST_DIR/stations.csv"
expect_exit 2 pingan --lang zh import --kind stations "$TEST_DIR/stations.csv"
expect_stderr_contains "$TEST_DIR/stations.csv:1: stations 没有 \"colour\" 这一列；可用的列："
printf 'name,code\n某所\n' >"$TEST_DIR/short.csv"
expect_exit 2 pingan --lang zh import --kind stations "$TEST_DIR/short.csv"
expect_stderr_contains "$TEST_DIR/short.csv:2: line: 有 1 个单元格，而表头有 2 个"
ok "empty, UTF-16 and malformed CSV files refused in Chinese"

# ---- A record that is not there: exit 3 ----
expect_exit 3 pingan --lang zh event show 99
expect_error_line "没有编号为 99 的宣传活动"
expect_exit 3 pingan --lang zh case show 7
expect_error_line "没有编号为 7 的求助案件"
expect_exit 3 pingan event show 99
expect_error_line "event 99 not found"
ok "not found: Chinese with --lang zh, English without"

# $LANG alone picks Chinese.
run env LANG=zh_CN.UTF-8 "$PINGAN" event show 99
expect_eq "$RC" 3 "exit code with LANG=zh_CN.UTF-8"
expect_error_line "没有编号为 99 的宣传活动"
ok "LANG=zh_CN.UTF-8 without --lang: Chinese"

# ---- Stations: unknown, clashing, retired ----
expect_rejected --station pingan --lang zh event add --station 不存在派出所 --venue 工地 --place 某地 --audience 5
expect_stderr_contains "--station: 未知的派出所 \"不存在派出所\"；已登记：吉日嘎朗图派出所, 树林召派出所"
expect_rejected --code pingan --lang zh station add 第三派出所 --code slz
expect_stderr_contains "--code: \"slz\" 已被派出所 \"树林召派出所\" 使用"
expect_rejected --population pingan --lang zh station add 第三派出所 --population 0
expect_stderr_contains "--population: 辖区人口必须大于 0"
expect_ok pingan station retire 树林召派出所
expect_rejected --station pingan --lang zh event add --station slz --venue 工地 --place 某地 --audience 5
expect_stderr_contains "--station: 派出所 \"树林召派出所\" 已于 2026-11-28 停用，不再接受新记录（恢复：pingan station retire 树林召派出所 --undo）"
expect_rejected --station pingan event add --station slz --venue 工地 --place 某地 --audience 5
expect_stderr_contains "--station: station \"树林召派出所\" was retired on 2026-11-28 and takes no new records"
ok "unknown, clashing and retired stations: Chinese reasons, field and names kept"

# ---- Cases: the lifecycle's errors ----
expect_ok pingan case open --name 王五 --category other --amount 100 --date 2026-11-20
expect_rejected --status pingan --lang zh case update 1 --status refunded
expect_stderr_contains "--status: 第 1 号求助案件不能从 open 改为 refunded（open → submitted → refunded | rejected；open 或 submitted → withdrawn）"
expect_rejected --status pingan --lang zh case update 1 --status open
expect_stderr_contains "--status: 第 1 号求助案件已是 open 状态"
expect_rejected --recovered pingan --lang zh case update 1 --status submitted --recovered 5
expect_stderr_contains "--recovered: 只能与 --status refunded 一起使用"
expect_ok pingan case update 1 --status submitted --date 2026-11-21
expect_rejected --recovered pingan --lang zh case update 1 --status refunded --recovered 500
expect_stderr_contains "--recovered: 500.00 超过了该案件的涉及金额 100.00"
expect_rejected --date pingan --lang zh case update 1 --status rejected --date 2026-11-20
expect_stderr_contains "--date: 2026-11-20 早于该案件上次更新的日期（2026-11-21）"
expect_ok pingan case update 1 --status withdrawn
expect_rejected --status pingan --lang zh case update 1 --status submitted
expect_stderr_contains "--status: 第 1 号求助案件已是最终状态 withdrawn；如需更改请加 --reopen"
expect_rejected --status pingan case update 1 --status submitted
expect_stderr_contains "--status: case 1 is withdrawn, a final status; add --reopen to change it"
ok "case status transitions refused in Chinese, in English without --lang"

# ---- Volunteers and tasks ----
expect_ok pingan volunteer add 张三 --joined 2026-11-01
expect_rejected --volunteer pingan --lang zh duty add --volunteer 李四 --duty patrol --hours 2
expect_stderr_contains "--volunteer: 没有义警 \"李四\"；最接近的：张三"
expect_rejected --volunteer pingan --lang zh duty add --volunteer 张三 --duty patrol --hours 2 --date 2026-10-01
expect_stderr_contains "--volunteer: 张三 在 2026-10-01 不在岗（2026-11-01 加入）"
ok "volunteers: unknown name and a day before joining, in Chinese"

# ---- The database file itself ----
sqlite3 "$TEST_DIR/other.db" "CREATE TABLE notes (body TEXT)"
expect_exit 1 pingan --lang zh --db "$TEST_DIR/other.db" event list
expect_error_line "$TEST_DIR/other.db 是 SQLite 数据库，但不是 pingan 台账数据库；未作任何改动"
expect_exit 1 pingan --lang zh --db "$TEST_DIR/other.db" check
expect_stderr_contains "数据库结构版本为 0：不是 pingan 数据库（本程序需要版本 "
expect_exit 1 pingan --db "$TEST_DIR/other.db" check
expect_stderr_contains "schema version 0: not a pingan database (this pingan expects "
ok "a non-pingan SQLite file: refused and checked in Chinese"

cp "$PINGAN_DB" "$TEST_DIR/future.db"
sqlite3 "$TEST_DIR/future.db" "PRAGMA user_version = 99"
expect_exit 1 pingan --lang zh --db "$TEST_DIR/future.db" event list
expect_error_line "$TEST_DIR/future.db 的数据库结构版本为 99，比本程序所知的版本（"
expect_stderr_contains "）新；请使用更新版本的 pingan"
expect_exit 1 pingan --lang zh --db "$TEST_DIR/future.db" check
expect_stderr_contains "数据库结构版本为 99（本程序需要版本 "
ok "a database from a newer pingan: refused in Chinese"

expect_exit 1 pingan --lang zh --db "$TEST_DIR/missing.db" event list
expect_error_line "$TEST_DIR/missing.db 处没有数据库（请先登记一条记录或运行 \`pingan init\`）"
printf 'not a database at all, just text that is long enough to be a header' >"$TEST_DIR/text.db"
expect_exit 1 pingan --lang zh --db "$TEST_DIR/text.db" event list
expect_error_line "数据库出错：file is not a database"
ok "no database, and SQLite's own words inside a Chinese frame"

# ---- Backup ----
expect_ok pingan backup "$TEST_DIR/copy.db"
expect_exit 2 pingan --lang zh backup "$TEST_DIR/copy.db"
expect_error_line "DEST: $TEST_DIR/copy.db 已存在；如要替换请加 --force"
expect_exit 2 pingan --lang zh backup --force "$PINGAN_DB"
expect_error_line "DEST: $PINGAN_DB 是正在使用的数据库；请备份到另一个文件"
ok "backup refusals in Chinese"

# ---- Counts of records, as confirmations list them ----
expect_ok pingan --lang zh check
expect_stdout_contains "派出所 2 个、宣传活动 1 场、下载注册 0 条、求助案件 1 件、义警 1 名、任务 0 项、履职 0 条、考核指标 0 项"
expect_ok pingan check
expect_stdout_contains "2 stations, 1 events, 0 installs, 1 cases, 1 volunteers, 0 tasks, 0 duties, 0 targets"
ok "counts of records in Chinese, in English without --lang"

# ---- The bureau's database (PostgreSQL): libpq's words in a Chinese frame, no password ----
nowhere="postgresql://pingan:S3cretPw@/pingan?host=$TEST_DIR/nowhere"
expect_exit 1 pingan --lang zh bureau status --bureau-db "$nowhere"
expect_error_line "pingan: error: 无法连接分局数据库 postgresql://pingan:***@/pingan?host=$TEST_DIR/nowhere："
expect_stderr_contains "$TEST_DIR/nowhere/.s.PGSQL.5432"
expect_not_contains "$ERR" "S3cretPw" "stderr"
expect_exit 1 pingan bureau status --bureau-db "$nowhere"
expect_error_line "pingan: error: cannot reach the bureau database postgresql://pingan:***@/pingan?host=$TEST_DIR/nowhere: "
ok "an unreachable bureau: Chinese frame, libpq's message, password redacted"

start_postgres
expect_exit 1 pingan --lang zh bureau status
expect_error_line "分局数据库中没有 pingan 的表结构：请运行 \`pingan bureau init\`"
expect_ok pingan bureau init
expect_rejected --station pingan --lang zh target set installs 10 --month 2026-11 --station 不存在派出所 --bureau-db "$PINGAN_BUREAU_DB"
expect_stderr_contains "--station: 分局数据库中没有派出所 \"不存在派出所\"；其中还没有任何派出所（pingan push）"
expect_rejected --station pingan target set installs 10 --month 2026-11 --station 不存在派出所 --bureau-db "$PINGAN_BUREAU_DB"
expect_stderr_contains "--station: unknown station \"不存在派出所\" in the bureau database; it has none yet (pingan push)"
ok "a bureau without the schema, and a station it does not know, in Chinese"
