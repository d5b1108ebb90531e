// pingan manpage — the manual page pingan(1), in troff, generated from the
// command tree at build time (CMakeLists.txt), so it lists every command and
// option as they are. Not listed in --help: it is for the build.
#include <iostream>
#include <sstream>

#include "commands/commands.hpp"
#include "pingan/i18n.hpp"

namespace pingan::cli {
namespace {

// Text as troff reads it: backslashes escaped, hyphens as hyphens, no line
// starting with a control character.
std::string roff(const std::string& text) {
  std::string out;
  bool line_start = true;
  for (char c : text) {
    if (line_start && (c == '.' || c == '\'')) out += "\\&";
    if (c == '\\') out += "\\e";
    else if (c == '-') out += "\\-";
    else out += c;
    line_start = c == '\n';
  }
  return out;
}

std::string option_names(const CLI::Option* option) {
  std::string names;
  for (const auto& name : option->get_snames()) names += (names.empty() ? "-" : ", -") + name;
  for (const auto& name : option->get_lnames()) names += (names.empty() ? "--" : ", --") + name;
  if (names.empty()) names = option->get_name();  // a positional argument
  return names;
}

void options_of(std::ostream& out, const CLI::App& command) {
  for (const auto* option : command.get_options()) {
    if (option->get_lnames() == std::vector<std::string>{"help"}) continue;
    out << ".TP\n.B " << roff(option_names(option)) << '\n' << roff(option->get_description()) << '\n';
  }
}

void commands_of(std::ostream& out, const CLI::App& app, const std::string& path) {
  for (const auto* sub : app.get_subcommands({})) {
    if (sub->get_group().empty()) continue;  // hidden (this one)
    const std::string name = path.empty() ? sub->get_name() : path + " " + sub->get_name();
    out << ".SS \"pingan " << roff(name) << "\"\n" << roff(sub->get_description()) << '\n';
    options_of(out, *sub);
    commands_of(out, *sub, name);
  }
}

std::string manual(const CLI::App& app) {
  std::ostringstream out;
  out << ".TH PINGAN 1 \"\" \"pingan " << PINGAN_VERSION << "\" \"User Commands\"\n"
      << ".SH NAME\npingan \\- the anti\\-fraud outreach ledger of a police station (反诈宣传台账)\n"
      << ".SH SYNOPSIS\n.B pingan\n[\\fIGLOBAL OPTIONS\\fR] \\fICOMMAND\\fR [\\fIARGUMENTS\\fR] [\\fIOPTIONS\\fR]\n"
      << ".SH DESCRIPTION\n" << roff(app.get_description()) << '\n'
      << "Outreach events, app installs, refund\\-assistance cases, the volunteer police team, targets; "
         "weekly and monthly reports in five formats; archive, backup, import and export; a bureau's "
         "consolidated database on PostgreSQL.\n"
      << ".SH GLOBAL OPTIONS\n";
  options_of(out, app);
  out << ".SH COMMANDS\n";
  commands_of(out, app, "");
  out << R"(.SH EXIT STATUS
.TP
.B 0
success
.TP
.B 1
a runtime failure (a file that cannot be read or written, a database that is not a pingan ledger, a server that cannot be reached)
.TP
.B 2
bad usage or input: nothing was written
.TP
.B 3
the record asked for does not exist
.TP
.B 4
the database was still busy after the busy timeout
.SH FILES
.TP
.I ~/.local/share/pingan/pingan.db
the ledger (\-\-db, $PINGAN_DB, config database.path, $XDG_DATA_HOME/pingan/pingan.db)
.TP
.I ~/.config/pingan/config.toml
the config (\-\-config, $PINGAN_CONFIG, $XDG_CONFIG_HOME/pingan/config.toml); a missing one means the built\-in defaults, installed as an example under share/doc/pingan
.TP
.I pingan\-archive.db
the archive beside the ledger (\-\-archive, config archive.path)
.SH ENVIRONMENT
.TP
.B PINGAN_DB, PINGAN_CONFIG
the ledger and the config
.TP
.B PINGAN_BUREAU_DB
the bureau's PostgreSQL database (libpq's PG* variables and ~/.pgpass apply)
.TP
.B PINGAN_TODAY, PINGAN_NOW
pin today (YYYY\-MM\-DD) and the time written into records (YYYY\-MM\-DDTHH:MM:SSZ)
.TP
.B LANG
Chinese when it starts with zh (unless \-\-lang or config ui.lang say otherwise)
.TP
.B NO_COLOR
never colour the output
.TP
.B XDG_DATA_HOME, XDG_CONFIG_HOME, HOME
where the ledger and the config are looked for
.SH EXAMPLES
)" << roff(app.get_footer().substr(app.get_footer().find("Examples:") + 9)) << R"(
.SH SEE ALSO
.BR sqlite3 (1),
.BR psql (1)
)";
  return out.str();
}

}  // namespace

void add_manpage_command(CLI::App& app) {
  auto* command = app.add_subcommand("manpage", tr("Print the manual page pingan(1) in troff"));
  command->group("");  // hidden: for the build
  command->footer(tr("Examples:\n  pingan manpage > pingan.1 && man -l pingan.1"));
  command->callback([&app] { std::cout << manual(app); });
}

}  // namespace pingan::cli
