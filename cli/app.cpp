// pingan (平安): the ledger of a police station's anti-fraud outreach work.
// Builds the command tree, runs the chosen command, and maps every error type
// to its exit code — the only place that does. Shared by the two programs
// (main.cpp, bureau_main.cpp), which differ in how they reach a bureau.
#include "app.hpp"

#include <CLI/CLI.hpp>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <streambuf>

#include "commands/commands.hpp"
#include "context.hpp"
#include "pingan/errors.hpp"
#include "pingan/i18n.hpp"
#include "pingan/suggest.hpp"
#include "pingan/store/ledger.hpp"
#include "pingan/values.hpp"

namespace {

enum ExitCode { kOk = 0, kFailure = 1, kUsage = 2, kNotFound = 3, kBusy = 4 };

// Not thrown: a command's output could not be written (see StdoutBuffer).
constexpr int kOutputFailed = -1;

// The first `n` characters of `text`, and "…" when there were more.
std::string cut_after(std::string_view text, std::size_t n) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool continuation = (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80;
    if (!continuation && chars++ == n) return std::string(text.substr(0, i)) + "…";
  }
  return std::string(text);
}

// Messages that quote a value whole (built outside lib/pingan/values) keep
// at most 60 of its characters, like quoted() does.
std::string cut_quoted(std::string_view message) {
  std::string out;
  for (;;) {
    const auto open = message.find('"');
    const auto close = open == std::string_view::npos ? open : message.find('"', open + 1);
    if (close == std::string_view::npos) return out + std::string(message);
    out += std::string(message.substr(0, open + 1)) + cut_after(message.substr(open + 1, close - open - 1), 60) + '"';
    message.remove_prefix(close + 1);
  }
}

// The deepest command the arguments named ("pingan event" for `pingan event lsit`).
const CLI::App* deepest_parsed(const CLI::App& app) {
  for (const auto* sub : app.get_subcommands()) return deepest_parsed(*sub);
  return &app;
}

std::string command_path(const CLI::App* command) {
  std::string path;
  for (; command; command = command->get_parent()) path = command->get_name() + (path.empty() ? "" : " " + path);
  return path;
}

// "unknown command …" or "unknown option …" with the nearest one offered:
// what CLI11 says of extra arguments, in pingan's words.
std::string unknown_argument(const CLI::App& app, const std::string& word) {
  using pingan::trf;
  const CLI::App* command = deepest_parsed(app);
  const std::string path = command_path(command);
  std::vector<std::string> names;
  if (word.starts_with("-")) {
    for (const auto* at = command; at; at = at->get_parent())
      for (const auto* option : at->get_options())
        for (const auto& name : option->get_lnames()) names.push_back("--" + name);
    return trf("unknown option {} for {}{} (see {} --help)", pingan::quoted(word), pingan::quoted(path),
               pingan::did_you_mean(word, names), path);
  }
  for (const auto* sub : command->get_subcommands({})) names.push_back(sub->get_name());
  if (names.empty())
    return trf("unexpected argument {} for {} (see {} --help)", pingan::quoted(word), pingan::quoted(path), path);
  return trf("unknown command {} for {}{} (see {} --help)", pingan::quoted(word), pingan::quoted(path),
             pingan::did_you_mean(word, names), path);
}

// CLI11's own parse errors in pingan's words and language, keeping the
// `FIELD: reason` form; a shape not known here is passed on as CLI11 says it.
std::string parse_error_message(const CLI::ParseError& error) {
  using pingan::trf;
  // Matched by hand, not with std::regex, which recurses per character of a
  // long echoed value.
  const std::string text = error.what();
  if (text.ends_with(" is required") && text.find(' ') == text.size() - 12)
    return text.substr(0, text.size() - 12) + ": " + trf("is required");
  const auto colon = text.find(": ");
  if (colon == std::string::npos) return text;
  const std::string field = text.substr(0, colon);
  const std::string_view rest = std::string_view(text).substr(colon + 2);
  if (rest.ends_with(" missing") && rest.find(" required ") != std::string_view::npos && rest.size() < 40)
    return field + ": " + trf("needs a value");
  if (rest.starts_with("At Most ") && rest.find(" but received ") != std::string_view::npos)
    return field + ": " + trf("given more than once");
  if (const auto list = rest.rfind(" not in {"); list != std::string_view::npos && rest.ends_with("}"))
    return field + ": " +
           trf("{} is not one of {}", pingan::quoted(rest.substr(0, list)),
               std::string(rest.substr(list + 9, rest.size() - list - 10)));
  if (rest.starts_with("Value ") && rest.ends_with(" could not be converted"))
    return field + ": " + trf("{} is not a valid value", pingan::quoted(rest.substr(6, rest.size() - 6 - 23)));
  return text;
}

// CLI11 echoes arguments as they are ("--lang: xxx not in {zh,en}"): cut
// every word of its messages after 60 characters.
std::string cut_words(std::string_view message) {
  std::string out;
  for (std::size_t start = 0; start <= message.size();) {
    const auto end = std::min(message.find(' ', start), message.size());
    out += cut_after(message.substr(start, end - start), 60);
    if (end < message.size()) out += ' ';
    start = end + 1;
  }
  return out;
}

// Errors are one line: a value is cut after 60 characters, the line after
// 1000 (a last guard), and anything that does not print (a newline in a bad
// date, a bidi override, invalid UTF-8) is shown escaped.
int fail(int code, const std::string& message) {
  std::cerr << "pingan: error: " << pingan::printable(cut_after(cut_quoted(message), 1000)) << '\n';
  return code;
}

// SPEC §4: an option given with an empty value is an input error, never "use
// the default" — except the optional free text of an edit, which "" clears.
void refuse_empty_values(CLI::App& command) {
  const bool edit = command.get_name() == "edit";
  for (CLI::Option* option : command.get_options()) {
    if (!option->nonpositional() || option->get_type_size_max() == 0) continue;  // arguments, flags
    if (edit && (option->check_lname("note") || option->check_lname("platform"))) continue;
    // transform() puts it first, before a check such as IsMember.
    option->transform(CLI::Validator(
        [](std::string& value) { return value.empty() ? pingan::tr("must not be empty") : std::string(); }, ""));
  }
  for (CLI::App* sub : command.get_subcommands([](CLI::App*) { return true; })) refuse_empty_values(*sub);
}

// Standard output through write(2), so that a failed write (a full disk, a
// closed descriptor) is seen with its reason: std::cout then throws, which
// stops a long export early, and main reports it (exit 1).
class StdoutBuffer : public std::streambuf {
 public:
  StdoutBuffer() { setp(buffer_, buffer_ + sizeof buffer_); }
  int error() const { return error_; }

 protected:
  int_type overflow(int_type c) override {
    if (drain() != 0) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return drain(); }

 private:
  int drain() {
    for (const char* p = pbase(); error_ == 0 && p < pptr();) {
      const ssize_t n = ::write(STDOUT_FILENO, p, static_cast<std::size_t>(pptr() - p));
      if (n >= 0) p += n;
      else if (errno != EINTR) error_ = errno;
    }
    setp(buffer_, buffer_ + sizeof buffer_);  // after a failure, nothing more is written
    return error_ == 0 ? 0 : -1;
  }

  char buffer_[1 << 16];
  int error_ = 0;
};

// The value of a global option read ahead of the parse ("--lang zh" or
// "--lang=zh"), "" when absent.
std::string early_option(int argc, char** argv, std::string_view name) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view word = argv[i];
    if (word == "--") break;
    if (word == name && i + 1 < argc) return argv[i + 1];
    if (word.starts_with(name) && word.size() > name.size() && word[name.size()] == '=')
      return std::string(word.substr(name.size() + 1));
  }
  return "";
}

// The top-level commands each part of the tree registers. A run that names
// one of them builds that part only: each command is a process of its own
// (cron, scripts, one `event add` each), and building every command's
// options costs more than many a command's own work. Anything else (help,
// a mistyped command, completion and the manual, which describe the whole
// tree) builds it all.
struct CommandGroup {
  std::vector<std::string_view> names;
  std::function<void(CLI::App&, pingan::cli::Context&)> add;
  bool alone = true;  // may be built without the rest
};

const std::vector<CommandGroup>& command_groups() {
  namespace cli = pingan::cli;
  static const std::vector<CommandGroup> groups = {
      {{"init"}, cli::add_init_command},
      {{"station"}, cli::add_station_commands},
      {{"event"}, cli::add_event_commands},
      {{"install"}, cli::add_install_commands},
      {{"case"}, cli::add_case_commands},
      {{"volunteer", "task", "duty", "points"}, cli::add_volunteer_team_commands},
      {{"target"}, cli::add_target_commands},
      {{"vocab"}, cli::add_vocab_command},
      {{"log"}, cli::add_log_command},
      {{"report"}, cli::add_report_command},
      {{"archive", "backup", "check"}, cli::add_maintenance_commands},
      {{"export", "import"}, cli::add_import_export_commands},
      {{"bureau", "push"}, cli::add_bureau_commands},
      {{"completion"}, cli::add_completion_command, false},
      {{"manpage"}, [](CLI::App& app, cli::Context&) { cli::add_manpage_command(app); }, false},
  };
  return groups;
}

// The command a run names: its first word that is neither a global option
// nor such an option's value; "" when there is none.
std::string_view command_word(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view word = argv[i];
    if (word == "--db" || word == "--config" || word == "--lang") ++i;  // its value follows
    else if (!word.starts_with("-")) return word;
  }
  return "";
}

void add_commands(CLI::App& app, pingan::cli::Context& context, int argc, char** argv) {
  const std::string_view word = command_word(argc, argv);
  for (const auto& group : command_groups())
    if (group.alone && std::ranges::find(group.names, word) != group.names.end()) return group.add(app, context);
  for (const auto& group : command_groups()) group.add(app, context);
}

// Help texts are translated as the command tree is built, so the language
// is settled first: --lang and --config read ahead, then config and $LANG.
// A bad value or config is reported by the parse itself, later.
void settle_language(pingan::cli::Context& context, int argc, char** argv) {
  context.options.lang = early_option(argc, argv, "--lang");
  context.options.config = early_option(argc, argv, "--config");
  pingan::set_language(context.environment_lang());
  try {
    pingan::set_language(context.lang());
  } catch (const pingan::Error&) {
    context.options.lang.clear();
    try {
      if (const auto from_config = pingan::peek_language(context.config_path())) pingan::set_language(*from_config);
    } catch (const pingan::Error&) {  // no home folder: the parse says so
    }
  }
}

// CLI11's own words in help: section labels, group names, the help flag.
void translate_help(CLI::App& command) {
  using pingan::tr;
  if (command.get_group() == "Subcommands") command.group(tr("Subcommands"));
  for (CLI::Option* option : command.get_options())
    if (option->get_group() == "Options") option->group(tr("Options"));
  for (CLI::App* sub : command.get_subcommands([](CLI::App*) { return true; })) translate_help(*sub);
}

int run(int argc, char** argv, pingan::cli::BureauConnector connector) {
  using namespace pingan;
  using pingan::tr;
  cli::Context context;
  context.connect_bureau = std::move(connector);
  settle_language(context, argc, argv);
  CLI::App app{tr("pingan (平安): keep the ledger of a station's anti-fraud outreach work "
                  "(反诈宣传台账) and report on it.")};
  app.name("pingan");
  const auto formatter = app.get_formatter();
  formatter->label("Usage", tr("Usage"));
  formatter->label("OPTIONS", tr("OPTIONS"));
  formatter->label("SUBCOMMAND", tr("SUBCOMMAND"));
  formatter->label("SUBCOMMANDS", tr("SUBCOMMANDS"));
  formatter->label("Positionals", tr("Positionals"));
  formatter->label("REQUIRED", tr("REQUIRED"));
  app.set_help_flag("-h,--help", tr("print this help and exit"));
  app.fallthrough();  // global options may follow the subcommand
  app.set_version_flag("--version", std::string("pingan ") + PINGAN_VERSION, tr("print the version and exit"));
  app.add_option("--db", context.options.db,
                 tr("database file (default: $PINGAN_DB, config, ~/.local/share/pingan/pingan.db)"));
  app.add_option("--config", context.options.config,
                 tr("config file (default: $PINGAN_CONFIG, ~/.config/pingan/config.toml)"));
  app.add_option("--lang", context.options.lang, tr("language of everything you read: zh or en"))
      ->check(CLI::IsMember({"zh", "en"}));
  app.add_flag("--no-color", context.options.no_color, tr("never colour the output"));
  app.add_flag("-q,--quiet", context.options.quiet, tr("no confirmations or progress messages"));
  app.add_flag("--bom", context.options.bom, tr("start CSV output with a UTF-8 BOM, for Excel (config csv.bom)"));
  app.require_subcommand(1);
  app.footer(tr(R"(Exit codes: 0 ok, 1 runtime failure, 2 bad usage or input, 3 record not found,
4 database still busy after the busy timeout.

Examples:
  pingan init --station 吉日嘎朗图派出所 --officer 寇小青
  pingan event add --venue 工地 --place 安置房工地 --audience 60 --installs 25
  pingan event list --week this
Run `pingan COMMAND --help` for a command's options and examples.)"));

  add_commands(app, context, argc, argv);
  refuse_empty_values(app);
  translate_help(app);

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
    if (!extras.empty()) return fail(kUsage, unknown_argument(app, extras.front()));
    return fail(kUsage, cut_words(parse_error_message(error)));
  } catch (const CLI::ExtrasError& error) {
    // "The following arguments were not expected: 工地 --venu": the first option among them, else the first word.
    const auto extras = app.remaining();
    const auto option = std::ranges::find_if(extras, [](const std::string& word) { return word.starts_with("-"); });
    if (!extras.empty()) return fail(kUsage, unknown_argument(app, option != extras.end() ? *option : extras.front()));
    return fail(kUsage, cut_words(parse_error_message(error)));
  } catch (const CLI::ParseError& error) {
    return fail(kUsage, cut_words(parse_error_message(error)));
  } catch (const InputError& error) {
    return fail(kUsage, error.what());
  } catch (const NotFound& error) {
    return fail(kNotFound, error.what());
  } catch (const Busy& error) {
    return fail(kBusy, error.what());
  } catch (const std::ios_base::failure&) {
    return kOutputFailed;
  } catch (const std::exception& error) {
    return fail(kFailure, error.what());
  }
}

}  // namespace

int pingan::cli::main(int argc, char** argv, BureauConnector connector) {
  StdoutBuffer buffer;
  std::streambuf* const original = std::cout.rdbuf(&buffer);
  std::cout.exceptions(std::ios::badbit);
  // A terminal sees each line as it is written, as with stdio.
  if (isatty(STDOUT_FILENO)) std::cout.setf(std::ios::unitbuf);
  int code = kOk;
  try {
    code = run(argc, argv, std::move(connector));
  } catch (const std::ios_base::failure&) {  // e.g. --help written to a full disk
    code = kOutputFailed;
  }
  std::cout.exceptions(std::ios::goodbit);
  std::cout.flush();
  if (buffer.error() != 0 && (code == kOk || code == kOutputFailed))
    code = fail(kFailure, pingan::trf("cannot write to standard output: {}", std::strerror(buffer.error())));
  else if (code == kOutputFailed)
    code = fail(kFailure, pingan::tr("cannot write to standard output"));
  std::cout.rdbuf(original);
  return code;
}
