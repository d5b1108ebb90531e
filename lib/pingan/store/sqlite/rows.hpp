#pragma once
// What the SQLite record modules share among themselves: statements an
// import prepares once, and raw inserts the callers audit themselves.
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <memory>
#include <string>
#include <unordered_map>

#include "pingan/errors.hpp"
#include "pingan/records/install.hpp"
#include "pingan/records/kinds.hpp"
#include "pingan/store/import.hpp"
#include "pingan/store/ledger.hpp"
#include "pingan/store/sqlite/connection.hpp"

namespace pingan::store {

// An import's statements, prepared once each and reset for every use.
struct Importer::Cache {
  explicit Cache(Ledger& ledger) : ledger(ledger) {}
  SQLite::Statement& get(std::string_view sql);
  Ledger& ledger;
  // Looked up by the SQL text without copying it (a lookup per record).
  struct Hash : std::hash<std::string_view> {
    using is_transparent = void;
  };
  std::unordered_map<std::string, std::unique_ptr<SQLite::Statement>, Hash, std::equal_to<>> statements;
  std::unordered_map<const records::Kind*, std::string> stored_sql;  // Importer::stored's, per kind
  std::unordered_map<std::string, std::pair<std::int64_t, std::string>> stations;  // Importer::station's answers
  std::int64_t last_change_before = 0;  // push_change's highest seq before the run
  struct SetAside {  // an insert trigger dropped for the run
    const records::Kind* kind;
    std::int64_t last_id;  // the kind's highest id before the run
    std::string trigger, definition;
  };
  std::vector<SetAside> set_aside;
};

// The record of `kind` with this id in the main database: `select` (the
// schema as {s}) with "WHERE <alias>.id = ?", read by `read`; NotFound
// ("event 12 not found") when there is none.
template <typename Read>
auto get_by_id(Ledger& ledger, const char* select, std::string_view alias, const records::Kind& kind,
               std::int64_t id, Read read) {
  SQLite::Statement query(sqlite::db(ledger), fmt::format(fmt::runtime(select), fmt::arg("s", "main")) +
                                                  fmt::format("WHERE {}.id = ?", alias));
  query.bind(1, id);
  if (!query.executeStep()) throw NotFound(records::not_found(kind, id));
  return read(query);
}

inline constexpr const char* kInsertInstall = R"(
INSERT INTO install (uid, date, station_id, venue, place, count, event_id, note, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?))";
// Inserts the install with `insert` (kInsertInstall); empty timestamps mean
// now. Returns the new id; the caller writes the audit.
std::int64_t insert_install(Ledger& ledger, SQLite::Statement& insert, const records::Install& install);

}  // namespace pingan::store
