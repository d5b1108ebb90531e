#include "common.hpp"

#include "pingan/errors.hpp"
#include "pingan/values.hpp"

namespace pingan::cli {

std::int64_t parse_id(const std::string& text) { return parse_count(text, "ID"); }

store::Station station_option(Context& context, store::Ledger& ledger, const std::string& option) {
  return store::find_station(ledger, context.station_or_default(option), "--station");
}

std::vector<store::Ledger> ledgers_to_list(Context& context, bool include_archive) {
  std::vector<store::Ledger> ledgers;
  if (include_archive) {
    const auto archive = context.archive_path("");
    std::error_code error;
    if (std::filesystem::exists(archive, error)) ledgers.push_back(context.open_archive(archive));
  }
  ledgers.push_back(context.open(store::Ledger::Mode::read));
  return ledgers;
}

std::vector<std::string> split_list(const std::vector<std::string>& values) {
  std::vector<std::string> out;
  for (const auto& value : values) {
    std::string part;
    auto flush = [&] {
      const auto begin = part.find_first_not_of(" \t");
      if (begin != std::string::npos) out.push_back(part.substr(begin, part.find_last_not_of(" \t") - begin + 1));
      part.clear();
    };
    for (std::size_t i = 0; i < value.size();) {
      if (value[i] == ',') {
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

void require_options(const std::vector<std::string>& missing) {
  if (missing.empty()) return;
  std::string list;
  for (const auto& name : missing) list += (list.empty() ? "" : ", ") + name;
  throw InputError(missing.front(), "missing required field(s): " + list);
}

}  // namespace pingan::cli
