# A throwaway PostgreSQL server for the bureau tests (SPEC §10); source it
# after lib.sh:
#
#   source "$(dirname "$0")/lib.sh"
#   source "$(dirname "$0")/pg.sh"
#   start_postgres                     # exports PINGAN_BUREAU_DB
#   bsql 'SELECT count(*) FROM pingan.event'
#
# start_postgres runs initdb into $TEST_DIR/pg and starts a real server there
# that listens on a unix socket in that same folder only (listen_addresses is
# empty: no TCP port, so tests running in parallel never collide), with trust
# authentication for local connections and a bootstrap superuser `pingan`
# that owns the database `pingan`. The server is stopped (immediate mode) by a
# CLEANUP hook when the test exits, before lib.sh removes the folder.
#
# PostgreSQL refuses to run as root, so as root the server runs as the
# `postgres` user that Debian's postgresql package creates (runuser); any
# other user runs it as themselves.
#
# The database's default collation is ICU's Chinese one (pinyin order), as a
# bureau's server set up for a Chinese locale would have: pingan orders names
# by code point in every engine (SPEC §9), so it must say so in its SQL rather
# than rely on the server's default. PINGAN_TEST_PG_LOCALE=C (or another ICU
# locale) overrides that.

# The newest installed server, unless PG_BINDIR names one.
pg_bindir() {
  if [ -n "${PG_BINDIR:-}" ]; then
    echo "$PG_BINDIR"
    return
  fi
  local dir version best="" best_version=0
  for dir in /usr/lib/postgresql/*/bin; do
    version=${dir#/usr/lib/postgresql/}
    version=${version%%/*}
    [[ "$version" =~ ^[0-9]+$ ]] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] || continue
    if ((version > best_version)); then best=$dir best_version=$version; fi
  done
  if [ -z "$best" ] && command -v initdb >/dev/null 2>&1; then
    best=$(dirname "$(command -v initdb)")
  fi
  echo "$best"
}

PG_BIN=$(pg_bindir)
PG_PORT=5432        # a unix socket in a private folder: any number will do
PG_DIR=$TEST_DIR/pg # data directory, socket and log, owned by the server's user
PG_DATA=$PG_DIR/data
PG_SOCK=$PG_DIR
PG_LOG=$PG_DIR/server.log

# libpq reads these from the environment; none may point the tests elsewhere.
for _pg_var in $(compgen -e | grep '^PG' || true); do
  unset "$_pg_var"
done
unset _pg_var

# as_pg_user CMD...: runs CMD as the user the server runs as, from a folder
# that user can read.
as_pg_user() {
  if ((EUID == 0)); then
    (cd "$PG_DIR" && runuser -u postgres -- "$@")
  else
    (cd "$PG_DIR" && "$@")
  fi
}

pg_fail() {
  echo "FAIL: postgres: $*" >&2
  if [ -f "$PG_LOG" ]; then
    echo "--- $PG_LOG (last 30 lines):" >&2
    tail -n 30 "$PG_LOG" >&2
  fi
  exit 1
}

start_postgres() {
  [ -n "$PG_BIN" ] && [ -x "$PG_BIN/initdb" ] ||
    pg_fail "no PostgreSQL server found (looked in /usr/lib/postgresql/*/bin and PATH; install postgresql, or set PG_BINDIR)"
  command -v psql >/dev/null 2>&1 || [ -x "$PG_BIN/psql" ] || pg_fail "no psql client found"
  if ((EUID == 0)); then
    id postgres >/dev/null 2>&1 || pg_fail "running as root and there is no 'postgres' user to run the server as"
    command -v runuser >/dev/null 2>&1 || pg_fail "running as root and there is no runuser"
  fi

  # The socket's path must fit in sockaddr_un (107 bytes); a deep $TMPDIR
  # would not: put the socket in a short folder of its own then.
  if [ $((${#PG_SOCK} + ${#PG_PORT} + 10)) -gt 100 ]; then
    PG_SOCK=$(mktemp -d /tmp/pingan-pg.XXXXXX) || pg_fail "mktemp"
  fi
  CLEANUP+=(stop_postgres)

  # $TEST_DIR is 0700 (mktemp): let the server's user through to its folder.
  mkdir -p "$PG_DIR" || pg_fail "mkdir $PG_DIR"
  chmod 0700 "$PG_DIR"
  if ((EUID == 0)); then
    chmod o+x "$TEST_DIR" || pg_fail "chmod $TEST_DIR"
    chown postgres: "$PG_DIR" || pg_fail "chown $PG_DIR"
    if [ "$PG_SOCK" != "$PG_DIR" ]; then
      chmod 0700 "$PG_SOCK" && chown postgres: "$PG_SOCK" || pg_fail "chown $PG_SOCK"
    fi
    runuser -u postgres -- test -w "$PG_DIR" ||
      pg_fail "the postgres user cannot reach $PG_DIR: a folder above it is not traversable (set TMPDIR to one that is, e.g. /tmp)"
  fi

  local locale=${PINGAN_TEST_PG_LOCALE:-zh}
  local -a locale_args=(--encoding=UTF8 --locale=C)
  # ICU as the default collation provider needs PostgreSQL 15 or later.
  local major
  major=$("$PG_BIN/initdb" --version 2>/dev/null | sed -nE 's/^initdb \(PostgreSQL\) ([0-9]+).*/\1/p')
  if [ "$locale" != C ] && [ "${major:-0}" -ge 15 ]; then
    locale_args+=(--locale-provider=icu "--icu-locale=$locale")
  fi
  # --no-sync and the settings below trade durability for speed: a test
  # server's data need not survive a crash of the machine.
  as_pg_user "$PG_BIN/initdb" -D "$PG_DATA" -U pingan --auth=trust --no-sync --no-instructions \
    "${locale_args[@]}" >"$PG_DIR/initdb.log" 2>&1 ||
    { cat "$PG_DIR/initdb.log" >&2; pg_fail "initdb failed"; }

  # Local (unix socket) connections only, trusted; nothing over TCP.
  printf '# pingan tests: the unix socket only, trusted\nlocal all all trust\n' \
    | as_pg_user tee "$PG_DATA/pg_hba.conf" >/dev/null || pg_fail "writing pg_hba.conf"
  as_pg_user tee -a "$PG_DATA/postgresql.conf" >/dev/null <<CONF || pg_fail "writing postgresql.conf"

# pingan tests
listen_addresses = ''
unix_socket_directories = '$PG_SOCK'
unix_socket_permissions = 0700
port = $PG_PORT
max_connections = 40
shared_buffers = 32MB
dynamic_shared_memory_type = mmap
fsync = off
synchronous_commit = off
full_page_writes = off
timezone = 'UTC'
log_timezone = 'UTC'
log_min_messages = warning
log_line_prefix = '%m [%p] '
CONF

  as_pg_user "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 60 start >"$PG_DIR/pg_ctl.log" 2>&1 ||
    { cat "$PG_DIR/pg_ctl.log" >&2; pg_fail "pg_ctl start failed"; }

  local tries=0
  until "$PG_BIN/pg_isready" -q -h "$PG_SOCK" -p "$PG_PORT" -U pingan -d postgres; do
    tries=$((tries + 1))
    [ "$tries" -lt 300 ] || pg_fail "not ready after 30 s"
    sleep 0.1
  done

  local psql_bin=psql
  [ -x "$PG_BIN/psql" ] && psql_bin=$PG_BIN/psql
  PG_PSQL=$psql_bin
  "$PG_PSQL" -X -q -v ON_ERROR_STOP=1 -h "$PG_SOCK" -p "$PG_PORT" -U pingan -d postgres \
    -c 'CREATE DATABASE pingan' >/dev/null || pg_fail "CREATE DATABASE pingan failed"

  # Port 5432 is libpq's default; it is spelled out all the same so the URL
  # does not depend on how libpq was built.
  export PINGAN_BUREAU_DB="postgresql:///pingan?host=$PG_SOCK&port=$PG_PORT&user=pingan"
  [ "$(bsql 'SELECT 1')" == 1 ] || pg_fail "cannot connect with $PINGAN_BUREAU_DB"
}

# Immediate shutdown; the server is killed outright if that does not work, so
# that no postmaster outlives its test folder.
stop_postgres() {
  local pid="" tries=0
  if [ -f "$PG_DATA/postmaster.pid" ]; then
    pid=$(head -n 1 "$PG_DATA/postmaster.pid" 2>/dev/null)
    as_pg_user "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate -w -t 30 stop >/dev/null 2>&1
  fi
  if [[ "$pid" =~ ^[0-9]+$ ]]; then
    # pg_ctl returns once the pid file is gone; the process may take a moment more.
    while pg_alive "$pid" && [ "$tries" -lt 50 ]; do
      sleep 0.1
      tries=$((tries + 1))
    done
    pg_alive "$pid" && kill -KILL "$pid" 2>/dev/null
  fi
  [ "$PG_SOCK" == "$PG_DIR" ] || rm -rf "$PG_SOCK"
  return 0
}

# A process that exists and is not a zombie.
pg_alive() {
  local state
  state=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) || return 1
  [ -n "$state" ] && [ "$state" != Z ]
}

# bsql SQL...: runs each SQL statement against the bureau database, printing
# unaligned, tuples-only rows (fields separated by '|'); stops at an error,
# with the error on stderr and a non-zero status.
bsql() {
  local -a cmds=()
  local stmt
  for stmt in "$@"; do cmds+=(-c "$stmt"); done
  "${PG_PSQL:-psql}" -X -At -v ON_ERROR_STOP=1 -d "$PINGAN_BUREAU_DB" "${cmds[@]}"
}
