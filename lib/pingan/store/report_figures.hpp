#pragma once
// The report's figures as the ledger gives them, computed by the engine with
// aggregate SQL (SPEC §5, Reports; store/sqlite/report_figures.cpp): codes and
// raw names only; the report model adds labels and masks names. Part of what
// an engine provides.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "pingan/report/figures.hpp"
#include "pingan/store/ledger.hpp"
#include "pingan/values.hpp"

namespace pingan::report {

namespace queries {

// Runs `read` on one snapshot of the ledger, and of its archive when attached
// (a record in both files counted once), so every figure agrees.
void read_snapshot(store::Ledger& ledger, const std::function<void()>& read);

// The functions below run inside read_snapshot; `station` (a name) filters.
Totals totals(store::Ledger& ledger, const Period& period, const std::optional<std::string>& station);

enum class Group { station, venue, topic };
// Most events first, then by key; labels left empty.
std::vector<GroupRow> groups(store::Ledger& ledger, const Period& period, const std::optional<std::string>& station,
                             Group by);

// Every day (or ISO week) of the period, in order, without labels.
std::vector<TrendRow> trend(store::Ledger& ledger, const Period& period, const std::optional<std::string>& station,
                            bool by_week);

// Oldest first, with age_days; names raw, no labels, overdue unset.
std::vector<OpenCaseRow> open_cases(store::Ledger& ledger, const Period& period,
                                    const std::optional<std::string>& station);

// The volunteer team's figures (SPEC §9, Reports): a volunteer counts for
// their station, a participation for the station where it happened.
VolunteerTotals volunteer_totals(store::Ledger& ledger, const Period& period,
                                 const std::optional<std::string>& station);

// Participations, hours and points by duty code ("adjustment" included), for
// the codes with a row in the period, by code; labels left empty.
std::vector<DutyRow> by_duty(store::Ledger& ledger, const Period& period, const std::optional<std::string>& station);

}  // namespace queries
}  // namespace pingan::report
