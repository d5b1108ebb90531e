# SPEC §5 "Reports": the HTML report "prints well on A4" and reads on a phone.
# Headless Chromium prints a month's report (long enough for several pages)
# to PDF, and pdftotext reads it back page by page: no page ends on a section
# heading, no table row is split or wrapped, the table head repeats, a long
# station name stays on one line. Then layout_probe.py has Chromium (through
# chromedriver) lay the page out in a 390×844 phone viewport and at 1280×800,
# and measures it: no sideways scrolling of the page, every header and label
# cell on one line, wide tables scroll inside their own box, cards and charts
# within the width. Needs chromium, chromium-driver and poppler-utils
# (scripts/test installs them: scripts/lib/deps chromium).
# PINGAN_HTML_SHOTS=DIR keeps the screenshots for a person to look at.
source "$(dirname "$0")/lib.sh"

command -v chromium >/dev/null || fail "no chromium: run scripts/lib/deps chromium"
command -v pdftotext >/dev/null || fail "no pdftotext: run scripts/lib/deps chromium"
command -v chromedriver >/dev/null || fail "no chromedriver: run scripts/lib/deps chromium"

# The sample ledger, a station with a long name (a full official one) and
# enough open cases (with amounts unique to each) for the report to run over
# several pages.
expect_ok env PINGAN="$PINGAN" bash "$PINGAN_SOURCE/data/sample/ledger.sh"
LONG=鄂尔多斯市公安局杭锦旗分局吉日嘎朗图派出所
expect_ok pingan station add "$LONG" --code long --bureau 杭锦旗公安局
expect_ok pingan event add --date 2026-11-21 --station long --venue market --place 边境口岸集市 \
  --audience 90 --materials 120 --installs 12 --topic overseas_calls,app_usage --officer 寇小青
stations=(long jrglt hhmd dlt-qbzx slz zy xh)
categories=(minor_game_topup minor_livestream_tip fraud_stop_payment shopping_refund other)
names=(格桑花 王五 李秀兰 "Liu Wei" 张建军 欧阳娜仁高娃)
for i in $(seq 1 45); do
  expect_ok pingan case open --date "2026-11-$(printf %02d $((i % 27 + 1)))" --station "${stations[i % 7]}" \
    --name "${names[i % 6]}" --category "${categories[i % 5]}" --amount "$((i * 101)).$(printf %02d "$i")" \
    --officer 寇小青
done
ok "a ledger with $(sql 'SELECT count(*) FROM refund_case') cases"

chrome() {
  timeout 120 chromium --headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --disable-extensions \
    --user-data-dir="$TEST_DIR/chrome" "$@" 2>>"$TEST_DIR/chrome.log"
}

# Every check runs, so that one run shows all that is wrong.
FAILED=0
failed() { echo "FAIL: $*" >&2; FAILED=1; }

for lang in zh en; do
  html=$TEST_DIR/report-$lang.html
  expect_ok pingan report --month 2026-11 --lang "$lang" --format html --output "$html"
  expect_ok pingan report --month 2026-11 --lang "$lang" --format json
  printf '%s' "$OUT" >"$TEST_DIR/report-$lang.json"

  # ---- print: A4 PDF, read back one page at a time ----
  chrome --no-pdf-header-footer --print-to-pdf="$TEST_DIR/report-$lang.pdf" "file://$html" ||
    fail "chromium could not print the $lang report: $(tail -5 "$TEST_DIR/chrome.log")"
  pdftotext -layout "$TEST_DIR/report-$lang.pdf" "$TEST_DIR/report-$lang.txt" || fail "pdftotext ($lang)"
  if python3 - "$html" "$TEST_DIR/report-$lang.txt" "$TEST_DIR/report-$lang.json" "$LONG" <<'PY'; then
import html, json, re, sys

page_html, text_file, json_file, long_name = sys.argv[1:]
source = open(page_html, encoding="utf-8").read()
pages = open(text_file, encoding="utf-8").read().split("\f")
pages = [[line.rstrip() for line in page.split("\n") if line.strip()] for page in pages]
pages = [page for page in pages if page]
report = json.load(open(json_file, encoding="utf-8"))
problems = []

def text_of(fragment):
    return " ".join(html.unescape(re.sub(r"<[^>]*>", " ", fragment)).split())

def squeeze(line):  # pdftotext may space out CJK: compare without spaces
    return re.sub(r"\s+", "", line)

assert len(pages) >= 3, f"only {len(pages)} pages: not enough to test page breaks"

# No page ends with a section heading, nor with a table's header row.
headings = {squeeze(text_of(h)) for h in re.findall(r"<h[23][^>]*>(.*?)</h[23]>", source)}
def head_of(thead):
    return [squeeze(text_of(th)) for th in re.findall(r"<th[^>]*>(.*?)</th>", thead)]
heads = [head_of(thead) for thead in re.findall(r"<thead>(.*?)</thead>", source, re.S)]
def has_head(lines, head):  # pdftotext may set a head's cells on two lines
    return any(all(cell in squeeze(" ".join(lines[i:i + 2])) for cell in head) for i in range(len(lines)))
def only_head(lines, head):  # the lines hold a head's cells and nothing else
    rest = squeeze(" ".join(lines))
    for cell in head:
        if cell not in rest:
            return False
        rest = rest.replace(cell, "", 1)
    return rest == ""
for number, page in enumerate(pages[:-1], 1):
    last = page[-1]
    if squeeze(last) in headings:
        problems.append(f"page {number} ends with the heading {last.strip()!r}")
    elif any(only_head(page[-k:], head) for head in heads for k in (1, 2)):
        problems.append(f"page {number} ends with a table head {last.strip()!r}")

# Each open case's row is whole on one page: its cells are all in its lines
# (from the one that starts with its id and date to the next row's), a cell
# that must not wrap (all but a "wrap" one) within one line; and the page
# repeats the table's head.
cases = re.search(r'<section id="open_cases">.*?<thead>(.*?)</thead>(.*?)</tbody>', source, re.S)
cases_head = head_of(cases.group(1))
row_start = re.compile(r"\s*\d+\s+\d{4}-\d\d-\d\d\s")
def in_order(needle, haystack):  # needle's characters in haystack, in order
    rest = iter(haystack)
    return all(c in rest for c in needle)
headless = set()
rows = re.findall(r"<tr[^>]*>(.*?)</tr>", cases.group(2), re.S)
assert len(rows) == len(report["open_cases"]) >= 40, f"{len(rows)} open cases"
for row in rows:
    cells = [(squeeze(text_of(td)), 'class="wrap"' in attrs) for attrs, td in re.findall(r"<td([^>]*)>(.*?)</td>", row, re.S)]
    start = rf"\s*{cells[0][0]}\s+{cells[1][0]}\s"
    found = [(n, i) for n, page in enumerate(pages, 1) for i, line in enumerate(page) if re.match(start, line)]
    if len(found) != 1:
        problems.append(f"case {cells[0][0]}: {len(found)} lines start with its id and date")
        continue
    n, i = found[0]
    block = [pages[n - 1][i]]
    for line in pages[n - 1][i + 1:]:
        if row_start.match(line):
            break
        block.append(line)
    for cell, wraps in cells:
        whole = in_order(cell, squeeze(" ".join(block))) if wraps else any(cell in squeeze(line) for line in block)
        if not whole:
            problems.append(f"case {cells[0][0]}: {cell!r} not whole in its row on page {n}: {block}")
    if not has_head(pages[n - 1], cases_head):
        headless.add(n)
problems += [f"page {n} has open cases but not their table head" for n in sorted(headless)]

# The long station name is never broken across lines: where it breaks, its
# first character (in no other name) is on a line without the rest.
for n, page in enumerate(pages, 1):
    for line in page:
        if long_name[0] in line and long_name not in squeeze(line):
            problems.append(f"page {n}: the long station name is broken: {line.strip()!r}")
if not any(long_name in squeeze(line) for page in pages for line in page):
    problems.append("the long station name is nowhere")

print(f"{len(pages)} pages, {len(report['open_cases'])} open cases", file=sys.stderr)
for problem in problems:
    print(problem, file=sys.stderr)
sys.exit(1 if problems else 0)
PY
    ok "$lang: printed to $(pdfinfo "$TEST_DIR/report-$lang.pdf" | sed -n 's/^Pages: *//p') A4 pages, no lonely heading, no split row, long name whole"
  else
    failed "the $lang report in print"
  fi

  # ---- screen: a phone's viewport and a laptop's ----
  for size in 390x844 1280x800; do
    result=$(timeout 180 python3 "$PINGAN_SOURCE/tests/e2e/layout_probe.py" "$html" "${size%x*}" "${size#*x}" \
      "$TEST_DIR/shot-$lang-$size" 2>"$TEST_DIR/probe.err") ||
      { failed "chromedriver could not lay out the $lang report at $size: $(tail -3 "$TEST_DIR/probe.err")"; continue; }
    expect_eq "$(head -1 <<<"$result")" "width=${size%x*}" "$lang at $size: the layout width"
    if [ "$(sed 1d <<<"$result")" != "layout ok" ]; then
      failed "$lang at $size:"$'\n'"$(sed 1d <<<"$result")"
    else
      ok "$lang at $size: no sideways page, one-line labels, wide tables scroll in their box, cards and charts fit"
    fi
    for shot in "$TEST_DIR/shot-$lang-$size"-*.png; do
      [ -s "$shot" ] || failed "no screenshot $shot"
    done
    if [ -n "${PINGAN_HTML_SHOTS:-}" ]; then
      mkdir -p "$PINGAN_HTML_SHOTS" && cp "$TEST_DIR/shot-$lang-$size"-*.png "$PINGAN_HTML_SHOTS/"
    fi
  done
done
[ "$FAILED" == 0 ] || fail "the HTML report's layout (above)"
