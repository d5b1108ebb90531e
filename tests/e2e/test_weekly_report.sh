# scripts/weekly-report writes last week's report as Markdown and HTML into a
# folder named by the ISO week; scripts/demo's sample ledger loads cleanly.
source "$(dirname "$0")/lib.sh"

setup_ledger
expect_ok pingan event add --venue 工地 --place 安置房工地 --audience 60 --installs 25 --date 2026-11-18
expect_ok pingan event add --venue 夜市 --place 树林召夜市 --audience 200 --date 2026-11-27

expect_ok env PINGAN="$PINGAN" "$PINGAN_SOURCE/scripts/weekly-report" "$TEST_DIR/reports" --lang zh
week=$TEST_DIR/reports/2026-W47
expect_eq "$OUT" "$week/report.md
$week/report.html" "printed paths"
md=$(cat "$week/report.md")
expect_contains "$md" "2026-W47 (2026-11-16 … 2026-11-22)" "markdown period"
expect_contains "$md" "| 宣传场次 | 1 | 0 | +1 |" "markdown totals row"
expect_contains "$md" "| 下载注册 | 25 | 0 | +25 |" "markdown installs row"
html=$(cat "$week/report.html")
expect_contains "$html" "<svg" "html chart"
expect_contains "$html" "工地" "html venue label"
expect_not_contains "$html" "<script" "html"
ok "weekly-report writes ${week##*/}/report.md and report.html"

# Rerunning replaces the files and leaves no temporary files behind.
expect_ok env PINGAN="$PINGAN" "$PINGAN_SOURCE/scripts/weekly-report" "$TEST_DIR/reports" --lang zh
expect_eq "$(ls -A "$week" | tr '\n' ' ')" "report.html report.md " "files after a rerun"
ok "rerun is clean"

# The sample ledger of scripts/demo loads into a fresh database, and its
# week has the seed's events and the refund case's figures.
export PINGAN_DB=$TEST_DIR/sample.db PINGAN_CONFIG=$TEST_DIR/sample.toml
expect_ok env PINGAN="$PINGAN" bash "$PINGAN_SOURCE/data/sample/ledger.sh"
expect_ok pingan report --week this --format json
python3 - "$OUT" <<'PY' || fail "sample report figures"
import json, sys
report = json.loads(sys.argv[1])
assert report["period"]["label"] == "2026-W48", report["period"]
assert report["totals"]["events"] > 0
assert report["totals"]["cases_finished"] >= 1
venues = {row["key"] for row in report["by_venue"]}
assert {"construction_site", "night_market", "nursing_home"} <= venues, venues
PY
ok "sample ledger loads and reports"
