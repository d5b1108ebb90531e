#pragma once
// Refund-assistance cases (退费/挽损求助) and their status timeline; the
// lifecycle rules are records/case.hpp's.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "pingan/records/case.hpp"
#include "pingan/records/kinds.hpp"
#include "pingan/store/ledger.hpp"

namespace pingan::store {

using records::Case;
using records::CaseUpdate;

// Inserts the case with its opening timeline entry (by the case's officer).
Case open_case(Ledger& ledger, Case c);
// NotFound("case N not found").
Case get_case(Ledger& ledger, std::int64_t id);

struct StatusChange {
  std::string status;
  std::optional<Fen> recovered;  // only with "refunded"; default the full amount
  Date date;
  std::optional<std::string> note;
  std::optional<std::string> by;
  bool reopen = false;
};
// Applies the change if the lifecycle allows it (InputError otherwise, naming
// --status, --recovered or --date) and appends it to the timeline.
Case update_case(Ledger& ledger, std::int64_t id, const StatusChange& change, Date today);

// Stores the changed fields — name, phone, category, amount, platform,
// officer, note; never the timeline — audited; nothing when nothing changed.
// An amount below what was recovered is InputError("--amount").
std::optional<Case> edit_case(Ledger& ledger, const Case& changed);
// Deletes the case with its timeline (audited).
void delete_case(Ledger& ledger, std::int64_t id);

struct CaseFilter {
  std::optional<Date> from;  // of opening
  std::optional<Date> to;
  std::optional<std::string> station;  // by name
  // "all", "open" (not final), "closed" (final), or one status.
  std::string status = "all";
};
// Oldest first (by opening date, then id), with their timelines, from the
// archive too when it is attached; one at a time.
void for_each_case(Ledger& ledger, const CaseFilter& filter, const std::function<void(const Case&)>& visit);
std::vector<Case> list_cases(Ledger& ledger, const CaseFilter& filter);

// The kinds table's hooks (records/kinds.cpp).
nlohmann::ordered_json case_shape(const records::ExportScope& scope);
void export_cases(Ledger& ledger, const records::ExportScope& scope, const records::Visit& visit);
void import_case(Importer& importer, const Fields& fields, const std::string& uid);

}  // namespace pingan::store
