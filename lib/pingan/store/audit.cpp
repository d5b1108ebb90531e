#include "pingan/store/audit.hpp"

#include <SQLiteCpp/Statement.h>

namespace pingan::store {

void record_audit(Ledger& ledger, std::string_view action, std::string_view kind,
                  std::string_view uid, const nlohmann::ordered_json& before,
                  const nlohmann::ordered_json& after) {
  SQLite::Statement insert(ledger.db(),
                           "INSERT INTO audit (at, os_user, action, kind, record_uid, before, after) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)");
  insert.bind(1, utc_now());
  insert.bind(2, ledger.actor());
  insert.bind(3, std::string(action));
  insert.bind(4, std::string(kind));
  insert.bind(5, std::string(uid));
  if (before.is_null()) insert.bind(6); else insert.bind(6, before.dump());
  if (after.is_null()) insert.bind(7); else insert.bind(7, after.dump());
  insert.exec();
}

}  // namespace pingan::store
