# SPEC §6: many processes adding at once lose nothing and fail nothing.
source "$(dirname "$0")/lib.sh"

setup_ledger
n=20
pids=()
for i in $(seq "$n"); do
  pingan event add --venue 夜市 --place "夜市$i" --audience "$i" --installs 1 --topic brushing,romance \
    >"$TEST_DIR/out.$i" 2>"$TEST_DIR/err.$i" </dev/null &
  pids+=($!)
done
failed=0
for i in $(seq "$n"); do
  wait "${pids[i - 1]}" || { failed=$((failed + 1)); echo "add $i failed: $(cat "$TEST_DIR/err.$i")" >&2; }
done
expect_eq "$failed" 0 "failed concurrent adds"
ok "$n concurrent event add all exit 0"

expect_eq "$(sql 'SELECT count(*) FROM event')" "$n" "events"
expect_eq "$(sql 'SELECT count(DISTINCT place), sum(audience), count(DISTINCT uid) FROM event')" "$n|210|$n" "distinct events"
expect_eq "$(sql 'SELECT count(*), sum(count) FROM install')" "$n|$n" "linked installs"
expect_eq "$(sql 'SELECT count(*) FROM event_topic')" $((2 * n)) "topics"
expect_eq "$(sql "SELECT count(*) FROM audit WHERE kind = 'event' AND action = 'add'")" "$n" "audit rows"
expect_ok pingan event list --format json
expect_eq "$(jq 'map(.id) | unique | length' <<<"$OUT")" "$n" "listed events"
expect_eq "$(sql 'PRAGMA journal_mode')" wal "journal mode"
expect_eq "$(sql 'PRAGMA integrity_check')" ok "integrity"
ok "$n events stored, nothing lost"

# On a database nobody has created yet, the first writers race to create and
# migrate it: it happens once and every writer succeeds.
export PINGAN_DB=$TEST_DIR/fresh/pingan.db
pids=()
for i in $(seq 10); do
  pingan station add "派出所$i" >/dev/null 2>"$TEST_DIR/fresh.err.$i" </dev/null &
  pids+=($!)
done
failed=0
for i in $(seq 10); do
  wait "${pids[i - 1]}" || { failed=$((failed + 1)); echo "station add $i failed: $(cat "$TEST_DIR/fresh.err.$i")" >&2; }
done
expect_eq "$failed" 0 "failed concurrent first writes"
expect_eq "$(sql 'SELECT count(*) FROM station')" 10 "stations"
expect_eq "$(sql 'PRAGMA user_version')" "$(sqlite3 "$TEST_DIR/pingan.db" 'PRAGMA user_version')" "schema version"
expect_eq "$(stat -c %a "$PINGAN_DB")" 600 "database mode"
ok "concurrent first use creates and migrates the database once"

# A writer that keeps the database locked past the busy timeout: exit 4, and
# a writer with the default (5 s) timeout waits for it and succeeds.
export PINGAN_DB=$TEST_DIR/pingan.db
printf '[database]\nbusy_timeout_ms = 300\n[defaults]\nstation = "slz"\n' >"$TEST_DIR/impatient.toml"
before=$(db_snapshot)
printf 'BEGIN IMMEDIATE;\nDELETE FROM audit;\n.shell sleep 2\nROLLBACK;\n' | sqlite3 "$PINGAN_DB" &
locker=$!
sleep 0.5
expect_exit 4 pingan --config "$TEST_DIR/impatient.toml" event add --venue 工地 --place x --audience 1
expect_error_line busy
expect_ok pingan event add --venue 工地 --place 等待 --audience 1
wait "$locker"
expect_eq "$(sql "SELECT count(*) FROM event WHERE place = 'x'")" 0 "events from the timed-out add"
expect_eq "$(sql "SELECT count(*) FROM event WHERE place = '等待'")" 1 "events from the patient add"
ok "busy past the timeout: exit 4; within it: waits and succeeds"
