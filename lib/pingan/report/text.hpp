#pragma once
// Words, number formats and the sections as text, shared by the report
// renderers so that every format names and writes a figure the same way.
#include <string>
#include <string_view>
#include <vector>

#include "pingan/report/model.hpp"

namespace pingan::report {

// A word of the report in its language. Keys: the totals keys (events,
// audience, materials, installs, cases_opened, cases_finished, amount_claimed,
// amount_recovered, recovery_rate) and title, period, station, all_stations,
// totals, previous, change, by_station, by_venue, by_topic, trend_day,
// trend_week, open_cases, key, opened, name, category, amount, status,
// age_days, overdue, none, id, day, week, venue, topic, this_period; for the
// volunteers: volunteers, active, joined, participations, hours, points,
// by_duty, duty, adjustment, top, rank, volunteer, volunteer_group.
std::string term(std::string_view key, Lang lang);
// A column heading: term(key, lang), or a shorter English word where the
// term would widen the table (audience "Audience", participations "Duties";
// this_period and previous "", the period's label standing alone).
std::string heading(std::string_view key, Lang lang);

// "1,234" (counts), "12,345.60" (money in yuan), "92.9%" (rates), "—" for none,
// "1,234.5" or "8" (tenths).
std::string format_figure(const Figure& figure);
// Change against the previous period: "+12 (+20.0%)", "−3 (−5.0%)", "+12" when
// the previous value was 0, "±0"; for rates, in percentage points: "+3.1 pp".
std::string format_change(const Figure& now, const Figure& before);
// Counts with thousands separators: 1234567 → "1,234,567".
std::string group_thousands(std::int64_t value);

// Header lines (title, period, station).
std::vector<std::string> header_lines(const Report& report);

// A section as people read it (markdown, terminal, HTML): its shown columns
// and each row's cells as text.
struct TextTable {
  std::vector<Column> columns;
  std::vector<std::vector<std::string>> rows;
  std::vector<std::vector<Cell>> cells;  // the values behind each row's texts
};
TextTable text_table(const Section& section);

}  // namespace pingan::report
