#pragma once
// App installs (国家反诈中心 APP 下载注册): people helped to install and
// register the app, at an event (linked) or elsewhere, e.g. the front desk.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "pingan/records/install.hpp"
#include "pingan/records/kinds.hpp"
#include "pingan/store/ledger.hpp"

namespace pingan::store {

using records::Install;
using records::to_json;

// Inserts the record. When event_id is set, date, station and venue are taken
// from that event (NotFound when it does not exist), and place too if unset.
Install add_install(Ledger& ledger, Install install);

struct InstallFilter {
  std::optional<Date> from;
  std::optional<Date> to;
  std::optional<std::string> station;  // by name
};
// Oldest first (by date, then id), from the archive too when it is attached.
std::vector<Install> list_installs(Ledger& ledger, const InstallFilter& filter);
// The same, one at a time, without holding them all in memory.
void for_each_install(Ledger& ledger, const InstallFilter& filter, const std::function<void(const Install&)>& visit);

// The kinds table's hooks (records/kinds.cpp).
nlohmann::ordered_json install_shape(const records::ExportScope& scope);
void export_installs(Ledger& ledger, const records::ExportScope& scope, const records::Visit& visit);
void import_install(Importer& importer, const Fields& fields, const std::string& uid);

}  // namespace pingan::store

namespace pingan::store {

// NotFound("install N not found").
Install get_install(Ledger& ledger, std::int64_t id);
// Stores the changed fields of install `changed.id` (audited; nothing when
// nothing changed).
void update_install(Ledger& ledger, const Install& changed);
// Deletes it (audited).
void delete_install(Ledger& ledger, std::int64_t id);

}  // namespace pingan::store
