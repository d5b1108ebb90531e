#pragma once
// A command's options as a record kind's rules read them
// (records::TextFields), so options, prompts and import share one rule set.
#include <CLI/App.hpp>
#include <map>
#include <string>
#include <vector>

#include "pingan/records/fields.hpp"

namespace pingan::cli {

class OptionFields : public records::TextFields {
 public:
  // Adds option `option` (e.g. "--date") for the record's field `key` (e.g.
  // "opened"); its value is kept as text so that our parsers word the errors.
  CLI::Option* add(CLI::App* command, const std::string& key, const std::string& option, const std::string& help);
  // A repeatable option taking comma lists (--topic, --officer).
  CLI::Option* add_list(CLI::App* command, const std::string& key, const std::string& option,
                        const std::string& help);

  // The value typed or answered at a prompt ("" when neither).
  std::string& value(const std::string& key) { return entries_.at(key).text; }
  std::vector<std::string>& items(const std::string& key) { return entries_.at(key).items; }
  // Given: on the command line (even as "") or answered at a prompt.
  bool given(const std::string& key) const;

  std::optional<std::string> text(std::string_view key) const override;
  std::optional<std::vector<std::string>> list(std::string_view key) const override;
  std::string name(std::string_view key) const override;

 private:
  struct Entry {
    std::string option;
    CLI::Option* cli = nullptr;
    std::string text;
    std::vector<std::string> items;
  };
  std::map<std::string, Entry, std::less<>> entries_;
};

}  // namespace pingan::cli
