# The code's shape holds: the engine stays behind store/sqlite/, display stays
# out of store/, and the record kinds are named in the kinds table and the
# records' own files only.
source "$(dirname "$0")/lib.sh"
cd "$PINGAN_SOURCE" || fail "no source tree at $PINGAN_SOURCE"

engine_headers=$(grep -rln SQLiteCpp lib cli --include=*.hpp | grep -v '^lib/pingan/store/sqlite/' || true)
[ -z "$engine_headers" ] || fail "headers outside store/sqlite/ name SQLiteCpp: $engine_headers"
engine_in_cli=$(grep -rnE 'SQLite::|SQLiteCpp|sqlite3\.h' cli || true)
[ -z "$engine_in_cli" ] || fail "cli/ reaches the engine: $engine_in_cli"
engine_elsewhere=$(grep -rlE 'SQLite::|SQLiteCpp|sqlite3\.h' lib | grep -v '^lib/pingan/store/sqlite/' || true)
[ -z "$engine_elsewhere" ] || fail "lib/ outside store/sqlite/ uses the engine: $engine_elsewhere"
ok "the engine (SQLiteCpp) is reached from store/sqlite/ only"

# The bureau's engine (libpq) stays in store/postgres/, and out of the pingan
# program itself: only pingan-bureau, which pingan runs for the bureau's
# commands, loads it (SPEC §10: every other command starts as fast as before).
pq_elsewhere=$(grep -rlE 'libpq-fe\.h|PGconn|PGresult' lib cli | grep -v '^lib/pingan/store/postgres/' || true)
[ -z "$pq_elsewhere" ] || fail "libpq reached outside store/postgres/: $pq_elsewhere"
# (ldd's output taken whole: `ldd | grep -q` fails under pipefail when grep
# stops reading early.)
station_libs=$(ldd "$PINGAN") || fail "ldd $PINGAN failed"
bureau_libs=$(ldd "$(dirname "$PINGAN")/pingan-bureau") || fail "ldd pingan-bureau failed"
[[ "$station_libs" != *libpq* ]] || fail "pingan links libpq: $station_libs"
[[ "$bureau_libs" == *libpq* ]] || fail "pingan-bureau does not link libpq: $bureau_libs"
ok "libpq is reached from store/postgres/ only, and loaded by pingan-bureau, not pingan"

display=$(grep -rlnE 'mask_|status_label|\.label\(' lib/pingan/store || true)
[ -z "$display" ] || fail "store/ holds display concerns: $display"
ok "store/ holds no masking and no labels"

# A kind's name as a quoted kind ("event", "cases", …) outside the kinds
# table, the records' own files, their store and command files, and messages.
own='^(lib/pingan/records/|lib/pingan/store/(sqlite/)?(events|installs|cases|stations)\.(hpp|cpp)|cli/commands/(event|install|case|station)\.cpp)'
kinds=$(grep -rnoE 'find_kind\("[a-z]+"\)|kind(\.name)? == "[a-z]+"' lib cli | grep -vE "$own" || true)
[ -z "$kinds" ] || fail "kinds named outside the kinds table: $kinds"
ok "record kinds are looked up through the kinds table"

# scripts/test builds (with sanitizers) in a folder of its own, so that the
# README's two set-up commands in either order leave build/ the optimised
# binary that `cmake --install build` installs.
if [[ "$PINGAN" == */build-test/pingan ]]; then
  [ ! -e "$PINGAN_SOURCE/build/CMakeCache.txt" ] ||
    ! grep -q '^PINGAN_SANITIZE:BOOL=ON' "$PINGAN_SOURCE/build/CMakeCache.txt" ||
    fail "build/ is a sanitizer build (scripts/test must not build there)"
  ok "scripts/test builds in build-test/; build/ is left to the optimised binary"
fi
