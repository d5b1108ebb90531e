# The README's console examples marked `<!-- checked: sample ledger -->` are
# run, command by command and in order, against a fresh sample ledger
# (data/sample/ledger.sh, today 2026-11-28), and each command's output must
# be exactly what the README shows (the test's folder shown as root's data
# folder, ~/.local/share/pingan), so that those examples cannot go stale.
source "$(dirname "$0")/lib.sh"

export PINGAN_TODAY=2026-11-28
PINGAN="$PINGAN" bash "$PINGAN_SOURCE/data/sample/ledger.sh" >/dev/null 2>&1 || fail "the sample ledger did not load"

python3 - "$PINGAN_SOURCE/README.md" "$PINGAN" "$TEST_DIR" <<'PY' || fail "a README example differs from what pingan prints"
import os, subprocess, sys

readme, binary, folder = sys.argv[1:]
lines = open(readme, encoding="utf-8").read().split("\n")
blocks, i = [], 0
while i < len(lines):
    if lines[i].strip() == "<!-- checked: sample ledger -->":
        start = i + 1
        assert lines[start] == "```console", f"README.md:{start + 1}: a checked example is a ```console block"
        end = lines.index("```", start + 1)
        blocks.append((start + 2, lines[start + 1:end]))
        i = end
    i += 1
assert blocks, "README.md has no checked examples"

failed = 0
checked = 0
for first_line, block in blocks:
    steps = []  # (line number, command, expected output lines)
    for n, line in enumerate(block, first_line):
        if line.startswith("$ "):
            steps.append((n, line[2:], []))
        else:
            assert steps, f"README.md:{n}: output before any command"
            steps[-1][2].append(line)
    for n, command, expected in steps:
        script = f'pingan() {{ "{binary}" "$@"; }}\n{command}'
        result = subprocess.run(["bash", "-o", "pipefail", "-c", script], cwd=folder, stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        # The README shows the default data folder of a user named root.
        shown = result.stdout.replace(folder, "/root/.local/share/pingan")
        got = shown.rstrip("\n").split("\n") if shown.strip("\n") else []
        checked += 1
        if result.returncode != 0 or got != expected:
            failed += 1
            print(f"README.md:{n}: $ {command}\n  exit {result.returncode}; expected:", file=sys.stderr)
            print("\n".join("    " + l for l in expected), file=sys.stderr)
            print("  got:", file=sys.stderr)
            print("\n".join("    " + l for l in got), file=sys.stderr)
print(f"{checked} README commands checked")
sys.exit(1 if failed else 0)
PY
ok "the README's checked examples print what pingan prints"
