#pragma once
// Settings and vocabularies from TOML. The built-in defaults are data/config.toml,
// embedded at build time; a user's file is laid over them.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "pingan/vocab.hpp"

namespace pingan {

struct Config {
  std::string database_path;  // empty: the XDG default
  int busy_timeout_ms = 5000;
  std::string archive_path;  // empty: beside the database
  std::optional<Lang> lang;  // empty: from $LANG
  std::string default_station;
  std::string default_officer;
  int overdue_days = 7;
  Vocabulary venues{"venue"};
  Vocabulary topics{"topic"};
  Vocabulary categories{"category"};
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

// Sets [defaults] station/officer in the config file (created with its folder
// if missing), keeping every other setting. Values that are empty are left
// unchanged. Written atomically.
void save_defaults(const std::filesystem::path& path, const std::string& station,
                   const std::string& officer);

}  // namespace pingan
