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

InstallInserter::InstallInserter(Ledger& ledger)
    : ledger_(ledger), insert_(ledger.db(), R"(
INSERT INTO install (uid, date, station_id, venue, place, count, event_id, note, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?))") {}

std::int64_t InstallInserter::insert(const Install& install, const std::string& created_at,
                                     const std::string& updated_at) {
  const std::string now = utc_now();
  insert_.bind(1, install.uid);
  insert_.bind(2, install.date.iso());
  insert_.bind(3, install.station_id);
  insert_.bind(4, install.venue);
  bind_optional(insert_, 5, install.place);
  insert_.bind(6, install.count);
  if (install.event_id) insert_.bind(7, *install.event_id); else insert_.bind(7);
  bind_optional(insert_, 8, install.note);
  insert_.bind(9, created_at.empty() ? now : created_at);
  insert_.bind(10, updated_at.empty() ? (created_at.empty() ? now : created_at) : updated_at);
  insert_.exec();
  insert_.reset();
  return ledger_.db().getLastInsertRowid();
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
    const Install stored = get_install(ledger, InstallInserter(ledger).insert(install));
    record_audit(ledger, "add", "install", stored.uid, nullptr, to_json(stored));
    return stored;
  });
}

std::vector<Install> list_installs(Ledger& ledger, const InstallFilter& filter) {
  std::vector<Install> out;
  for_each_install(ledger, filter, [&out](const Install& install) { out.push_back(install); });
  return out;
}

void for_each_install(Ledger& ledger, const InstallFilter& filter, const std::function<void(const Install&)>& visit) {
  SQLite::Statement query(ledger.db(), std::string(kSelect) + R"(
WHERE (?1 IS NULL OR i.date >= ?1) AND (?2 IS NULL OR i.date <= ?2) AND (?3 IS NULL OR i.station_id = ?3)
ORDER BY i.date, i.id)");
  bind_optional(query, 1, filter.from ? std::optional(filter.from->iso()) : std::nullopt);
  bind_optional(query, 2, filter.to ? std::optional(filter.to->iso()) : std::nullopt);
  if (filter.station_id) query.bind(3, *filter.station_id); else query.bind(3);
  while (query.executeStep()) visit(read_install(query));
}

}  // namespace pingan::store
