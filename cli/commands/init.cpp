// pingan init: create the database, register the station, save defaults.
#include <iostream>

#include "commands/commands.hpp"
#include "pingan/i18n.hpp"
#include "pingan/store/stations.hpp"
#include "pingan/values.hpp"

namespace pingan::cli {

void add_init_command(CLI::App& app, Context& context) {
  struct Options {
    std::string station;
    std::string officer;
  };
  auto options = std::make_shared<Options>();
  auto* command = app.add_subcommand("init", tr("Create the database; register your station and save defaults"));
  command->add_option("--station", options->station, tr("your station's name, registered and made the default"));
  command->add_option("--officer", options->officer, tr("your name, the default officer of new records"));
  command->footer(tr(R"(Examples:
  pingan init --station 吉日嘎朗图派出所 --officer 寇小青
  pingan --db /srv/pingan/station.db init)"));
  command->callback([&context, options] {
    const std::string station = options->station.empty() ? "" : parse_name(options->station, "--station");
    const std::string officer = options->officer.empty() ? "" : parse_name(options->officer, "--officer");
    auto ledger = context.open(store::Ledger::Mode::write);
    if (!station.empty()) {
      bool known = false;
      for (const auto& existing : store::list_stations(ledger)) known = known || existing.name == station;
      if (!known) {
        store::Station input;
        input.name = station;
        store::add_station(ledger, input);
      }
    }
    if (!station.empty() || !officer.empty()) {
      save_defaults(context.config_path(), station, officer);
      context.message(trf("defaults saved in {}", context.config_path().string()));
    }
    if (!context.options.quiet) std::cout << trf("database ready: {}", ledger.path().string()) << '\n';
  });
}

}  // namespace pingan::cli
