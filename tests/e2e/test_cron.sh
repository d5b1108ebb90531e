# The README's crontab lines, run as cron runs them: `sh -c` with cron's
# environment (PATH=/usr/bin:/bin, HOME, SHELL, LOGNAME and nothing else),
# with their folders moved into the test's (/srv, /var/log, /opt/pingan,
# /usr/local/bin/pingan) and the bureau's URL pointed at a real server.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/pg.sh"

start_postgres
srv=$TEST_DIR/srv
mkdir -p "$srv/pingan" "$srv/reports" "$TEST_DIR/log" "$TEST_DIR/cronhome"
PINGAN_DB=$srv/pingan/pingan.db PINGAN="$PINGAN" bash "$PINGAN_SOURCE/data/sample/ledger.sh" >/dev/null 2>&1 ||
  fail "the sample ledger did not load"
expect_ok pingan bureau init

shopt -u patsub_replacement 2>/dev/null || true  # a & in a replacement (the URL) stays a &
lines=$(awk '/^```crontab$/ {on = 1; next} /^```$/ {on = 0} on && !/^#/ && NF' "$PINGAN_SOURCE/README.md")
expect_eq "$(wc -l <<<"$lines")" 3 "crontab lines in the README"
while read -r m h dom mon dow command; do
  command=${command//\/usr\/local\/bin\/pingan/$PINGAN}
  command=${command//\/opt\/pingan/$PINGAN_SOURCE}
  command=${command//\/srv/$srv}
  command=${command//\/var\/log/$TEST_DIR/log}
  command=${command//postgresql:\/\/pingan@10.1.2.3\/pingan/\'$PINGAN_BUREAU_DB\'}  # quoted: the test's URL holds &
  expect_ok env -i PATH=/usr/bin:/bin HOME="$TEST_DIR/cronhome" SHELL=/bin/sh LOGNAME=root \
    PINGAN_TODAY=2026-11-28 sh -c "$command"
done <<<"$lines"

expect_contains "$(cat "$srv/reports/last-week.md")" "# " "the weekly report written"
expect_contains "$(cat "$TEST_DIR/log/pingan-cron.log")" "pingan-cron-archive: done" "the nightly job's log"
ls "$TEST_DIR/cronhome/pingan-backups/"pingan-*.db >/dev/null || fail "no dated backup"
expect_contains "$(cat "$TEST_DIR/log/pingan-push.log")" "pushed 6 stations" "the push's log"
expect_eq "$(bsql "SELECT count(*) FROM pingan.station")" 6 "stations in the bureau"
ok "the README's crontab lines work as written under cron's environment"
