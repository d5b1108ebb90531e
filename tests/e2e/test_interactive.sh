# On a terminal (a tmux pane): prompts for missing fields with re-asking,
# end of input and Ctrl-C abort with nothing written, delete asks to confirm,
# and tables line up by display width.
source "$(dirname "$0")/lib.sh"

if ! command -v tmux >/dev/null; then
  echo "SKIP: tmux is not installed (scripts/test installs it)"
  exit 0
fi

setup_ledger
expect_ok pingan event add --venue 工地 --place 安置房工地 --audience 60 --date 2026-11-20

socket=pingan-e2e-$$
tm() { tmux -u -L "$socket" -f /dev/null "$@"; }
CLEANUP+=("tmux -L $socket kill-server")

# start NAME ARGS...: runs pingan ARGS in a detached 120x40 pane with the test's
# environment; its exit code goes to $TEST_DIR/NAME.rc and the pane stays.
cat >"$TEST_DIR/in-pane.sh" <<EOF
export PINGAN_DB='$PINGAN_DB' PINGAN_CONFIG='$PINGAN_CONFIG' PINGAN_TODAY='$PINGAN_TODAY' TZ=UTC
unset LANG LC_ALL COLUMNS NO_COLOR
trap : INT  # Ctrl-C ends pingan (default action in the child), not this script
name=\$1
shift
'$PINGAN' "\$@"
echo \$? >'$TEST_DIR'/\$name.rc
exec sleep 600
EOF
start() {
  local name=$1
  shift
  tm new-session -d -s "$name" -x 120 -y 40 bash "$TEST_DIR/in-pane.sh" "$name" "$@" || fail "tmux new-session"
}
screen() { tm capture-pane -p -J -t "$1"; }
# wait_for NAME TEXT: until the pane shows TEXT (20 s at most).
wait_for() {
  for _ in $(seq 200); do
    [[ "$(screen "$1")" == *"$2"* ]] && return 0
    sleep 0.1
  done
  fail "pane $1 never showed [$2]; it shows: $(screen "$1")"
}
# answer NAME TEXT: types TEXT and Enter.
answer() { tm send-keys -t "$1" -l "$2" && tm send-keys -t "$1" Enter; }
# exit_code NAME: waits for the command in the pane to end.
exit_code() {
  for _ in $(seq 200); do
    [ -s "$TEST_DIR/$1.rc" ] && { cat "$TEST_DIR/$1.rc"; return 0; }
    sleep 0.1
  done
  fail "pane $1 did not finish; it shows: $(screen "$1")"
}

# ---- prompts: a wrong answer is explained and asked again ----
start add event add
wait_for add "Venue: "
expect_contains "$(screen add)" "night_market (Night market)" "the venue prompt lists the venues"
answer add 火星
wait_for add 'unknown venue "火星"'
answer add 夜市
wait_for add "Place: "
answer add "树林召夜市 东门"
wait_for add "Audience"
answer add abc
wait_for add 'not a whole number: "abc"'
answer add 150
expect_eq "$(exit_code add)" 0 "exit of the prompted add"
expect_contains "$(screen add)" "added event #2" "confirmation"
expect_eq "$(sql 'SELECT venue, place, audience, date FROM event WHERE id = 2')" \
  "night_market|树林召夜市 东门|150|2026-11-28" "stored event"
expect_eq "$(sql "SELECT group_concat(officer) FROM event_officer WHERE event_id = 2")" 寇小青 "default officer"
ok "prompts re-ask after bad answers and store the event"

# Given options are not asked for again; only the missing ones are.
start partial event add --venue school --audience 30
wait_for partial "Place: "
expect_not_contains "$(screen partial)" "Venue" "prompts when --venue was given"
answer partial 第一中学
expect_eq "$(exit_code partial)" 0 "exit of the partly prompted add"
expect_eq "$(sql 'SELECT venue, place, audience FROM event WHERE id = 3')" "school|第一中学|30" "stored event"
ok "only missing fields are asked for"

# A bad value given as an option is an error before any prompt.
start badopt event add --audience 12o
expect_eq "$(exit_code badopt)" 2 "exit with a bad option on a terminal"
expect_contains "$(screen badopt)" "pingan: error: --audience" "error"
ok "bad option values are rejected before prompting"

# ---- end of input and Ctrl-C write nothing ----
before=$(db_snapshot)
start eof event add
wait_for eof "Venue: "
tm send-keys -t eof C-d
expect_eq "$(exit_code eof)" 2 "exit after end of input"
expect_contains "$(screen eof)" "nothing was written" "message after end of input"
start interrupt event add
wait_for interrupt "Venue: "
answer interrupt 工地
wait_for interrupt "Place: "
tm send-keys -t interrupt C-c
expect_eq "$(exit_code interrupt)" 130 "exit after Ctrl-C"
[ "$(db_snapshot)" == "$before" ] || fail "an aborted add changed the database"
ok "end of input and Ctrl-C abort with nothing written"

# ---- delete asks on a terminal ----
start keep event delete 3
wait_for keep "[y/N]"
answer keep n
expect_eq "$(exit_code keep)" 0 "exit after declining"
[ "$(db_snapshot)" == "$before" ] || fail "declined delete changed the database"
start remove event delete 3
wait_for remove "[y/N]"
answer remove y
expect_eq "$(exit_code remove)" 0 "exit after confirming"
expect_eq "$(sql 'SELECT count(*) FROM event WHERE id = 3')" 0 "deleted"
ok "event delete asks and obeys the answer"

# ---- tables line up by display width and fit the terminal ----
expect_ok pingan event add --venue 养老院 --place "幸福里养老院（东区）" --audience 8 --topic 养老诈骗,非法集资 --date 2026-11-21
expect_ok pingan event add --venue other --place "Ulaanbaatar Road 12" --audience 1234567 --installs 12 --date 2026-11-22 \
  --station slz --topic "冒充公检法及政府机关,虚假网络投资理财,冒充电商物流客服,网络游戏产品虚假交易"
for lang in zh en; do
  start "table-$lang" --lang "$lang" event list
  expect_eq "$(exit_code "table-$lang")" 0 "exit of event list"
  screen "table-$lang" >"$TEST_DIR/table-$lang.txt"
  python3 - "$TEST_DIR/table-$lang.txt" 120 <<'PY' || fail "the $lang table does not line up: $(cat "$TEST_DIR/table-$lang.txt")"
import sys, unicodedata

def cells(line):
    """Display column -> character; the second column of a wide one is None."""
    out = []
    for c in line:
        out.append(c)
        if unicodedata.east_asian_width(c) in "WF":
            out.append(None)
    return out

lines = [l.rstrip() for l in open(sys.argv[1], encoding="utf-8").read().split("\n")]
rule_at = next(i for i, l in enumerate(lines) if l.startswith("─"))
heading, rule = cells(lines[rule_at - 1]), cells(lines[rule_at])
rows = [cells(l) for l in lines[rule_at + 1:] if l.strip() and not l.startswith("pingan")]
assert len(rows) == 4, len(rows)
spans, start = [], None  # [start, end) display columns of each column
for col, c in enumerate(rule + [" "]):
    if c == "─" and start is None:
        start = col
    elif c != "─" and start is not None:
        spans.append((start, col)); start = None
assert len(spans) == 9, spans
width = int(sys.argv[2])
for line in [heading, rule] + rows:
    assert len(line) <= width, f"line wider than the terminal: {len(line)}"

def segment(line, a, b):
    part = (line + [" "] * b)[a:b]
    assert part[0] is not None, "a wide character is cut at a column start"
    return part

# Every column's heading and cells start at its first display column (left-
# aligned) or all end at its last (right-aligned), with two spaces between.
for k, (a, b) in enumerate(spans):
    parts = [segment(line, a, b) for line in [heading] + rows]
    parts = [p for p in parts if any(c != " " for c in p)]
    left, right = all(p[0] != " " for p in parts), all(p[-1] != " " for p in parts)
    assert left or right, f"column {k} does not line up: {[''.join(c or '' for c in p) for p in parts]}"
    if k + 1 < len(spans):
        for line in [heading] + rows:
            assert (line + [" "] * (b + 2))[b:b + 2] == [" ", " "], f"no gap after column {k}"
assert any("…" in "".join(c or "" for c in r) for r in rows), "nothing truncated to fit"
PY
done
expect_contains "$(cat "$TEST_DIR/table-zh.txt")" 日期 "zh headings"
expect_contains "$(cat "$TEST_DIR/table-zh.txt")" 幸福里养老院 "zh table"
ok "tables with Chinese text line up on a 120-column terminal and are truncated with …"

# ---- volunteer commands ask for what is missing too ----
expect_ok pingan volunteer add 巴图 --joined 2026-01-05
start task task add
wait_for task "Duty: "
expect_contains "$(screen task)" "patrol (Security patrol)" "the duty prompt lists the duties"
answer task 巡逻
wait_for task 'unknown duty'
answer task 参与治安巡防
wait_for task "Date: "
answer task 2026-12-05
wait_for task "Place: "
answer task 正阳夜市
expect_eq "$(exit_code task)" 0 "task add on a terminal"
expect_eq "$(sql "SELECT duty || ' ' || date || ' ' || place FROM task")" "patrol 2026-12-05 正阳夜市" "the task asked for"
start points points adjust --volunteer 巴图
wait_for points "Points (may be negative): "
answer points 0
wait_for points "not 0"
answer points " -2"   # (a leading "-" would be read as a tmux option)
wait_for points "Reason: "
tm send-keys -t points C-d
expect_eq "$(exit_code points)" 2 "end of input at a prompt"
expect_eq "$(sql "SELECT count(*) FROM duty")" 0 "nothing written after end of input"
ok "task add and points adjust ask on a terminal, re-ask on a bad answer, write nothing on end of input"
