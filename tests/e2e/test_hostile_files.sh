# Nothing lost, nothing forged: outputs that would replace the ledger, files
# that are not what they claim, imported values held to the typed rules, a
# foreign SQLite file, a record deleted while an archive copy remained,
# archive audit, killed backups.
source "$(dirname "$0")/lib.sh"

setup_ledger
expect_ok pingan event add --venue 工地 --place 安置房工地 --audience 60 --installs 5 --date 2026-11-27
intact() {  # the ledger still passes check and holds its event
  expect_ok pingan check
  expect_eq "$(sql 'SELECT count(*) FROM event')" 1 "events in the ledger"
}

# ---- outputs never replace the ledger, its archive or their WAL/SHM files ----
archive=$(dirname "$PINGAN_DB")/pingan-archive.db
expect_ok pingan archive --before 2020-01-01   # creates the (empty) archive
# A reader holding the ledger open keeps its -wal and -shm files there.
sqlite3 "$PINGAN_DB" "SELECT count(*) FROM event;" ".shell sleep 4" >/dev/null &
holder=$!
for _ in $(seq 50); do [ -e "$PINGAN_DB-wal" ] && break; sleep 0.05; done
ln "$PINGAN_DB" "$TEST_DIR/hard-link.db"
ln -s "$PINGAN_DB" "$TEST_DIR/soft-link.db"
for target in "$PINGAN_DB" "$PINGAN_DB-wal" "$PINGAN_DB-shm" "$archive" "$TEST_DIR/hard-link.db" "$TEST_DIR/soft-link.db" \
              "$(dirname "$PINGAN_DB")/./$(basename "$PINGAN_DB")"; do
  [ -e "$target" ] || fail "no $target to aim at"
  expect_rejected --output pingan report --output "$target"
  expect_rejected --output pingan export --output "$target"
done
wait "$holder"
intact
expect_rejected --archive pingan archive --before 2026-01-01 --archive "$TEST_DIR/hard-link.db"
intact
ok "report/export --output refuse the ledger, the archive, WAL files and links to them (exit 2, ledger intact)"

# ---- files that are not what they claim -------------------------------------
mkdir "$TEST_DIR/folder.jsonl"
expect_exit 1 pingan import "$TEST_DIR/folder.jsonl"
expect_error_line folder
expect_exit 1 pingan import /proc/self/mem --format jsonl
expect_error_line "cannot read"
: >"$TEST_DIR/empty.csv"
expect_exit 2 pingan import "$TEST_DIR/empty.csv" --kind events
expect_stderr_contains "empty"
printf '\n\n' >"$TEST_DIR/blank.csv"
expect_exit 2 pingan import "$TEST_DIR/blank.csv" --kind events
expect_stderr_contains "no header"
printf '{"kind":"station","name":"x"}\n' | iconv -f UTF-8 -t UTF-16 >"$TEST_DIR/utf16.jsonl"
expect_exit 2 pingan import "$TEST_DIR/utf16.jsonl"
expect_stderr_contains "UTF-16"
head -c 300 /bin/sh >"$TEST_DIR/binary.jsonl"
expect_exit 2 pingan import "$TEST_DIR/binary.jsonl"
expect_stderr_contains "binary"
printf 'date,station,venue,place,audience\n2026-11-20,slz,market,\xd4\xe7\xca\xd0,30\n' >"$TEST_DIR/gbk.csv"
expect_exit 2 pingan import "$TEST_DIR/gbk.csv" --kind events
expect_stderr_contains "gbk.csv:2: looks like GBK (GB18030) text"
printf '{"kind":"event","date":"2026-11-20","station":"slz","venue":"market","place":"p","audience":1e400}\n' \
  >"$TEST_DIR/huge.jsonl"
expect_exit 2 pingan import "$TEST_DIR/huge.jsonl"
expect_stderr_contains "huge.jsonl:1: line: not valid JSON"
intact
ok "import: a folder or unreadable file is exit 1; empty, headerless, UTF-16, binary, GBK, 1e400 are exit 2"

# ---- imported values obey the typed rules -------------------------------------
esc=$'\e]0;owned\a\e[2J'
long=$(head -c 100000 /dev/zero | tr '\0' 'a')
for uid in "$esc" "$long" "not-a-uuid" "00000000-0000-4000-8000-00000000000g"; do
  jq -cn --arg uid "$uid" '{kind:"station", uid:$uid, name:"新所"}' >"$TEST_DIR/uid.jsonl"
  expect_exit 2 pingan import "$TEST_DIR/uid.jsonl"
  expect_stderr_contains "uid.jsonl:1: uid: must be a UUID"
  expect_not_contains "$ERR" "$esc" "the escape sequence echoed"
  [ "${#ERR}" -lt 1000 ] || fail "the error echoes the long uid (${#ERR} bytes)"
done
jq -cn --arg at "2026-11-28T09:30:00Z$esc" \
  '{kind:"event", uid:"00000000-0000-4000-8000-000000000001", date:"2026-11-20", station:"slz", venue:"market",
    place:"早市", audience:3, created_at:$at}' >"$TEST_DIR/at.jsonl"
expect_exit 2 pingan import "$TEST_DIR/at.jsonl"
expect_stderr_contains "at.jsonl:1: created_at: not a UTC timestamp"
# An install posing as another station's event's derived install.
event_uid=$(sql 'SELECT uid FROM event')
jq -cn --arg uid "$event_uid-installs" \
  '{kind:"install", uid:$uid, date:"2026-11-20", station:"slz", venue:"front_desk", count:9}' >"$TEST_DIR/forged.jsonl"
expect_exit 2 pingan import "$TEST_DIR/forged.jsonl"
expect_stderr_contains "forged.jsonl:1: uid: a uid ending in -installs"
intact
ok "import: uids and timestamps checked (no escapes, no 100 KB values); no install may pose as an event's"

# ---- CSV: unknown columns refused; export → import is the identity ------------
printf 'date,station,venue,place,audience,materails\n2026-11-20,slz,market,早市,30,100\n' >"$TEST_DIR/typo.csv"
expect_exit 2 pingan import "$TEST_DIR/typo.csv" --kind events
expect_stderr_contains 'unknown column "materails"'
expect_ok pingan event add --venue 街头 --place "+86 热线咨询台" --audience 5 --note "=SUM(A1)" --date 2026-11-26
expect_ok pingan case open --name 王五 --phone "+86 138-1234-5678" --category other --amount 10 --platform "@抖音" \
  --date 2026-11-26
for kind in events cases; do
  expect_ok pingan export --kind "$kind" --format csv --output "$TEST_DIR/$kind.csv"
  grep -q "'" "$TEST_DIR/$kind.csv" || fail "no formula guard in the $kind export"
  PINGAN_DB=$TEST_DIR/copy.db expect_ok pingan init --station 吉日嘎朗图派出所
  PINGAN_DB=$TEST_DIR/copy.db expect_ok pingan station add 树林召派出所 --code slz
  PINGAN_DB=$TEST_DIR/copy.db expect_ok pingan import "$TEST_DIR/$kind.csv" --kind "$kind"
  PINGAN_DB=$TEST_DIR/copy.db expect_ok pingan export --kind "$kind" --format csv --output "$TEST_DIR/$kind.again.csv"
  expect_eq "$(cut -d, -f2- "$TEST_DIR/$kind.again.csv" | grep -v created_at | sed -E 's/,20[0-9-]{8}T[0-9:]{8}Z//g')" \
    "$(cut -d, -f2- "$TEST_DIR/$kind.csv" | grep -v created_at | sed -E 's/,20[0-9-]{8}T[0-9:]{8}Z//g')" "$kind CSV round trip"
  rm -f "$TEST_DIR/copy.db"*
done
ok "CSV: an unknown column is exit 2 naming it; export → import gives back the same values (guard undone)"

# ---- a foreign SQLite file is refused untouched ----------------------------------
sqlite3 "$TEST_DIR/foreign.db" "CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES ('keep me');"
sum=$(sha256sum <"$TEST_DIR/foreign.db")
for command in "event list" "report" "export" "event add --venue 工地 --place x --audience 1 --station slz"; do
  # shellcheck disable=SC2086
  expect_exit 1 pingan --db "$TEST_DIR/foreign.db" $command
  expect_stderr_contains "not a pingan ledger"
done
expect_eq "$(sha256sum <"$TEST_DIR/foreign.db")" "$sum" "the foreign file"
[ ! -e "$TEST_DIR/foreign.db-wal" ] || fail "the foreign file was switched to WAL"
ok "a foreign SQLite file is refused (exit 1) and left untouched, by read and write commands"

# ---- deleted while an interrupted archive left a copy: stays deleted -------------
expect_ok pingan event add --venue 夜市 --place 旧夜市 --audience 9 --date 2025-02-02
expect_ok pingan archive --before 2026-01-01
sqlite3 "$PINGAN_DB" "ATTACH '$archive' AS a; INSERT INTO event SELECT * FROM a.event WHERE place = '旧夜市';"
id=$(sql "SELECT id FROM event WHERE place = '旧夜市'")
expect_ok pingan event delete "$id" --yes
expect_ok pingan event list --include-archive --from 2025-01-01 --to 2025-12-31 --format csv
expect_not_contains "$OUT" 旧夜市 "a deleted event back through --include-archive"
expect_ok pingan report --from 2025-02-01 --to 2025-02-28 --include-archive --format json
expect_eq "$(jq .totals.events <<<"$OUT")" 0 "a deleted event in the report"
ok "a record deleted in the ledger does not come back from the archive's stale copy"

# ---- archive writes one audit row per run ------------------------------------------
runs=$(sql "SELECT count(*) FROM audit WHERE action = 'archive'")
expect_ok pingan event add --venue 夜市 --place 更旧夜市 --audience 9 --date 2024-02-02
uid=$(sql "SELECT uid FROM event WHERE place = '更旧夜市'")
expect_ok pingan archive --before 2025-01-01
expect_eq "$(sql "SELECT count(*) FROM audit WHERE action = 'archive'")" $((runs + 1)) "archive audit rows"
row=$(sql "SELECT after FROM audit WHERE action = 'archive' ORDER BY id DESC LIMIT 1")
expect_eq "$(jq -c '[.cutoff, .moved.events, (.uids | index("'"$uid"'") != null)]' <<<"$row")" '["2025-01-01",1,true]' \
  "archive audit row"
ok "archive writes one audit row per run: cutoff, counts, uids moved"

# ---- a killed backup's temporary copy is removed by the next backup ---------------
mkdir "$TEST_DIR/backups"
for _ in 1 2 3; do
  "$PINGAN" backup "$TEST_DIR/backups/b.db" --force >/dev/null 2>&1 &
  pid=$!
  sleep 0.05
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
done
: >"$TEST_DIR/backups/.b.db.tmp123"   # as a kill leaves it, in case the kills above came too late
expect_ok pingan backup "$TEST_DIR/backups/b.db" --force
expect_eq "$(find "$TEST_DIR/backups" -name '.b.db.tmp*' | wc -l)" 0 "stale temporary copies"
ok "the next backup of a destination removes the temporary copies killed backups left"

# ---- Markdown: link syntax in a name stays text -------------------------------------
expect_ok pingan station add '[点我](javascript:alert(1))' --code evil
expect_ok pingan event add --venue 工地 --place '![x](http://example.invalid/x.png)' --audience 1 --station evil \
  --date 2026-11-27
expect_ok pingan report --week this --format markdown
expect_contains "$OUT" '\[点我\](javascript:alert(1))' "escaped station name"
expect_not_contains "$OUT" '[点我](javascript' "a live link"
ok "the Markdown report escapes link syntax from names"
