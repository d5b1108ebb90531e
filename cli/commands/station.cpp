// pingan station add|list|edit|retire
#include <iostream>

#include "commands/commands.hpp"
#include "output.hpp"
#include "pingan/i18n.hpp"
#include "pingan/store/stations.hpp"

namespace pingan::cli {
namespace {

const std::vector<Field> kStationFields = {
    {"id", "编号", "ID", io::Align::right},
    {"name", "派出所", "Station", io::Align::left, io::Cut::late},
    {"code", "代码", "Code"},
    {"bureau", "所属分局", "Bureau", io::Align::left, io::Cut::late},
    {"population", "辖区人口", "Population", io::Align::right},
    {"retired", "撤销日期", "Retired"},
};

// `done`: what happened, in the user's language, before the id ("added station #").
void print_station(Context& context, const store::Station& station, const std::string& format, const std::string& done) {
  if (parse_format(format) == Format::json)
    std::cout << store::to_json(station).dump(2) << '\n';
  else if (!context.options.quiet)
    std::cout << done << station.id << ' ' << station.name << '\n';
}

}  // namespace

void add_station_commands(CLI::App& app, Context& context) {
  auto* station = app.add_subcommand("station", tr("Register and list police stations"));
  station->require_subcommand(1);

  struct AddOptions {
    std::string name, code, bureau, population, format;
  };
  auto add_options = std::make_shared<AddOptions>();
  auto* add = station->add_subcommand("add", tr("Register a station"));
  add->add_option("NAME", add_options->name, tr("the station's name"))->required();
  add->add_option("--code", add_options->code, tr("a short code to type instead of the name"));
  add->add_option("--bureau", add_options->bureau, tr("the bureau it belongs to"));
  add->add_option("--population", add_options->population, tr("residents of its jurisdiction (辖区人口)"));
  add_format_option(add, add_options->format, {"table", "json"});
  add->footer(tr(R"(Examples:
  pingan station add 吉日嘎朗图派出所 --code jrglt --bureau 杭锦旗公安局 --population 42000
  pingan station add "Shulinzhao Station" --code slz)"));
  add->callback([&context, add_options] {
    store::Station input;
    input.name = parse_name(add_options->name, "name");
    if (!add_options->code.empty()) input.code = parse_name(add_options->code, "--code");
    if (!add_options->bureau.empty()) input.bureau = parse_name(add_options->bureau, "--bureau");
    if (!add_options->population.empty())
      input.population = store::parse_population(add_options->population, "--population");
    auto ledger = context.open(store::Ledger::Mode::write);
    print_station(context, store::add_station(ledger, input), add_options->format, tr("added station #"));
  });

  struct EditOptions {
    std::string station, name, code, bureau, population, format;
  };
  auto edit_options = std::make_shared<EditOptions>();
  auto* edit = station->add_subcommand("edit", tr("Change a station's name, code, bureau or population"));
  edit->add_option("STATION", edit_options->station, tr("the station (name or code)"))->required();
  edit->add_option("--name", edit_options->name, tr("a new name"));
  edit->add_option("--code", edit_options->code, tr("a new code"));
  edit->add_option("--bureau", edit_options->bureau, tr("the bureau it belongs to"));
  edit->add_option("--population", edit_options->population, tr("residents of its jurisdiction (辖区人口)"));
  add_format_option(edit, edit_options->format, {"table", "json"});
  edit->footer(tr("Examples:\n  pingan station edit slz --population 38500\n  pingan station edit 树林召派出所 --code slz2"));
  edit->callback([&context, edit_options] {
    const auto& o = *edit_options;
    auto ledger = context.open(store::Ledger::Mode::write);
    ledger.attach_archive(context.archive_path(""));  // its copy of the station follows
    store::Station changed = store::find_station(ledger, o.station, "STATION");
    if (!o.name.empty()) changed.name = parse_name(o.name, "--name");
    if (!o.code.empty()) changed.code = parse_name(o.code, "--code");
    if (!o.bureau.empty()) changed.bureau = parse_name(o.bureau, "--bureau");
    if (!o.population.empty()) changed.population = store::parse_population(o.population, "--population");
    const auto stored = store::update_station(ledger, changed);
    if (!stored) context.message(tr("nothing changed; nothing written"));
    print_station(context, stored.value_or(changed), o.format, tr("updated station #"));
  });

  struct RetireOptions {
    std::string station;
    bool undo = false;
  };
  auto retire_options = std::make_shared<RetireOptions>();
  auto* retire = station->add_subcommand("retire", tr("Retire a station: kept for history and reports, no new records"));
  retire->add_option("STATION", retire_options->station, tr("the station (name or code)"))->required();
  retire->add_flag("--undo", retire_options->undo, tr("bring a retired station back into service"));
  retire->footer(tr("Examples:\n  pingan station retire slz\n  pingan station retire slz --undo"));
  retire->callback([&context, retire_options] {
    auto ledger = context.open(store::Ledger::Mode::write);
    ledger.attach_archive(context.archive_path(""));
    store::Station changed = store::find_station(ledger, retire_options->station, "STATION");
    if (retire_options->undo) changed.retired.reset();
    else if (!changed.retired) changed.retired = context.today();
    store::update_station(ledger, changed);
    if (context.options.quiet) return;
    std::cout << (retire_options->undo ? tr("back in service: station #") : tr("retired station #"))
              << changed.id << ' ' << changed.name << '\n';
  });

  auto list_format = std::make_shared<std::string>();
  auto* list = station->add_subcommand("list", tr("List the registered stations"));
  add_format_option(list, *list_format);
  list->footer(tr("Examples:\n  pingan station list\n  pingan station list --format json"));
  list->callback([&context, list_format] {
    auto ledger = context.open(store::Ledger::Mode::read);
    std::vector<Json> records;
    for (const auto& station : store::list_stations(ledger)) records.push_back(store::to_json(station));
    print_list(context, parse_format(*list_format), records, store::to_json(store::Station{}), kStationFields);
  });
}

}  // namespace pingan::cli
