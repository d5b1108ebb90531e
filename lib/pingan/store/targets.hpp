#pragma once
// Targets (考核指标, SPEC §11): a station's target for a metric over a month,
// quarter or year, each audited.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pingan/records/kinds.hpp"
#include "pingan/records/target.hpp"
#include "pingan/store/ledger.hpp"

namespace pingan::store {

using records::Target;

// A target as set: the value it replaced, if the station already had one for
// that metric and period.
struct SetTarget {
  Target target;
  std::optional<std::int64_t> replaced;
};
// Sets each target, all or nothing. A station's target for the same metric
// and period is replaced (the same record, its value changed). An
// installs_per_10k target needs the station's population: InputError(field)
// otherwise.
std::vector<SetTarget> set_targets(Ledger& ledger, const std::vector<Target>& targets, std::string_view field);
// NotFound("target N not found").
Target get_target(Ledger& ledger, std::int64_t id);
struct TargetFilter {
  std::optional<Date> from, to;        // targets whose period overlaps these days
  std::optional<std::string> station;  // by name
};
// By the period's first day, then station, then metric.
std::vector<Target> list_targets(Ledger& ledger, const TargetFilter& filter);
void delete_target(Ledger& ledger, std::int64_t id);

// The kinds table's hooks (records/kinds.cpp).
nlohmann::ordered_json target_shape(const records::ExportScope& scope);
void export_targets(Ledger& ledger, const records::ExportScope& scope, const records::Visit& visit);
void import_target(Importer& importer, const Fields& fields, const std::string& uid);

}  // namespace pingan::store
