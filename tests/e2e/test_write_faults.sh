# Writes that fail (libfiu's POSIX preload: pwrite, write and fsync return
# errors, as on a full or failing disk): every write command fails cleanly —
# exit 1, one error line — and the ledger stays as it was and passes check.
source "$(dirname "$0")/lib.sh"
fiu=/usr/lib/fiu
[ -e "$fiu/fiu_posix_preload.so" ] || fail "libfiu (Debian fiu-utils) is missing: scripts/lib/deps installs it"
# fault ENABLE CMD...: runs CMD with libfiu's POSIX preload (as fiu-run -x -c
# does). A sanitizer build needs its runtime first in the preload list, and
# libfiu's own allocations are not ours to report.
asan=$(ldd "$PINGAN" | awk '/libasan/ { print $3 }')
fault() {
  local enable=$1
  shift
  env LD_PRELOAD="${asan:+$asan }$fiu/fiu_run_preload.so $fiu/fiu_posix_preload.so" FIU_ENABLE="$enable" \
    ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" "$@"
}

setup_ledger
expect_ok pingan event add --venue 工地 --place 安置房工地 --audience 60 --installs 5 --date 2026-11-20
expect_ok pingan case open --name 王五 --category other --amount 100 --date 2026-11-20
expect_ok pingan event add --venue 夜市 --place 旧夜市 --audience 9 --date 2025-02-02
expect_ok pingan export --output "$TEST_DIR/all.jsonl"
sed 's/"uid":"[0-9a-f]/"uid":"f/' "$TEST_DIR/all.jsonl" | grep -v -e '"kind":"station"' -e '"kind":"install"' >"$TEST_DIR/new.jsonl"
archive=$(dirname "$PINGAN_DB")/pingan-archive.db

commands=(
  "event add --venue 工地 --place 新工地 --audience 5"
  "event edit 1 --audience 61"
  "event delete 1 --yes"
  "install add --count 3"
  "case open --name 李四 --category other --amount 5"
  "case update 1 --status submitted"
  "station add 新派出所"
  "import $TEST_DIR/new.jsonl"
  "archive --before 2026-01-01"
)

# Every record, wherever it is (the database or the archive).
all_records() {
  { sqlite3 "$PINGAN_DB" "SELECT uid FROM event UNION ALL SELECT uid FROM install UNION ALL SELECT uid FROM refund_case"
    [ -s "$archive" ] && sqlite3 "$archive" "SELECT uid FROM event UNION ALL SELECT uid FROM install
                                              UNION ALL SELECT uid FROM refund_case"
  } | sort -u
}

for fault in posix/io/rw/pwrite posix/io/rw/write posix/io/sync/fsync posix/io/sync/fdatasync; do
  failed=0
  for command in "${commands[@]}"; do
    before=$(db_snapshot)
    # -q: no confirmation on stdout, so the fault hits the ledger's own writes.
    # shellcheck disable=SC2086
    run fault "enable name=$fault" "$PINGAN" -q $command
    case $RC in
      0) # the fault did not touch this command's path (e.g. no fdatasync): it must have worked
         [ "$(db_snapshot)" != "$before" ] || fail "$command under $fault: exit 0 and nothing written" ;;
      1) expect_error_line ""
         failed=$((failed + 1))
         [ "$(db_snapshot)" == "$before" ] || fail "$command under $fault: exit 1 but the ledger changed" ;;
      *) show_last; fail "$command under $fault: exit $RC" ;;
    esac
    expect_ok pingan check
    # Start each command from the same ledger.
    rm -f "$PINGAN_DB"* "$archive"*
    PINGAN_DB=$PINGAN_DB expect_ok pingan import "$TEST_DIR/all.jsonl"
  done
  # SQLite writes its pages with pwrite and syncs with fdatasync: those faults hit every command.
  [[ $fault == */fsync || $fault == */rw/write || $failed == "${#commands[@]}" ]] ||
    fail "only $failed of ${#commands[@]} commands failed under $fault"
  ok "write commands under $fault: exit 1 with one error line and the ledger as it was, or done whole"
done

# The confirmation cannot be written: the record is stored (the command's
# work is done), and the failure to report it is exit 1, not a silent 0.
run fault "enable name=posix/io/rw/write" "$PINGAN" event add --venue 工地 --place 新工地 --audience 5
expect_eq "$RC" 1 "exit of event add whose confirmation cannot be written"
expect_stderr_contains "standard output"
expect_eq "$(sql "SELECT count(*) FROM event WHERE place = '新工地'")" 1 "the event stored"
expect_ok pingan check
ok "a confirmation that cannot be written is exit 1, with the record stored whole"

# Outputs: a failed write leaves no file and no temporary behind; one the
# fault did not touch is whole.
for fault in posix/io/rw/write posix/io/rw/pwrite posix/io/sync/fsync; do
  for command in "report --output $TEST_DIR/out/r.html --format html" "export --output $TEST_DIR/out/e.jsonl" \
                 "backup $TEST_DIR/out/b.db"; do
    rm -rf "$TEST_DIR/out" && mkdir "$TEST_DIR/out"
    # shellcheck disable=SC2086
    run fault "enable name=$fault" "$PINGAN" -q $command
    case $RC in
      0) expect_eq "$(find "$TEST_DIR/out" -type f | wc -l)" 1 "files written by $command under $fault"
         [[ $command != backup* ]] || expect_ok pingan --db "$TEST_DIR/out/b.db" check ;;
      1) expect_eq "$(find "$TEST_DIR/out" -type f | wc -l)" 0 "files left by $command under $fault" ;;
      *) show_last; fail "$command under $fault: exit $RC" ;;
    esac
  done
done
ok "report, export and backup under failing writes: exit 1, no file and no temporary left"

# Random faults: whatever fails, no record is ever lost and check passes.
expected=$(all_records)
for i in $(seq 12); do
  run fault "enable_random name=posix/io/rw/*,probability=0.05" "$PINGAN" archive --before 2026-01-01
  expect_eq "$(all_records)" "$expected" "records after archive run $i with random faults"
  expect_ok pingan check
done
ok "archive under random write faults: every record stays in the database or the archive"
