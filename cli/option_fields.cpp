#include "option_fields.hpp"

namespace pingan::cli {

CLI::Option* OptionFields::add(CLI::App* command, const std::string& key, const std::string& option,
                               const std::string& help) {
  auto& entry = entries_[key];
  entry.option = option;
  return entry.cli = command->add_option(option, entry.text, help);
}

CLI::Option* OptionFields::add_list(CLI::App* command, const std::string& key, const std::string& option,
                                    const std::string& help) {
  auto& entry = entries_[key];
  entry.option = option;
  return entry.cli = command->add_option(option, entry.items, help);
}

bool OptionFields::given(const std::string& key) const {
  const auto& entry = entries_.at(key);
  return !entry.text.empty() || !entry.items.empty() || entry.cli->count() > 0;
}

std::optional<std::string> OptionFields::text(std::string_view key) const {
  const auto found = entries_.find(key);
  if (found == entries_.end() || !found->second.items.empty() || !given(found->first)) return std::nullopt;
  return found->second.text;
}

std::optional<std::vector<std::string>> OptionFields::list(std::string_view key) const {
  const auto found = entries_.find(key);
  if (found == entries_.end() || found->second.items.empty()) return std::nullopt;
  return found->second.items;
}

std::string OptionFields::name(std::string_view key) const {
  const auto found = entries_.find(key);
  return found == entries_.end() ? "--" + std::string(key) : found->second.option;
}

}  // namespace pingan::cli
