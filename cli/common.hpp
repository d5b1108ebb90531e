#pragma once
// Small pieces of option handling shared by the record commands.
#include <CLI/App.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "context.hpp"
#include "pingan/store/stations.hpp"

namespace pingan::cli {

// The station named by the option, else config defaults.station; InputError
// naming --station when it is unknown or neither is set.
store::Station station_option(Context& context, store::Ledger& ledger, const std::string& option);

// The --station filter of a list or report as the station's name (names
// match across the database and its archive); nothing when not given.
std::optional<std::string> station_filter(store::Ledger& ledger, const std::string& option);

// Refuses an --output that is the ledger, its archive or one of their -wal
// and -shm files (by file identity, so links and other spellings count):
// writing there would destroy the ledger.
void refuse_ledger_as_output(Context& context, const std::string& output, const std::string& archive_option = "");

// --bureau-db URL: read the bureau's PostgreSQL database (SPEC §10).
void add_bureau_db_option(CLI::App* command, std::string& url);

// Throws InputError naming the first missing option and listing them all.
void require_options(const std::vector<std::string>& missing);

}  // namespace pingan::cli
