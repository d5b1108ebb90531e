# The README's console examples marked `<!-- checked: new ledger -->` are run,
# each block on its own, for a user with no database yet; those marked
# `<!-- checked: sample ledger -->` are
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
    fixture = {"<!-- checked: sample ledger -->": "sample", "<!-- checked: new ledger -->": "new"}.get(lines[i].strip())
    if fixture:
        start = i + 1
        assert lines[start] == "```console", f"README.md:{start + 1}: a checked example is a ```console block"
        end = lines.index("```", start + 1)
        blocks.append((fixture, start + 2, lines[start + 1:end]))
        i = end
    i += 1
assert blocks, "README.md has no checked examples"

failed = 0
checked = 0
for number, (fixture, first_line, block) in enumerate(blocks):
    steps = []  # (line number, command, expected output lines)
    for n, line in enumerate(block, first_line):
        if line.startswith("$ "):
            steps.append((n, line[2:], []))
        elif steps and steps[-1][1].endswith("\\") and not steps[-1][2]:  # a command's next line
            steps[-1] = (steps[-1][0], steps[-1][1] + "\n" + line, [])
        else:
            assert steps, f"README.md:{n}: output before any command"
            steps[-1][2].append(line)
    # A new ledger: a home of its own, files where pingan puts them by default.
    environment, cwd, home = dict(os.environ), folder, None
    if fixture == "new":
        home = os.path.join(folder, f"new-{number}")
        os.makedirs(home)
        for variable in ("PINGAN_DB", "PINGAN_CONFIG", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
            environment.pop(variable, None)
        environment["HOME"] = cwd = home
    for n, command, expected in steps:
        script = f'pingan() {{ "{binary}" "$@"; }}\n{command}'
        result = subprocess.run(["bash", "-o", "pipefail", "-c", script], cwd=cwd, stdin=subprocess.DEVNULL, env=environment,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        # The README shows the files of a user named root, in their default folders.
        shown = result.stdout.replace(home, "/root") if home else result.stdout.replace(folder, "/root/.local/share/pingan")
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
