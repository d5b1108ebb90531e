#pragma once
// Small pieces of option handling shared by the record commands.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
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
// station has no records for it.
template <typename Record, typename List, typename DateOf>
std::vector<Record> list_from(std::vector<store::Ledger>& ledgers, const std::string& station_option, List list,
                              DateOf date_of) {
  std::optional<std::string> station;
  if (!station_option.empty()) station = store::find_station(ledgers.back(), station_option, "--station").name;
  std::vector<Record> out;
  for (auto& ledger : ledgers) {
    std::optional<std::int64_t> station_id;
    if (station) {
      station_id = store::station_id_named(ledger, *station);
      if (!station_id) continue;
    }
    auto part = list(ledger, station_id);
    out.insert(out.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
  }
  if (ledgers.size() > 1)
    std::stable_sort(out.begin(), out.end(), [&](const Record& a, const Record& b) { return date_of(a) < date_of(b); });
  return out;
}

// "a,b，c、d" and repeated options → {"a", "b", "c", "d"}, trimmed, no empties.
std::vector<std::string> split_list(const std::vector<std::string>& values);

// Throws InputError naming the first missing option and listing them all.
void require_options(const std::vector<std::string>& missing);

}  // namespace pingan::cli
