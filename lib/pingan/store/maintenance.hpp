#pragma once
// Backup and integrity checks.
#include <filesystem>
#include <string>
#include <vector>

#include "pingan/records/kinds.hpp"
#include "pingan/store/ledger.hpp"

namespace pingan::store {

struct CheckResult {
  // From integrity_check, foreign_key_check and the schema version; empty
  // when the database is sound.
  std::vector<std::string> problems;
  records::KindCounts counts;  // records of each kind (when the schema is pingan's)
};
// Checks the file as it is: nothing is migrated or created.
CheckResult check_file(const std::filesystem::path& path, int busy_timeout_ms);

// Writes a consistent snapshot of the ledger to `destination` while others
// may be writing (VACUUM INTO a temporary file beside it), checks the copy,
// then renames it into place with mode 0600. Refuses an existing destination
// unless `overwrite`. Returns the copy's record counts.
records::KindCounts backup_database(Ledger& ledger, const std::filesystem::path& destination, bool overwrite);

}  // namespace pingan::store
