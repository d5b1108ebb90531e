#pragma once
// Police stations (派出所): every event, install and case names one.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace pingan::records {

struct Station {
  std::int64_t id = 0;
  std::string uid;
  std::string name;
  std::optional<std::string> code;
  std::optional<std::string> bureau;
};

// Keys: id, name, code, bureau.
nlohmann::ordered_json to_json(const Station& station);
// The stored fields, for the audit.
nlohmann::ordered_json stored_json(const Station& station);

}  // namespace pingan::records
