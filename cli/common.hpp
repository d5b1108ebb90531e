#pragma once
// Small pieces of option handling shared by the record commands.
#include <CLI/App.hpp>
#include <cstdint>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "context.hpp"
#include "pingan/errors.hpp"
#include "pingan/i18n.hpp"
#include "pingan/values.hpp"
#include "prompt.hpp"
#include "pingan/store/stations.hpp"

namespace pingan::cli {

// The station named by the option, else config defaults.station; InputError
// naming --station when it is unknown or neither is set.
store::Station station_option(Context& context, store::Ledger& ledger, const std::string& option);

// The --station filter of a list or report as the station's name (names
// match across the database and its archive); nothing when not given.
std::optional<std::string> station_filter(store::Ledger& ledger, const std::string& option);

// Refuses an --output that is the ledger, its archive or one of their -wal
// and -shm files (by file identity, so links and other spellings count):
// writing there would destroy the ledger.
void refuse_ledger_as_output(Context& context, const std::string& output, const std::string& archive_option = "");

// --bureau-db URL: read the bureau's PostgreSQL database (SPEC §10).
void add_bureau_db_option(CLI::App* command, std::string& url);

// Throws InputError naming the first missing option and listing them all.
void require_options(const std::vector<std::string>& missing);

// What `NOUN delete` says, each already in the user's language (tr()).
struct DeleteWords {
  std::string help;     // the command's help: tr("Delete a case with its timeline")
  std::string id_help;  // the ID's help: tr("the case's id")
  std::string record;   // the record with {} for its id, as a question names it: tr("case #{}")
  std::string done;     // printed before the id when deleted: tr("deleted case #")
};

// `NOUN delete ID [--yes]`: the record must exist (exit 3), a person at a
// terminal confirms, a script gives --yes.
template <typename Get, typename Delete>
void add_delete_command(Context& context, CLI::App* command, const std::string& noun, const DeleteWords& words,
                        Get get, Delete remove) {
  struct Options {
    std::string id;
    bool yes = false;
  };
  auto options = std::make_shared<Options>();
  auto* subcommand = command->add_subcommand("delete", words.help);
  subcommand->add_option("ID", options->id, words.id_help)->required();
  subcommand->add_flag("-y,--yes", options->yes, tr("do not ask (needed without a terminal)"));
  subcommand->footer(trf("Examples:\n  pingan {} delete 12 --yes", noun));
  subcommand->callback([&context, options, words, get, remove] {
    const auto id = parse_id(options->id, "ID");
    auto ledger = context.open(store::Ledger::Mode::write);
    get(ledger, id);
    if (!options->yes) {
      const std::string what = fmt::format(fmt::runtime(words.record), id);
      if (!context.interactive())
        throw InputError("--yes", trf("{} needs --yes when there is no terminal to confirm on", what));
      if (!confirm(trf("Delete {}?", what))) throw InputError("--yes", tr("not confirmed; nothing deleted"));
    }
    remove(ledger, id);
    if (!context.options.quiet) std::cout << words.done << id << '\n';
  });
}

}  // namespace pingan::cli
