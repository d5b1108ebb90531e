#pragma once
// Police stations (派出所): every event, install and case names one.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "pingan/values.hpp"

namespace pingan::records {

struct Station {
  std::int64_t id = 0;
  std::string uid;
  std::string name;
  std::optional<std::string> code;
  std::optional<std::string> bureau;
  std::optional<std::int64_t> population;  // residents of its jurisdiction (辖区人口)
  std::optional<Date> retired;             // the day it was retired: no new records since
};

// Keys: id, name, code, bureau, population, retired.
nlohmann::ordered_json to_json(const Station& station);
// The stored fields, for the audit.
nlohmann::ordered_json stored_json(const Station& station);

}  // namespace pingan::records
