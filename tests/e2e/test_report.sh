# SPEC §5 "Reports", issue "Summary reports": every figure of a hand-made
# ledger, computed by hand below, in JSON and then in the other formats;
# periods, station filter, past weeks from the case timelines, --output,
# language, HTML escaping and CSV formula protection.
source "$(dirname "$0")/lib.sh"

# Today is Saturday 2026-11-28: this week is 2026-W48 (11-23 … 11-29), the
# previous one 2026-W47 (11-16 … 11-22). Station A = 吉日嘎朗图派出所 (the
# default), B = 树林召派出所 (slz).
setup_ledger
ev() { expect_ok pingan event add "$@"; }
# W48
ev --date 2026-11-23 --venue 工地 --place 安置房工地 --audience 60 --materials 120 --installs 25 --topic brushing,fake_loan  # E1 A
ev --date 2026-11-25 --station slz --venue 夜市 --place 树林召夜市 --audience 200 --materials 300 --installs 10 --topic romance  # E2 B
ev --date 2026-11-25 --venue nursing_home --place 幸福养老院 --audience 40 --materials 50 --topic elder_care  # E3 A, no installs
ev --date 2026-11-27 --venue night_market --place 镇夜市 --audience 1500 --materials 2000 --installs 30 --topic brushing  # E4 A
# W47, W46
ev --date 2026-11-18 --venue school --place 第一中学 --audience 500 --materials 600 --installs 3 --topic minor_spending  # E5 A
ev --date 2026-11-20 --station slz --venue street --place 街头 --audience 80 --materials 100 --topic brushing  # E6 B
ev --date 2026-11-10 --station slz --venue village --place 村委会 --audience 70 --installs 5 --topic other  # E7 B (W46)
# Front-desk installs: W48 A 3, B 2; W47 A 4.
expect_ok pingan install add --count 3 --date 2026-11-24
expect_ok pingan install add --count 2 --date 2026-11-28 --station slz
expect_ok pingan install add --count 4 --date 2026-11-21
# Cases.
expect_ok pingan case open --name 格桑花 --phone 13812345678 --category minor_game_topup --amount 700.50 --date 2026-11-20  # C1 A
expect_ok pingan case update 1 --status submitted --date 2026-11-21
expect_ok pingan case update 1 --status refunded --recovered 650.00 --date 2026-11-24
expect_ok pingan case open --name 王五 --category fraud_stop_payment --amount 200 --date 2026-11-24 --station slz  # C2 B
expect_ok pingan case update 2 --status submitted --date 2026-11-25
expect_ok pingan case update 2 --status rejected --date 2026-11-26
expect_ok pingan case open --name "Liu Wei" --category shopping_refund --amount 300 --date 2026-11-10  # C3 A
expect_ok pingan case update 3 --status submitted --date 2026-11-12
expect_ok pingan case open --name 张三 --category other --amount 50 --date 2026-11-27  # C4 A
expect_ok pingan case open --name 李四 --category minor_livestream_tip --amount 1000 --date 2026-11-23 --station slz  # C5 B
expect_ok pingan case update 5 --status withdrawn --date 2026-11-25
ok "hand-made ledger"

# ---- JSON: every figure of this week ----
expect_ok pingan report --week this --format json
W48_JSON=$OUT
python3 - "$OUT" <<'PY' || fail "report --week this --format json"
import json, sys
r = json.loads(sys.argv[1])
assert r["period"] == {"from": "2026-11-23", "to": "2026-11-29", "label": "2026-W48"}, r["period"]
assert r["station"] is None
t = r["totals"]
want = {
    "events": 4,               # E1 E2 E3 E4
    "audience": 1800,          # 60 + 200 + 40 + 1500
    "materials": 2470,         # 120 + 300 + 50 + 2000
    "installs": 70,            # linked 25 + 10 + 30, front desk 3 + 2
    "cases_opened": 3,         # C2 (11-24), C4 (11-27), C5 (11-23)
    "cases_finished": 3,       # C1 refunded 11-24, C2 rejected 11-26, C5 withdrawn 11-25
    "amount_claimed": 1250.0,  # 200 + 50 + 1000
    "amount_recovered": 650.0, # C1
}
for k, v in want.items():
    assert t[k] == v and type(t[k]) is not bool, (k, t[k], v)
assert abs(t["recovery_rate"] - 650 / 1900.50) < 1e-9, t  # finished amounts: 700.50 + 200 + 1000
assert list(t) == list(want) + ["recovery_rate"], list(t)
p = r["previous"]
want_prev = {
    "events": 2, "audience": 580, "materials": 700,  # E5 E6: 500 + 80, 600 + 100
    "installs": 7,                                   # linked 3, front desk 4
    "cases_opened": 1, "amount_claimed": 700.5,      # C1
    "cases_finished": 0, "amount_recovered": 0, "recovery_rate": None,  # none finished in W47
}
for k, v in want_prev.items():
    assert p[k] == v, (k, p[k], v)

def rows(name):
    return [(g["key"], g["label"], g["events"], g["audience"], g["materials"], g["installs"]) for g in r[name]]
A, B = "吉日嘎朗图派出所", "树林召派出所"
assert rows("by_station") == [
    (A, A, 3, 1600, 2170, 58),  # E1 E3 E4: 60+40+1500, 120+50+2000; installs 25+0+30+3
    (B, B, 1, 200, 300, 12),    # E2; installs 10+2
], rows("by_station")
assert rows("by_venue") == [
    ("night_market", "Night market", 2, 1700, 2300, 40),  # E2 E4
    ("construction_site", "Construction site", 1, 60, 120, 25),  # E1; ties sorted by key
    ("nursing_home", "Nursing home", 1, 40, 50, 0),              # E3
    ("front_desk", "Station front desk", 0, 0, 0, 5),            # 3 + 2
], rows("by_venue")
assert [g["key"] for g in r["by_topic"]] == ["brushing", "elder_care", "fake_loan", "romance"], r["by_topic"]
assert all(isinstance(g["label"], str) and g["label"] and g["label"] != g["key"] for g in r["by_topic"]), r["by_topic"]
assert [row[2:] for row in rows("by_topic")] == [
    (2, 1560, 2120, 55),  # E1 E4
    (1, 40, 50, 0),       # E3
    (1, 60, 120, 25),     # E1 again
    (1, 200, 300, 10),    # E2
], rows("by_topic")
for name in ("by_station", "by_venue"):  # these add up to the totals
    for i, k in enumerate(("events", "audience", "materials", "installs")):
        assert sum(row[2 + i] for row in rows(name)) == t[k], (name, k)
assert sum(g["events"] for g in r["by_topic"]) == 5  # E1 counts under two topics
assert [(d["key"], d["events"], d["audience"], d["installs"]) for d in r["trend"]] == [
    ("2026-11-23", 1, 60, 25),   # E1
    ("2026-11-24", 0, 0, 3),     # front desk
    ("2026-11-25", 2, 240, 10),  # E2 E3
    ("2026-11-26", 0, 0, 0),
    ("2026-11-27", 1, 1500, 30), # E4
    ("2026-11-28", 0, 0, 2),     # front desk B
    ("2026-11-29", 0, 0, 0),
], r["trend"]
assert all(d["label"] for d in r["trend"])
# Open on 11-29: C3 (submitted, opened 11-10: 19 days > 7) and C4 (open, opened 11-27: 2 days).
got = sorted((c["id"], c["opened"], c["station"], c["name"], c["category"], c["amount"], c["status"],
              c["age_days"], c["overdue"]) for c in r["open_cases"])
assert got == [(3, "2026-11-10", A, "L***", "shopping_refund", 300, "submitted", 19, True),
               (4, "2026-11-27", A, "张某", "other", 50, "open", 2, False)], got
PY
ok "JSON: totals, previous, by station/venue/topic, trend, open cases of W48"

# ---- Past periods: figures and open cases as of their last day ----
expect_ok pingan report --week 2026-W47 --format json
python3 - "$OUT" <<'PY' || fail "report --week 2026-W47 --format json"
import json, sys
r = json.loads(sys.argv[1])
assert (r["period"]["from"], r["period"]["to"]) == ("2026-11-16", "2026-11-22"), r["period"]
t = r["totals"]
assert (t["events"], t["audience"], t["installs"], t["cases_opened"], t["amount_claimed"]) == (2, 580, 7, 1, 700.5), t
assert t["cases_finished"] == 0 and t["recovery_rate"] is None, t  # nothing finished: null, not 0
p = r["previous"]  # W46: E7 (70 people, 5 installs), C3 opened (300)
assert (p["events"], p["audience"], p["installs"], p["cases_opened"], p["amount_claimed"]) == (1, 70, 5, 1, 300), p
# On 11-22, C1 (refunded on 11-24) was still submitted; C3 12 days old.
got = sorted((c["id"], c["name"], c["status"], c["age_days"], c["overdue"]) for c in r["open_cases"])
assert got == [(1, "格某某", "submitted", 2, False), (3, "L***", "submitted", 12, True)], got
PY
expect_ok pingan report --from 2026-11-23 --to 2026-11-24 --format json
python3 - "$OUT" <<'PY' || fail "report --from 2026-11-23 --to 2026-11-24 --format json"
import json, sys
r = json.loads(sys.argv[1])
# On 11-24: C1 refunded that day (not open); C2 opened that day, C5 not yet withdrawn.
got = sorted((c["id"], c["status"], c["age_days"], c["overdue"]) for c in r["open_cases"])
assert got == [(2, "open", 0, False), (3, "submitted", 14, True), (5, "open", 1, False)], got
t = r["totals"]  # E1; installs 25 + 3; opened C2 C5 (200 + 1000); finished C1
assert (t["events"], t["installs"], t["cases_opened"], t["amount_claimed"], t["cases_finished"],
        t["amount_recovered"]) == (1, 28, 2, 1200, 1, 650), t
assert abs(t["recovery_rate"] - 650 / 700.5) < 1e-9, t
assert [d["key"] for d in r["trend"]] == ["2026-11-23", "2026-11-24"], r["trend"]
PY
ok "past periods: open cases reconstructed from the timelines; recovery_rate null when none finished"

# ---- --station, --month, --from/--to ----
expect_ok pingan report --week this --station slz --format json
python3 - "$OUT" <<'PY' || fail "report --station slz --format json"
import json, sys
r = json.loads(sys.argv[1])
assert r["station"] == "树林召派出所", r["station"]
t = r["totals"]  # E2; installs 10 + 2; C2 C5 opened and finished (200 + 1000), nothing recovered
assert [t[k] for k in ("events", "audience", "materials", "installs", "cases_opened", "cases_finished",
                       "amount_claimed", "amount_recovered", "recovery_rate")] == [1, 200, 300, 12, 2, 2, 1200, 0, 0], t
assert t["recovery_rate"] is not None
p = r["previous"]  # E6
assert (p["events"], p["audience"], p["materials"], p["installs"]) == (1, 80, 100, 0), p
assert [g["key"] for g in r["by_station"]] == ["树林召派出所"], r["by_station"]
assert [(g["key"], g["installs"]) for g in r["by_venue"]] == [("night_market", 10), ("front_desk", 2)], r["by_venue"]
assert r["open_cases"] == [], r["open_cases"]
PY
expect_ok pingan report --month 2026-11 --format json
python3 - "$OUT" <<'PY' || fail "report --month 2026-11 --format json"
import json, sys
r = json.loads(sys.argv[1])
assert (r["period"]["from"], r["period"]["to"]) == ("2026-11-01", "2026-11-30"), r["period"]
t = r["totals"]  # E1..E7: 1800 + 580 + 70 people; installs 70 + 7 + 5; C1..C5 opened
assert (t["events"], t["audience"], t["materials"], t["installs"]) == (7, 2450, 3170, 82), t
assert (t["cases_opened"], t["amount_claimed"], t["cases_finished"]) == (5, 2250.5, 3), t  # 700.50+200+300+50+1000
assert [d["key"] for d in r["trend"]] == ["2026-11-%02d" % d for d in range(1, 31)], r["trend"]
PY
expect_ok pingan report --from 2026-10-26 --to 2026-11-29 --format json  # 35 days: by ISO week
python3 - "$OUT" <<'PY' || fail "report --from 2026-10-26 --to 2026-11-29 --format json"
import json, sys
r = json.loads(sys.argv[1])
assert [(d["key"], d["events"], d["audience"], d["installs"]) for d in r["trend"]] == [
    ("2026-W44", 0, 0, 0), ("2026-W45", 0, 0, 0),
    ("2026-W46", 1, 70, 5),      # E7
    ("2026-W47", 2, 580, 7),     # E5 E6, 3 + 4 installs
    ("2026-W48", 4, 1800, 70),
], r["trend"]
PY
ok "--station, --month (daily trend), --from/--to over 31 days (weekly trend)"

# ---- The same figures in CSV, markdown and table ----
expect_ok pingan report --week this --format csv
python3 - "$OUT" "$W48_JSON" <<'PY' || fail "report --format csv"
import csv, io, json, sys
rows = list(csv.reader(io.StringIO(sys.argv[1])))
j = json.loads(sys.argv[2])
assert rows[0] == ["section", "key", "label", "metric", "value"], rows[0]
assert all(len(row) == 5 for row in rows), [row for row in rows if len(row) != 5]
def values(section):
    return {row[3]: row[4] for row in rows if row[0] == section}
for section in ("totals", "previous"):
    v = values(section)
    assert set(v) == set(j[section]), (section, v)
    for k, x in j[section].items():
        if k.startswith("amount_"):
            assert v[k] == "%.2f" % x, (section, k, v[k], x)
        elif k == "recovery_rate":
            assert (v[k] == "") if x is None else abs(float(v[k]) - x) < 5e-5, (section, k, v[k], x)
        else:
            assert v[k] == str(x), (section, k, v[k], x)
assert values("totals")["amount_claimed"] == "1250.00" and values("previous")["amount_claimed"] == "700.50"
got = {(row[1], row[3]): row[4] for row in rows if row[0] == "by_topic"}
assert got[("brushing", "audience")] == "1560" and got[("fake_loan", "installs")] == "25", got
got = {(row[1], row[3]): row[4] for row in rows if row[0] == "trend"}
assert got[("2026-11-27", "audience")] == "1500" and got[("2026-11-28", "installs")] == "2", got
assert len([k for k in got if k[1] == "events"]) == 7
text = sys.argv[1]
assert "L***" in text and "张某" in text and "Liu Wei" not in text
PY
expect_ok pingan report --week this --format markdown
for line in "| People reached | 1,800 | 580 |" "| Materials handed out | 2,470 | 700 |" "| App installs | 70 | 7 |" \
  "| Amount claimed | 1,250.00 | 700.50 |" "| Amount recovered | 650.00 | 0.00 |" "| Recovery rate | 34.2% |"; do
  expect_stdout_contains "$line"
done
grep -q '^## ' <<<"$OUT" && grep -q '^| --- ' <<<"$OUT" || fail "markdown: no headings or pipe tables"
expect_ok pingan report --week this
for re in '^Events +4 +2 ' '^People reached +1,800 +580 ' '^App installs +70 +7 ' '^Amount claimed +1,250\.00 +700\.50 ' \
  '^Amount recovered +650\.00 +0\.00 ' '^Recovery rate +34\.2% '; do
  grep -qE "$re" <<<"$OUT" || { show_last; fail "report table: no line matching [$re]"; }
done
ok "CSV long format, markdown and table carry the JSON figures"

# ---- --output: atomically written, same bytes as stdout ----
mkdir "$TEST_DIR/reports"
for format in table markdown csv json html; do
  pingan report --week this --format "$format" >"$TEST_DIR/stdout.$format" || fail "report --format $format"
  expect_ok pingan report --week this --format "$format" --output "$TEST_DIR/reports/w48.$format"
  expect_eq "$OUT" "" "stdout with --output"
  cmp -s "$TEST_DIR/stdout.$format" "$TEST_DIR/reports/w48.$format" || fail "--output $format differs from stdout"
done
echo stale >"$TEST_DIR/reports/w48.json"
expect_ok pingan report --week this --format json --output "$TEST_DIR/reports/w48.json"
cmp -s "$TEST_DIR/stdout.json" "$TEST_DIR/reports/w48.json" || fail "--output did not replace an existing file"
expect_eq "$(ls -A "$TEST_DIR/reports" | paste -sd' ')" "w48.csv w48.html w48.json w48.markdown w48.table" "files in the folder"
expect_exit 1 pingan report --output "$TEST_DIR/missing/dir/r.md"
expect_error_line "$TEST_DIR/missing/dir/r.md"
ok "--output writes the same content as stdout, leaves no temporary files"

# ---- Language, HTML ----
expect_ok pingan report --week this --lang zh
for word in 宣传场次 覆盖人数 挽损金额; do expect_stdout_contains "$word"; done
grep -qE '^覆盖人数 +1,800 +580 ' <<<"$OUT" || { show_last; fail "zh table: 覆盖人数 1,800 580"; }
expect_ok pingan report --week this --lang zh --format markdown
for word in 宣传场次 覆盖人数 挽损金额; do expect_stdout_contains "$word"; done
expect_ok pingan report --week this --format html
grep -qi '<script' <<<"$OUT" && fail "html report has a <script"
for needle in '<!DOCTYPE html>' '<svg' '1,800' '650.00' 'L***' '张某'; do expect_stdout_contains "$needle"; done
ok "--lang zh labels; html self-contained with the figures"

# ---- Escaping and formula protection (a ledger of its own) ----
export PINGAN_DB=$TEST_DIR/hostile.db
xss='<img src=x onerror=alert(1)>'
expect_ok pingan station add "$xss"
expect_ok pingan station add "=1+1"
expect_ok pingan event add --station "$xss" --venue street --place 街头 --audience 5
expect_ok pingan event add --station "=1+1" --venue street --place 街头 --audience 7
expect_ok pingan case open --station "$xss" --name "<b>王五" --category other --amount 1
expect_ok pingan report --format html
expect_stdout_contains '&lt;img src=x onerror=alert(1)&gt;'
expect_not_contains "$OUT" '<img' "html report"
expect_not_contains "$OUT" '<b>' "html report"
expect_not_contains "$OUT" '<某' "html report"  # the masked name <b>王五
grep -qi '<script' <<<"$OUT" && fail "html report has a <script"
expect_ok pingan report --format csv
python3 - "$OUT" <<'PY' || fail "report --format csv: formula protection"
import csv, io, sys
rows = list(csv.reader(io.StringIO(sys.argv[1])))
assert ["by_station", "'=1+1", "'=1+1", "audience", "7"] in rows, rows
bad = [c for row in rows for c in row if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
assert not bad, bad
PY
expect_ok pingan event list --format csv
python3 - "$OUT" <<'PY' || fail "event list --format csv: formula protection"
import csv, io, sys
rows = list(csv.DictReader(io.StringIO(sys.argv[1])))
assert sorted(r["station"] for r in rows) == ["'=1+1", "<img src=x onerror=alert(1)>"], rows
PY
ok "HTML escapes a hostile station name; CSV prefixes formula cells with '"
