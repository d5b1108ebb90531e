# SPEC §5 "Archive, backup, check": `pingan archive` moves old records into the
# archive database; a crash or `kill -9` at any moment leaves every record in
# at least one of the two files, a rerun finishes the job without duplicates,
# two runs never interleave, and reports with --include-archive give the same
# figures as before archiving.
source "$(dirname "$0")/lib.sh"

CUTOFF=2025-07-01
FINAL="'refunded', 'rejected', 'withdrawn'"
ARCHIVE=$TEST_DIR/pingan-archive.db  # the default: beside the database
PRISTINE=$TEST_DIR/pristine.db

# --- helpers ---------------------------------------------------------------

now() { echo "$EPOCHREALTIME"; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }

# Fills a database made by `pingan init` + `station add` (stations 1 and 2)
# with synthetic records dated 2024-01-01 … 2026-11-27, straight into the
# schema: events with 1-3 topics, 1-2 officers and (two in three) a linked
# install; standalone installs; cases in every status with their timelines.
generate() {  # DB EVENTS INSTALLS CASES
  sqlite3 -bail -cmd ".parameter set :events $2" -cmd ".parameter set :installs $3" \
    -cmd ".parameter set :cases $4" "$1" >/dev/null <<'SQL' || fail "generating the ledger $1"
PRAGMA foreign_keys = ON;
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :events)
INSERT INTO event (id, uid, date, station_id, venue, place, audience, materials, note, created_at, updated_at)
SELECT i, printf('ev-%06d', i), date('2024-01-01', '+' || (i * 7919 % 1062) || ' days'), 1 + i % 2,
       json_extract('["construction_site","night_market","nursing_home","school","community","village",
                      "enterprise","market","street","bank","hospital","online","other"]', '$[' || (i % 13) || ']'),
       'place ' || i, i % 200, i % 50, CASE WHEN i % 10 = 0 THEN 'note ' || i END,
       '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
FROM n;
INSERT INTO event_topic (event_id, position, topic)
SELECT e.id, p.value,
       json_extract('["brushing","investment","fake_shopping","fake_customer_service","fake_loan","fake_credit",
                      "fake_boss","impersonate_officials","romance","game_trading","elder_care",
                      "illegal_fundraising","overseas_calls","minor_spending","app_usage","other"]',
                    '$[' || ((e.id * 3 + p.value) % 16) || ']')
FROM event e JOIN json_each('[0,1,2]') p ON p.value <= e.id % 3;
INSERT INTO event_officer (event_id, position, officer)
SELECT e.id, p.value, CASE p.value WHEN 0 THEN '寇小青' ELSE '巴特尔' END
FROM event e JOIN json_each('[0,1]') p ON p.value <= e.id % 2;
INSERT INTO install (uid, date, station_id, venue, place, count, event_id, note, created_at, updated_at)
SELECT uid || '-installs', date, station_id, venue, place, id % 7 + 1, id, NULL, created_at, updated_at
FROM event WHERE id % 3 <> 0;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :installs)
INSERT INTO install (uid, date, station_id, venue, place, count, event_id, note, created_at, updated_at)
SELECT printf('in-%06d', i), date('2024-01-01', '+' || (i * 613 % 1062) || ' days'), 1 + i % 2,
       CASE i % 4 WHEN 0 THEN 'online' ELSE 'front_desk' END, NULL, i % 5 + 1, NULL, NULL,
       '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
FROM n;
-- Case i: opened d0, submitted d1, finished d2 (status by i % 5).
CREATE TEMP TABLE c AS
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :cases)
SELECT i, date('2024-01-01', '+' || (i * 37 % 950) || ' days') AS d0,
       date('2024-01-01', '+' || (i * 37 % 950 + i % 20) || ' days') AS d1,
       date('2024-01-01', '+' || (i * 37 % 950 + 20 + i % 90) || ' days') AS d2,
       CASE i % 5 WHEN 0 THEN 'open' WHEN 1 THEN 'submitted' WHEN 2 THEN 'refunded' WHEN 3 THEN 'rejected'
                  ELSE 'withdrawn' END AS status,
       (i % 300 + 1) * 1000 AS amount
FROM n;
INSERT INTO refund_case (id, uid, opened, station_id, name, phone, category, platform, amount_fen, recovered_fen,
                         status, status_date, officer, note, created_at, updated_at)
SELECT i, printf('rc-%06d', i), d0, 1 + i % 2, '王五' || i, '138' || printf('%08d', i),
       json_extract('["minor_game_topup","minor_livestream_tip","fraud_stop_payment","shopping_refund","other"]',
                    '$[' || (i % 5) || ']'),
       'platform ' || (i % 7), amount, CASE status WHEN 'refunded' THEN amount / 2 ELSE 0 END,
       status, CASE status WHEN 'open' THEN d0 WHEN 'submitted' THEN d1 ELSE d2 END,
       '寇小青', NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
FROM c;
INSERT INTO case_update (case_id, seq, date, status, recovered_fen, note, by, recorded_at)
SELECT i, 0, d0, 'open', 0, NULL, '寇小青', '2026-01-01T00:00:00Z' FROM c
UNION ALL
SELECT i, 1, d1, 'submitted', 0, 'filed', '寇小青', '2026-01-01T00:00:00Z' FROM c
WHERE status IN ('submitted', 'refunded', 'rejected')
UNION ALL
SELECT i, 2, d2, status, CASE status WHEN 'refunded' THEN amount / 2 ELSE 0 END, 'done', '寇小青',
       '2026-01-01T00:00:00Z' FROM c WHERE status IN ('refunded', 'rejected')
UNION ALL
SELECT i, 1, d2, 'withdrawn', 0, NULL, '寇小青', '2026-01-01T00:00:00Z' FROM c WHERE status = 'withdrawn';
COMMIT;
SQL
}

# A new ledger at DB with two stations, filled by generate.
make_ledger() {  # DB EVENTS INSTALLS CASES
  expect_ok pingan --db "$1" init --station 吉日嘎朗图派出所 --officer 寇小青
  expect_ok pingan --db "$1" station add 树林召派出所 --code slz --bureau 杭锦旗公安局
  generate "$@"
}

# One line per record with everything that must survive the move, children
# included, keyed by uid (ids differ between the two files): an event with
# its topics, officers and linked installs; a standalone install; a case with
# its timeline.
SIG_SQL=$TEST_DIR/signatures.sql
cat >"$SIG_SQL" <<'SQL'
SELECT 'E|' || e.uid || '|' || e.date || '|' || s.name || '|' || e.venue || '|' || e.place || '|' || e.audience || '|'
       || e.materials || '|' || coalesce(e.note, '') || '|'
       || coalesce((SELECT group_concat(topic, ',') FROM (SELECT topic FROM event_topic WHERE event_id = e.id
                                                          ORDER BY position)), '') || '|'
       || coalesce((SELECT group_concat(officer, ',') FROM (SELECT officer FROM event_officer WHERE event_id = e.id
                                                            ORDER BY position)), '') || '|'
       || coalesce((SELECT group_concat(uid || ':' || date || ':' || venue || ':' || count, ',')
                    FROM (SELECT * FROM install WHERE event_id = e.id ORDER BY uid)), '')
FROM event e JOIN station s ON s.id = e.station_id;
SELECT 'I|' || i.uid || '|' || i.date || '|' || s.name || '|' || i.venue || '|' || i.count
FROM install i JOIN station s ON s.id = i.station_id WHERE i.event_id IS NULL;
SELECT 'C|' || c.uid || '|' || c.opened || '|' || s.name || '|' || c.name || '|' || c.phone || '|' || c.status || '|'
       || c.status_date || '|' || c.amount_fen || '|' || c.recovered_fen || '|'
       || (SELECT group_concat(seq || ':' || date || ':' || status || ':' || recovered_fen || ':' || coalesce(note, ''),
                               ',')
           FROM (SELECT * FROM case_update WHERE case_id = c.id ORDER BY seq))
FROM refund_case c JOIN station s ON s.id = c.station_id;
SQL

# True when FILE is a database with the schema (a run killed early may leave
# the archive missing or empty).
has_schema() {
  [ -s "$1" ] && [ "$(sqlite3 -batch -noheader "$1" "SELECT count(*) FROM sqlite_master WHERE name = 'event'")" == 1 ]
}

# These two write files rather than feed pipes, so that a failure stops the
# test (fail in a subshell would not).
signatures() {  # DB FILE: the record lines, sorted; none for a file without the schema
  : >"$2.unsorted"
  if has_schema "$1"; then
    sqlite3 -bail -batch -noheader "$1" <"$SIG_SQL" >"$2.unsorted" || fail "reading records from $1"
  fi
  LC_ALL=C sort "$2.unsorted" >"$2"
}

uids() {  # DB FILE: kind|uid lines, sorted
  : >"$2.unsorted"
  if has_schema "$1"; then
    sqlite3 -bail -batch -noheader "$1" >"$2.unsorted" \
      "SELECT 'event|' || uid FROM event UNION ALL SELECT 'install|' || uid FROM install
       UNION ALL SELECT 'case|' || uid FROM refund_case" || fail "reading uids from $1"
  fi
  LC_ALL=C sort "$2.unsorted" >"$2"
}

# SQLite's own checks of a file (cheaper than `pingan check`, for every kill).
sqlite_sound() {  # DB WHAT
  has_schema "$1" || return 0
  local out
  out=$(sqlite3 -batch -noheader "$1" 'PRAGMA quick_check; PRAGMA foreign_key_check;' 2>&1)
  [ "$out" == ok ] || fail "$2: $1 is not sound: $out"
}

# Every record of the pristine ledger is, with all its children, in the main
# database or the archive; and no copy anywhere is partial or stale.
expect_all_present() {  # WHAT
  signatures "$PINGAN_DB" "$TEST_DIR/got.main"
  signatures "$ARCHIVE" "$TEST_DIR/got.archive"
  LC_ALL=C sort -u -m "$TEST_DIR/got.main" "$TEST_DIR/got.archive" >"$TEST_DIR/got.sorted"
  local missing extra
  missing=$(LC_ALL=C comm -23 "$TEST_DIR/expected" "$TEST_DIR/got.sorted")
  extra=$(LC_ALL=C comm -13 "$TEST_DIR/expected" "$TEST_DIR/got.sorted")
  [ -z "$missing" ] || fail "$1: $(wc -l <<<"$missing") records in neither file (or incomplete), e.g. $(head -n 3 <<<"$missing")"
  [ -z "$extra" ] || fail "$1: $(wc -l <<<"$extra") partial or altered copies, e.g. $(head -n 3 <<<"$extra")"
  sqlite_sound "$PINGAN_DB" "$1"
  sqlite_sound "$ARCHIVE" "$1"
}

# The job is done: each record in exactly one file, the right one.
expect_archived_exactly() {  # WHAT
  signatures "$PINGAN_DB" "$TEST_DIR/got.main"
  signatures "$ARCHIVE" "$TEST_DIR/got.archive"
  LC_ALL=C sort -m "$TEST_DIR/got.main" "$TEST_DIR/got.archive" >"$TEST_DIR/got.sorted"
  cmp -s "$TEST_DIR/got.sorted" "$TEST_DIR/expected" ||
    fail "$1: records differ from the ledger's (duplicates, losses or changes): $(LC_ALL=C diff "$TEST_DIR/expected" "$TEST_DIR/got.sorted" | head -n 5)"
  uids "$PINGAN_DB" "$TEST_DIR/uids.main"
  cmp -s "$TEST_DIR/uids.main" "$TEST_DIR/expected.main" ||
    fail "$1: the main database does not hold exactly the records from $CUTOFF on and the unfinished cases: $(diff "$TEST_DIR/expected.main" "$TEST_DIR/uids.main" | head -n 5)"
  uids "$ARCHIVE" "$TEST_DIR/uids.archive"
  cmp -s "$TEST_DIR/uids.archive" "$TEST_DIR/expected.archive" ||
    fail "$1: the archive does not hold exactly the records dated before $CUTOFF: $(diff "$TEST_DIR/expected.archive" "$TEST_DIR/uids.archive" | head -n 5)"
  expect_ok pingan check
  expect_ok pingan --db "$ARCHIVE" check
}

# A fresh copy of the pristine ledger, no archive.
restore() {
  rm -f "$PINGAN_DB" "$PINGAN_DB-wal" "$PINGAN_DB-shm" "$ARCHIVE" "$ARCHIVE-wal" "$ARCHIVE-shm"
  cp "$PRISTINE" "$PINGAN_DB"
}

counts_of() {  # TEXT: "events installs cases" from archive's confirmation
  [[ "$1" =~ archive[d]?\ ([0-9]+)\ events,\ ([0-9]+)\ installs,\ ([0-9]+)\ cases,\ 0\ tasks,\ 0\ duties\ dated\ before ]] ||
    fail "no counts in [$1]"
  echo "${BASH_REMATCH[1]} ${BASH_REMATCH[2]} ${BASH_REMATCH[3]}"
}

# What the spec says moves before a cutoff, counted in DB: events, installs
# (standalone ones by their date, linked ones with their event) and cases.
expected_counts() {  # DB CUTOFF
  sqlite3 -batch -noheader -separator ' ' "$1" \
    "SELECT (SELECT count(*) FROM event WHERE date < '$2'),
            (SELECT count(*) FROM install WHERE (event_id IS NULL AND date < '$2')
                                             OR event_id IN (SELECT id FROM event WHERE date < '$2')),
            (SELECT count(*) FROM refund_case WHERE status IN ($FINAL) AND status_date < '$2')"
}

start=$(now)

# --- options ---------------------------------------------------------------

SMALL=$TEST_DIR/small/pingan.db
SMALL_ARCHIVE=$TEST_DIR/small/pingan-archive.db
mkdir -p "$TEST_DIR/small"
make_ledger "$SMALL" 900 300 300
export PINGAN_DB=$SMALL

expect_rejected --before pingan archive --before "$CUTOFF" --older-than 365d
expect_rejected --before pingan archive
expect_rejected --before pingan archive --dry-run
expect_rejected --older-than pingan archive --older-than 365
expect_rejected --older-than pingan archive --older-than 十天d
expect_rejected --before pingan archive --before 2025-13-01
expect_rejected --archive pingan archive --before "$CUTOFF" --archive "$SMALL"
[ ! -e "$SMALL_ARCHIVE" ] || fail "a rejected archive run created $SMALL_ARCHIVE"
ok "archive needs exactly one of --before and --older-than: exit 2 otherwise"

# --older-than counts back from today ($PINGAN_TODAY = 2026-11-28).
expect_ok pingan archive --older-than 365d --dry-run
expect_stdout_contains "dated before 2025-11-28"
expect_eq "$(counts_of "$OUT")" "$(expected_counts "$SMALL" 2025-11-28)" "--older-than 365d --dry-run counts"
expect_ok pingan archive --older-than 730d --dry-run
expect_eq "$(counts_of "$OUT")" "$(expected_counts "$SMALL" 2024-11-28)" "--older-than 730d --dry-run counts"
[ ! -e "$SMALL_ARCHIVE" ] || fail "a dry run created $SMALL_ARCHIVE"
ok "--older-than Nd counts back from today"

# --- reports and lists on an archived period --------------------------------

periods=(
  "--from 2024-01-01 --to 2025-06-30"                # everything before the cutoff
  "--month 2025-03"                                  # cases open then were finished before the cutoff
  "--week 2025-W10"
  "--from 2025-06-01 --to 2025-07-31"                # across the cutoff
  "--from 2024-01-01 --to 2024-12-31 --station slz"
  "--from 2025-07-01 --to 2025-11-27"                # moved by the second run (--older-than 365d)
)
for i in "${!periods[@]}"; do
  # shellcheck disable=SC2086
  expect_ok pingan report ${periods[i]} --format json
  printf '%s\n' "$OUT" >"$TEST_DIR/report.$i.json"
  [ "$(jq '.totals.events' <<<"$OUT")" -gt 0 ] || fail "no events in ${periods[i]}: the comparison would prove nothing"
done
list_commands=()
for kind in event install case; do
  if pingan "$kind" list --help </dev/null 2>/dev/null | grep -q -- --include-archive; then
    list_commands+=("$kind")
  else
    echo "note - \`pingan $kind list\` has no --include-archive option; its comparison is skipped"
  fi
done
for kind in "${list_commands[@]}"; do
  expect_ok pingan "$kind" list --format json
  printf '%s\n' "$OUT" >"$TEST_DIR/list.$kind.json"
done

expect_ok pingan archive --before "$CUTOFF"
[ "$(counts_of "$OUT" | cut -d' ' -f1)" -gt 0 ] || fail "the archive run moved no events"
expect_ok pingan archive --older-than 365d
[ "$(counts_of "$OUT" | cut -d' ' -f1)" -gt 0 ] || fail "the --older-than run moved no events"

# Reports with --include-archive are identical, figure for figure (and id
# for id: archived records keep their ids), to the reports before archiving.
for i in "${!periods[@]}"; do
  # shellcheck disable=SC2086
  expect_ok pingan report ${periods[i]} --format json
  [ "$OUT" != "$(cat "$TEST_DIR/report.$i.json")" ] ||
    fail "report ${periods[i]} without --include-archive unchanged by archiving: nothing of it was archived"
  # shellcheck disable=SC2086
  expect_ok pingan report ${periods[i]} --format json --include-archive
  if [ "$OUT" != "$(cat "$TEST_DIR/report.$i.json")" ]; then
    diff <(jq -S . "$TEST_DIR/report.$i.json") <(jq -S . <<<"$OUT") | head -n 20 >&2
    fail "report ${periods[i]} --include-archive differs from the report before archiving (< before, > after)"
  fi
  ok "report ${periods[i]} --include-archive: identical to the report before archiving"
done

# Lists with --include-archive show the same records as before, in the same
# order.
for kind in "${list_commands[@]}"; do
  expect_ok pingan "$kind" list --format json
  [ "$(jq length <<<"$OUT")" -lt "$(jq length "$TEST_DIR/list.$kind.json")" ] ||
    fail "$kind list without --include-archive: nothing archived"
  expect_ok pingan "$kind" list --format json --include-archive
  if [ "$OUT" != "$(cat "$TEST_DIR/list.$kind.json")" ]; then
    diff <(jq -c '.[]' "$TEST_DIR/list.$kind.json") <(jq -c '.[]' <<<"$OUT") | head -n 10 >&2
    fail "$kind list --include-archive differs from the list before archiving (< before, > after)"
  fi
  ok "$kind list --include-archive: identical to the list before archiving"
done

# -q: no confirmation from a real run.
expect_ok pingan -q archive --before "$CUTOFF"
expect_eq "$OUT" "" "stdout of archive -q"
expect_ok pingan check
expect_ok pingan --db "$SMALL_ARCHIVE" check
expect_eq "$(stat -c %a "$SMALL_ARCHIVE")" 600 "archive file mode"
ok "archive -q prints nothing; both files pass check; the archive has mode 0600"

# --- a large ledger ---------------------------------------------------------

export PINGAN_DB=$TEST_DIR/pingan.db
EVENTS=16000
t=$(now)
make_ledger "$PINGAN_DB" "$EVENTS" 4000 2000
[ ! -e "$PINGAN_DB-wal" ] || fail "the generated ledger still has a WAL file"
cp "$PINGAN_DB" "$PRISTINE"
signatures "$PRISTINE" "$TEST_DIR/expected"
expect_eq "$(wc -l <"$TEST_DIR/expected")" $((EVENTS + 4000 + 2000)) "records in the generated ledger"
# Where each record belongs once archived before $CUTOFF: events and
# installs by date (a linked install has its event's date), cases by the date
# of their final status; unfinished cases stay, however old.
sql "SELECT 'event|' || uid FROM event WHERE date < '$CUTOFF'
     UNION ALL SELECT 'install|' || uid FROM install WHERE date < '$CUTOFF'
     UNION ALL SELECT 'case|' || uid FROM refund_case WHERE status IN ($FINAL) AND status_date < '$CUTOFF'" |
  LC_ALL=C sort >"$TEST_DIR/expected.archive"
uids "$PRISTINE" "$TEST_DIR/uids.pristine"
LC_ALL=C comm -23 "$TEST_DIR/uids.pristine" "$TEST_DIR/expected.archive" >"$TEST_DIR/expected.main"
[ "$(wc -l <"$TEST_DIR/expected.main")" -gt 0 ] && [ "$(wc -l <"$TEST_DIR/expected.archive")" -gt 0 ] ||
  fail "the cutoff does not split the ledger"
old_open=$(sql "SELECT count(*) FROM refund_case WHERE status IN ('open', 'submitted') AND opened < '$CUTOFF'")
[ "$old_open" -gt 0 ] || fail "the ledger has no unfinished case opened before the cutoff"
[ "$(sql "SELECT count(*) FROM refund_case WHERE status IN ($FINAL) AND opened < '$CUTOFF' AND status_date >= '$CUTOFF'")" -gt 0 ] ||
  fail "the ledger has no case opened before the cutoff and finished after it"
read -r exp_events exp_installs exp_cases <<<"$(expected_counts "$PRISTINE" "$CUTOFF")"
ok "ledger of $EVENTS events, $(sql 'SELECT count(*) FROM install') installs, 2000 cases ($(elapsed "$t") s);" \
  "$exp_events events, $exp_installs installs, $exp_cases cases to archive"

# --dry-run counts what a real run then moves, and changes nothing.
before=$(sha256sum <"$PINGAN_DB")
expect_ok pingan archive --before "$CUTOFF" --dry-run
dry=$(counts_of "$OUT")
expect_eq "$dry" "$exp_events $exp_installs $exp_cases" "dry-run counts"
expect_eq "$(sha256sum <"$PINGAN_DB")" "$before" "database after --dry-run"
[ ! -e "$ARCHIVE" ] || fail "--dry-run created the archive"

# A full run: how long it takes sets the kill delays below.
t=$(now)
expect_ok pingan archive --before "$CUTOFF"
duration=$(elapsed "$t")
expect_eq "$(counts_of "$OUT")" "$dry" "counts moved by the real run"
expect_stdout_contains "into $ARCHIVE"
awk -v d="$duration" 'BEGIN { exit !(d >= 0.5) }' || fail "archiving took only $duration s: make the ledger larger"
expect_archived_exactly "after one full run"
expect_ok pingan archive --before "$CUTOFF"
expect_eq "$(counts_of "$OUT")" "0 0 0" "counts of a second run"
expect_archived_exactly "after a second run"
ok "--dry-run counts = what a run moves; a full run takes $duration s; each record in exactly one file; a rerun moves 0"

# A crash after the archive's commit and before the main database's: every
# archived record is in both files, and the main copy of one was edited since.
# A rerun brings the archive's copies up to date and ends with one of each.
rm -f "$PINGAN_DB" "$PINGAN_DB-wal" "$PINGAN_DB-shm"
cp "$PRISTINE" "$PINGAN_DB"
edited=$(sql "SELECT id FROM event WHERE date < '$CUTOFF' AND id % 3 = 2 ORDER BY id LIMIT 1")
expect_ok pingan event edit "$edited" --audience 4321 --topic romance
cp "$TEST_DIR/expected" "$TEST_DIR/expected.pristine"
signatures "$PINGAN_DB" "$TEST_DIR/expected"
[ "$(LC_ALL=C comm -3 "$TEST_DIR/expected" "$TEST_DIR/expected.pristine" | wc -l)" == 2 ] ||
  fail "event edit changed more or less than the one record"
expect_ok pingan archive --before "$CUTOFF"
expect_eq "$(counts_of "$OUT")" "$dry" "counts moved by the rerun"
expect_archived_exactly "after a rerun with every record in both files"
signatures "$ARCHIVE" "$TEST_DIR/got.archive"
grep -q "|4321|.*|romance|" "$TEST_DIR/got.archive" || fail "the archive's copy of the edited event is stale"
mv "$TEST_DIR/expected.pristine" "$TEST_DIR/expected"
ok "rerun with every record already copied: archive copies updated, no duplicates"

# The order of the two commits, shown without timing: the main database
# refuses the delete (a trigger stands in for a crash at that point). The run
# fails with its first batch committed to the archive and still in the main
# database; once the cause is gone, a rerun finishes without duplicates.
restore
sql "CREATE TRIGGER refuse_delete BEFORE DELETE ON event BEGIN SELECT RAISE(ABORT, 'disk full'); END" ||
  fail "creating the trigger"
expect_exit 1 pingan archive --before "$CUTOFF"
expect_stderr_contains "disk full"
[ "$(sqlite3 "$ARCHIVE" 'SELECT count(*) FROM event')" -gt 0 ] ||
  fail "nothing was committed to the archive before the main database's delete"
expect_eq "$(sql 'SELECT count(*) FROM event')" "$EVENTS" "events in the main database after the failed delete"
expect_all_present "after a failed delete"
sql "DROP TRIGGER refuse_delete" || fail "dropping the trigger"
expect_ok pingan archive --before "$CUTOFF"
expect_archived_exactly "after a rerun once the delete works"
ok "copy committed to the archive before the delete: a failure between the two leaves records in both; a rerun finishes"

# --- kill -9 at many moments ------------------------------------------------

# After each kill, a report and a list with --include-archive still show
# every record once, as before archiving.
restore
expect_ok pingan report --from 2024-01-01 --to 2026-11-27 --format json
printf '%s\n' "$OUT" >"$TEST_DIR/report.pristine.json"
expect_ok pingan event list --month 2025-03 --format json
printf '%s\n' "$OUT" >"$TEST_DIR/list.pristine.json"
expect_same_views() {  # WHAT
  expect_ok pingan report --from 2024-01-01 --to 2026-11-27 --format json --include-archive
  if [ "$OUT" != "$(cat "$TEST_DIR/report.pristine.json")" ]; then
    diff <(jq -S . "$TEST_DIR/report.pristine.json") <(jq -S . <<<"$OUT") | head -n 20 >&2
    fail "$1: report --include-archive differs from the report before archiving (< before, > after)"
  fi
  expect_ok pingan event list --month 2025-03 --format json --include-archive
  if [ "$OUT" != "$(cat "$TEST_DIR/list.pristine.json")" ]; then
    diff <(jq -c '.[]' "$TEST_DIR/list.pristine.json") <(jq -c '.[]' <<<"$OUT") | head -n 10 >&2
    fail "$1: event list --include-archive differs from the list before archiving (< before, > after)"
  fi
}

# A run killed just after creating the archive file, before its schema is
# committed, leaves the file empty: reports and lists still work, and the
# next run finishes the job.
(umask 077 && : >"$ARCHIVE")
expect_same_views "with an empty archive file (a run killed as it started)"
expect_ok pingan archive --before "$CUTOFF"
expect_archived_exactly "after a run over an empty archive file"
ok "an empty archive file left by a run killed as it started: reports, lists and the next run work"

# Each third run starts from the pristine ledger; the others go on from where
# the last kill left off, as a rerun after a crash does (or start afresh when
# the last run was not killed). Delays are spread from 0.01 s to 0.9 of the
# full run's duration.
runs=30 killed=0 finished=0 in_both=0 rc=0
declare -A moments=()
t=$(now)
for k in $(seq 0 $((runs - 1))); do
  if ((k % 3 == 0)) || [ "$rc" != 137 ]; then restore; fi
  delay=$(awk -v i=$((k * 7 % runs)) -v n=$((runs - 1)) -v d="$duration" 'BEGIN { printf "%.3f", 0.01 + i / n * 0.9 * d }')
  "$PINGAN" archive --before "$CUTOFF" </dev/null >"$TEST_DIR/kill.out" 2>"$TEST_DIR/kill.err" &
  pid=$!
  sleep "$delay"
  kill -9 "$pid" 2>/dev/null
  wait "$pid"
  rc=$?
  case $rc in
    137) killed=$((killed + 1)) ;;
    0) finished=$((finished + 1)) ;;
    *) fail "run $k: archive exited $rc: $(cat "$TEST_DIR/kill.err")" ;;
  esac
  expect_all_present "run $k, kill -9 after ${delay}s"
  both=0
  if [ "$rc" == 137 ]; then
    count_sql='SELECT count(*) FROM event; SELECT count(*) FROM install; SELECT count(*) FROM refund_case'
    moment="$(sql "$count_sql" | tr '\n' ' ')/ $(has_schema "$ARCHIVE" && sqlite3 "$ARCHIVE" "$count_sql" | tr '\n' ' ')"
    moments[$moment]=1
    # Killed between the archive's commit and the main database's?
    if [ -n "$(LC_ALL=C comm -12 "$TEST_DIR/got.main" "$TEST_DIR/got.archive" | head -n 1)" ]; then
      both=1 in_both=$((in_both + 1))
    fi
  fi
  # The views with records in both files, and now and then otherwise.
  if ((both || k % 3 == 1)); then expect_same_views "run $k, kill -9 after ${delay}s"; fi
done
[ "$killed" -ge $((runs / 2)) ] || fail "only $killed of $runs runs were killed while running"
[ "${#moments[@]}" -ge 5 ] || fail "the kills hit only ${#moments[@]} different stages: ${!moments[*]}"
ok "$runs runs ($killed killed mid-run at ${#moments[@]} different stages, $in_both of them with records in both files;" \
  "$finished finished first):" \
  "after each, every record complete in the database or the archive, and reports and lists" \
  "with --include-archive as before ($(elapsed "$t") s)"

# The last kill's leftovers: a final run finishes the job.
expect_ok pingan archive --before "$CUTOFF"
expect_archived_exactly "final run after the kills"
expect_same_views "final run after the kills"
expect_ok pingan archive --before "$CUTOFF"
expect_eq "$(counts_of "$OUT")" "0 0 0" "counts of a run after the final one"
expect_eq "$(sql "SELECT count(*) FROM refund_case WHERE status IN ('open', 'submitted') AND opened < '$CUTOFF'")" \
  "$old_open" "old unfinished cases in the main database"
expect_eq "$(sqlite3 "$ARCHIVE" "SELECT count(*) FROM refund_case WHERE status NOT IN ($FINAL)")" 0 \
  "unfinished cases in the archive"
ok "a final run completes: each record in exactly one file, unfinished cases stay in the main database"

# --- two runs at once -------------------------------------------------------

restore
"$PINGAN" archive --before "$CUTOFF" </dev/null >"$TEST_DIR/a.out" 2>"$TEST_DIR/a.err" &
a=$!
"$PINGAN" archive --before "$CUTOFF" </dev/null >"$TEST_DIR/b.out" 2>"$TEST_DIR/b.err" &
b=$!
wait "$a"
rc_a=$?
wait "$b"
rc_b=$?
moved=()
for run in a b; do
  rc_var=rc_$run
  case ${!rc_var} in
    0) moved+=("$(counts_of "$(cat "$TEST_DIR/$run.out")")") ;;
    4) expect_contains "$(cat "$TEST_DIR/$run.err")" "another pingan archive is running" "stderr of the waiting run" ;;
    *) fail "concurrent archive run $run exited ${!rc_var}: $(cat "$TEST_DIR/$run.err")" ;;
  esac
done
[ "${#moved[@]}" -ge 1 ] || fail "both concurrent archive runs gave up"
if [ "${#moved[@]}" == 2 ]; then
  # The second waited for the first: one moved everything, the other nothing.
  [[ "${moved[*]}" == "$dry 0 0 0" || "${moved[*]}" == "0 0 0 $dry" ]] ||
    fail "concurrent runs interleaved: moved [${moved[0]}] and [${moved[1]}]"
else
  expect_eq "${moved[0]}" "$dry" "counts moved by the run that went ahead"
fi
expect_archived_exactly "after two concurrent runs"
ok "two archive runs at once (exits $rc_a and $rc_b): one waits or gives up, no duplicates, no loss"

# One that cannot wait long enough gives up with exit 4 and a clear message.
restore
printf '[database]\nbusy_timeout_ms = 300\n' >"$TEST_DIR/impatient.toml"
"$PINGAN" archive --before "$CUTOFF" </dev/null >"$TEST_DIR/a.out" 2>"$TEST_DIR/a.err" &
a=$!
total=$(sql 'SELECT count(*) FROM event')
for _ in $(seq 400); do  # until the first run has moved a batch (and holds its lock)
  [ "$(sql 'SELECT count(*) FROM event')" -lt "$total" ] && break
  kill -0 "$a" 2>/dev/null || break
  sleep 0.02
done
kill -0 "$a" 2>/dev/null || fail "the first run ended before a second could start"
expect_exit 4 pingan --config "$TEST_DIR/impatient.toml" archive --before "$CUTOFF"
expect_error_line "another pingan archive is running"
wait "$a" || fail "the first archive run failed: $(cat "$TEST_DIR/a.err")"
expect_eq "$(counts_of "$(cat "$TEST_DIR/a.out")")" "$dry" "counts moved by the first run"
expect_archived_exactly "after a run that gave up"
ok "a second run that cannot wait: exit 4, \"another pingan archive is running\", nothing disturbed"

ok "total $(elapsed "$start") s"
