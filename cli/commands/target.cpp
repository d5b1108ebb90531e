// pingan target set|list|delete — stations' targets (考核指标, SPEC §11).
#include <iostream>

#include "commands/commands.hpp"
#include "common.hpp"
#include "output.hpp"
#include "period_options.hpp"
#include "pingan/errors.hpp"
#include "pingan/i18n.hpp"
#include "pingan/store/bureau.hpp"
#include "pingan/store/stations.hpp"
#include "pingan/store/targets.hpp"

namespace pingan::cli {
namespace {

const std::vector<Field> kTargetFields = {
    {"id", "编号", "ID", io::Align::right},
    {"station", "派出所", "Station", io::Align::left, io::Cut::late},
    {"metric", "指标", "Metric"},
    {"period", "考核周期", "Period"},
    {"value", "目标值", "Target", io::Align::right},
};

// The period a target is set for: exactly one of a month, a quarter or a year.
Period target_period(const std::string& month, const std::string& quarter, const std::string& year, Date today) {
  const int given = !month.empty() + !quarter.empty() + !year.empty();
  if (given == 0) throw InputError("--month", tr("a target needs its period: give one of --month, --quarter or --year"));
  if (given > 1) throw InputError("--month", tr("give only one of --month, --quarter or --year"));
  if (!month.empty()) return parse_month(month, today);
  if (!quarter.empty()) return parse_quarter(quarter, today);
  return parse_year(year, today);
}

}  // namespace

void add_target_commands(CLI::App& app, Context& context) {
  auto* target = app.add_subcommand("target", tr("Set and list the stations' targets (考核指标)"));
  target->require_subcommand(1);

  struct SetOptions {
    std::string metric, value, month, quarter, year, station, format, bureau_db;
  };
  auto set_options = std::make_shared<SetOptions>();
  auto* set = target->add_subcommand("set", tr("Set a target for one station or every station in service"));
  set->add_option("METRIC", set_options->metric, trf("what is counted: {}", records::metric_codes()))->required();
  set->add_option("VALUE", set_options->value,
                  tr("the target: a count, yuan for amount_recovered, installs per 10,000 residents"))
      ->required();
  set->add_option("--month", set_options->month, tr("for a month: 2026-11, this or last (本月, 上月)"));
  set->add_option("--quarter", set_options->quarter, tr("for a quarter: 2026-Q4, this or last (本季度, 上季度)"));
  set->add_option("--year", set_options->year, tr("for a year: 2026, this or last (今年, 去年)"));
  set->add_option("--station", set_options->station, tr("only this station (default: every station in service)"));
  add_format_option(set, set_options->format, {"table", "json"});
  add_bureau_db_option(set, set_options->bureau_db);
  set->footer(tr(R"(Setting a target again for the same station, metric and period replaces it.

Examples:
  pingan target set installs 300 --month 2026-11                 # every station
  pingan target set installs_per_10k 8 --quarter 2026-Q4 --station slz
  pingan target set amount_recovered 50000 --year 2026
  pingan target set events 12 --month this --bureau-db postgresql://pingan@10.1.2.3/pingan)"));
  set->callback([&context, set_options] {
    const auto& o = *set_options;
    const auto& metric = records::parse_metric(o.metric, "METRIC");
    records::Target proto;
    proto.metric = std::string(metric.code);
    proto.value = records::parse_target_value(metric, o.value, "VALUE");
    proto.period = target_period(o.month, o.quarter, o.year, context.today());
    auto targets_at = [&](const std::vector<std::pair<std::int64_t, std::string>>& stations) {
      if (stations.empty()) throw InputError("--station", tr("no station in service to set a target for"));
      std::vector<records::Target> targets;
      for (const auto& [id, name] : stations) {
        records::Target each = proto;
        each.station_id = id;
        each.station = name;
        targets.push_back(each);
      }
      return targets;
    };
    std::vector<store::SetTarget> stored;
    if (!o.bureau_db.empty()) {
      auto& bureau = context.bureau(o.bureau_db);
      std::vector<std::pair<std::int64_t, std::string>> stations;
      if (!o.station.empty()) stations.emplace_back(0, bureau.find_station(o.station, "--station"));
      else for (auto& name : bureau.active_stations()) stations.emplace_back(0, name);
      stored = bureau.set_targets(targets_at(stations), "--station");
    } else {
      auto ledger = context.open(store::Ledger::Mode::write);
      std::vector<std::pair<std::int64_t, std::string>> stations;
      if (!o.station.empty()) {
        const auto station = store::find_active_station(ledger, o.station, "--station");
        stations.emplace_back(station.id, station.name);
      } else {
        for (const auto& station : store::list_stations(ledger))
          if (!station.retired) stations.emplace_back(station.id, station.name);
      }
      stored = store::set_targets(ledger, targets_at(stations), "--station");
    }
    if (parse_format(o.format) == Format::json) {
      Json out = Json::array();
      for (const auto& each : stored) out.push_back(records::to_json(each.target));
      std::cout << out.dump(2) << '\n';
      return;
    }
    if (context.options.quiet) return;
    for (const auto& [each, replaced] : stored) {
      std::cout << tr("set target #") << each.id << ' ' << each.station << ' '
                << each.metric << ' ' << each.period.label << ' ' << records::format_target_value(metric, each.value);
      if (replaced && *replaced != each.value)
        std::cout << trf(" (was {})", records::format_target_value(metric, *replaced));
      std::cout << '\n';
    }
  });

  struct ListOptions {
    PeriodOptions period;
    std::string station, format, bureau_db;
  };
  auto list_options = std::make_shared<ListOptions>();
  auto* list = target->add_subcommand("list", tr("List the targets (those whose period overlaps the one given)"));
  list_options->period.add_to(list);
  list->add_option("--station", list_options->station, tr("only this station (name or code)"));
  add_format_option(list, list_options->format);
  add_bureau_db_option(list, list_options->bureau_db);
  list->footer(tr("Examples:\n  pingan target list\n  pingan target list --quarter this --format csv"));
  list->callback([&context, list_options] {
    store::TargetFilter filter;
    list_options->period.bound(context.today(), filter.from, filter.to);
    // From a bureau, targets and stations only: a day before any record's
    // picks none of the dated kinds (targets have no date; they all come).
    const Date no_day = kFirstDate.plus_days(-1);
    auto ledger = context.open_to_list(list_options->bureau_db, false, no_day, no_day, &records::target_kind());
    filter.station = station_filter(ledger, list_options->station);
    const Format format = parse_format(list_options->format);
    std::vector<Json> records;
    for (const auto& each : store::list_targets(ledger, filter)) {
      Json& record = records.emplace_back(records::to_json(each));
      // People read the value in its unit: 300, 5000.00, 7.5.
      if (format == Format::table)
        record["value"] = records::format_target_value(records::parse_metric(each.metric, "metric"), each.value);
    }
    records::Target shape;
    shape.metric = "events";
    print_list(context, format, records, records::to_json(shape), kTargetFields);
  });

  add_delete_command(context, target, "target",
                     DeleteWords{tr("Delete a target"), tr("the target's id"), tr("target #{}"), tr("deleted target #")},
                     store::get_target, store::delete_target);
}

}  // namespace pingan::cli
