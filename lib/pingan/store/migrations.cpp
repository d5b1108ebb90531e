#include "pingan/store/migrations.hpp"

#include <algorithm>
#include <cctype>
#include <string>

#include "pingan/embedded.hpp"

namespace pingan::store {

std::vector<Migration> migrations(std::string_view prefix) {
  std::vector<Migration> out;
  for (auto name : embedded::names()) {
    if (!name.starts_with(prefix) || !name.ends_with(".sql")) continue;
    const auto rest = name.substr(prefix.size());
    if (rest.size() < 8 || rest[3] != '_' ||
        !std::all_of(rest.begin(), rest.begin() + 3, [](unsigned char c) { return std::isdigit(c); }))
      continue;
    out.push_back({std::stoi(std::string(rest.substr(0, 3))), embedded::get(name)});
  }
  std::ranges::sort(out, {}, &Migration::version);
  return out;
}

}  // namespace pingan::store
