# Hostile input (SPEC §3, §4): empty option values, huge and non-printing
# values in error messages, phone numbers never echoed, bidi controls and
# zero-width characters in names, far dates, broken configs, and output that
# cannot be written.
source "$(dirname "$0")/lib.sh"

setup_ledger
expect_ok pingan event add --venue 工地 --place 安置房工地 --audience 60 --note 原来的备注
expect_ok pingan case open --name 格桑花 --phone 13812345678 --category minor_game_topup --amount 700 --date 2026-11-20
ok "ledger with one event and one case"

# stderr is one error line that holds no more than LIMIT bytes.
expect_short_error() {
  local field=$1 limit=$2
  expect_error_line "$field"
  [ "${#ERR}" -le "$limit" ] || fail "error line of ${#ERR} characters: ${ERR:0:200}…"
}

# ---- 1. An empty value is an input error, never "use the default".
expect_rejected --recovered pingan case update 1 --status refunded --recovered ""
expect_stderr_contains "--recovered: must not be empty"
expect_eq "$(sql "SELECT status, recovered_fen FROM refund_case WHERE id = 1")" "open|0" "case after rejected update"
expect_rejected --date pingan install add --count 1 --date ""
expect_rejected --date pingan case open --name 王五 --category minor_game_topup --amount 100 --date ""
expect_rejected --officer pingan case update 1 --status submitted --officer ""
expect_rejected --note pingan event add --venue 工地 --place 工地二 --audience 1 --note ""
for option in --week --month --from --to --limit --station --venue --topic --format; do
  expect_rejected "$option" pingan event list "$option" ""
  expect_stderr_contains "$option: must not be empty"
done
expect_rejected --month pingan report --month ""
expect_rejected --db pingan --db "" event list
expect_rejected --config pingan --config "" event list
expect_rejected --lang pingan --lang "" event list
# The optional free text of an edit: "" clears it.
expect_ok pingan event edit 1 --note ""
expect_eq "$(sql "SELECT coalesce(note, '') FROM event WHERE id = 1")" "" "note after --note \"\""
ok "empty option values rejected; event edit --note \"\" clears the note"

# ---- 2. Error messages: values cut after 60 characters, nothing raw.
big=$(head -c 100000 /dev/zero | tr '\0' x)
expect_rejected --venue pingan event add --venue "$big" --place 工地二 --audience 1
expect_short_error --venue 400
expect_stderr_contains "\"$(head -c 60 /dev/zero | tr '\0' x)…\""
expect_rejected --station pingan event add --station "$big" --venue 工地 --place 工地二 --audience 1
expect_short_error --station 1200
expect_not_contains "$ERR" "$(head -c 61 /dev/zero | tr '\0' x)" "station error"
expect_exit 2 pingan "$big"
expect_short_error "unknown command" 400
expect_exit 2 pingan --lang "$big" event list
expect_short_error --lang 400
expect_exit 2 pingan event list "$big"
expect_short_error "unexpected argument" 400
# U+009B (CSI), U+2028, a bidi override, a zero-width space, an invalid byte.
nasty=$(printf '2026-W4\xc2\x9b8\xe2\x80\xa8\xe2\x80\xae\xe2\x80\x8b\xff\x1b')
expect_exit 2 pingan event list --week "$nasty"
expect_error_line --week
expect_stderr_contains '\u{009B}'
expect_stderr_contains '\u{2028}'
expect_stderr_contains '\u{202E}'
expect_stderr_contains '\u{200B}'
expect_stderr_contains '\xff'
expect_stderr_contains '\x1b'
for raw in $'\xc2\x9b' $'\xe2\x80\xa8' $'\xe2\x80\xae' $'\xe2\x80\x8b' $'\xff' $'\x1b'; do
  expect_not_contains "$ERR" "$raw" "error line"
done
ok "errors cut long values and escape what does not print"

# ---- 3. A phone number is never echoed.
expect_rejected --phone pingan case open --name 王五 --category minor_game_topup --amount 100 --phone 1391234x5678
expect_not_contains "$ERR" 1391234x5678 "phone error"
expect_not_contains "$ERR" 1391234 "phone error"
ok "a bad phone number is not echoed"

# ---- 4. Names and places refuse bidi controls and zero-width characters.
rlo=$'\xe2\x80\xae' zwsp=$'\xe2\x80\x8b' zwj=$'\xe2\x80\x8d'
expect_rejected --place pingan event add --venue 工地 --place "工地${rlo}二" --audience 1
expect_stderr_contains "bidi"
expect_rejected --officer pingan event add --venue 工地 --place 工地二 --audience 1 --officer "寇${zwsp}小青"
expect_stderr_contains "zero-width"
expect_rejected --name pingan case open --name "王${rlo}五" --category minor_game_topup --amount 100
expect_rejected --platform pingan case open --name 王五 --category minor_game_topup --amount 100 --platform "微信${zwsp}支付"
expect_rejected --code pingan station add 新派出所 --code "x${rlo}"
expect_rejected --note pingan event add --venue 工地 --place 工地二 --audience 1 --note "备注${rlo}反转"
# A joiner inside an emoji (family: man, ZWJ, woman) may stay in a note.
expect_ok pingan event add --venue 工地 --place 工地二 --audience 1 --note "$(printf '\xf0\x9f\x91\xa8')${zwj}$(printf '\xf0\x9f\x91\xa9')"
ok "bidi controls and zero-width characters refused in names and notes"

# ---- 5. Dates lie in 1900-01-01 … 2100-12-31.
expect_exit 2 pingan report --from 0001-01-01 --to 9999-12-31 --format html
expect_error_line --from
expect_stderr_contains "0001-01-01 is outside 1900-01-01 … 2100-12-31"
expect_eq "$OUT" "" "report output"
expect_rejected --date pingan event add --venue 工地 --place 工地二 --audience 1 --date 1899-12-31
expect_stderr_contains "outside"
expect_exit 2 pingan event list --week 1899-W52
expect_error_line --week
expect_exit 2 pingan event list --month 2101-01
expect_error_line --month
expect_exit 2 pingan event list --from 2026-01-01 --to 2101-01-01
expect_error_line --to
expect_ok pingan event add --venue 工地 --place 工地二 --audience 1 --date 1900-01-01
expect_ok pingan event list --from 1900-01-01 --to 2100-12-31 --format csv
ok "dates outside 1900 … 2100 rejected, the bounds accepted"

# ---- 6. Config: a folder, and a label that names two codes.
expect_exit 2 pingan --config "$TEST_DIR" event list
expect_error_line "is a folder, not a config file"
expect_stderr_contains "$TEST_DIR"
cat >"$TEST_DIR/clash.toml" <<'EOF'
[[venue]]
code = "pasture"
zh = "牧场"
[[venue]]
code = "x"
zh = "夜市"
EOF
expect_exit 2 pingan --config "$TEST_DIR/clash.toml" event list
expect_error_line "$TEST_DIR/clash.toml:6: venue.zh"
expect_stderr_contains night_market
ok "a folder as config, and a label of two codes, are errors naming the file"

# ---- 7. Output that cannot be written is a failure, not success.
run_full() {
  "$@" </dev/null >/dev/full 2>"$TEST_DIR/.err"
  RC=$?
  ERR=$(cat "$TEST_DIR/.err")
}
for command in "export" "export --kind events --format csv" "report" "report --format html" "event list" \
               "event list --format csv" "case list --format json" "event show 1" "completion bash" "--help"; do
  # shellcheck disable=SC2086  # the words of $command are its arguments
  run_full pingan $command
  [ "$RC" == 1 ] || fail "exit $RC, not 1, from pingan $command > /dev/full"
  expect_error_line "cannot write to standard output: No space left on device"
done
run_full pingan event add --venue 工地 --place 工地三 --audience 1
expect_eq "$RC" 1 "exit of event add > /dev/full"
expect_error_line "cannot write to standard output"
ok "a failed write to standard output is exit 1 with one error line"
