# SPEC §4: every rejected input form exits 2 with one error line naming the
# field and leaves the database unchanged; the accepted date forms store the
# right dates.
source "$(dirname "$0")/lib.sh"

setup_ledger
expect_ok pingan event add --venue 工地 --place 安置房工地 --audience 60 --topic brushing
ok "ledger with one event"

# `event add` with the options given, and valid values for the required ones
# that are not given.
add() {
  local defaults=(--venue 夜市 --place 树林召夜市 --audience 150) args=() i
  for ((i = 0; i < ${#defaults[@]}; i += 2)); do
    [[ " $* " == *" ${defaults[i]} "* ]] || args+=("${defaults[i]}" "${defaults[i + 1]}")
  done
  pingan event add "${args[@]}" "$@"
}

# Dates: impossible, after today, garbage, empty.
for date in 2026-02-30 2026-13-01 2026-11-00 2025-02-29 2026-11-29 2027-01-01 +1d 28/11/2026 ""; do
  expect_rejected --date add --date "$date"
done
expect_rejected "is after today" add --date 2026-11-29
ok "bad dates rejected"

# Counts, for every count field.
for field in --audience --materials --installs; do
  for count in -1 1e3 12o "" 10000001 1.5 " " 0x10 ５; do
    expect_rejected "$field" add "$field" "$count"
  done
done
ok "bad counts rejected"

# Vocabularies and stations: the message lists what is valid.
expect_rejected --venue add --venue 火星
expect_stderr_contains "night_market"
expect_stderr_contains "construction_site"
expect_rejected --topic add --topic 外星人
expect_stderr_contains "brushing"
expect_rejected --topic add --topic "brushing,外星人"
expect_rejected --station add --station 不存在派出所
expect_stderr_contains "吉日嘎朗图派出所"
expect_stderr_contains "树林召派出所"
ok "unknown venue, topic, station rejected with the valid values listed"

# Text: invalid UTF-8, control characters, length limits.
long_name=$(printf '工%.0s' $(seq 101))
long_note=$(printf 'x%.0s' $(seq 2001))
expect_rejected --place add --place "$(printf 'ab\xffcd')"
expect_rejected --place add --place "$(printf '\xe5\xb7')"          # truncated 工
expect_rejected --place add --place "$(printf '\xc0\xaf')"          # overlong /
expect_rejected --place add --place "$(printf 'a\001b')"
expect_rejected --place add --place "$(printf 'a\033[31mb')"
expect_rejected --place add --place "$(printf 'two\nlines')"
expect_rejected --place add --place "$long_name"
expect_rejected --place add --place "   "
expect_rejected --note add --note "$(printf 'bad \xff byte')"
expect_rejected --note add --note "$(printf 'bell\a')"
expect_rejected --note add --note "$long_note"
expect_rejected --officer add --officer "$(printf 'x\001')"
expect_rejected --officer add --officer "$long_name"
expect_rejected --venue add --venue "$(printf '\xff')"
# At the limits, the values are accepted.
expect_ok add --place "${long_name%工}" --note "${long_note%x}" --date 2026-11-01
ok "bad text rejected; 100-character name and 2000-character note accepted"

# `event edit` rejects the same values, and an explicitly empty one.
for args in "--audience|-1" "--audience|" "--place|" "--venue|" "--venue|火星" "--date|2026-11-29" "--date|" \
            "--station|" "--station|不存在派出所" "--place|$long_name" "--materials|12o"; do
  expect_rejected "${args%%|*}" pingan event edit 1 "${args%%|*}" "${args#*|}"
done
ok "event edit rejects bad and empty values"

# Periods of event list.
expect_exit 2 pingan event list --from 2026-11-10 --to 2026-11-01
expect_error_line --to
for week in 2026-W54 2026-W00 2026-W99 2025-W53 W48 2026-W4x; do
  expect_exit 2 pingan event list --week "$week"
  expect_error_line --week
done
for month in 2026-13 2026-00 2026-1x 11; do
  expect_exit 2 pingan event list --month "$month"
  expect_error_line --month
done
expect_exit 2 pingan event list --from 2026-02-30
expect_error_line --from
expect_exit 2 pingan event list --limit -1
expect_error_line --limit
ok "bad periods rejected"

# Accepted date forms (today is 2026-11-28, a Saturday).
for pair in 2026-11-28=2026-11-28 2026/11/28=2026-11-28 2026年11月28日=2026-11-28 2026年2月3日=2026-02-03 \
            today=2026-11-28 今天=2026-11-28 yesterday=2026-11-27 昨天=2026-11-27 -3d=2026-11-25 \
            -0d=2026-11-28 2024-02-29=2024-02-29 " 2026-11-01 "=2026-11-01; do
  given=${pair%=*} want=${pair##*=}
  expect_ok add --date "$given" --format json
  expect_eq "$(jq -r .date <<<"$OUT")" "$want" "date printed for --date '$given'"
  id=$(jq -r .id <<<"$OUT")
  expect_eq "$(sql "SELECT date FROM event WHERE id = $id")" "$want" "date stored for --date '$given'"
done
# Without --date the event is dated today.
expect_ok add --format json
expect_eq "$(jq -r .date <<<"$OUT")" 2026-11-28 "default date"
ok "accepted date forms store the right dates"

# Accepted counts: the bounds and surrounding spaces.
expect_ok add --audience 10000000 --materials 0 --installs " 7 " --format json
expect_eq "$(jq -c '[.audience, .materials, .installs]' <<<"$OUT")" "[10000000,0,7]" counts
ok "counts at the bounds accepted"

# ---- "did you mean": commands, options and values a typo away ----
expect_rejected lsit pingan event lsit
expect_stderr_contains 'unknown command "lsit" for "pingan event" (did you mean "list"?)'
expect_rejected evnt pingan evnt list
expect_stderr_contains '(did you mean "event"?)'
expect_rejected --venu pingan event add --venu 工地 --place 工地 --audience 5
expect_stderr_contains 'unknown option "--venu" for "pingan event add" (did you mean "--venue"?)'
expect_not_contains "$ERR" "not expected" "CLI11's own words"
expect_rejected --venue pingan event add --venue 工低 --place 工地 --audience 5
expect_stderr_contains '(did you mean "工地" = construction_site?)'
expect_rejected --venue pingan event add --venue nigth_market --place 工地 --audience 5
expect_stderr_contains '(did you mean "night_market"?)'
expect_rejected --venue pingan event add --venue 火星 --place 工地 --audience 5
expect_not_contains "$ERR" "did you mean" "a value nothing is near"
expect_rejected METRIC pingan target set instals 5 --month this
expect_stderr_contains '(did you mean "installs"?)'
expect_rejected extra pingan report extra
expect_stderr_contains 'unexpected argument "extra" for "pingan report"'
ok "a typo of a command, option or vocabulary value gets the nearest one offered"
