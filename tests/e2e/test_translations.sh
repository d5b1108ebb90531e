# Every message, error, prompt and help text is in the one translation table
# (lib/pingan/translations.cpp), and a Chinese user reads Chinese: errors keep
# their `FIELD: reason` form with the reason translated, help is translated.
source "$(dirname "$0")/lib.sh"

faults=$(python3 "$PINGAN_SOURCE/tests/e2e/check_translations.py" "$PINGAN_SOURCE" 2>/dev/null)
[ -z "$faults" ] || fail "the translation table and the code disagree:
$faults"
ok "every tr() text is in the table, every table entry is used, no text bypasses tr()"
