# SPEC §5 "Archive, backup, check" and §6: archive and backup run while
# officers keep adding events (nothing fails, nothing is lost or doubled),
# every backup is a sound snapshot with mode 0600, backup does not overwrite
# without --force, check names what is wrong, and scripts/cron-archive does
# the nightly job.
source "$(dirname "$0")/lib.sh"

CUTOFF=2025-07-01
ARCHIVE=$TEST_DIR/pingan-archive.db  # the default: beside the database
BACKUPS=$TEST_DIR/backups
CRON=$PINGAN_SOURCE/scripts/cron-archive
umask 022  # backups must be 0600 all the same
mkdir -p "$BACKUPS"

now() { echo "$EPOCHREALTIME"; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
start=$(now)

setup_ledger
# Old events for the archive to move while the writers write: 24,000 in
# 2024-2025 with a topic, an officer and a linked install each, enough for
# the archive to take longer than the writers' busy timeout (5 s), so that
# a writer locked out for the whole run would fail.
sql <<'SQL' || fail "generating old events"
PRAGMA foreign_keys = ON;
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 24000)
INSERT INTO event (id, uid, date, station_id, venue, place, audience, materials, note, created_at, updated_at)
SELECT i, printf('old-%06d', i), date('2024-01-01', '+' || (i % 600) || ' days'), 1 + i % 2, 'village',
       'old ' || i, i % 100, 0, NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
FROM n;
INSERT INTO event_topic (event_id, position, topic) SELECT id, 0, 'elder_care' FROM event;
INSERT INTO event_officer (event_id, position, officer) SELECT id, 0, '寇小青' FROM event;
INSERT INTO install (uid, date, station_id, venue, place, count, event_id, created_at, updated_at)
SELECT uid || '-installs', date, station_id, venue, place, 2, id, created_at, updated_at FROM event;
COMMIT;
SQL
old_to_move=$(sql "SELECT count(*) FROM event WHERE date < '$CUTOFF'")

# --- writers, archive and backups at once ------------------------------------

# Writer W adds events until $TEST_DIR/stop appears: every other one dated in
# 2024 (for an archive run to move), the others this month. Each success is
# logged by its place and how long it took, each failure with its exit code
# and message.
writer() {
  local w=$1 j=0 rc date t
  : >"$TEST_DIR/added.$w"
  while [ ! -e "$TEST_DIR/stop" ]; do
    j=$((j + 1))
    if ((j % 2)); then date=2024-0$((j % 9 + 1))-15; else date=2026-11-2$((j % 8)); fi
    t=$(now)
    "$PINGAN" event add --venue 夜市 --place "w$w-$j" --audience "$j" --topic brushing,romance --installs 1 \
      --date "$date" </dev/null >/dev/null 2>"$TEST_DIR/writer.$w.err"
    rc=$?
    if [ "$rc" == 0 ]; then
      echo "w$w-$j" >>"$TEST_DIR/added.$w"
      echo "$(elapsed "$t")" >>"$TEST_DIR/took.$w"
    else
      echo "writer $w, event w$w-$j: exit $rc: $(cat "$TEST_DIR/writer.$w.err")" >>"$TEST_DIR/failures"
    fi
  done
}
added() { cat "$TEST_DIR"/added.* | wc -l; }

rm -f "$TEST_DIR/stop"
: >"$TEST_DIR/failures"
writers=()
for w in 1 2 3 4; do
  writer "$w" &
  writers+=($!)
done
CLEANUP+=("touch '$TEST_DIR/stop'; wait")
stop_writers() {
  touch "$TEST_DIR/stop"
  for pid in "${writers[@]}"; do wait "$pid"; done
}
sleep 1

t=$(now)
added_before=$(added)
"$PINGAN" archive --before "$CUTOFF" </dev/null >"$TEST_DIR/archive.out" 2>"$TEST_DIR/archive.err" &
archiver=$!
# Backups while the archive moves records and the writers add.
for i in 1 2 3; do
  expect_ok pingan backup "$BACKUPS/latest.db" --force
  expect_stdout_contains "check ok"
  cp "$BACKUPS/latest.db" "$BACKUPS/during-$i.db"
  expect_ok pingan backup "$BACKUPS/backup-$i.db"
done
wait "$archiver" || fail "archive while writers write: exit $?: $(cat "$TEST_DIR/archive.err")"
archive_time=$(elapsed "$t")
added_during=$(($(added) - added_before))
[ "$added_during" -gt 0 ] || fail "no writer got an event in while the archive ran"
archived=$(sed -n 's/^archived \([0-9]*\) events.*/\1/p' "$TEST_DIR/archive.out")
[ "${archived:-0}" -ge "$old_to_move" ] || fail "the archive moved ${archived:-no} events, expected at least $old_to_move"
ok "archive (${archive_time} s, $archived events) and 6 backups while 4 writers added $added_during events"

# The nightly job, while the writers go on.
expect_ok env PINGAN="$PINGAN" PINGAN_BACKUP_DIR="$TEST_DIR/nightly" bash "$CRON"
sleep 1
stop_writers
expect_eq "$(cat "$TEST_DIR/failures")" "" "failed writer commands"
total_added=$(added)
slowest=$(cat "$TEST_DIR"/took.* | sort -n | tail -n 1)
ok "$total_added events added by 4 writers, every command exit 0, the slowest in $slowest s ($(elapsed "$start") s so far)"

# Every added event is in the database or the archive, exactly once, with
# its topics and linked install.
sql "SELECT place FROM event WHERE place GLOB 'w*-*'" >"$TEST_DIR/stored.main" || fail "reading the database"
sqlite3 "$ARCHIVE" "SELECT place FROM event WHERE place GLOB 'w*-*'" >"$TEST_DIR/stored.archive" || fail "reading the archive"
[ -s "$TEST_DIR/stored.archive" ] || fail "no writer's event was archived"
LC_ALL=C sort "$TEST_DIR/stored.main" "$TEST_DIR/stored.archive" >"$TEST_DIR/stored"
cat "$TEST_DIR"/added.* | LC_ALL=C sort >"$TEST_DIR/added"
if ! cmp -s "$TEST_DIR/stored" "$TEST_DIR/added"; then
  diff "$TEST_DIR/added" "$TEST_DIR/stored" | head -n 10 >&2
  fail "added events and stored events differ (< lost, > doubled or unknown)"
fi
for db in "$PINGAN_DB" "$ARCHIVE"; do
  expect_eq "$(sqlite3 "$db" "SELECT count(*) FROM event e WHERE place GLOB 'w*-*' AND (
      (SELECT count(*) FROM event_topic WHERE event_id = e.id) <> 2
      OR (SELECT count(*) FROM install WHERE event_id = e.id) <> 1)")" 0 "writers' events without their topics or install in $db"
done
expect_eq "$(sql "SELECT count(*) FROM event WHERE uid GLOB 'old-*'")" 0 "generated old events left after the nightly job"
expect_ok pingan check
expect_ok pingan --db "$ARCHIVE" check
ok "every added event is in the database or the archive exactly once, complete; both pass check"

# Every backup passes check, has mode 0600, and holds only whole events.
for backup in "$BACKUPS"/*.db "$TEST_DIR"/nightly/*.db; do
  expect_ok pingan --db "$backup" check
  expect_stdout_contains ": ok"
  expect_eq "$(stat -c %a "$backup")" 600 "mode of $backup"
  expect_eq "$(sqlite3 "$backup" "SELECT count(*) FROM event e WHERE
      NOT EXISTS (SELECT 1 FROM event_topic WHERE event_id = e.id)
      OR NOT EXISTS (SELECT 1 FROM install WHERE event_id = e.id)")" 0 "events without topics or install in $backup"
done
expect_eq "$(find "$BACKUPS" "$TEST_DIR/nightly" -name '.*' | wc -l)" 0 "temporary files left beside the backups"
ok "every backup taken under load passes check, with mode 0600"

# With nobody writing, a backup holds exactly what the database holds.
expect_ok pingan backup "$BACKUPS/quiet.db"
expect_eq "$(sqlite3 "$BACKUPS/quiet.db" .dump | sha256sum)" "$(sql .dump | sha256sum)" "backup content"
ok "a backup of a quiet database has the same content"

# --- backup refuses to overwrite ------------------------------------------

before=$(sha256sum <"$BACKUPS/backup-1.db")
expect_exit 2 pingan backup "$BACKUPS/backup-1.db"
expect_error_line --force
expect_eq "$(sha256sum <"$BACKUPS/backup-1.db")" "$before" "backup-1.db after a refused backup"
# A missing folder is made, private (0700): a backup holds names and phones.
expect_ok pingan backup "$TEST_DIR/no-such-folder/2026/backup.db"
expect_eq "$(stat -c %a "$TEST_DIR/no-such-folder" "$TEST_DIR/no-such-folder/2026" | tr '\n' ' ')" "700 700 " \
  "modes of the folders backup made"
expect_eq "$(stat -c %a "$TEST_DIR/no-such-folder/2026/backup.db")" 600 "mode of a backup in a new folder"
: >"$TEST_DIR/a-file"
expect_exit 1 pingan backup "$TEST_DIR/a-file/backup.db"
expect_error_line "a-file"
expect_ok pingan backup "$BACKUPS/backup-1.db" --force
[ "$(sha256sum <"$BACKUPS/backup-1.db")" != "$before" ] || fail "backup --force did not replace backup-1.db"
expect_ok pingan -q backup "$BACKUPS/backup-1.db" --force
expect_eq "$OUT" "" "stdout of backup -q"
ok "backup refuses an existing file without --force (exit 2, file unchanged), replaces it with --force, makes a missing folder"

# --- check names the problem --------------------------------------------------

expect_ok pingan check
expect_stdout_contains "ok (schema"

cp "$BACKUPS/quiet.db" "$TEST_DIR/orphan.db"
sqlite3 "$TEST_DIR/orphan.db" "PRAGMA foreign_keys = OFF; INSERT INTO event_topic VALUES (999999, 0, 'brushing')"
expect_exit 1 pingan --db "$TEST_DIR/orphan.db" check
expect_stderr_contains "foreign key"
expect_stderr_contains "event_topic"
expect_stderr_contains "missing event"
ok "check: a topic of a missing event → exit 1, a foreign key problem named"

cp "$BACKUPS/quiet.db" "$TEST_DIR/orphan2.db"
sqlite3 "$TEST_DIR/orphan2.db" "PRAGMA foreign_keys = OFF;
  INSERT INTO install (uid, date, station_id, venue, count, created_at, updated_at)
  VALUES ('lost', '2026-11-01', 77, 'front_desk', 1, 't', 't')"
expect_exit 1 pingan --db "$TEST_DIR/orphan2.db" check
expect_stderr_contains "foreign key: install row"
expect_stderr_contains "missing station"
ok "check: an install of a missing station → exit 1, named with its row"

cp "$BACKUPS/quiet.db" "$TEST_DIR/index.db"
root=$(sqlite3 "$TEST_DIR/index.db" "SELECT rootpage FROM sqlite_master WHERE name = 'event_by_date'")
page_size=$(sqlite3 "$TEST_DIR/index.db" "PRAGMA page_size")
[ ! -e "$TEST_DIR/index.db-wal" ] || fail "index.db has a WAL file"
# Garbage over the index's root page (after its page header).
printf '\377%.0s' $(seq 200) | dd of="$TEST_DIR/index.db" bs=1 seek=$(((root - 1) * page_size + 12)) conv=notrunc 2>/dev/null
expect_exit 1 pingan --db "$TEST_DIR/index.db" check
[[ "$ERR" == *integrity* || "$ERR" == *malformed* ]] || { show_last; fail "check of a damaged index names no problem"; }
ok "check: a damaged index → exit 1 ($(head -n 1 <<<"$ERR" | cut -c1-70))"

head -c 20000 "$BACKUPS/quiet.db" >"$TEST_DIR/truncated.db"
expect_exit 1 pingan --db "$TEST_DIR/truncated.db" check
[[ "$ERR" == *malformed* || "$ERR" == *integrity* ]] || { show_last; fail "check of a truncated file names no problem"; }
ok "check: a truncated file → exit 1 ($(head -n 1 <<<"$ERR" | cut -c1-70))"

head -c 8192 /dev/urandom >"$TEST_DIR/garbage.db"
expect_exit 1 pingan --db "$TEST_DIR/garbage.db" check
expect_stderr_contains "not a database"
ok "check: a file that is not a database → exit 1"

cp "$BACKUPS/quiet.db" "$TEST_DIR/newer.db"
sqlite3 "$TEST_DIR/newer.db" "PRAGMA user_version = 99"
expect_exit 1 pingan --db "$TEST_DIR/newer.db" check
expect_stderr_contains "schema version 99"
ok "check: a database from a newer pingan → exit 1, its schema version named"

# check looks at the file as it is: one with no pingan schema is named as
# such, not set up as a new ledger.
: >"$TEST_DIR/empty.db"
expect_exit 1 pingan --db "$TEST_DIR/empty.db" check
expect_stderr_contains "not a pingan database"
expect_eq "$(stat -c %s "$TEST_DIR/empty.db")" 0 "size of the empty file after check"
sqlite3 "$TEST_DIR/other.db" "CREATE TABLE guests (name TEXT); INSERT INTO guests VALUES ('x')"
before=$(sha256sum <"$TEST_DIR/other.db")
expect_exit 1 pingan --db "$TEST_DIR/other.db" check
expect_stderr_contains "not a pingan database"
expect_eq "$(sha256sum <"$TEST_DIR/other.db")" "$before" "another program's database after check"
expect_exit 1 pingan --db "$TEST_DIR/none.db" check
expect_stderr_contains "no database"
[ ! -e "$TEST_DIR/none.db" ] || fail "check created $TEST_DIR/none.db"
ok "check: an empty file or another program's database → exit 1, left as it was; a missing one is not created"

# --- scripts/cron-archive ---------------------------------------------------------

[ -x "$CRON" ] || fail "$CRON is not executable"
bash -n "$CRON" || fail "$CRON has a syntax error"
grep -q '^set -euo pipefail' "$CRON" || fail "$CRON does not set -euo pipefail"
grep -q '^# .*[0-9] \* \* \* .*pingan-cron-archive' "$CRON" || fail "$CRON shows no crontab line"

nightly=$TEST_DIR/nightly-keep
mkdir -p "$nightly"
for day in 01 02 03 04 05; do echo old >"$nightly/pingan-2020-01-$day.db"; done
echo mine >"$nightly/notes.txt"
# Records aged between one and two years for --older-than 730d to leave.
expect_ok pingan event add --venue 学校 --place 十八个月前 --audience 5 --date 2025-05-20
for run in 1 2; do
  expect_ok env PINGAN="$PINGAN" PINGAN_BACKUP_DIR="$nightly" PINGAN_BACKUP_KEEP=3 PINGAN_ARCHIVE_AGE=730d "$CRON"
  expect_contains "$OUT" "done" "cron-archive log (run $run)"
  expect_eq "$ERR" "" "cron-archive stderr (run $run)"
  expect_eq "$(cd "$nightly" && ls | tr '\n' ' ')" \
    "notes.txt pingan-2020-01-04.db pingan-2020-01-05.db pingan-$(date +%F).db " "backups kept (run $run)"
  expect_ok pingan --db "$nightly/pingan-$(date +%F).db" check
  expect_eq "$(stat -c %a "$nightly/pingan-$(date +%F).db")" 600 "mode of the nightly backup"
done
expect_eq "$(sql "SELECT count(*) FROM event WHERE place = '十八个月前'")" 1 "event younger than 730 days in the database"
expect_eq "$(sqlite3 "$nightly/pingan-$(date +%F).db" "SELECT count(*) FROM event WHERE place = '十八个月前'")" 1 \
  "the new event in the nightly backup"
ok "cron-archive: archives, backs up (checked, 0600), keeps the newest 3, runs twice a day"

expect_ok env PINGAN="$PINGAN" PINGAN_BACKUP_DIR="$nightly" PINGAN_BACKUP_KEEP=3 bash "$CRON"
expect_eq "$(sql "SELECT count(*) FROM event WHERE date < '2025-11-28'")" 0 "events older than 365 days (default age)"
expect_eq "$(sqlite3 "$ARCHIVE" "SELECT count(*) FROM event WHERE place = '十八个月前'")" 1 "the event in the archive"

expect_exit 1 env PINGAN="$PINGAN" PINGAN_DB="$TEST_DIR/missing.db" PINGAN_BACKUP_DIR="$TEST_DIR/none" "$CRON"
expect_stderr_contains "no database"
[ -z "$(ls -A "$TEST_DIR/none" 2>/dev/null)" ] || fail "cron-archive wrote a backup of a missing database"
expect_exit 2 env PINGAN="$PINGAN" PINGAN_BACKUP_DIR="$nightly" PINGAN_BACKUP_KEEP=0 "$CRON"
expect_exit 2 env PINGAN="$TEST_DIR/no-pingan" PINGAN_BACKUP_DIR="$nightly" "$CRON"
expect_eq "$(cd "$nightly" && ls | wc -l)" 4 "files in the backup folder after failed runs"
ok "cron-archive fails (non-zero, no backup) when pingan fails or a setting is wrong"

ok "total $(elapsed "$start") s"
