#pragma once
// Settings and vocabularies from TOML. The built-in defaults are data/config.toml,
// embedded at build time; a user's file is laid over them.
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "pingan/vocab.hpp"

namespace pingan {

// A volunteer duty's points rule (SPEC §9), in tenths of a point: points per
// participation, per hour, and the bonus when the information is adopted.
struct DutyRule {
  std::int64_t points = 0;
  std::int64_t per_hour = 0;
  std::int64_t adopted_bonus = 0;
};

struct Config {
  std::string database_path;  // empty: the XDG default
  int busy_timeout_ms = 5000;
  std::string archive_path;  // empty: beside the database
  std::optional<Lang> lang;  // empty: from $LANG
  // The terminal shows East Asian ambiguous characters ("─", "…", "█") two
  // columns wide: tables draw with ASCII instead (io::TableStyle). Empty: a
  // terminal in a Chinese, Japanese or Korean locale is taken to.
  std::optional<bool> ambiguous_wide;
  std::string default_station;
  std::string default_officer;
  int overdue_days = 7;
  std::string bureau_url;  // the bureau's database (SPEC §10); empty: none configured
  int stale_days = 7;      // bureau status marks a station silent for longer
  bool csv_bom = false;    // CSV output starts with a UTF-8 BOM (what Excel expects)
  Vocabulary venues{"venue"};
  Vocabulary topics{"topic"};
  Vocabulary categories{"category"};
  Vocabulary duties{"duty"};
  std::map<std::string, DutyRule, std::less<>> duty_rules;  // by duty code
  Vocabulary volunteer_groups{"volunteer_group"};
  int excellent_points = 60;  // volunteers.excellent: the 优秀 grade from here
  int qualified_points = 20;  // volunteers.qualified: the 合格 grade from here
};

// The built-in defaults (data/config.toml).
Config default_config();

// Defaults overlaid with the TOML text; `source` names the file in errors.
// Syntax errors, unknown keys and bad values are InputError with field
// "FILE:LINE: KEY" (exit 2).
Config parse_config(std::string_view toml_text, const std::string& source);

// Defaults overlaid with the file at `path` when it exists; a missing file
// means the defaults. Unreadable file: Failure.
Config load_config(const std::filesystem::path& path);

// The config file's ui.lang alone, when the file is readable TOML and holds
// a valid one: the language of the errors about the rest of that file.
std::optional<Lang> peek_language(const std::filesystem::path& path);

// Sets [defaults] station/officer in the config file (created with its folder
// if missing), keeping every other setting. Values that are empty are left
// unchanged. Written atomically.
void save_defaults(const std::filesystem::path& path, const std::string& station,
                   const std::string& officer);

}  // namespace pingan
