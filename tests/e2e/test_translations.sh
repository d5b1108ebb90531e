# Every message, error, prompt and help text is in the one translation table
# (lib/pingan/translations.cpp), and a Chinese user reads Chinese: errors keep
# their `FIELD: reason` form with the reason translated, help is translated.
source "$(dirname "$0")/lib.sh"

faults=$(python3 "$PINGAN_SOURCE/tests/e2e/check_translations.py" "$PINGAN_SOURCE" 2>/dev/null)
[ -z "$faults" ] || fail "the translation table and the code disagree:
$faults"
ok "every tr() text is in the table, every table entry is used, no text bypasses tr()"

setup_ledger

# A Chinese user: --lang zh, or $LANG, or config ui.lang. The field keeps its
# name; the reason is Chinese.
expect_rejected --audience pingan --lang zh event add --venue 工地 --place 工地 --audience 12o
expect_stderr_contains "pingan: error: --audience: 不是整数：\"12o\""
expect_rejected --date pingan --lang zh event add --venue 工地 --place 工地 --audience 1 --date 2026-02-30
expect_stderr_contains "--date: 不是有效的日期："
expect_rejected --date pingan --lang zh event add --venue 工地 --place 工地 --audience 1 --date 2026-12-01
expect_stderr_contains "--date: \"2026-12-01\" 晚于今天（2026-11-28）"
expect_rejected --amount pingan --lang zh case open --name 王某 --phone 13800000000 --category 网购退款 --amount 1.234
expect_stderr_contains "--amount: 最多两位小数："

# A vocabulary's valid values are listed by their Chinese labels, with the nearest offered.
expect_rejected --venue pingan --lang zh event add --venue 工低 --place 工地 --audience 1
expect_stderr_contains "--venue: 未知的场所 \"工低\"（是不是 \"工地\" = construction_site？）；可选：工地、"
expect_not_contains "$ERR" "construction_site、" "the valid list (codes)"
expect_exit 2 env LANG=zh_CN.UTF-8 "$PINGAN" event add --venue nowhere --place 工地 --audience 1
expect_stderr_contains "--venue: 未知的场所 \"nowhere\"；可选："
# In English the same error lists codes.
expect_exit 2 pingan event add --venue nowhere --place x --audience 1
expect_stderr_contains "--venue: unknown venue \"nowhere\"; valid: construction_site, "

# CLI11's own errors and unknown words, in the user's language.
expect_exit 2 pingan --lang zh event add --audience
expect_eq "$ERR" "pingan: error: --audience: 缺少取值"
expect_exit 2 pingan --lang zh event lsit
expect_eq "$ERR" "pingan: error: \"pingan event\" 没有子命令 \"lsit\"（是不是 \"list\"？）（见 pingan event --help）"
expect_exit 2 pingan --lang zh event list --format xml
expect_stderr_contains "--format: \"xml\" 不是可选值之一（table,json,csv）"

# A config's language holds for errors in that config too.
printf '[ui]\nlang = "zh"\n[cases]\noverdue_days = -1\n' >"$PINGAN_CONFIG"
expect_exit 2 pingan event list
expect_stderr_contains "config.toml:4: cases.overdue_days: 必须是 0 到 36500 的整数"
printf '[ui]\nlang = "zh"\n' >"$PINGAN_CONFIG"
expect_exit 2 pingan event add --venue 工地 --place 工地 --audience x
expect_stderr_contains "--audience: 不是整数"
# --lang wins over the config.
run pingan --lang en event add --venue 工地 --place 工地 --audience x
expect_stderr_contains "--audience: not a whole number"
rm "$PINGAN_CONFIG"
ok "errors in Chinese keep their field; vocabularies list Chinese labels; CLI11's errors too"

# Help: the program's own and CLI11's words.
expect_ok pingan --lang zh --help
expect_stdout_contains "用法: pingan [选项] 子命令"
expect_stdout_contains "显示本帮助并退出"
expect_stdout_contains "界面语言：zh（中文）或 en（英文）"
expect_stdout_contains "退出码：0 成功"
run env LANG=zh_CN.UTF-8 "$PINGAN" --help
expect_stdout_contains "用法: pingan [选项] 子命令"
run pingan --help
expect_stdout_contains "Usage: pingan [OPTIONS] SUBCOMMAND"
expect_stdout_contains "print this help and exit"
expect_not_contains "$OUT" "用法" "English help"
ok "help in the user's language"
