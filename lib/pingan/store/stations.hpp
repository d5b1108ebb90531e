#pragma once
// Police stations (派出所): every event, install and case names one.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pingan/records/kinds.hpp"
#include "pingan/records/station.hpp"
#include "pingan/store/ledger.hpp"

namespace pingan::store {

using records::Station;
using records::to_json;

// InputError("name") when the name or code is already registered.
Station add_station(Ledger& ledger, Station station);
// Stores the changed fields (audited; nothing when nothing changed), and in
// the attached archive's copy of the station too; a name or code another
// station uses is InputError.
std::optional<Station> update_station(Ledger& ledger, const Station& changed);
// In the order they were registered.
std::vector<Station> list_stations(Ledger& ledger);
// "吉日嘎朗图派出所, 树林召派出所, …", in the order registered.
std::string registered_station_names(Ledger& ledger);
// By name or code. InputError(field) listing the registered names otherwise.
Station find_station(Ledger& ledger, std::string_view name_or_code, std::string_view field);
// The same for a new record typed in: a retired station is InputError(field).
// (An import restores history, retired stations' too.)
Station find_active_station(Ledger& ledger, std::string_view name_or_code, std::string_view field);
// A population: a whole number above 0.
std::int64_t parse_population(std::string_view text, std::string_view field);

// The kinds table's hooks (records/kinds.cpp).
nlohmann::ordered_json station_shape(const records::ExportScope& scope);
void export_stations(Ledger& ledger, const records::ExportScope& scope, const records::Visit& visit);
void import_station(Importer& importer, const Fields& fields, const std::string& uid);

}  // namespace pingan::store
