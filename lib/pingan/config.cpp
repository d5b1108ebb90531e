#include "pingan/config.hpp"

#include <cmath>
#include <fstream>
#include <functional>
#include <utility>
#include <vector>
#include <sstream>
#include <toml++/toml.h>

#include "pingan/embedded.hpp"
#include "pingan/errors.hpp"
#include "pingan/i18n.hpp"
#include "pingan/io/atomic_file.hpp"
#include "pingan/values.hpp"

namespace pingan {
namespace {

// Reads one TOML document into a Config, rejecting anything it does not know.
class Reader {
 public:
  Reader(const std::string& source, Config& config) : source_(source), config_(config) {}

  void read(const toml::table& root) {
    for (const auto& [key, node] : root) {
      const std::string name(key.str());
      if (name == "database") section(node, name, [&](std::string_view k, const toml::node& v, const std::string& path) {
          if (k == "path") config_.database_path = string_value(v, path);
          else if (k == "busy_timeout_ms") config_.busy_timeout_ms = int_value(v, path, 0, 3'600'000);
          else unknown(v, path);
        });
      else if (name == "archive") section(node, name, [&](std::string_view k, const toml::node& v, const std::string& path) {
          if (k == "path") config_.archive_path = string_value(v, path);
          else unknown(v, path);
        });
      else if (name == "ui") section(node, name, [&](std::string_view k, const toml::node& v, const std::string& path) {
          if (k == "ambiguous_wide") config_.ambiguous_wide = bool_value(v, path);
          else if (k != "lang") unknown(v, path);
          else if (const auto lang = string_value(v, path); lang == "zh") config_.lang = Lang::zh;
          else if (lang == "en") config_.lang = Lang::en;
          else if (lang.empty()) config_.lang.reset();
          else fail(v, path, tr("must be \"zh\" or \"en\""));
        });
      else if (name == "defaults") section(node, name, [&](std::string_view k, const toml::node& v, const std::string& path) {
          if (k == "station") config_.default_station = string_value(v, path);
          else if (k == "officer") config_.default_officer = string_value(v, path);
          else unknown(v, path);
        });
      else if (name == "cases") section(node, name, [&](std::string_view k, const toml::node& v, const std::string& path) {
          if (k == "overdue_days") config_.overdue_days = int_value(v, path, 0, 36500);
          else unknown(v, path);
        });
      else if (name == "bureau") section(node, name, [&](std::string_view k, const toml::node& v, const std::string& path) {
          if (k == "url") config_.bureau_url = string_value(v, path);
          else if (k == "stale_days") config_.stale_days = int_value(v, path, 0, 36500);
          else unknown(v, path);
        });
      else if (name == "csv") section(node, name, [&](std::string_view k, const toml::node& v, const std::string& path) {
          if (k == "bom") config_.csv_bom = bool_value(v, path);
          else unknown(v, path);
        });
      else if (name == "venue") terms(node, name, config_.venues);
      else if (name == "topic") terms(node, name, config_.topics);
      else if (name == "category") terms(node, name, config_.categories);
      else if (name == "duty") terms(node, name, config_.duties, [&](const std::string& code, std::string_view key,
                                                                    const toml::node& v, const std::string& path) {
          auto& rule = config_.duty_rules[code];
          if (key == "points") rule.points = tenths_value(v, path);
          else if (key == "points_per_hour") rule.per_hour = tenths_value(v, path);
          else if (key == "adopted_bonus") rule.adopted_bonus = tenths_value(v, path);
          else return false;
          return true;
        });
      else if (name == "volunteer_group") terms(node, name, config_.volunteer_groups);
      else if (name == "volunteers") section(node, name, [&](std::string_view k, const toml::node& v, const std::string& path) {
          if (k == "excellent") config_.excellent_points = int_value(v, path, 0, 1'000'000);
          else if (k == "qualified") config_.qualified_points = int_value(v, path, 0, 1'000'000);
          else unknown(v, path);
        });
      else unknown(node, name);
    }
    // A duty with no points keys earns nothing (rather than failing later).
    for (const auto& term : config_.duties.terms()) config_.duty_rules.try_emplace(term.code);
  }

 private:
  template <typename Handler>
  void section(const toml::node& node, const std::string& name, Handler handle) {
    const auto* table = node.as_table();
    if (!table) fail(node, name, tr("must be a table"));
    for (const auto& [key, value] : *table) handle(key.str(), value, name + "." + std::string(key.str()));
  }

  // `more` reads a key of an entry beyond code, zh and en (false: unknown).
  using MoreKeys = std::function<bool(const std::string& code, std::string_view key, const toml::node& value,
                                      const std::string& path)>;
  void terms(const toml::node& node, const std::string& name, Vocabulary& vocabulary, const MoreKeys& more = {}) {
    const auto* array = node.as_array();
    if (!array) fail(node, name, trf("must be an array of tables ([[{}]])", name));
    std::vector<std::pair<std::string, const toml::table*>> added;  // code, its table
    for (const auto& element : *array) {
      const auto* table = element.as_table();
      if (!table) fail(element, name, trf("must be an array of tables ([[{}]])", name));
      Term term;
      for (const auto& [key, value] : *table)
        if (key == "code") term.code = string_value(value, name + ".code");
      if (term.code.empty()) fail(element, name + ".code", tr("is required"));
      for (char c : term.code)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
          fail(element, name + ".code", trf("{} may hold only a-z, 0-9 and _", pingan::quoted(term.code)));
      for (const auto& [key, value] : *table) {
        const std::string path = name + "." + std::string(key.str());
        if (key == "code") continue;
        if (key == "zh") term.zh = string_value(value, path);
        else if (key == "en") term.en = string_value(value, path);
        else if (!more || !more(term.code, key.str(), value, path)) unknown(value, path);
      }
      // An entry for an existing code may give only what it changes.
      if (const Term* existing = vocabulary.find(term.code)) {
        if (term.zh.empty()) term.zh = existing->zh;
        if (term.en.empty()) term.en = existing->en;
      }
      if (term.zh.empty()) term.zh = term.code;
      if (term.en.empty()) term.en = term.code;
      added.emplace_back(term.code, table);
      vocabulary.add(std::move(term));
    }
    // Checked once the whole list is read, so that an entry may take a label
    // that a later entry gives up.
    for (const auto& [code, table] : added) {
      if (const auto clash = vocabulary.clash(code)) {
        const toml::node* at = table->get(clash->key);
        fail(at ? *at : *table, name + "." + clash->key,
             trf("{} also names {}: each code and label must name one {}", pingan::quoted(clash->text), clash->other_code, name));
      }
    }
  }

  std::string string_value(const toml::node& node, const std::string& path) {
    const auto value = node.value<std::string>();
    if (!value || !node.is_string()) fail(node, path, tr("must be a string"));
    try {
      return parse_text(*value, path, 1000);
    } catch (const InputError& error) {
      fail(node, path, error.reason);
    }
  }

  // A number of points: whole or with one decimal, 0 … 1000, in tenths.
  std::int64_t tenths_value(const toml::node& node, const std::string& path) {
    double value = 0;
    if (const auto whole = node.value<std::int64_t>(); whole && node.is_integer()) value = static_cast<double>(*whole);
    else if (const auto real = node.value<double>(); real && node.is_floating_point()) value = *real;
    else fail(node, path, tr("must be a number of points, whole or with one decimal"));
    const double tenths = value * 10;
    const auto rounded = static_cast<std::int64_t>(tenths + (tenths < 0 ? -0.5 : 0.5));
    if (value < 0 || value > 1000 || std::abs(tenths - static_cast<double>(rounded)) > 1e-6)
      fail(node, path, tr("must be a number of points from 0 to 1000, whole or with one decimal"));
    return rounded;
  }

  bool bool_value(const toml::node& node, const std::string& path) {
    const auto value = node.value<bool>();
    if (!value || !node.is_boolean()) fail(node, path, tr("must be true or false"));
    return *value;
  }

  int int_value(const toml::node& node, const std::string& path, int low, int high) {
    const auto value = node.value<std::int64_t>();
    if (!value || !node.is_integer() || *value < low || *value > high)
      fail(node, path, trf("must be a whole number from {} to {}", low, high));
    return static_cast<int>(*value);
  }

  [[noreturn]] void unknown(const toml::node& node, const std::string& path) {
    fail(node, path, tr("unknown key"));
  }

  [[noreturn]] void fail(const toml::node& node, const std::string& path, const std::string& reason) {
    throw InputError(source_ + ":" + std::to_string(node.source().begin.line) + ": " + path, reason);
  }

  const std::string& source_;
  Config& config_;
};

void overlay(Config& config, std::string_view text, const std::string& source) {
  toml::table root;
  try {
    root = toml::parse(text, source);
  } catch (const toml::parse_error& error) {
    throw InputError(source + ":" + std::to_string(error.source().begin.line),
                     std::string(error.description()));
  }
  Reader(source, config).read(root);
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Failure(trf("cannot read config {}", path.string()));
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) throw Failure(trf("cannot read config {}", path.string()));
  return text.str();
}

}  // namespace

Config default_config() {
  Config config;
  overlay(config, embedded::get("config.toml"), "(built-in config.toml)");
  return config;
}

Config parse_config(std::string_view toml_text, const std::string& source) {
  Config config = default_config();
  overlay(config, toml_text, source);
  return config;
}

Config load_config(const std::filesystem::path& path) {
  std::error_code error;
  if (!std::filesystem::exists(path, error)) return default_config();
  // Reading a folder yields no text, which would silently mean the defaults.
  if (std::filesystem::is_directory(path, error))
    throw InputError(path.string(), tr("is a folder, not a config file"));
  return parse_config(read_file(path), path.string());
}

std::optional<Lang> peek_language(const std::filesystem::path& path) {
  try {
    const auto lang = toml::parse(read_file(path), path.string())["ui"]["lang"].value<std::string>();
    if (lang == "zh") return Lang::zh;
    if (lang == "en") return Lang::en;
  } catch (const std::exception&) {  // a broken file: its errors come later, in the default language
  }
  return std::nullopt;
}

void save_defaults(const std::filesystem::path& path, const std::string& station,
                   const std::string& officer) {
  toml::table root;
  std::error_code error;
  if (std::filesystem::exists(path, error)) {
    const std::string text = read_file(path);
    parse_config(text, path.string());  // refuse to rewrite a broken file
    root = toml::parse(text, path.string());
  }
  if (!root.contains("defaults")) root.insert("defaults", toml::table{});
  auto& defaults = *root["defaults"].as_table();
  if (!station.empty()) defaults.insert_or_assign("station", station);
  if (!officer.empty()) defaults.insert_or_assign("officer", officer);
  std::ostringstream out;
  out << root << "\n";
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), error);
  io::write_file_atomically(path, out.str(), 0644);
}

}  // namespace pingan
