#!/usr/bin/env python3
"""The one translation table holds every text a person reads, and only those.

Reads lib/ and cli/ under the source folder given as the first argument and
prints one line per fault:
  - a tr()/trf() text that is not in lib/pingan/translations.cpp;
  - a table entry no tr()/trf() uses;
  - a text shown to people that bypasses tr(): an error's reason, a help
    text or a message given as a bare string literal.
Exit status 1 when there is a fault.
"""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
table_file = root / "lib/pingan/translations.cpp"

# One C++ string literal (plain or raw), then more adjacent ones.
LITERAL = r'(?:R"\((?:.|\n)*?\)"|"(?:[^"\\\n]|\\.)*")'
LITERALS = rf'{LITERAL}(?:\s*{LITERAL})*'


def unquote(literals):
    text = ""
    for piece in re.findall(LITERAL, literals):
        if piece.startswith('R"('):
            text += piece[3:-2]
        else:
            text += re.sub(r'\\(["\\nt])', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), piece[1:-1])
    return text


def strip_comments(source):
    # Keeps string literals (and so "//" inside them) whole.
    return re.sub(rf'({LITERAL})|//[^\n]*', lambda m: m.group(1) or "", source)


sources = [p for p in sorted(root.glob("lib/**/*.[ch]pp")) + sorted(root.glob("cli/**/*.[ch]pp")) if p != table_file]
used = {}
faults = []
bare = [
    (r'\bInputError\(\s*[^,()]*(?:\([^()]*\))?[^,()]*,\s*(?:std::string\(|fmt::format\()?"', "an error's reason"),
    (r'\b(?:Failure|NotFound|Busy)\(\s*(?:std::string\(|fmt::format\()?"', "an error message"),
    (r'\badd_(?:option|flag)\(\s*"[^"]*"\s*,[^;()]*?,\s*"', "a help text"),
    (r'\badd_subcommand\(\s*"[^"]*"\s*,\s*"', "a command's help"),
    (r'\b(?:description|footer)\(\s*R?"', "a help text"),
    (r'\bmessage\(\s*"', "a message"),
]
for path in sources:
    source = strip_comments(path.read_text(encoding="utf-8"))
    rel = path.relative_to(root)
    for match in re.finditer(rf'\btrf?\(\s*({LITERALS})', source):
        line = source.count("\n", 0, match.start()) + 1
        used.setdefault(unquote(match.group(1)), f"{rel}:{line}")
    for pattern, what in bare:
        for match in re.finditer(pattern, source):
            line = source.count("\n", 0, match.start()) + 1
            faults.append(f"{rel}:{line}: {what} bypasses tr(): {source[match.start():match.end() + 40].splitlines()[0]}")

table = {}
table_source = strip_comments(table_file.read_text(encoding="utf-8"))
for match in re.finditer(rf'\{{\s*({LITERALS})\s*,\s*({LITERALS})\s*\}}', table_source):
    english = unquote(match.group(1))
    line = table_source.count("\n", 0, match.start()) + 1
    if english in table:
        faults.append(f"{table_file.relative_to(root)}:{line}: {english!r} is in the table twice")
    table[english] = line

for english, where in sorted(used.items(), key=lambda item: item[1]):
    if english not in table:
        faults.append(f"{where}: not in the translation table: {english!r}")
for english, line in sorted(table.items(), key=lambda item: item[1]):
    if english not in used:
        faults.append(f"{table_file.relative_to(root)}:{line}: no tr() uses {english!r}")

print("\n".join(faults))
print(f"{len(used)} texts used, {len(table)} in the table, {len(faults)} faults", file=sys.stderr)
sys.exit(1 if faults else 0)
