#pragma once
// Police stations (派出所): every event, install and case names one.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pingan/store/ledger.hpp"

namespace pingan::store {

struct Station {
  std::int64_t id = 0;
  std::string uid;
  std::string name;
  std::optional<std::string> code;
  std::optional<std::string> bureau;
};

// Keys: id, name, code, bureau.
nlohmann::ordered_json to_json(const Station& station);

// InputError("name") when the name or code is already registered.
Station add_station(Ledger& ledger, Station station);
// In the order they were registered.
std::vector<Station> list_stations(Ledger& ledger);
// "吉日嘎朗图派出所, 树林召派出所, …", in the order registered.
std::string registered_station_names(Ledger& ledger);
// The id of the station with exactly this name, if registered.
std::optional<std::int64_t> station_id_named(Ledger& ledger, const std::string& name);
// By name or code. InputError(field) listing the registered names otherwise.
Station find_station(Ledger& ledger, std::string_view name_or_code, std::string_view field);

}  // namespace pingan::store
