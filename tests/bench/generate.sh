#!/usr/bin/env bash
# Fill a pingan database with a synthetic ledger, fast, with the sqlite3 shell.
#
#   tests/bench/generate.sh DB EVENTS TODAY [CONFIG_TOML]
#
# DB must already hold pingan's schema (run `pingan init --station …` first);
# EVENTS is the number of outreach events; TODAY (YYYY-MM-DD) is the last day of
# the ledger, which spans 730 days ending there. Venue, topic and category
# codes are read from CONFIG_TOML (default: data/config.toml beside this script's
# repository), so the data only uses codes pingan accepts.
#
# What it writes (ids grow with the date, as when officers enter events as they
# happen, with a back-filling jitter of up to two days):
#   - 6 stations (the sample ledger's; the one `pingan init` made is kept);
#   - EVENTS events, stations and venues weighted, 1–3 distinct topics each,
#     1–2 officers from each station's own four;
#   - a linked install record for about half of the events (uid = the event's
#     uid + "-installs", as `pingan event add --installs` does);
#   - EVENTS/10 standalone front-desk installs;
#   - max(200, EVENTS/250) refund-assistance cases with timelines
#     (open → submitted → refunded | rejected | withdrawn; some stay unfinished).
# uids are unique (the last group is the record's number). No audit rows: the
# records did not come through pingan. No ANALYZE: pingan never runs it either.
set -euo pipefail

if (($# < 3)); then
  sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2
  exit 2
fi
db=$1 events=$2 today=$3
config=${4:-"$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/data/config.toml"}
[[ -f $db ]] || { echo "generate: no database $db (run pingan init first)" >&2; exit 1; }
[[ $events =~ ^[0-9]+$ && $events -gt 0 ]] || { echo "generate: EVENTS must be a positive number" >&2; exit 2; }
[[ $today =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] || { echo "generate: TODAY must be YYYY-MM-DD" >&2; exit 2; }
[[ -f $config ]] || { echo "generate: no config $config" >&2; exit 1; }
if [[ $(sqlite3 "$db" 'SELECT (SELECT count(*) FROM event) + (SELECT count(*) FROM install)
                          + (SELECT count(*) FROM refund_case)') != 0 ]]; then
  echo "generate: $db already holds records; give it a freshly initialised database" >&2
  exit 1
fi

days=730
cases=$((events / 250 > 200 ? events / 250 : 200))
standalone=$((events / 10))

# Vocabulary codes (and Chinese labels) from the config, in file order.
vocab() {  # SECTION → "code<TAB>zh" lines
  awk -v want="[[$1]]" '
    /^\[/ { in_section = ($0 == want); if (in_section && code != "") code = ""; next }
    in_section && /^code *=/ { sub(/^code *= *"/, ""); sub(/".*/, ""); code = $0; next }
    in_section && /^zh *=/ && code != "" { sub(/^zh *= *"/, ""); sub(/".*/, ""); print code "\t" $0; code = "" }
  ' "$config"
}

# Relative weights for the default codes; a code added in a config weighs 3.
declare -A weight=(
  [construction_site]=10 [night_market]=10 [nursing_home]=8 [school]=10 [community]=18 [village]=10
  [enterprise]=8 [market]=7 [street]=6 [bank]=5 [hospital]=3 [front_desk]=3 [online]=1
  [brushing]=12 [investment]=10 [fake_shopping]=6 [fake_customer_service]=8 [fake_loan]=8 [fake_credit]=5
  [fake_boss]=5 [impersonate_officials]=7 [romance]=5 [game_trading]=4 [elder_care]=8
  [illegal_fundraising]=4 [overseas_calls]=5 [minor_spending]=5 [app_usage]=10
  [minor_game_topup]=35 [minor_livestream_tip]=15 [fraud_stop_payment]=25 [shopping_refund]=20
)
# "table" rows: (k, lo, hi, code, zh) with cumulative weights [lo, hi).
vocab_rows() {
  local section=$1 other_weight=$2 k=0 lo=0 code zh w rows=()
  while IFS=$'\t' read -r code zh; do
    if [[ $code == other ]]; then w=$other_weight; else w=${weight[$code]:-3}; fi
    rows+=("($k, $lo, $((lo + w)), '${code//\'/\'\'}', '${zh//\'/\'\'}')")
    lo=$((lo + w)) k=$((k + 1))
  done < <(vocab "$section")
  ((${#rows[@]})) || { echo "generate: no [[$section]] codes in $config" >&2; exit 1; }
  local IFS=,
  echo "${rows[*]}"
}
venues=$(vocab_rows venue 1)
topics=$(vocab_rows topic 2)
categories=$(vocab_rows category 5)

sqlite3 -bail "$db" >/dev/null <<SQL
PRAGMA foreign_keys = OFF;      -- the data is consistent by construction
PRAGMA journal_mode = OFF;      -- a generator: no rollback needed
PRAGMA synchronous = OFF;
PRAGMA cache_size = -262144;    -- 256 MB
PRAGMA temp_store = MEMORY;

CREATE TEMP TABLE venue (k INTEGER PRIMARY KEY, lo INTEGER, hi INTEGER, code TEXT, zh TEXT);
INSERT INTO venue VALUES $venues;
CREATE TEMP TABLE topic (k INTEGER PRIMARY KEY, lo INTEGER, hi INTEGER, code TEXT, zh TEXT);
INSERT INTO topic VALUES $topics;
CREATE TEMP TABLE category (k INTEGER PRIMARY KEY, lo INTEGER, hi INTEGER, code TEXT, zh TEXT);
INSERT INTO category VALUES $categories;

-- Stations: the sample ledger's six, busiest first (weights out of 100).
CREATE TEMP TABLE st (k INTEGER PRIMARY KEY, lo INTEGER, hi INTEGER, name TEXT, code TEXT, bureau TEXT, id INTEGER);
INSERT INTO st (k, lo, hi, name, code, bureau) VALUES
  (0,  0,  30, '吉日嘎朗图派出所', 'jrglt', '杭锦旗公安局'),
  (1, 30,  48, '呼和木独派出所', 'hhmd', '杭锦旗公安局'),
  (2, 48,  62, '达拉特旗公安局情报指挥中心', 'dlt-qbzx', '达拉特旗公安局'),
  (3, 62,  78, '树林召派出所', 'slz', '达拉特旗公安局'),
  (4, 78,  90, '正阳派出所', 'zy', '海拉尔分局'),
  (5, 90, 100, '向华派出所', 'xh', '海拉尔分局');
INSERT INTO station (uid, name, code, bureau, created_at)
SELECT printf('%08x-0000-4000-8000-%012x', 0x5a7a0000 + k, k + 1), name, code, bureau,
       date('$today', '-$days days') || 'T08:00:00Z'
FROM st WHERE true ON CONFLICT DO NOTHING;
UPDATE st SET id = (SELECT id FROM station WHERE station.name = st.name);

-- Four officers per station (station k has officers 4k … 4k+3).
CREATE TEMP TABLE officer (k INTEGER PRIMARY KEY, name TEXT);
INSERT INTO officer (k, name) VALUES
  (0,'寇小青'),(1,'王海军'),(2,'李建国'),(3,'张丽'),(4,'刘洋'),(5,'陈静'),(6,'杨帆'),(7,'赵磊'),
  (8,'黄伟'),(9,'周敏'),(10,'吴强'),(11,'徐娜'),(12,'孙浩'),(13,'胡军'),(14,'朱琳'),(15,'高峰'),
  (16,'林涛'),(17,'何云'),(18,'郭亮'),(19,'马超'),(20,'罗斌'),(21,'梁红'),(22,'宋杰'),(23,'郑伟');

-- Two 63-bit random numbers per event; attributes are slices of their bits.
CREATE TEMP TABLE g (i INTEGER PRIMARY KEY, r INTEGER, s INTEGER, st INTEGER, venue INTEGER, topic INTEGER, day INTEGER);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $events)
INSERT INTO g (i, r, s) SELECT i, random() & 0x7fffffffffffffff, random() & 0x7fffffffffffffff FROM n;
UPDATE g SET
  st = (SELECT k FROM st WHERE (g.r & 127) % 100 >= lo AND (g.r & 127) % 100 < hi),
  venue = (SELECT k FROM venue WHERE ((g.r >> 7) & 1023) % (SELECT max(hi) FROM venue) >= lo
                                  AND ((g.r >> 7) & 1023) % (SELECT max(hi) FROM venue) < hi),
  topic = (SELECT k FROM topic WHERE ((g.s >> 20) & 1023) % (SELECT max(hi) FROM topic) >= lo
                                  AND ((g.s >> 20) & 1023) % (SELECT max(hi) FROM topic) < hi),
  day = max(0, (g.i - 1) * $days / $events - ((g.s >> 14) & 3) % 3);

BEGIN;
INSERT INTO event (id, uid, date, station_id, venue, place, audience, materials, note, created_at, updated_at)
SELECT g.i,
       printf('%08x-%04x-4%03x-a%03x-%012x', (g.r >> 20) & 0xffffffff, (g.s >> 30) & 0xffff,
              (g.s >> 46) & 0xfff, (g.r >> 52) & 0xfff, g.i),
       date('$today', printf('%+d days', g.day - ($days - 1))),
       st.id, venue.code,
       venue.zh || (1 + (g.r >> 17) % 40) || '号点',
       10 + ((g.r >> 17) & 1023) % 290,
       ((g.r >> 27) & 1023) % 400,
       CASE WHEN ((g.s >> 16) & 1023) % 10 = 0 THEN '现场讲解典型案例，发放宣传资料，引导群众下载国家反诈中心APP。' END,
       date('$today', printf('%+d days', g.day - ($days - 1))) || printf('T%02d:%02d:00Z', 1 + (g.r >> 40) % 11, (g.r >> 44) % 60),
       date('$today', printf('%+d days', g.day - ($days - 1))) || printf('T%02d:%02d:00Z', 1 + (g.r >> 40) % 11, (g.r >> 44) % 60)
FROM g JOIN st ON st.k = g.st JOIN venue ON venue.k = g.venue
ORDER BY g.i;

-- 1–3 distinct topics: a weighted first one, then steps through the list.
WITH t(n) AS (SELECT count(*) FROM topic),
     p(position) AS (VALUES (0), (1), (2))
INSERT INTO event_topic (event_id, position, topic)
SELECT g.i, p.position, topic.code
FROM g, t, p JOIN topic ON topic.k = (g.topic + p.position * (1 + ((g.s >> 52) & 255) % max(1, (t.n - 1) / 2))) % t.n
WHERE p.position < min(t.n, CASE WHEN ((g.s >> 37) & 127) % 10 < 4 THEN 1
                                  WHEN ((g.s >> 37) & 127) % 10 < 8 THEN 2 ELSE 3 END)
ORDER BY g.i, p.position;

-- 1–2 officers of the event's station.
WITH p(position) AS (VALUES (0), (1))
INSERT INTO event_officer (event_id, position, officer)
SELECT g.i, p.position,
       officer.name
FROM g, p JOIN officer ON officer.k = g.st * 4 + (((g.s >> 10) & 3) + p.position * (1 + ((g.s >> 12) & 3) % 3)) % 4
WHERE p.position <= ((g.s >> 9) & 1)
ORDER BY g.i, p.position;

-- A linked install record for about half of the events.
INSERT INTO install (uid, date, station_id, venue, place, count, event_id, note, created_at, updated_at)
SELECT e.uid || '-installs', e.date, e.station_id, e.venue, e.place, 1 + ((g.s >> 1) & 255) % 40, e.id, NULL,
       e.created_at, e.created_at
FROM g JOIN event e ON e.id = g.i
WHERE (g.s & 1) = 0
ORDER BY e.id;
COMMIT;

-- Standalone installs at the stations' front desks, spread over the same days.
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $standalone),
     x AS (SELECT i, random() & 0x7fffffffffffffff AS r FROM n),
     y AS (SELECT i, r, date('$today', printf('%+d days', (i - 1) * $days / $standalone - ($days - 1))) AS d FROM x)
INSERT INTO install (uid, date, station_id, venue, place, count, event_id, note, created_at, updated_at)
SELECT printf('%08x-%04x-4%03x-b%03x-%012x', (r >> 20) & 0xffffffff, (r >> 4) & 0xffff, (r >> 52) & 0xfff,
              (r >> 8) & 0xfff, i),
       d, st.id, 'front_desk', '派出所户籍窗口', 1 + (r >> 12) % 5, NULL, NULL,
       d || 'T02:00:00Z', d || 'T02:00:00Z'
FROM y JOIN st ON (r & 127) % 100 >= st.lo AND (r & 127) % 100 < st.hi;
COMMIT;

-- Refund-assistance cases. Each is submitted a few days after it is opened and
-- finished some days later, unless that would be after today (or it stays).
BEGIN;
CREATE TEMP TABLE c (i INTEGER PRIMARY KEY, r INTEGER, s INTEGER, st INTEGER, cat INTEGER, off INTEGER,
                     sub INTEGER, fin INTEGER, outcome INTEGER, amount INTEGER, recovered INTEGER, status TEXT);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $cases)
INSERT INTO c (i, r, s) SELECT i, random() & 0x7fffffffffffffff, random() & 0x7fffffffffffffff FROM n;
UPDATE c SET
  st = (SELECT k FROM st WHERE (c.r & 127) % 100 >= lo AND (c.r & 127) % 100 < hi),
  cat = (SELECT k FROM category WHERE ((c.r >> 7) & 1023) % (SELECT max(hi) FROM category) >= lo
                                   AND ((c.r >> 7) & 1023) % (SELECT max(hi) FROM category) < hi),
  off = (c.i - 1) * $days / $cases,
  sub = 1 + ((c.r >> 17) & 255) % 3,
  fin = 2 + ((c.r >> 17) & 255) % 3 + ((c.r >> 25) & 255) % 10,
  outcome = ((c.r >> 33) & 1023) % 100,
  amount = 100 * (10 + ((c.s >> 3) & 0xffff) % 4990);
UPDATE c SET
  sub = CASE WHEN outcome < 95 AND off + sub <= $days - 1 THEN off + sub END,
  fin = CASE WHEN outcome < 85 AND off + fin <= $days - 1 THEN off + fin END;
UPDATE c SET
  status = CASE WHEN fin IS NOT NULL THEN CASE WHEN outcome < 60 THEN 'refunded' WHEN outcome < 80 THEN 'rejected'
                                              ELSE 'withdrawn' END
                WHEN sub IS NOT NULL THEN 'submitted' ELSE 'open' END;
UPDATE c SET recovered = CASE WHEN status = 'refunded' THEN amount * (50 + (s >> 20) % 51) / 100 ELSE 0 END;

INSERT INTO refund_case (id, uid, opened, station_id, name, phone, category, platform, amount_fen, recovered_fen,
                         status, status_date, officer, note, created_at, updated_at)
SELECT c.i,
       printf('%08x-%04x-4%03x-c%03x-%012x', (r >> 20) & 0xffffffff, (s >> 30) & 0xffff, (s >> 46) & 0xfff,
              (r >> 52) & 0xfff, c.i),
       date('$today', printf('%+d days', off - ($days - 1))),
       (SELECT id FROM st WHERE st.k = c.st),
       substr('王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗', 1 + (s >> 40) % 20, 1)
         || substr('小海建丽洋静帆磊伟敏强娜浩军琳峰涛云亮超', 1 + (s >> 45) % 20, 1)
         || CASE WHEN (s >> 50) % 2 = 0 THEN substr('花明华英兰芳平红玉春', 1 + (s >> 52) % 10, 1) ELSE '' END,
       printf('1%d%09d', 3 + (s >> 5) % 7, (s >> 8) % 1000000000),
       category.code,
       CASE (s >> 38) % 5 WHEN 0 THEN '微信' WHEN 1 THEN '支付宝' WHEN 2 THEN '抖音' WHEN 3 THEN '王者荣耀' ELSE NULL END,
       amount, recovered, status,
       date('$today', printf('%+d days', coalesce(fin, sub, off) - ($days - 1))),
       (SELECT name FROM officer WHERE officer.k = c.st * 4 + (s >> 55) % 4),
       NULL,
       date('$today', printf('%+d days', off - ($days - 1))) || 'T03:00:00Z',
       date('$today', printf('%+d days', coalesce(fin, sub, off) - ($days - 1))) || 'T03:00:00Z'
FROM c JOIN category ON category.k = c.cat;

INSERT INTO case_update (case_id, seq, date, status, recovered_fen, note, by, recorded_at)
SELECT i, 1, date('$today', printf('%+d days', off - ($days - 1))), 'open', 0, NULL, 'bench',
       date('$today', printf('%+d days', off - ($days - 1))) || 'T03:00:00Z' FROM c
UNION ALL
SELECT i, 2, date('$today', printf('%+d days', sub - ($days - 1))), 'submitted', 0, '已向平台提交证据', 'bench',
       date('$today', printf('%+d days', sub - ($days - 1))) || 'T03:00:00Z' FROM c WHERE sub IS NOT NULL
UNION ALL
SELECT i, CASE WHEN sub IS NULL THEN 2 ELSE 3 END, date('$today', printf('%+d days', fin - ($days - 1))), status,
       recovered, NULL, 'bench', date('$today', printf('%+d days', fin - ($days - 1))) || 'T03:00:00Z'
FROM c WHERE fin IS NOT NULL;
COMMIT;

PRAGMA journal_mode = WAL;      -- as pingan leaves it
SQL
