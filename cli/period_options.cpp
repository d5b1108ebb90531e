#include "period_options.hpp"

#include "pingan/errors.hpp"
#include "pingan/i18n.hpp"

namespace pingan::cli {

void PeriodOptions::add_to(CLI::App* command) {
  command->add_option("--week", week, tr("ISO week: 2026-W48, this or last (本周, 上周)"));
  command->add_option("--month", month, tr("month: 2026-11, this or last (本月, 上月)"));
  command->add_option("--quarter", quarter, tr("quarter: 2026-Q4, this or last (本季度, 上季度)"));
  command->add_option("--year", year, tr("year: 2026, this or last (今年, 去年)"));
  command->add_option("--from", from, tr("first day (inclusive)"));
  command->add_option("--to", to, tr("last day (inclusive)"));
}

std::optional<Period> PeriodOptions::resolve(Date today) const {
  const int kinds = !week.empty() + !month.empty() + !quarter.empty() + !year.empty() + (!from.empty() || !to.empty());
  if (kinds > 1) throw InputError("--week", tr("give only one of --week, --month, --quarter, --year or --from/--to"));
  if (!week.empty()) return parse_week(week, today);
  if (!month.empty()) return parse_month(month, today);
  if (!quarter.empty()) return parse_quarter(quarter, today);
  if (!year.empty()) return parse_year(year, today);
  if (from.empty() && to.empty()) return std::nullopt;
  const Date first = from.empty() ? Date{1, 1, 1} : parse_date(from, today, "--from", true);
  const Date last = to.empty() ? today : parse_date(to, today, "--to", true);
  if (last < first) throw InputError("--to", trf("{} is before --from {}", last.iso(), first.iso()));
  return make_range(first, last);
}

void PeriodOptions::bound(Date today, std::optional<Date>& from, std::optional<Date>& to) const {
  if (auto period = resolve(today)) {
    from = period->from;
    to = period->to;
  }
}

}  // namespace pingan::cli
