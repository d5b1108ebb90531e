#include "pingan/i18n.hpp"

#include <unordered_map>

namespace pingan {
namespace {

Lang current = Lang::en;

}  // namespace

void set_language(Lang lang) { current = lang; }

Lang language() { return current; }

std::string tr(std::string_view english) {
  if (current == Lang::en) return std::string(english);
  static const auto chinese = [] {
    std::unordered_map<std::string_view, std::string_view> map;
    for (const auto& entry : translations()) map.emplace(entry.en, entry.zh);
    return map;
  }();
  const auto found = chinese.find(english);
  return std::string(found == chinese.end() ? english : found->second);
}

}  // namespace pingan
