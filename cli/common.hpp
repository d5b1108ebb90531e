#pragma once
// Small pieces of option handling shared by the record commands.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "context.hpp"
#include "pingan/store/stations.hpp"

namespace pingan::cli {

// A record id given on the command line (InputError naming "ID").
std::int64_t parse_id(const std::string& text);

// The station named by the option, else config defaults.station; InputError
// naming --station when it is unknown or neither is set.
store::Station station_option(Context& context, store::Ledger& ledger, const std::string& option);

// The ledgers a list reads: the main database, and with --include-archive
// the archive too (when it exists), archive first since it holds the older
// records.
std::vector<store::Ledger> ledgers_to_list(Context& context, bool include_archive);

// Records from every ledger, in date order (stable, so each file's own order
// is kept within a day). `list(ledger, station_id)` is called once per
// ledger, with the --station filter (a name or code, resolved in the main
// database) turned into that ledger's id; a ledger that does not know the
// station has no records for it. A record an interrupted archive left in
// both files is listed once, from the main database (the last ledger).
template <typename Record, typename List, typename DateOf>
std::vector<Record> list_from(std::vector<store::Ledger>& ledgers, const std::string& station_option, List list,
                              DateOf date_of) {
  std::optional<std::string> station;
  if (!station_option.empty()) station = store::find_station(ledgers.back(), station_option, "--station").name;
  std::vector<std::vector<Record>> parts;
  for (auto& ledger : ledgers) {
    std::optional<std::int64_t> station_id;
    if (station) station_id = store::station_id_named(ledger, *station);
    parts.push_back(station && !station_id ? std::vector<Record>{} : list(ledger, station_id));
  }
  std::unordered_set<std::string> in_main;
  for (const auto& record : parts.back()) in_main.insert(record.uid);
  std::vector<Record> out;
  for (std::size_t i = 0; i < parts.size(); ++i)
    for (auto& record : parts[i])
      if (i + 1 == parts.size() || !in_main.contains(record.uid)) out.push_back(std::move(record));
  if (ledgers.size() > 1)
    std::stable_sort(out.begin(), out.end(), [&](const Record& a, const Record& b) { return date_of(a) < date_of(b); });
  return out;
}

// "a,b，c、d" and repeated options → {"a", "b", "c", "d"}, trimmed, no empties.
std::vector<std::string> split_list(const std::vector<std::string>& values);

// Throws InputError naming the first missing option and listing them all.
void require_options(const std::vector<std::string>& missing);

}  // namespace pingan::cli
