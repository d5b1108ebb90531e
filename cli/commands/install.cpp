// pingan install add|list — people helped to install the 国家反诈中心 app.
#include <iostream>

#include "commands/commands.hpp"
#include "common.hpp"
#include "output.hpp"
#include "period_options.hpp"
#include "option_fields.hpp"
#include "pingan/i18n.hpp"
#include "pingan/store/installs.hpp"

namespace pingan::cli {

void add_install_commands(CLI::App& app, Context& context) {
  auto* install = app.add_subcommand("install", tr("App installs (国家反诈中心 APP 下载注册): add, list"));
  install->require_subcommand(1);

  struct AddOptions {
    OptionFields fields;  // the install's, which its rules read (records/install.hpp)
    std::string station, event, format;
  };
  auto add_options = std::make_shared<AddOptions>();
  auto* add = install->add_subcommand("add", tr("Record people helped to install and register the app"));
  auto& fields = add_options->fields;
  fields.add(add, "count", "--count", tr("how many people (required)"));
  fields.add(add, "date", "--date", tr("2026-11-28, today, 昨天, -3d … (default: today)"));
  add->add_option("--station", add_options->station, tr("station name or code (default: config defaults.station)"));
  fields.add(add, "venue", "--venue", tr("where (default: front_desk, 派出所窗口)"));
  fields.add(add, "place", "--place", tr("the place's name"));
  add->add_option("--event", add_options->event, tr("the event it happened at: takes its date, station and venue"));
  fields.add(add, "note", "--note", tr("free text"));
  add_format_option(add, add_options->format, {"table", "json"});
  add->footer(tr(R"(Installs at an event are best given with `event add --installs N`; this
command is for the front desk, home visits and the like.

Examples:
  pingan install add --count 3                       # at the front desk today
  pingan install add --count 12 --venue 社区 --place 幸福里社区 --date 昨天
  pingan install add --count 5 --event 12            # late additions to event 12)"));
  add->callback([&context, add_options] {
    auto& options = *add_options;
    if (!options.fields.given("count")) require_options({"--count"});
    const Config& config = context.config();
    store::Install record;
    record.date = context.today();
    record.venue = "front_desk";
    records::apply_fields(record, options.fields, config, context.today());
    if (!options.event.empty()) record.event_id = parse_id(options.event, "--event");
    auto ledger = context.open(store::Ledger::Mode::write);
    if (!record.event_id) record.station_id = station_option(context, ledger, options.station).id;
    const auto stored = store::add_install(ledger, record);
    if (parse_format(options.format) == Format::json)
      std::cout << store::to_json(stored).dump(2) << '\n';
    else if (!context.options.quiet)
      std::cout << trf("added install #{}", stored.id) << "  " << stored.date.iso() << "  " << stored.station << "  "
                << config.venues.label(stored.venue, context.lang()) << "  " << stored.count << '\n';
  });

  struct ListOptions {
    PeriodOptions period;
    std::string station, format, bureau_db;
    bool include_archive = false;
  };
  auto list_options = std::make_shared<ListOptions>();
  auto* list = install->add_subcommand("list", tr("List install records, oldest first"));
  list_options->period.add_to(list);
  list->add_option("--station", list_options->station, tr("only this station (name or code)"));
  list->add_flag("--include-archive", list_options->include_archive, tr("list archived records too"));
  add_bureau_db_option(list, list_options->bureau_db);
  add_format_option(list, list_options->format);
  list->footer(tr("Examples:\n  pingan install list --week this\n  pingan install list --month last --format csv"));
  list->callback([&context, list_options] {
    store::InstallFilter filter;
    list_options->period.bound(context.today(), filter.from, filter.to);
    auto ledger =
        context.open_to_list(list_options->bureau_db, list_options->include_archive, filter.from, filter.to,
                             &records::install_kind());
    filter.station = station_filter(ledger, list_options->station);
    std::vector<Json> records;
    for (const auto& install : store::list_installs(ledger, filter)) records.push_back(store::to_json(install));
    const Config& config = context.config();
    const Lang lang = context.lang();
    print_list(context, parse_format(list_options->format), records, store::to_json(store::Install{}),
               {{"id", "编号", "ID", io::Align::right},
                {"date", "日期", "Date"},
                {"station", "派出所", "Station", io::Align::left, io::Cut::late},
                {"venue", "场所", "Venue", io::Align::left, io::Cut::late,
                 [&](const Json& value) { return config.venues.label(plain_text(value), lang); }},
                {"place", "地点", "Place", io::Align::left, io::Cut::first},
                {"count", "人数", "Count", io::Align::right},
                {"event_id", "活动", "Event", io::Align::right},
                {"note", "备注", "Note", io::Align::left, io::Cut::first}});
  });
}

}  // namespace pingan::cli
