#pragma once
// Backup and integrity checks.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "pingan/store/ledger.hpp"

namespace pingan::store {

struct RecordCounts {
  std::int64_t stations = 0;
  std::int64_t events = 0;
  std::int64_t installs = 0;
  std::int64_t cases = 0;
};
RecordCounts count_records(SQLite::Database& db);

// The problems found by integrity_check, foreign_key_check and the schema
// version; empty when the database is sound.
std::vector<std::string> check_database(SQLite::Database& db);

// Writes a consistent snapshot of the ledger to `destination` while others
// may be writing (VACUUM INTO a temporary file beside it), checks the copy,
// then renames it into place with mode 0600. Refuses an existing destination
// unless `overwrite`. Returns the copy's record counts.
RecordCounts backup_database(Ledger& ledger, const std::filesystem::path& destination, bool overwrite);

}  // namespace pingan::store
