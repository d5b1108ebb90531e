// pingan station add|list
#include <iostream>

#include "commands/commands.hpp"
#include "output.hpp"
#include "pingan/store/stations.hpp"

namespace pingan::cli {
namespace {

const std::vector<Field> kStationFields = {
    {"id", "编号", "ID", io::Align::right},
    {"name", "派出所", "Station", io::Align::left, true},
    {"code", "代码", "Code"},
    {"bureau", "所属分局", "Bureau", io::Align::left, true},
};

}  // namespace

void add_station_commands(CLI::App& app, Context& context) {
  auto* station = app.add_subcommand("station", "Register and list police stations");
  station->require_subcommand(1);

  struct AddOptions {
    std::string name, code, bureau, format;
  };
  auto add_options = std::make_shared<AddOptions>();
  auto* add = station->add_subcommand("add", "Register a station");
  add->add_option("NAME", add_options->name, "the station's name")->required();
  add->add_option("--code", add_options->code, "a short code to type instead of the name");
  add->add_option("--bureau", add_options->bureau, "the bureau it belongs to");
  add_format_option(add, add_options->format, {"table", "json"});
  add->footer(R"(Examples:
  pingan station add 吉日嘎朗图派出所 --code jrglt --bureau 杭锦旗公安局
  pingan station add "Shulinzhao Station" --code slz)");
  add->callback([&context, add_options] {
    store::Station input;
    input.name = parse_name(add_options->name, "name");
    if (!add_options->code.empty()) input.code = parse_name(add_options->code, "--code");
    if (!add_options->bureau.empty()) input.bureau = parse_name(add_options->bureau, "--bureau");
    auto ledger = context.open(store::Ledger::Mode::write);
    const auto stored = store::add_station(ledger, input);
    if (parse_format(add_options->format) == Format::json)
      std::cout << store::to_json(stored).dump(2) << '\n';
    else if (!context.options.quiet)
      std::cout << context.tr("已登记派出所 #", "added station #") << stored.id << ' ' << stored.name << '\n';
  });

  auto list_format = std::make_shared<std::string>();
  auto* list = station->add_subcommand("list", "List the registered stations");
  add_format_option(list, *list_format);
  list->footer("Examples:\n  pingan station list\n  pingan station list --format json");
  list->callback([&context, list_format] {
    auto ledger = context.open(store::Ledger::Mode::read);
    std::vector<Json> records;
    for (const auto& station : store::list_stations(ledger)) records.push_back(store::to_json(station));
    print_list(context, parse_format(*list_format), records, store::to_json(store::Station{}), kStationFields);
  });
}

}  // namespace pingan::cli
