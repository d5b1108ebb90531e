#include "pingan/store/sqlite/audit.hpp"

#include <fmt/format.h>

#include "pingan/store/sqlite/connection.hpp"

namespace pingan::store::sqlite {

void record_run_audit(Ledger& ledger, std::string_view action, const nlohmann::ordered_json& run) {
  SQLite::Statement insert(db(ledger),
                           "INSERT INTO audit (at, os_user, action, kind, record_uid, before, after) "
                           "VALUES (?, ?, ?, 'run', ?, NULL, ?)");
  insert.bind(1, ledger.now());
  insert.bind(2, ledger.actor());
  insert.bind(3, std::string(action));
  insert.bind(4, new_uid());
  insert.bind(5, run.dump());
  insert.exec();
}

void record_audit(Ledger& ledger, std::string_view action, const records::Kind& kind, std::string_view uid,
                  const nlohmann::ordered_json& before, const nlohmann::ordered_json& after) {
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

std::string over_files(Ledger& ledger, std::string_view select, std::string_view table, std::string_view alias) {
  std::string sql = fmt::format(fmt::runtime(select), fmt::arg("s", "main"));
  // An archive row is left out when main holds the record too (by uid) or
  // deleted it since (a delete is audited; the archive's copy is stale).
  if (ledger.has_archive())
    sql += fmt::format(" UNION ALL {0} AND {1}.uid NOT IN (SELECT uid FROM main.{2}) AND {1}.uid NOT IN "
                       "(SELECT record_uid FROM main.audit WHERE action = 'delete')",
                       fmt::format(fmt::runtime(select), fmt::arg("s", "archive")), alias, table);
  return sql;
}

}  // namespace pingan::store::sqlite
