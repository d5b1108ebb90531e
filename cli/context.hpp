#pragma once
// What every command needs after the global options are parsed: where the
// files are, the config, the language, today's date, and how to talk to the
// user. Resolved lazily, so `--help` and `completion` touch no file.
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "pingan/config.hpp"
#include "pingan/io/table.hpp"
#include "pingan/store/bureau.hpp"
#include "pingan/store/ledger.hpp"
#include "pingan/values.hpp"

namespace pingan::cli {

struct GlobalOptions {
  std::string db;
  std::string config;
  std::string lang;
  bool no_color = false;
  bool quiet = false;
  bool bom = false;
};

// Opens the bureau's database at a URL. The pingan program has none of its
// own: it runs pingan-bureau with the same arguments instead (SPEC §10, the
// client library stays out of the station commands' start-up).
using BureauConnector = std::function<std::unique_ptr<store::Bureau>(const std::string& url, int busy_timeout_ms)>;

class Context {
 public:
  GlobalOptions options;
  BureauConnector connect_bureau;

  // --config, $PINGAN_CONFIG, $XDG_CONFIG_HOME/pingan/config.toml.
  std::filesystem::path config_path() const;
  const Config& config();
  // --db, $PINGAN_DB, config database.path, $XDG_DATA_HOME/pingan/pingan.db.
  std::filesystem::path db_path();
  // --archive (when given), config archive.path, pingan-archive.db beside the database.
  std::filesystem::path archive_path(const std::string& option);
  store::Ledger open(store::Ledger::Mode mode);
  // The database for reading; with `include_archive` the archive too (when
  // it exists), so that lists and reports cover both files.
  store::Ledger open_to_read(bool include_archive, const std::string& archive_option = "");
  // --lang, config ui.lang, else environment_lang().
  Lang lang();
  // zh when $LANG starts with zh, else en.
  static Lang environment_lang();
  // The bureau's database: --bureau-db (when given), $PINGAN_BUREAU_DB,
  // config bureau.url; InputError naming --bureau-db when none is set.
  store::Bureau& bureau(const std::string& option);
  // What a list or export reads: the database (and with include_archive its
  // archive), or, with --bureau-db given, the bureau's records of the period
  // (or all) copied with the bureau's ids into a scratch ledger that lives
  // as long as this context, which the list then reads the same way.
  // `kind` (nullptr: every kind) decides whether to note archived records left out.
  store::Ledger open_to_list(const std::string& bureau_db, bool include_archive, std::optional<Date> from,
                             std::optional<Date> to, const records::Kind* kind);
  // One line on stderr when the archive holds records of `kind` (nullptr:
  // any) dated in [from, to] that a list or report without --include-archive
  // leaves out.
  void note_archived(const records::Kind* kind, std::optional<Date> from, std::optional<Date> to,
                     const std::string& archive_option = "");
  // What CSV output starts with: a UTF-8 BOM with --bom or config csv.bom
  // (Excel then reads UTF-8), else nothing.
  std::string csv_start();
  // $PINGAN_TODAY or the local date.
  Date today();
  // The clock for created_at, updated_at and the audit: $PINGAN_NOW
  // (checked) pins it, else the system clock.
  store::Clock clock();
  // Both stdin and stdout are terminals: prompts are allowed.
  bool interactive() const;
  bool color() const;
  // Table width limit: the terminal's columns when stdout is a terminal.
  std::optional<std::size_t> table_width() const;
  // How tables are drawn: table_width(), color() and config ui.ambiguous_wide.
  io::TableStyle table_style();
  // A progress or status message on stderr, unless --quiet.
  void message(const std::string& text) const;
  // The station named by --station, or config defaults.station. InputError
  // naming --station when neither is set.
  std::string station_or_default(const std::string& option);

 private:
  std::optional<Config> config_;
  std::optional<Date> today_;
  std::unique_ptr<store::Bureau> bureau_;
  struct ScratchFolder {
    std::filesystem::path path;
    ~ScratchFolder();
  };
  std::unique_ptr<ScratchFolder> scratch_;
};

}  // namespace pingan::cli
