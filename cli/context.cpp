#include "context.hpp"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <ctime>
#include <iostream>

#include "pingan/errors.hpp"
#include "pingan/i18n.hpp"
#include "pingan/store/archive.hpp"
#include "pingan/io/terminal.hpp"

namespace pingan::cli {
namespace {

std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

// $XDG_<kind>_HOME, else ~/<fallback>.
std::filesystem::path xdg_home(const char* variable, const char* fallback) {
  if (auto value = env(variable); !value.empty() && value.front() == '/') return value;
  auto home = env("HOME");
  if (home.empty()) {
    if (const passwd* entry = getpwuid(geteuid())) home = entry->pw_dir;
  }
  if (home.empty()) throw Failure(trf("cannot tell the home folder: set $HOME or ${}", variable));
  return std::filesystem::path(home) / fallback;
}

std::string os_user() {
  if (const passwd* entry = getpwuid(geteuid())) return entry->pw_name;
  if (auto user = env("USER"); !user.empty()) return user;
  return "uid " + std::to_string(geteuid());
}

}  // namespace

std::filesystem::path Context::config_path() const {
  if (!options.config.empty()) return options.config;
  if (auto path = env("PINGAN_CONFIG"); !path.empty()) return path;
  return xdg_home("XDG_CONFIG_HOME", ".config") / "pingan" / "config.toml";
}

const Config& Context::config() {
  if (!config_) config_ = load_config(config_path());
  return *config_;
}

std::filesystem::path Context::db_path() {
  if (!options.db.empty()) return options.db;
  if (auto path = env("PINGAN_DB"); !path.empty()) return path;
  if (!config().database_path.empty()) return config().database_path;
  return xdg_home("XDG_DATA_HOME", ".local/share") / "pingan" / "pingan.db";
}

store::Bureau& Context::bureau(const std::string& option) {
  if (!bureau_) {
    std::string url = option;
    if (url.empty()) url = env("PINGAN_BUREAU_DB");
    if (url.empty()) url = config().bureau_url;
    if (url.empty())
      throw InputError("--bureau-db",
                       pingan::tr("no bureau database: give --bureau-db URL, set $PINGAN_BUREAU_DB or config bureau.url"));
    bureau_ = connect_bureau(url, config().busy_timeout_ms);
  }
  return *bureau_;
}

Context::ScratchFolder::~ScratchFolder() {
  std::error_code ignored;
  std::filesystem::remove_all(path, ignored);
}

store::Ledger Context::open_to_list(const std::string& bureau_db, bool include_archive, std::optional<Date> from,
                                    std::optional<Date> to, const records::Kind* kind) {
  if (bureau_db.empty()) {
    auto ledger = open_to_read(include_archive);
    if (!include_archive) note_archived(kind, from, to);
    return ledger;
  }
  auto& source = bureau(bureau_db);
  if (!scratch_) {
    std::string pattern = (std::filesystem::temp_directory_path() / "pingan-bureau.XXXXXX").string();
    if (!::mkdtemp(pattern.data())) throw Failure(trf("cannot make a scratch folder in {}", pattern));
    scratch_ = std::make_unique<ScratchFolder>(ScratchFolder{pattern});
  }
  store::Ledger scratch(scratch_->path / "bureau.db", store::Ledger::Mode::write,
                        {config().busy_timeout_ms, os_user(), clock()});
  source.copy_into(scratch, from, to);
  return scratch;
}

std::string Context::csv_start() { return options.bom || config().csv_bom ? "\xEF\xBB\xBF" : ""; }

void Context::note_archived(const records::Kind* kind, std::optional<Date> from, std::optional<Date> to,
                            const std::string& archive_option) {
  const auto archive = archive_path(archive_option);
  if (!store::archive_holds(archive, kind, from, to)) return;
  message(trf("note: part of this period's records are in the archive {}; add --include-archive to include them",
              archive.string()));
}

std::filesystem::path Context::archive_path(const std::string& option) {
  if (!option.empty()) return option;
  if (!config().archive_path.empty()) return config().archive_path;
  return db_path().parent_path() / "pingan-archive.db";
}

store::Ledger Context::open(store::Ledger::Mode mode) {
  return store::Ledger(db_path(), mode, {config().busy_timeout_ms, os_user(), clock()});
}

store::Ledger Context::open_to_read(bool include_archive, const std::string& archive_option) {
  auto ledger = open(store::Ledger::Mode::read);
  if (include_archive) ledger.attach_archive(archive_path(archive_option));
  return ledger;
}

store::Clock Context::clock() {
  const std::string pinned = env("PINGAN_NOW");
  if (pinned.empty()) return store::utc_now;
  const bool shape = pinned.size() == 20 && pinned[4] == '-' && pinned[7] == '-' && pinned[10] == 'T' &&
                     pinned[13] == ':' && pinned[16] == ':' && pinned[19] == 'Z';
  if (!shape) throw InputError("$PINGAN_NOW", pingan::tr("must be a UTC time like 2026-11-28T09:30:00Z"));
  parse_iso_date(pinned.substr(0, 10), "$PINGAN_NOW");
  return [pinned] { return pinned; };
}

Lang Context::lang() {
  if (options.lang == "zh") return Lang::zh;
  if (options.lang == "en") return Lang::en;
  if (!options.lang.empty()) throw InputError("--lang", trf("must be zh or en, not {}", pingan::quoted(options.lang)));
  if (config().lang) return *config().lang;
  return environment_lang();
}

Lang Context::environment_lang() { return env("LANG").starts_with("zh") ? Lang::zh : Lang::en; }

Date Context::today() {
  if (today_) return *today_;
  if (auto pinned = env("PINGAN_TODAY"); !pinned.empty()) {
    today_ = parse_iso_date(pinned, "$PINGAN_TODAY");
  } else {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    today_ = Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
  }
  return *today_;
}

bool Context::interactive() const { return io::stdin_is_terminal() && io::stdout_is_terminal(); }

bool Context::color() const { return io::use_color(options.no_color); }

std::optional<std::size_t> Context::table_width() const {
  if (!io::stdout_is_terminal()) return std::nullopt;
  return io::terminal_columns();
}

namespace {

// A terminal in a CJK locale may show ambiguous characters two columns wide,
// and ASCII lines up either way: unless the config says, such a terminal gets ASCII.
bool cjk_terminal_locale() {
  std::string locale = env("LC_ALL");
  if (locale.empty()) locale = env("LC_CTYPE");
  if (locale.empty()) locale = env("LANG");
  return locale.starts_with("zh_") || locale.starts_with("ja_") || locale.starts_with("ko_");
}

}  // namespace

io::TableStyle Context::table_style() {
  return {table_width(), color(), config().ambiguous_wide.value_or(io::stdout_is_terminal() && cjk_terminal_locale())};
}

void Context::message(const std::string& text) const {
  if (!options.quiet) std::cerr << text << '\n';
}

std::string Context::station_or_default(const std::string& option) {
  if (!option.empty()) return option;
  if (!config().default_station.empty()) return config().default_station;
  throw InputError("--station", pingan::tr("not given and no default station is set (pingan init --station NAME)"));
}

}  // namespace pingan::cli
