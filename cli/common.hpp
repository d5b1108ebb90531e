#pragma once
// Small pieces of option handling shared by the record commands.
#include <cstdint>
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

// "a,b，c、d" and repeated options → {"a", "b", "c", "d"}, trimmed, no empties.
std::vector<std::string> split_list(const std::vector<std::string>& values);

// Throws InputError naming the first missing option and listing them all.
void require_options(const std::vector<std::string>& missing);

}  // namespace pingan::cli
