# The volunteer, task, duty and points commands speak the user's language:
# with --lang zh (or $LANG zh_CN.UTF-8 and no --lang) errors keep their
# `FIELD: reason` form with a Chinese reason, confirmations and help are
# Chinese; without either the same commands still read English.
source "$(dirname "$0")/lib.sh"

setup_ledger   # 吉日嘎朗图派出所 (default) and 树林召派出所 (slz)

# ---- confirmations ---------------------------------------------------------------
expect_ok pingan volunteer add 巴图 --group grid_worker --joined 2026-01-05 --lang zh
expect_eq "$OUT" "已登记义警 #1  巴图" "volunteer add"
expect_ok pingan volunteer add 王芳 --group 家长 --joined 2026-02-01 --lang zh
expect_ok pingan task add --duty patrol --date 2026-12-05 --place 树林召夜市 --slots 4 --hours 2 --lang zh
expect_eq "$OUT" "已发布任务 #1  2026-12-05  参与治安巡防  树林召夜市" "task add"
expect_ok pingan task join 1 --volunteer 巴图,王芳 --lang zh
expect_eq "$OUT" "已报名 #1  2/4" "task join"
expect_ok pingan task add --duty patrol --date 2026-11-20 --place 正阳夜市 --hours 2 --lang zh
expect_ok pingan task done 2 --volunteer 巴图 --lang zh
expect_eq "$OUT" "任务已完成 #2" "task done"
expect_ok pingan duty add --volunteer 王芳 --duty patrol --hours 2 --date 2026-11-21 --lang zh
expect_eq "$OUT" "已记录履职 #2  王芳  4 分" "duty add"
expect_ok pingan points adjust --volunteer 巴图 --points 5 --reason 协助抓获嫌疑人 --date 2026-11-22 --lang zh
expect_eq "$OUT" "已调整积分 #3  巴图  +5" "points adjust"
expect_ok pingan volunteer edit 巴图 --group grid_worker --lang zh
expect_eq "$ERR" "没有变化，未修改。" "volunteer edit with nothing changed"
expect_ok pingan volunteer leave 王芳 --date 2026-11-25 --lang zh
expect_eq "$OUT" "义警已退出 #2  王芳" "volunteer leave"
expect_ok pingan volunteer leave 王芳 --rejoin --lang zh
expect_eq "$OUT" "已恢复义警 #2  王芳" "volunteer leave --rejoin"
expect_ok pingan volunteer certificates --year 2026 --top 1 --output "$TEST_DIR/证书.html" --lang zh
expect_eq "$ERR" "1 张荣誉证书 → $TEST_DIR/证书.html" "certificates"
ok "confirmations in Chinese"

# ---- tables: grades, the adjustment, the duty log ------------------------------------------
expect_ok pingan volunteer review --year 2026 --lang zh
expect_stdout_contains "待提高"
expect_ok pingan volunteer show 巴图 --lang zh
expect_stdout_contains "履职记录"
expect_stdout_contains "积分调整"
expect_ok pingan volunteer review --year 2026 --format json --lang zh
expect_eq "$(jq -r '.[0].grade' <<<"$OUT")" "improve" "the JSON grade stays a code"
ok "grades and the duty log in Chinese; JSON unchanged"

# ---- errors: the field kept, the reason Chinese ---------------------------------------------
expect_rejected --slots pingan task add --duty patrol --date 2026-12-06 --place 夜市 --slots 0 --lang zh
expect_eq "$ERR" "pingan: error: --slots: 至少为 1" "task add --slots 0"
expect_rejected ID pingan task done 1 --volunteer 巴图 --lang zh
expect_eq "$ERR" "pingan: error: ID: 任务 1 的日期是 2026-12-05，晚于今天" "task done before its day"
expect_rejected --adopted pingan duty add --volunteer 巴图 --duty patrol --adopted --lang zh
expect_eq "$ERR" "pingan: error: --adopted: 只适用于有采纳加分的职责（intelligence）" "duty add --adopted"
expect_rejected --date pingan volunteer leave 巴图 --rejoin --date 2026-11-01 --lang zh
expect_eq "$ERR" "pingan: error: --date: 只用于退出，不能与 --rejoin 同用" "leave --rejoin --date"
expect_rejected --date pingan volunteer leave 巴图 --date 2025-12-31 --lang zh
expect_eq "$ERR" "pingan: error: --date: 2025-12-31 早于其加入日期（2026-01-05）" "leave before joining"
expect_rejected --reason pingan points adjust --volunteer 巴图 --points 1 --reason "" --lang zh
expect_eq "$ERR" "pingan: error: --reason: 不能为空" "points adjust --reason empty"
expect_rejected --top pingan volunteer certificates --output "$TEST_DIR/c.html" --lang zh
expect_eq "$ERR" "pingan: error: --top: 请给出 --top N 或 --grade excellent，二者选一" "certificates without --top/--grade"
expect_rejected --top pingan volunteer certificates --year 2025 --top 3 --output "$TEST_DIR/c.html" --lang zh
expect_eq "$ERR" "pingan: error: --top: 2025 没有符合条件的义警" "certificates, nobody qualifies"
ok "errors keep the field, reasons in Chinese"

# ---- help ------------------------------------------------------------------------------
expect_ok pingan volunteer --help --lang zh
expect_stdout_contains "平安义警：名册、积分排行、积分考评"
expect_stdout_contains "登记义警"
expect_stdout_contains "积分考评：每名在队义警评定等次"
expect_ok pingan task add --help --lang zh
expect_stdout_contains "向义警队伍发布任务"
expect_stdout_contains "需要的义警人数（默认：不限）"
expect_stdout_contains "派出所名称或代码（默认：配置项 defaults.station）"
expect_stdout_contains "示例："
expect_stdout_contains "--date 明天"
expect_not_contains "$OUT" "Examples:" "task add --help in Chinese"
expect_ok pingan duty add --help --lang zh
expect_stdout_contains "积分按登记时配置文件中该职责的规则计算"
expect_stdout_contains "报送的信息被采纳（加分）"
expect_ok pingan points adjust --help --lang zh
expect_stdout_contains "手工加分或扣分，须写明原因"
expect_stdout_contains "积分，可为负数，最多一位小数：5、-3、2.5"
expect_ok pingan volunteer board --help --lang zh
expect_stdout_contains "默认时段：本月。"
expect_stdout_contains "--month 上月"
ok "help in Chinese"

# ---- $LANG decides when --lang is not given ------------------------------------------------
LANG=zh_CN.UTF-8 expect_rejected --adopted pingan duty add --volunteer 巴图 --duty patrol --adopted
expect_eq "$ERR" "pingan: error: --adopted: 只适用于有采纳加分的职责（intelligence）" "\$LANG zh error"
LANG=zh_CN.UTF-8 expect_ok pingan task --help
expect_stdout_contains "义警任务：发布（add）、通知（notice）、报名（join）、完成（done）、列表（list）"
LANG=zh_CN.UTF-8 expect_ok pingan volunteer add 李强 --joined 2026-03-01
expect_eq "$OUT" "已登记义警 #3  李强" "\$LANG zh confirmation"
ok "\$LANG=zh_CN.UTF-8 without --lang is Chinese"

# ---- the same in English ---------------------------------------------------------------
expect_rejected --adopted pingan duty add --volunteer 巴图 --duty patrol --adopted
expect_eq "$ERR" "pingan: error: --adopted: only for a duty with an adoption bonus (intelligence)" "English error"
expect_rejected ID pingan task done 1 --volunteer 巴图 --lang en
expect_eq "$ERR" "pingan: error: ID: task 1 is on 2026-12-05, after today" "English error, --lang en"
LANG=zh_CN.UTF-8 expect_rejected --slots pingan task add --duty patrol --date 2026-12-06 --place 夜市 --slots 0 --lang en
expect_eq "$ERR" "pingan: error: --slots: must be at least 1" "--lang en over \$LANG zh"
expect_ok pingan volunteer add 赵敏 --joined 2026-03-01
expect_eq "$OUT" "added volunteer #4  赵敏" "English confirmation"
expect_ok pingan points adjust --volunteer 赵敏 --points -2 --reason 重复登记
expect_eq "$OUT" "adjusted points #4  赵敏  -2" "English adjustment"
expect_ok pingan volunteer edit 赵敏 --joined 2026-03-01
expect_eq "$ERR" "nothing changed; nothing written" "English nothing changed"
expect_ok pingan volunteer review --year 2026
expect_stdout_contains "improve"
expect_not_contains "$OUT" "待提高" "English review"
expect_ok pingan task add --help
expect_stdout_contains "Post a task to the team"
expect_stdout_contains "how many volunteers it needs (default: no limit)"
expect_stdout_contains "Examples:"
expect_not_contains "$OUT" "示例" "English help"
ok "without zh everything still reads English"
