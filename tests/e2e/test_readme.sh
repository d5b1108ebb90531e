# The README's console examples are run, and each command's output must be
# exactly what the README shows, so that those examples cannot go stale. A
# ```console block is checked when the line before it is one of:
#
#   <!-- checked: new ledger -->
#       the block runs on its own, for a user with no database yet: a home of
#       its own (shown as /root), pingan's files in their default folders.
#   <!-- checked: sample ledger -->
#       all such blocks run, command by command and in README order, against
#       one fresh sample ledger (data/sample/ledger.sh), each seeing what the
#       ones before it changed; the test's folder is shown as root's data
#       folder, /root/.local/share/pingan.
#   <!-- checked: sample copy -->
#       the block runs on a copy of its own of the sample ledger as loaded
#       (before any block ran): the database (with its -wal and -shm files
#       when there are any) and the config copied into a new home, in the
#       default folders (~/.local/share/pingan, ~/.config/pingan), with
#       PINGAN_DB, PINGAN_CONFIG and HOME pointing there; that home is shown
#       as /root (so the data folder as /root/.local/share/pingan). Examples
#       that add records use it, so that the chain's figures stay the sample's.
#   <!-- checked: sample copy, bureau -->
#       a sample copy, and a bureau's database of its own (a new database on
#       a real throwaway PostgreSQL server, tests/e2e/pg.sh, started only
#       when such a block exists). The README's `export PINGAN_BUREAU_DB=…`
#       names a server the test cannot reach: that step stands for the test's
#       own server and is not run (the variable holds the test's URL instead).
#
# In every fixture the sample ledger is loaded and every command runs with
# today and the clock pinned (PINGAN_TODAY=2026-11-28,
# PINGAN_NOW=2026-11-28T09:30:00Z), TZ=UTC, stdin from /dev/null, stdout and
# stderr together, under `bash -o pipefail`, with TMPDIR inside the test's
# folder; a command fails the test if it exits non-zero. A line ending with
# `\` continues the command on the next line.
#
# Comparing: random uids (UUID v4) differ from run to run, so in both the
# expected and the actual output every
# [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12} becomes one
# placeholder before they are compared: a uid is checked by its shape only.
# A line of the expected output that is just `…` stands for any run of zero
# or more lines (the README's elisions); every other line must match exactly.
source "$(dirname "$0")/lib.sh"

export PINGAN_TODAY=2026-11-28 PINGAN_NOW=2026-11-28T09:30:00Z
PINGAN="$PINGAN" bash "$PINGAN_SOURCE/data/sample/ledger.sh" >/dev/null 2>&1 || fail "the sample ledger did not load"

readme=$PINGAN_SOURCE/README.md
if grep -qxF '<!-- checked: sample copy, bureau -->' "$readme"; then
  source "$(dirname "$0")/pg.sh"
  start_postgres
fi

python3 - "$readme" "$PINGAN" "$TEST_DIR" "${PG_PSQL:-}" <<'PY' || fail "a README example differs from what pingan prints"
import os, re, shutil, subprocess, sys

readme, binary, folder, psql = sys.argv[1:]
FIXTURES = {
    "<!-- checked: new ledger -->": "new",
    "<!-- checked: sample ledger -->": "sample",
    "<!-- checked: sample copy -->": "copy",
    "<!-- checked: sample copy, bureau -->": "bureau",
}
lines = open(readme, encoding="utf-8").read().split("\n")
blocks, i = [], 0
while i < len(lines):
    fixture = FIXTURES.get(lines[i].strip())
    if fixture:
        start = i + 1
        assert lines[start] == "```console", f"README.md:{start + 1}: a checked example is a ```console block"
        end = lines.index("```", start + 1)
        blocks.append((fixture, start + 2, lines[start + 1:end]))
        i = end
    i += 1
assert blocks, "README.md has no checked examples"

# The sample ledger as loaded, before any block changes it: the copies' source.
pristine = os.path.join(folder, "sample-as-loaded")
os.makedirs(pristine)
for name in ("pingan.db", "pingan.db-wal", "pingan.db-shm", "config.toml"):
    if os.path.exists(os.path.join(folder, name)):
        shutil.copy2(os.path.join(folder, name), pristine)
scratch = os.path.join(folder, "tmp")  # TMPDIR: nothing is written outside the test's folder
os.makedirs(scratch)

UID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
ANY = "…"  # a line that stands for zero or more lines


def normalised(text_lines):
    return [UID.sub("<uid>", line) for line in text_lines]


def matches(expected, got):
    """expected's lines, where a line `…` matches any run of lines, against got's."""
    if ANY not in expected:
        return expected == got
    parts, part = [], []  # the runs of literal lines between the `…` lines
    for line in expected:
        if line == ANY:
            parts.append(part)
            part = []
        else:
            part.append(line)
    parts.append(part)
    first, middle, last = parts[0], parts[1:-1], parts[-1]
    if len(first) + len(last) > len(got) or got[:len(first)] != first or got[len(got) - len(last):] != last:
        return False
    position, limit = len(first), len(got) - len(last)
    for part in middle:  # each run at its first place after the one before: if any placing fits, this one does
        while position + len(part) <= limit and got[position:position + len(part)] != part:
            position += 1
        if position + len(part) > limit:
            return False
        position += len(part)
    return True


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
    environment, cwd, home = dict(os.environ), folder, None
    environment["TMPDIR"] = scratch
    if fixture in ("new", "copy", "bureau"):
        # A home of its own, files where pingan puts them by default.
        home = os.path.join(folder, f"home-{number}")
        os.makedirs(home)
        for variable in ("PINGAN_DB", "PINGAN_CONFIG", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
            environment.pop(variable, None)
        environment["HOME"] = cwd = home
    if fixture in ("copy", "bureau"):
        data, config = os.path.join(home, ".local/share/pingan"), os.path.join(home, ".config/pingan")
        os.makedirs(data)
        os.makedirs(config)
        for name in os.listdir(pristine):
            shutil.copy2(os.path.join(pristine, name), config if name == "config.toml" else data)
        environment["PINGAN_DB"] = os.path.join(data, "pingan.db")
        environment["PINGAN_CONFIG"] = os.path.join(config, "config.toml")
    if fixture == "bureau":
        # A database of its own on the test's server, in place of the README's.
        url = environment["PINGAN_BUREAU_DB"]
        assert psql and url.startswith("postgresql:///pingan?"), "the bureau's server is not running"
        subprocess.run([psql, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", f"CREATE DATABASE readme_{number}"],
                       check=True, stdin=subprocess.DEVNULL)
        environment["PINGAN_BUREAU_DB"] = url.replace("postgresql:///pingan?", f"postgresql:///readme_{number}?", 1)
    for n, command, expected in steps:
        if fixture == "bureau" and command.startswith("export PINGAN_BUREAU_DB="):
            assert not expected, f"README.md:{n}: the bureau's export prints nothing"
            continue  # stands for the test's own server, already in the environment
        script = f'pingan() {{ "{binary}" "$@"; }}\n{command}'
        result = subprocess.run(["bash", "-o", "pipefail", "-c", script], cwd=cwd, stdin=subprocess.DEVNULL, env=environment,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        # The README shows the files of a user named root, in their default folders.
        shown = result.stdout.replace(home, "/root") if home else result.stdout.replace(folder, "/root/.local/share/pingan")
        got = shown.rstrip("\n").split("\n") if shown.strip("\n") else []
        checked += 1
        if result.returncode != 0 or not matches(normalised(expected), normalised(got)):
            failed += 1
            print(f"README.md:{n}: $ {command}\n  exit {result.returncode}; expected:", file=sys.stderr)
            print("\n".join("    " + l for l in expected), file=sys.stderr)
            print("  got:", file=sys.stderr)
            print("\n".join("    " + l for l in got), file=sys.stderr)
print(f"{checked} README commands checked in {len(blocks)} blocks")
sys.exit(1 if failed else 0)
PY
ok "the README's checked examples print what pingan prints"
