# What `cmake --install` puts in place (the programs, the manual page, the bash,
# zsh and fish completions, an example config), the manual page itself (generated from the
# command tree: every command, EXIT STATUS, FILES, ENVIRONMENT, EXAMPLES), and
# the Debian package `cpack -G DEB` builds: its dependencies resolve for
# `apt-get install ./pingan_*.deb`, and the programs it holds run.
source "$(dirname "$0")/lib.sh"

build=$(dirname "$PINGAN")
[ -f "$build/CPackConfig.cmake" ] || fail "no CPack config in $build"

# ---- cmake --install ----
prefix=$TEST_DIR/prefix
expect_ok cmake --install "$build" --prefix "$prefix"
for file in bin/pingan bin/pingan-bureau share/man/man1/pingan.1 share/bash-completion/completions/pingan \
  share/zsh/vendor-completions/_pingan share/fish/vendor_completions.d/pingan.fish share/doc/pingan/config.toml.example; do
  [ -f "$prefix/$file" ] || fail "cmake --install did not put $file in place"
done
expect_ok "$prefix/bin/pingan" --version
expect_stdout_contains "pingan "
cmp -s "$prefix/share/doc/pingan/config.toml.example" "$PINGAN_SOURCE/data/config.toml" || fail "the example config"
PINGAN_CONFIG=$prefix/share/doc/pingan/config.toml.example expect_ok pingan vocab venues
expect_ok bash -c 'source "$1" && complete -p pingan' _ "$prefix/share/bash-completion/completions/pingan"
expect_ok zsh -n "$prefix/share/zsh/vendor-completions/_pingan"
# fish loads it from where it looks for completions, for a pingan on the PATH.
PATH=$prefix/bin:$PATH expect_ok fish --no-config -c 'set fish_complete_path $argv[1]; complete -C "pingan completion "' \
  "$prefix/share/fish/vendor_completions.d"
expect_eq "$(cut -f1 <<<"$OUT" | sort | paste -sd ' ')" "bash fish zsh" "the installed fish completion"
ok "cmake --install: programs, manual page, bash, zsh and fish completions, example config"

# ---- the manual page ----
page=$prefix/share/man/man1/pingan.1
expect_ok env MANWIDTH=100 man -l "$page"
manual=$OUT
for heading in NAME SYNOPSIS DESCRIPTION "GLOBAL OPTIONS" COMMANDS "EXIT STATUS" FILES ENVIRONMENT EXAMPLES; do
  grep -q "^$heading\$" <<<"$manual" || fail "the manual page has no $heading section"
done
# Every command of the tree, as the completion script (the same tree) lists them.
expect_ok pingan completion bash
while read -r command; do
  [ "$command" == manpage ] && continue
  grep -qF "pingan $command" <<<"$manual" || fail "the manual page does not describe 'pingan $command'"
done < <(grep -oE '^ +"[a-z ]+"\) path=' <<<"$OUT" | sed -E 's/^ +"([a-z ]+)".*/\1/')
expect_contains "$manual" "--rank" "the manual's options"
expect_contains "$manual" "PINGAN_BUREAU_DB" "the manual's environment"
expect_eq "$(groff -k -Tutf8 -man -ww -z "$page" 2>&1)" "" "groff warnings"
ok "the manual page: every section and command, no troff warnings"

# ---- the Debian package ----
pkg=$TEST_DIR/pkg
mkdir -p "$pkg"
expect_ok cpack --config "$build/CPackConfig.cmake" -B "$pkg"
deb=$(ls "$pkg"/pingan_*.deb)
[ -f "$deb" ] || fail "cpack built no pingan_*.deb"
expect_ok dpkg-deb -I "$deb"
expect_stdout_contains "Package: pingan"
expect_stdout_contains "libsqlite3-0"
expect_ok dpkg-deb -c "$deb"
for file in ./usr/bin/pingan ./usr/bin/pingan-bureau ./usr/share/man/man1/pingan.1 \
  ./usr/share/bash-completion/completions/pingan ./usr/share/zsh/vendor-completions/_pingan \
  ./usr/share/fish/vendor_completions.d/pingan.fish; do
  expect_stdout_contains "$file"
done
expect_ok apt-get install --simulate "$deb"
expect_stdout_contains "Inst pingan"
expect_ok dpkg-deb -x "$deb" "$TEST_DIR/root"
PINGAN_DB=$TEST_DIR/deb.db expect_ok "$TEST_DIR/root/usr/bin/pingan" init --station 吉日嘎朗图派出所
PINGAN_DB=$TEST_DIR/deb.db expect_ok "$TEST_DIR/root/usr/bin/pingan" event add --venue 工地 --place 安置房工地 --audience 60
ok "cpack -G DEB: a package whose dependencies resolve and whose programs run"
