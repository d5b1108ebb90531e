#pragma once
// What the SQLite record modules share among themselves: statements an
// import prepares once, and raw inserts the callers audit themselves.
#include <SQLiteCpp/Statement.h>

#include <memory>
#include <string>
#include <unordered_map>

#include "pingan/records/install.hpp"
#include "pingan/store/import.hpp"
#include "pingan/store/ledger.hpp"

namespace pingan::store {

// An import's statements, prepared once each and reset for every use.
struct Importer::Cache {
  explicit Cache(Ledger& ledger) : ledger(ledger) {}
  SQLite::Statement& get(const std::string& sql);
  Ledger& ledger;
  std::unordered_map<std::string, std::unique_ptr<SQLite::Statement>> statements;
};

inline constexpr const char* kInsertInstall = R"(
INSERT INTO install (uid, date, station_id, venue, place, count, event_id, note, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?))";
// Inserts the install with `insert` (kInsertInstall); empty timestamps mean
// now. Returns the new id; the caller writes the audit.
std::int64_t insert_install(Ledger& ledger, SQLite::Statement& insert, const records::Install& install);

}  // namespace pingan::store
