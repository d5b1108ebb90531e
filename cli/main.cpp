// pingan (平安): the ledger of a police station's anti-fraud outreach work.
// Builds the command tree, runs the chosen command, and maps every error type
// to its exit code — the only place that does.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <iostream>

#include "commands/commands.hpp"
#include "context.hpp"
#include "pingan/errors.hpp"
#include "pingan/store/ledger.hpp"

namespace {

enum ExitCode { kOk = 0, kFailure = 1, kUsage = 2, kNotFound = 3, kBusy = 4 };

// Errors are one line: control characters from the input (a newline in a
// bad date, say) are shown escaped.
int fail(int code, const std::string& message) {
  std::string line;
  for (unsigned char c : message) {
    if (c == '\n') line += "\\n";
    else if (c == '\r') line += "\\r";
    else if (c == '\t') line += "\\t";
    else if (c < 0x20 || c == 0x7f) line += fmt::format("\\x{:02x}", c);
    else line += static_cast<char>(c);
  }
  std::cerr << "pingan: error: " << line << '\n';
  return code;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace pingan;
  cli::Context context;
  CLI::App app{"pingan (平安): keep the ledger of a station's anti-fraud outreach work "
               "(反诈宣传台账) and report on it."};
  app.name("pingan");
  app.fallthrough();  // global options may follow the subcommand
  app.set_version_flag("--version", std::string("pingan ") + PINGAN_VERSION);
  app.add_option("--db", context.options.db, "database file (default: $PINGAN_DB, config, ~/.local/share/pingan/pingan.db)");
  app.add_option("--config", context.options.config, "config file (default: $PINGAN_CONFIG, ~/.config/pingan/config.toml)");
  app.add_option("--lang", context.options.lang, "language of headings and labels: zh or en")
      ->check(CLI::IsMember({"zh", "en"}));
  app.add_flag("--no-color", context.options.no_color, "never colour the output");
  app.add_flag("-q,--quiet", context.options.quiet, "no confirmations or progress messages");
  app.require_subcommand(1);
  app.footer(R"(Exit codes: 0 ok, 1 runtime failure, 2 bad usage or input, 3 record not found,
4 database still busy after the busy timeout.

Examples:
  pingan init --station 吉日嘎朗图派出所 --officer 寇小青
  pingan event add --venue 工地 --place 安置房工地 --audience 60 --installs 25
  pingan event list --week this
Run `pingan COMMAND --help` for a command's options and examples.)");

  cli::add_init_command(app, context);
  cli::add_station_commands(app, context);
  cli::add_event_commands(app, context);
  cli::add_install_commands(app, context);
  cli::add_case_commands(app, context);
  cli::add_report_command(app, context);
  cli::add_maintenance_commands(app, context);
  cli::add_import_export_commands(app, context);
  cli::add_completion_command(app, context);

  try {
    store::translate_engine_errors([&] { app.parse(argc, argv); });
    return kOk;
  } catch (const CLI::CallForHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForAllHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForVersion& version) {
    return app.exit(version);
  } catch (const CLI::RequiredError& error) {
    // "A subcommand is required" after an unknown word: name the word.
    const auto extras = app.remaining();
    if (!extras.empty() && !extras.front().starts_with("-"))
      return fail(kUsage, "unknown command \"" + extras.front() + "\" (see pingan --help)");
    return fail(kUsage, error.what());
  } catch (const CLI::ParseError& error) {
    return fail(kUsage, error.what());
  } catch (const InputError& error) {
    return fail(kUsage, error.what());
  } catch (const NotFound& error) {
    return fail(kNotFound, error.what());
  } catch (const Busy& error) {
    return fail(kBusy, error.what());
  } catch (const std::exception& error) {
    return fail(kFailure, error.what());
  }
}
