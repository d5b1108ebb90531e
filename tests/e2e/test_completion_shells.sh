# pingan completion zsh and fish, in a real zsh (its completion system, driven
# through a pseudo-terminal) and a real fish (complete -C): the subcommands,
# options and values bash offers (the config's own vocabulary entries
# included), file names where a file is expected.
source "$(dirname "$0")/lib.sh"

command -v zsh >/dev/null || fail "no zsh (scripts/lib/deps installs it)"
command -v fish >/dev/null || fail "no fish (scripts/lib/deps installs it)"

printf '[[venue]]\ncode = "bus_stop"\nzh = "公交站"\nen = "Bus stop"\n' >"$PINGAN_CONFIG"
for shell in bash zsh fish; do
  expect_ok pingan completion "$shell"
  printf '%s\n' "$OUT" >"$TEST_DIR/pingan.$shell"
done
zsh -n "$TEST_DIR/pingan.zsh" || fail "completion zsh is not valid zsh"
fish --no-config -n "$TEST_DIR/pingan.fish" || fail "completion fish is not valid fish"
files=$TEST_DIR/files  # the folder completion runs in: two files, no folder
mkdir -p "$files" && : >"$files/ledger.jsonl" && : >"$files/sheet.csv"

# The zsh side: an interactive zsh -f in a pseudo-terminal (zpty) loads compinit
# and the script, gets LINE and a TAB; compadd, wrapped, writes the words that
# match instead of adding them, and the shell exits once completion is done.
cat >"$TEST_DIR/setup.zsh" <<'EOF'
autoload -Uz compinit && compinit -u -D
source $1
capture=$2
compadd() {
  # Calls that only ask what would match (_files makes them) stay as they are.
  if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return; fi
  local -a hits
  builtin compadd -O hits "$@"
  (( $#hits )) && print -rl -- $hits >>$capture
}
comppostfuncs=(exit)
print READY
EOF
cat >"$TEST_DIR/drive.zsh" <<'EOF'
zmodload zsh/zpty || exit 2
zpty z env TERM=xterm zsh -f -i
zpty -w z "source ${(q)1} ${(q)2} ${(q)3}"
zpty -r z line '*READY*' || exit 2
zpty -w -n z "$4"$'\t'
while zpty -r z line; do :; done  # until that shell exits
EOF
complete_zsh() {  # LINE: the words zsh offers for LINE's last word, sorted, one a line
  local capture=$TEST_DIR/capture
  : >"$capture"
  (cd "$files" && timeout 30 zsh -f "$TEST_DIR/drive.zsh" "$TEST_DIR/setup.zsh" "$TEST_DIR/pingan.zsh" "$capture" "$1") \
    >/dev/null 2>&1 || fail "zsh did not complete [$1]"
  sort -u "$capture"
}
complete_fish() {  # LINE: the words fish offers
  (cd "$files" && fish --no-config -c 'source $argv[1]; complete -C $argv[2]' "$TEST_DIR/pingan.fish" "$1") |
    cut -f1 | sort -u
}
complete_bash() {  # LINE: the words bash offers, as tests/e2e/test_events.sh asks for them
  local -a words
  read -ra words <<<"$1"
  [[ $1 == *" " ]] && words+=("")
  (cd "$files" && bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _pingan; printf "%s\n" "${COMPREPLY[@]}"' \
    _ "$TEST_DIR/pingan.bash" "${words[@]}") | sed '/^$/d' | sort -u
}
# expect_offers LINE WORD...: zsh and fish offer exactly the WORDs (sorted) for LINE.
expect_offers() {
  local line=$1 shell
  shift
  local expected
  expected=$(printf '%s\n' "$@" | sed '/^$/d' | sort -u)
  for shell in zsh fish; do expect_eq "$("complete_$shell" "$line")" "$expected" "$shell completion of '$line'"; done
}
# expect_offers_with LINE WORD...: zsh and fish offer the WORDs among others, and the same words as bash.
expect_offers_with() {
  local line=$1 shell offered word
  shift
  local bash_words
  bash_words=$(complete_bash "$line")
  for shell in zsh fish; do
    offered=$("complete_$shell" "$line")
    for word in "$@"; do grep -qxF -- "$word" <<<"$offered" || fail "$shell completion of '$line' lacks [$word]: [$offered]"; done
    expect_eq "$offered" "$bash_words" "$shell completion of '$line', as bash's"
  done
}

expect_offers_with "pingan " event case completion vocab import --help
expect_offers "pingan event a" add
expect_offers_with "pingan event add " --venue --place --audience
expect_offers "pingan event list --w" --week
ok "subcommands and options"

expect_offers_with "pingan event add --venue " bus_stop night_market construction_site
expect_offers "pingan event add --venue bus" bus_stop
expect_offers "pingan event list --format " table json csv markdown html jsonl
expect_offers "pingan event list --lang " zh en
expect_offers_with "pingan case list --status " open closed submitted refunded rejected withdrawn
expect_offers "pingan report --rank installs" installs installs_per_10k
ok "option values: vocabulary codes (the config's own included), formats, languages, statuses, metrics"

expect_offers "pingan completion " bash zsh fish
expect_offers "pingan vocab c" categories
expect_offers "pingan target set inst" installs installs_per_10k
expect_offers "pingan target set events "
expect_offers "pingan import " ledger.jsonl sheet.csv
expect_offers "pingan backup s" sheet.csv
expect_offers "pingan report --output l" ledger.jsonl
ok "arguments: shells, vocabularies, a target's metric, file names"
