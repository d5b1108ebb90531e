# Shared helpers for the end-to-end tests; every tests/e2e/test_*.sh sources it.
#
# Each test gets its own temporary folder (removed on exit) and an environment
# that points pingan at it, so a test never touches the user's files and does
# not depend on the caller's locale, colour or terminal settings.
#
# `run CMD...` runs a command with stdin from /dev/null (so never a terminal)
# and keeps its exit code in $RC, stdout in $OUT and stderr in $ERR; the
# expect_* functions check the last run and stop the test on a mismatch.

set -uo pipefail

: "${PINGAN:?set PINGAN to the pingan binary}"
PINGAN_SOURCE=${PINGAN_SOURCE:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}

TEST_DIR=$(mktemp -d "${TMPDIR:-/tmp}/pingan-e2e.XXXXXX")
CLEANUP=()  # commands run on exit, before the folder goes
cleanup() {
  local rc=$? hook
  for hook in "${CLEANUP[@]}"; do eval "$hook" >/dev/null 2>&1; done
  rm -rf "$TEST_DIR"
  if [ "$rc" -eq 0 ]; then echo "PASS: $(basename "$0")"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

export PINGAN_DB=$TEST_DIR/pingan.db
export PINGAN_CONFIG=$TEST_DIR/config.toml
export PINGAN_TODAY=2026-11-28
export HOME=$TEST_DIR/home XDG_CONFIG_HOME=$TEST_DIR/home/.config XDG_DATA_HOME=$TEST_DIR/home/.local/share
export TZ=UTC
unset LANG LANGUAGE LC_ALL LC_MESSAGES NO_COLOR COLUMNS
mkdir -p "$HOME"

RC=0 OUT="" ERR=""

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# A line of progress, so a failure's context is visible in ctest's output.
ok() { echo "ok - $*"; }

pingan() { "$PINGAN" "$@"; }

run() {
  local out=$TEST_DIR/.out err=$TEST_DIR/.err
  "$@" </dev/null >"$out" 2>"$err"
  RC=$?
  OUT=$(cat "$out")
  ERR=$(cat "$err")
}

show_last() {
  printf -- '--- exit %s\n--- stdout:\n%s\n--- stderr:\n%s\n' "$RC" "$OUT" "$ERR" >&2
}

# expect_exit CODE CMD...: runs CMD and checks its exit code.
expect_exit() {
  local code=$1
  shift
  run "$@"
  if [ "$RC" != "$code" ]; then
    show_last
    fail "expected exit $code from: $*"
  fi
}

expect_ok() { expect_exit 0 "$@"; }

expect_eq() {  # ACTUAL EXPECTED [WHAT]
  [ "$1" == "$2" ] || fail "${3:-value}: expected [$2], got [$1]"
}

expect_contains() {  # TEXT NEEDLE [WHAT]
  [[ "$1" == *"$2"* ]] || fail "${3:-text} does not contain [$2]: [$1]"
}

expect_not_contains() {  # TEXT NEEDLE [WHAT]
  [[ "$1" != *"$2"* ]] || fail "${3:-text} contains [$2]: [$1]"
}

expect_stdout_contains() { expect_contains "$OUT" "$1" stdout; }
expect_stderr_contains() { expect_contains "$ERR" "$1" stderr; }

# The last run failed with one line `pingan: error: ...` that names FIELD.
expect_error_line() {
  local field=$1
  local lines
  lines=$(printf '%s\n' "$ERR" | wc -l)
  if [ "$lines" -ne 1 ] || [[ "$ERR" != "pingan: error: "* ]] || [[ "$ERR" != *"$field"* ]]; then
    show_last
    fail "expected one error line naming $field"
  fi
}

# expect_rejected FIELD CMD...: exit 2, one error line naming FIELD, and the
# database exactly as before.
expect_rejected() {
  local field=$1
  shift
  local before
  before=$(db_snapshot)
  expect_exit 2 "$@"
  expect_error_line "$field"
  [ "$(db_snapshot)" == "$before" ] || fail "database changed by rejected command: $*"
}

# Every table's schema and rows: equal snapshots mean an unchanged database.
db_snapshot() { sqlite3 "$PINGAN_DB" .dump; }

sql() { sqlite3 -batch -noheader "$PINGAN_DB" "$@"; }

# A database with two stations; the first is the configured default.
setup_ledger() {
  expect_ok pingan init --station 吉日嘎朗图派出所 --officer 寇小青
  expect_ok pingan station add 树林召派出所 --code slz --bureau 杭锦旗公安局
}

# Display width as a terminal shows it: East Asian wide and fullwidth
# characters take two columns.
display_width() {
  python3 -c 'import sys, unicodedata
print(sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in sys.argv[1]))' "$1"
}

# tty_run CMD...: like run, but stdout is a pseudo-terminal (stdin stays
# /dev/null, so pingan still may not prompt). $OUT holds what the terminal got.
# With $TTY_COLUMNS set, the terminal is that many columns wide.
tty_run() {
  local err=$TEST_DIR/.err
  [ "$1" == pingan ] && set -- "$PINGAN" "${@:2}"
  OUT=$(python3 - "$@" 2>"$err" <<'PY'
import fcntl, os, pty, struct, subprocess, sys, termios
master, slave = pty.openpty()
if os.environ.get("TTY_COLUMNS"):
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, int(os.environ["TTY_COLUMNS"]), 0, 0))
proc = subprocess.Popen(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=slave, stderr=sys.stderr)
os.close(slave)
chunks = []
while True:
    try:
        chunk = os.read(master, 65536)
    except OSError:  # EIO: the other side is closed
        break
    if not chunk:
        break
    chunks.append(chunk)
sys.stdout.buffer.write(b"".join(chunks).replace(b"\r\n", b"\n"))
sys.exit(proc.wait())
PY
  )
  RC=$?
  ERR=$(cat "$err")
}
