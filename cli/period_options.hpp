#pragma once
// The period options shared by lists and reports: --week, --month, --quarter, --year, --from/--to.
#include <CLI/App.hpp>
#include <optional>
#include <string>

#include "pingan/values.hpp"

namespace pingan::cli {

struct PeriodOptions {
  std::string week;
  std::string month;
  std::string quarter;
  std::string year;
  std::string from;
  std::string to;

  void add_to(CLI::App* command);
  // The chosen period, or nothing when none of the options was given. --from
  // alone runs to today; --to alone starts at the earliest record. Giving
  // more than one kind is InputError.
  std::optional<Period> resolve(Date today) const;
  // For a list's filter: sets `from` and `to` to the chosen period's days,
  // leaving them open when no period was given.
  void bound(Date today, std::optional<Date>& from, std::optional<Date>& to) const;
};

}  // namespace pingan::cli
