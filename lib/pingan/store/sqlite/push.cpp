#include "pingan/store/push.hpp"

#include <fmt/format.h>

#include <map>
#include <memory>

#include "pingan/errors.hpp"
#include "pingan/i18n.hpp"
#include "pingan/store/sqlite/audit.hpp"
#include "pingan/store/sqlite/connection.hpp"

namespace pingan::store {
namespace {

using records::Kind;
using records::Table;

// A column of row `alias` as a push sends it: a reference as the referenced
// row's natural key, in the same file (schema {s}).
std::string sent_value(const Table& table, std::string_view column, std::string_view alias) {
  for (const auto& reference : table.references)
    if (reference.column == column)
      return fmt::format("(SELECT r.{0} FROM {{s}}.{1} r WHERE r.id = {2}.{3})", reference.by, reference.table, alias,
                         column);
  return fmt::format("{}.{}", alias, column);
}

// The kind's records changed after ?1 (all of them for 0), over both files
// (an archived record keeps its id).
std::string changed(std::string_view alias, const Kind& kind) {
  return fmt::format("(?1 = 0 OR {}.id IN (SELECT id FROM main.push_change WHERE kind = '{}' AND seq > ?1))",
                     alias, kind.name);
}

}  // namespace

OutgoingChanges::OutgoingChanges(Ledger& ledger) : ledger_(ledger) {
  if (ledger.has_archive()) return;
  SQLite::Statement archived(sqlite::db(ledger), "SELECT 1 FROM main.audit WHERE action = 'archive' LIMIT 1");
  if (archived.executeStep())
    throw Failure(tr("this database has archived records but its archive is not found: give --archive PATH"));
}

std::string OutgoingChanges::source_uid() {
  return sqlite::db(ledger_).execAndGet("SELECT uid FROM main.ledger_source").getString();
}

std::int64_t OutgoingChanges::mark() {
  return sqlite::db(ledger_).execAndGet("SELECT coalesce(max(seq), 0) FROM main.push_change").getInt64();
}

std::int64_t OutgoingChanges::count(const Kind& kind, std::int64_t since) {
  SQLite::Statement query(sqlite::db(ledger_),
                          fmt::format("SELECT count(*) FROM ({})",
                                      sqlite::over_files(ledger_,
                                                         fmt::format("SELECT x.uid FROM {{s}}.{} x WHERE {}",
                                                                     kind.table.name, changed("x", kind)),
                                                         kind.table.name, "x.uid")));
  query.bind(1, since);
  query.executeStep();
  return query.getColumn(0).getInt64();
}

void OutgoingChanges::rows(const Kind& kind, const Table& table, std::int64_t since, const RowVisit& visit) {
  const bool child = &table != &kind.table;
  std::string columns = child ? "x.uid" : "";
  for (auto column : table.columns)
    columns += (columns.empty() ? "" : ", ") + sent_value(table, column, child ? "y" : "x");
  const std::string from = child ? fmt::format("{{s}}.{0} y JOIN {{s}}.{1} x ON x.id = y.{2}", table.name,
                                               kind.table.name, table.parent_key)
                                 : fmt::format("{{s}}.{} x", table.name);
  SQLite::Statement query(sqlite::db(ledger_),
                          sqlite::over_files(ledger_, fmt::format("SELECT {} FROM {} WHERE {}", columns, from,
                                                                  changed("x", kind)),
                                             kind.table.name, "x.uid"));
  query.bind(1, since);
  TextRow row(static_cast<std::size_t>(query.getColumnCount()));
  while (query.executeStep()) {
    for (int i = 0; i < query.getColumnCount(); ++i) {
      const auto value = query.getColumn(i);
      row[static_cast<std::size_t>(i)] = value.isNull() ? std::nullopt : std::optional(value.getString());
    }
    visit(row);
  }
}

// Deleted means audited as deleted: a record archived away from main (its
// archive missing or not) is not deleted, and stays in the bureau.
std::vector<std::string> OutgoingChanges::deleted(const Kind& kind, std::int64_t since) {
  SQLite::Statement query(
      sqlite::db(ledger_),
      fmt::format("SELECT c.uid FROM main.push_change c WHERE c.kind = ?2 AND c.seq > ?1 "
                  "AND c.uid NOT IN (SELECT x.uid FROM ({}) x) "
                  "AND c.uid IN (SELECT record_uid FROM main.audit WHERE action = 'delete') ORDER BY c.seq",
                  sqlite::over_files(ledger_, fmt::format("SELECT x.uid AS uid FROM {{s}}.{} x WHERE TRUE",
                                                          kind.table.name),
                                     kind.table.name, "x.uid")));
  query.bind(1, since);
  query.bind(2, std::string(kind.name));
  std::vector<std::string> uids;
  while (query.executeStep()) uids.push_back(query.getColumn(0).getString());
  return uids;
}

}  // namespace pingan::store

namespace pingan::store {

void load_rows(Ledger& scratch, const std::function<void(const LoadRow& load)>& produce) {
  auto& db = sqlite::db(scratch);
  db.exec("PRAGMA foreign_keys = OFF");
  std::map<std::string_view, std::unique_ptr<SQLite::Statement>> inserts;  // by table
  scratch.write([&] {
    produce([&](const records::Table& table, const TextRow& row) {
      auto& insert = inserts[table.name];
      if (!insert) {
        std::string columns = table.parent_key.empty() ? "id" : std::string(table.parent_key);
        std::string values = "?";
        for (auto column : table.columns) {
          columns += fmt::format(", \"{}\"", column);
          values += ", ?";
        }
        insert = std::make_unique<SQLite::Statement>(
            db, fmt::format("INSERT INTO main.{} ({}) VALUES ({})", table.name, columns, values));
      }
      for (std::size_t i = 0; i < row.size(); ++i) {
        const int index = static_cast<int>(i) + 1;
        if (row[i]) insert->bind(index, *row[i]); else insert->bind(index);
      }
      insert->exec();
      insert->reset();
    });
  });
}

}  // namespace pingan::store
