#include "pingan/records/fields.hpp"

namespace pingan::records {

std::vector<std::string> split_items(const std::vector<std::string>& values) {
  std::vector<std::string> out;
  for (const auto& value : values) {
    std::string part;
    auto flush = [&] {
      const auto begin = part.find_first_not_of(" \t");
      if (begin != std::string::npos) out.push_back(part.substr(begin, part.find_last_not_of(" \t") - begin + 1));
      part.clear();
    };
    for (std::size_t i = 0; i < value.size();) {
      if (value[i] == ',' || value[i] == ';') {
        flush();
        i += 1;
      } else if (value.compare(i, 3, "，") == 0 || value.compare(i, 3, "、") == 0) {
        flush();
        i += 3;
      } else {
        part += value[i++];
      }
    }
    flush();
  }
  return out;
}

}  // namespace pingan::records
