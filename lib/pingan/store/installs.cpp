#include "pingan/store/installs.hpp"

#include <SQLiteCpp/Statement.h>

#include "pingan/store/audit.hpp"
#include "pingan/store/events.hpp"
#include "pingan/store/sql.hpp"

namespace pingan::store {
namespace {

constexpr const char* kSelect = R"(
SELECT i.id, i.uid, i.date, i.station_id, s.name, i.venue, i.place, i.count, i.event_id, e.uid, i.note
FROM install i JOIN station s ON s.id = i.station_id LEFT JOIN event e ON e.id = i.event_id
)";

Install read_install(SQLite::Statement& row) {
  Install install;
  install.id = row.getColumn(0).getInt64();
  install.uid = row.getColumn(1).getString();
  install.date = parse_iso_date(row.getColumn(2).getString(), "install.date");
  install.station_id = row.getColumn(3).getInt64();
  install.station = row.getColumn(4).getString();
  install.venue = row.getColumn(5).getString();
  install.place = optional_text(row.getColumn(6));
  install.count = row.getColumn(7).getInt64();
  if (!row.getColumn(8).isNull()) install.event_id = row.getColumn(8).getInt64();
  install.event_uid = optional_text(row.getColumn(9));
  install.note = optional_text(row.getColumn(10));
  return install;
}

Install get_install(Ledger& ledger, std::int64_t id) {
  SQLite::Statement query(ledger.db(), std::string(kSelect) + "WHERE i.id = ?");
  query.bind(1, id);
  query.executeStep();
  return read_install(query);
}

}  // namespace

nlohmann::ordered_json to_json(const Install& install) {
  nlohmann::ordered_json out;
  out["id"] = install.id;
  out["uid"] = install.uid;
  out["date"] = install.date.iso();
  out["station"] = install.station;
  out["venue"] = install.venue;
  out["place"] = json_or_null(install.place);
  out["count"] = install.count;
  out["event_id"] = install.event_id ? nlohmann::ordered_json(*install.event_id) : nlohmann::ordered_json(nullptr);
  out["event_uid"] = json_or_null(install.event_uid);
  out["note"] = json_or_null(install.note);
  return out;
}

Install add_install(Ledger& ledger, Install install) {
  return ledger.write([&] {
    if (install.event_id) {
      const Event event = get_event(ledger, *install.event_id);
      install.date = event.date;
      install.station_id = event.station_id;
      install.venue = event.venue;
      if (!install.place) install.place = event.place;
    }
    if (install.uid.empty()) install.uid = new_uid();
    const std::string now = utc_now();
    SQLite::Statement insert(ledger.db(), R"(
INSERT INTO install (uid, date, station_id, venue, place, count, event_id, note, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?))");
    insert.bind(1, install.uid);
    insert.bind(2, install.date.iso());
    insert.bind(3, install.station_id);
    insert.bind(4, install.venue);
    bind_optional(insert, 5, install.place);
    insert.bind(6, install.count);
    if (install.event_id) insert.bind(7, *install.event_id); else insert.bind(7);
    bind_optional(insert, 8, install.note);
    insert.bind(9, now);
    insert.bind(10, now);
    insert.exec();
    const Install stored = get_install(ledger, ledger.db().getLastInsertRowid());
    record_audit(ledger, "add", "install", stored.uid, nullptr, to_json(stored));
    return stored;
  });
}

std::vector<Install> list_installs(Ledger& ledger, const InstallFilter& filter) {
  SQLite::Statement query(ledger.db(), std::string(kSelect) + R"(
WHERE (?1 IS NULL OR i.date >= ?1) AND (?2 IS NULL OR i.date <= ?2) AND (?3 IS NULL OR i.station_id = ?3)
ORDER BY i.date, i.id)");
  bind_optional(query, 1, filter.from ? std::optional(filter.from->iso()) : std::nullopt);
  bind_optional(query, 2, filter.to ? std::optional(filter.to->iso()) : std::nullopt);
  if (filter.station_id) query.bind(3, *filter.station_id); else query.bind(3);
  std::vector<Install> out;
  while (query.executeStep()) out.push_back(read_install(query));
  return out;
}

}  // namespace pingan::store
