# Tables fit the terminal (SPEC §3): on a terminal W columns wide, in Chinese
# and in English, every list and the report keep each line within W display
# columns (a Chinese character taking two) and end no line in a space; free
# text gives way before station names; at 80 columns and more nothing falls
# back to one block per row. With ui.ambiguous_wide = true they draw with
# ASCII only, so that terminals showing "─ … █" two columns wide stay aligned.
source "$(dirname "$0")/lib.sh"

PINGAN="$PINGAN" bash "$PINGAN_SOURCE/data/sample/ledger.sh" >/dev/null 2>&1 || fail "the sample ledger did not load"

commands=(
  "event list --month this" "case list" "install list --month this" "volunteer list" "volunteer board --month this"
  "station list" "vocab" "vocab topics" "log" "target list --month this" "task list" "case show 2"
  "report --month this" "report --week this --rank installs"
)

# check_table WIDTH AMBIGUOUS_WIDE WHAT: what the terminal got ($OUT) fits.
check_table() {
  python3 "$TEST_DIR/check_table.py" "$@" <<<"$OUT" || fail "$3: does not fit $1 columns (ambiguous wide: $2)"
}
cat >"$TEST_DIR/check_table.py" <<'PY'
import re, sys, unicodedata
width, ambiguous, what = int(sys.argv[1]), sys.argv[2] == "true", sys.argv[3]
wide = "WFA" if ambiguous else "WF"
def columns(text):
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in wide else 1 for c in text)
lines = [re.sub(r"\x1b\[[0-9;]*m", "", line) for line in sys.stdin.read().split("\n")]
problems = []
for n, line in enumerate(lines, 1):
    if columns(line) > width:
        problems.append(f"line {n} is {columns(line)} columns wide: {line}")
    if line.endswith(" "):
        problems.append(f"line {n} ends in a space: {line!r}")
    if ambiguous and re.search("[─…█▉-▏]", line):
        problems.append(f"line {n} has an ambiguous-width character: {line}")

# Each table: its columns from the rule under the headings (runs of ─ or -).
free_text = {"地点", "主题", "备注", "变更", "Place", "Topics", "Note", "Changes"}
for n in range(1, len(lines)):
    rule = lines[n]
    if not rule or not re.fullmatch(r"[─-]+(  [─-]+)*", rule):
        continue
    spans = [(m.start(), m.end()) for m in re.finditer(r"[─-]+", rule)]  # rules are one column a character
    def cells(line):  # the line's text in each column's span of display columns
        chars, pos = [], 0
        for c in line:
            chars.append((pos, c))
            pos += columns(c)
        return [("".join(c for p, c in chars if a <= p < b)).strip() for a, b in spans]
    headings = cells(lines[n - 1])
    rows = []
    for line in lines[n + 1:]:
        if not line:
            break
        rows.append(cells(line))
    for station in (i for i, h in enumerate(headings) if h in ("派出所", "Station")):
        station_width = spans[station][1] - spans[station][0]
        if not any(row[station].endswith(("…", "...")) for row in rows):
            continue
        for free in (i for i, h in enumerate(headings) if h in free_text):
            free_width = spans[free][1] - spans[free][0]
            if free_width > max(station_width, 10):
                problems.append(f"station names cut to {station_width} columns while {headings[free]} has {free_width}")
if problems:
    print(f"{what} at {width} columns:", *problems[:10], sep="\n  ", file=sys.stderr)
    sys.exit(1)
PY

# The number of tables drawn (their rules), to tell them from blocks.
rules() { grep -cE '^(─+|-+)(  (─+|-+))*$' <<<"$OUT"; }

for lang in zh en; do
  for command in "${commands[@]}"; do
    # shellcheck disable=SC2086 # the command's words
    TTY_COLUMNS=1000 tty_run pingan $command --lang $lang
    expect_eq "$RC" 0 "exit of $command"
    tables=$(rules)
    for width in 40 60 80 120; do
      # The width the terminal says; $COLUMNS, when set, would override it.
      # shellcheck disable=SC2086
      TTY_COLUMNS=$width tty_run pingan $command --lang $lang
      expect_eq "$RC" 0 "exit of $command at $width columns"
      check_table "$width" false "$command --lang $lang"
      if [ "$width" -ge 80 ]; then expect_eq "$(rules)" "$tables" "tables of $command --lang $lang at $width columns"; fi
    done
  done
  ok "$lang: lists and reports fit 40, 60, 80 and 120 columns; tables from 80 columns on"
done

# $COLUMNS names the width on a terminal too (tests and users force it so).
COLUMNS=60 TTY_COLUMNS=200 tty_run pingan event list --week this --lang en
check_table 60 false "event list with COLUMNS=60"
# Off a terminal, nothing is cut: scripts get every value.
COLUMNS=60 expect_ok pingan event list --week this --lang zh
expect_stdout_contains 刷单返利、虚假贷款、国家反诈中心APP使用
expect_not_contains "$OUT" "…" "event list to a pipe"
ok "\$COLUMNS on a terminal; no cutting into a pipe"

# ---- ui.ambiguous_wide ----
printf '[ui]\nambiguous_wide = true\n' >"$PINGAN_CONFIG.wide"
for lang in zh en; do
  for command in "${commands[@]}"; do
    for width in 40 80; do
      # shellcheck disable=SC2086
      PINGAN_CONFIG=$PINGAN_CONFIG.wide TTY_COLUMNS=$width tty_run pingan $command --lang $lang
      expect_eq "$RC" 0 "exit of $command with ambiguous_wide"
      check_table "$width" true "$command --lang $lang, ambiguous_wide"
    done
  done
done
PINGAN_CONFIG=$PINGAN_CONFIG.wide TTY_COLUMNS=120 tty_run pingan report --month this --lang zh
expect_contains "$OUT" "----------  --------" "report rules"
expect_contains "$OUT" "########" "trend bars"
expect_contains "$OUT" "(2026-11-01 ... 2026-11-30)" "report period"
# Unset, a terminal in a CJK locale draws in ASCII too; false keeps the rules.
# (tty_run's python would set LC_CTYPE=C.UTF-8 for a locale it does not have.)
PYTHONCOERCECLOCALE=0 LANG=zh_CN.UTF-8 TTY_COLUMNS=80 tty_run pingan event list --month this
check_table 80 true "event list in a zh_CN locale"
expect_contains "$OUT" "----  ----------" "rules in a zh_CN locale"
printf '[ui]\nambiguous_wide = false\n' >"$PINGAN_CONFIG.narrow"
PYTHONCOERCECLOCALE=0 LC_CTYPE=ja_JP.UTF-8 PINGAN_CONFIG=$PINGAN_CONFIG.narrow TTY_COLUMNS=80 tty_run pingan event list --month this
expect_contains "$OUT" "──  ──────────" "rules with ambiguous_wide = false"
TTY_COLUMNS=80 tty_run pingan event list --month this
expect_contains "$OUT" "──  ──────────" "rules in the C locale"
ok "ui.ambiguous_wide: rules, cuts and bars in ASCII, aligned where ambiguous characters are wide; unset, a CJK locale decides"

printf '[ui]\nlang = "en"\nambiguous_wide = "yes"\n' >"$TEST_DIR/bad.toml"
expect_exit 2 pingan --config "$TEST_DIR/bad.toml" event list
expect_error_line "$TEST_DIR/bad.toml:3: ui.ambiguous_wide"
expect_stderr_contains "true or false"
ok "a bad ui.ambiguous_wide is exit 2 naming the file, line and key"
