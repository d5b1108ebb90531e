#!/usr/bin/env bash
# Print, as plain SQL over pingan's tables, the work of `pingan report` for one
# period: totals of the period and of the previous one, by station, by venue,
# by topic, the daily trend and the cases open on the period's last day.
# It is what a person with the sqlite3 shell would write; scripts/bench times
# it against `pingan report --format json` on the same database, and (with
# SET search_path = pingan first) in psql against a bureau's report.
#
#   tests/bench/report.sql.sh FROM TO PREVIOUS_FROM PREVIOUS_TO > report.sql
#   sqlite3 ledger.db < report.sql
#
# The first line of output is the period's number of events (scripts/bench
# checks it against the report's totals.events).
set -euo pipefail
(($# == 4)) || { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2; }
for d in "$@"; do
  [[ $d =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] || { echo "report.sql.sh: not a date: $d" >&2; exit 2; }
done
from=$1 to=$2 prev_from=$3 prev_to=$4

totals() {  # FROM TO
  cat <<SQL
SELECT count(*), coalesce(sum(audience), 0), coalesce(sum(materials), 0) FROM event WHERE date BETWEEN '$1' AND '$2';
SELECT coalesce(sum(count), 0) FROM install WHERE date BETWEEN '$1' AND '$2';
SELECT count(*), coalesce(sum(amount_fen), 0) FROM refund_case WHERE opened BETWEEN '$1' AND '$2';
-- Finished: the latest final timeline entry dated in the period.
SELECT count(*), coalesce(sum(u.recovered_fen), 0), coalesce(sum(c.amount_fen), 0)
FROM case_update u JOIN refund_case c ON c.id = u.case_id
WHERE u.status IN ('refunded', 'rejected', 'withdrawn') AND u.date BETWEEN '$1' AND '$2'
  AND u.seq = (SELECT max(x.seq) FROM case_update x WHERE x.case_id = u.case_id
               AND x.status IN ('refunded', 'rejected', 'withdrawn') AND x.date BETWEEN '$1' AND '$2');
SQL
}

group_by() {  # EVENT_KEY INSTALL_KEY JOIN_EVENT JOIN_INSTALL
  cat <<SQL
SELECT key, sum(events), sum(audience), sum(materials), sum(installs) FROM (
  SELECT $1 AS key, count(*) AS events, sum(e.audience) AS audience, sum(e.materials) AS materials, 0 AS installs
  FROM event e $3 WHERE e.date BETWEEN '$from' AND '$to' GROUP BY 1
  UNION ALL
  SELECT $2, 0, 0, 0, sum(i.count) FROM install i $4 WHERE i.date BETWEEN '$from' AND '$to' GROUP BY 1) AS g
GROUP BY key ORDER BY 2 DESC, key;
SQL
}

echo "BEGIN;"
totals "$from" "$to"
totals "$prev_from" "$prev_to"
group_by s.name s.name "JOIN station s ON s.id = e.station_id" "JOIN station s ON s.id = i.station_id"
group_by e.venue i.venue "" ""
group_by t.topic t.topic "JOIN event_topic t ON t.event_id = e.id" "JOIN event_topic t ON t.event_id = i.event_id"
cat <<SQL
SELECT date, count(*), sum(audience) FROM event WHERE date BETWEEN '$from' AND '$to' GROUP BY date;
SELECT date, sum(count) FROM install WHERE date BETWEEN '$from' AND '$to' GROUP BY date;
-- Cases opened by the last day whose latest timeline entry by then is unfinished.
SELECT c.id, c.opened, s.name, c.name, c.category, c.amount_fen, u.status
FROM refund_case c JOIN station s ON s.id = c.station_id JOIN case_update u ON u.case_id = c.id
WHERE c.opened <= '$to'
  AND u.seq = (SELECT max(x.seq) FROM case_update x WHERE x.case_id = c.id AND x.date <= '$to')
  AND u.status IN ('open', 'submitted')
ORDER BY c.opened, c.id;
COMMIT;
SQL
