#include "pingan/store/sqlite/audit.hpp"

#include <fmt/format.h>

#include "pingan/errors.hpp"
#include "pingan/store/audit_log.hpp"
#include "pingan/store/sqlite/columns.hpp"
#include "pingan/store/sqlite/connection.hpp"

#include <map>
#include <memory>

namespace pingan::store::sqlite {

void record_run_audit(Ledger& ledger, std::string_view action, const nlohmann::ordered_json& run,
                      std::optional<std::int64_t> uids_logged_after) {
  // The uid list is built by SQLite, from the change log.
  SQLite::Statement insert(db(ledger), std::string("INSERT INTO audit (at, os_user, action, kind, record_uid, before, after) "
                                                   "VALUES (?1, ?2, ?3, 'run', ?4, NULL, ") +
                                           (uids_logged_after ? "json_set(?5, '$.uids', json((SELECT json_group_array(uid) "
                                                                "FROM (SELECT uid FROM push_change WHERE seq > ?6 "
                                                                "ORDER BY seq)))))"
                                                              : "?5)"));
  insert.bind(1, ledger.now());
  insert.bind(2, ledger.actor());
  insert.bind(3, std::string(action));
  insert.bind(4, new_uid());
  insert.bind(5, run.dump());
  if (uids_logged_after) insert.bind(6, *uids_logged_after);
  insert.exec();
}

void record_audit(Ledger& ledger, std::string_view action, const records::Kind& kind, std::string_view uid,
                  const nlohmann::ordered_json& before, const nlohmann::ordered_json& after) {
  if (ledger.audited_by_run()) return;
  SQLite::Statement insert(db(ledger),
                           "INSERT INTO audit (at, os_user, action, kind, record_uid, before, after) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)");
  insert.bind(1, ledger.now());
  insert.bind(2, ledger.actor());
  insert.bind(3, std::string(action));
  insert.bind(4, std::string(kind.name));
  insert.bind(5, std::string(uid));
  if (before.is_null()) insert.bind(6); else insert.bind(6, before.dump());
  if (after.is_null()) insert.bind(7); else insert.bind(7, after.dump());
  insert.exec();
}

std::string over_files(Ledger& ledger, std::string_view select, std::string_view table, std::string_view uid) {
  std::string sql = fmt::format(fmt::runtime(select), fmt::arg("s", "main"));
  // An archive row is left out when main holds the record too (by uid) or
  // deleted it since (a delete is audited; the archive's copy is stale).
  if (ledger.has_archive()) {
    const auto archive = [](std::string_view text) { return fmt::format(fmt::runtime(text), fmt::arg("s", "archive")); };
    sql += fmt::format(" UNION ALL {0} AND {1} NOT IN (SELECT uid FROM main.{2}) AND {1} NOT IN "
                       "(SELECT record_uid FROM main.audit WHERE action = 'delete')",
                       archive(select), archive(uid), table);
  }
  return sql;
}

}  // namespace pingan::store::sqlite

namespace pingan::store {

void for_each_audit(Ledger& ledger, const AuditFilter& filter, const std::function<void(const AuditEntry&)>& visit) {
  SQLite::Statement query(sqlite::db(ledger), R"(
SELECT id, at, os_user, action, kind, record_uid, before, after FROM audit
WHERE (?1 IS NULL OR date(at, 'localtime') >= ?1) AND (?2 IS NULL OR date(at, 'localtime') <= ?2)
  AND (?3 IS NULL OR kind = ?3 OR (?4 IS NOT NULL AND kind = 'run')) AND (?5 IS NULL OR os_user = ?5)
  AND (?4 IS NULL OR record_uid = ?4
       OR (kind = 'run' AND instr(after, '"' || ?4 || '"') > 0
           AND EXISTS (SELECT 1 FROM json_each(after, '$.uids') WHERE value = ?4)))
ORDER BY id DESC)");
  sqlite::bind_optional(query, 1, filter.from ? std::optional(filter.from->iso()) : std::nullopt);
  sqlite::bind_optional(query, 2, filter.to ? std::optional(filter.to->iso()) : std::nullopt);
  sqlite::bind_optional(query, 3, filter.kind);
  sqlite::bind_optional(query, 4, filter.record_uid);
  sqlite::bind_optional(query, 5, filter.user);
  // A record's id while it is still in the database, one prepared lookup per kind.
  std::map<std::string, std::unique_ptr<SQLite::Statement>> id_of;
  auto json = [](const SQLite::Column& column) {
    return column.isNull() ? nlohmann::ordered_json() : nlohmann::ordered_json::parse(column.getString());
  };
  while (query.executeStep()) {
    AuditEntry entry{query.getColumn(0).getInt64(), query.getColumn(1).getString(), query.getColumn(2).getString(),
                     query.getColumn(3).getString(), query.getColumn(4).getString(), query.getColumn(5).getString(),
                     std::nullopt, json(query.getColumn(6)), json(query.getColumn(7))};
    if (const auto* kind = records::find_kind(entry.kind)) {
      auto& lookup = id_of[entry.kind];
      if (!lookup)
        lookup = std::make_unique<SQLite::Statement>(sqlite::db(ledger),
                                                     fmt::format("SELECT id FROM main.{} WHERE uid = ?", kind->table.name));
      lookup->reset();
      lookup->bind(1, entry.record_uid);
      if (lookup->executeStep()) entry.record_id = lookup->getColumn(0).getInt64();
    }
    visit(entry);
  }
}

std::string record_uid(Ledger& ledger, const records::Kind& kind, std::int64_t id) {
  SQLite::Statement query(sqlite::db(ledger), fmt::format("SELECT uid FROM main.{} WHERE id = ?", kind.table.name));
  query.bind(1, id);
  if (!query.executeStep()) throw NotFound(records::not_found(kind, id));
  return query.getColumn(0).getString();
}

}  // namespace pingan::store
