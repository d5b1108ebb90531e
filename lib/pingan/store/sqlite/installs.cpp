#include "pingan/store/installs.hpp"

#include <fmt/format.h>

#include "pingan/errors.hpp"
#include "pingan/i18n.hpp"
#include "pingan/store/events.hpp"
#include "pingan/store/sqlite/audit.hpp"
#include "pingan/store/sqlite/columns.hpp"
#include "pingan/store/sqlite/connection.hpp"
#include "pingan/store/sqlite/rows.hpp"

namespace pingan::store {
namespace {

using sqlite::db;
const records::Kind& kInstall = records::install_kind();

// {s} is the schema (main or archive).
constexpr const char* kSelect = R"(
SELECT i.id, i.uid, i.date, i.station_id, s.name, i.venue, i.place, i.count, i.event_id, e.uid, i.note,
       i.created_at, i.updated_at
FROM {s}.install i JOIN {s}.station s ON s.id = i.station_id LEFT JOIN {s}.event e ON e.id = i.event_id
)";

Install read_install(SQLite::Statement& row) {
  Install install;
  install.id = row.getColumn(0).getInt64();
  install.uid = row.getColumn(1).getString();
  install.date = parse_iso_date(row.getColumn(2).getString(), "install.date");
  install.station_id = row.getColumn(3).getInt64();
  install.station = row.getColumn(4).getString();
  install.venue = row.getColumn(5).getString();
  install.place = sqlite::optional_text(row.getColumn(6));
  install.count = row.getColumn(7).getInt64();
  if (!row.getColumn(8).isNull()) install.event_id = row.getColumn(8).getInt64();
  install.event_uid = sqlite::optional_text(row.getColumn(9));
  install.note = sqlite::optional_text(row.getColumn(10));
  install.created_at = row.getColumn(11).getString();
  install.updated_at = row.getColumn(12).getString();
  return install;
}

}  // namespace

std::int64_t insert_install(Ledger& ledger, SQLite::Statement& insert, const Install& install) {
  const std::string now = ledger.now();
  insert.bind(1, install.uid);
  insert.bind(2, install.date.iso());
  insert.bind(3, install.station_id);
  insert.bind(4, install.venue);
  sqlite::bind_optional(insert, 5, install.place);
  insert.bind(6, install.count);
  if (install.event_id) insert.bind(7, *install.event_id); else insert.bind(7);
  sqlite::bind_optional(insert, 8, install.note);
  const std::string& created = install.created_at.empty() ? now : install.created_at;
  insert.bind(9, created);
  insert.bind(10, install.updated_at.empty() ? created : install.updated_at);
  insert.exec();
  insert.reset();
  return db(ledger).getLastInsertRowid();
}

Install get_install(Ledger& ledger, std::int64_t id) {
  return get_by_id(ledger, kSelect, "i", kInstall, id, read_install);
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
    install.created_at = install.updated_at = "";
    SQLite::Statement insert(db(ledger), kInsertInstall);
    const Install stored = get_install(ledger, insert_install(ledger, insert, install));
    sqlite::record_audit(ledger, "add", kInstall, stored.uid, nullptr, records::stored_json(stored));
    return stored;
  });
}

void update_install(Ledger& ledger, const Install& changed) {
  ledger.write([&] {
    const Install before = get_install(ledger, changed.id);
    Install wanted = changed;
    wanted.updated_at = before.updated_at;
    if (records::stored_json(wanted) == records::stored_json(before)) return;
    SQLite::Statement update(db(ledger), R"(
UPDATE install SET date = ?, station_id = ?, venue = ?, place = ?, count = ?, note = ?, updated_at = ? WHERE id = ?)");
    update.bind(1, changed.date.iso());
    update.bind(2, changed.station_id);
    update.bind(3, changed.venue);
    sqlite::bind_optional(update, 4, changed.place);
    update.bind(5, changed.count);
    sqlite::bind_optional(update, 6, changed.note);
    update.bind(7, ledger.now());
    update.bind(8, changed.id);
    update.exec();
    sqlite::record_audit(ledger, "edit", kInstall, before.uid, records::stored_json(before),
                         records::stored_json(get_install(ledger, changed.id)));
  });
}

void delete_install(Ledger& ledger, std::int64_t id) {
  ledger.write([&] {
    const Install before = get_install(ledger, id);
    SQLite::Statement remove(db(ledger), "DELETE FROM install WHERE id = ?");
    remove.bind(1, id);
    remove.exec();
    sqlite::record_audit(ledger, "delete", kInstall, before.uid, records::stored_json(before), nullptr);
  });
}

std::vector<Install> list_installs(Ledger& ledger, const InstallFilter& filter) {
  std::vector<Install> out;
  for_each_install(ledger, filter, [&out](const Install& install) { out.push_back(install); });
  return out;
}

void for_each_install(Ledger& ledger, const InstallFilter& filter, const std::function<void(const Install&)>& visit) {
  const std::string select = std::string(kSelect) + R"(
WHERE (?1 IS NULL OR i.date >= ?1) AND (?2 IS NULL OR i.date <= ?2) AND (?3 IS NULL OR s.name = ?3))";
  SQLite::Statement query(db(ledger), sqlite::over_files(ledger, select, "install", "i.uid") + " ORDER BY 3, 1");
  sqlite::bind_optional(query, 1, filter.from ? std::optional(filter.from->iso()) : std::nullopt);
  sqlite::bind_optional(query, 2, filter.to ? std::optional(filter.to->iso()) : std::nullopt);
  sqlite::bind_optional(query, 3, filter.station);
  while (query.executeStep()) visit(read_install(query));
}

nlohmann::ordered_json install_shape(const records::ExportScope&) { return to_json(Install{}); }

void export_installs(Ledger& ledger, const records::ExportScope& scope, const records::Visit& visit) {
  for_each_install(ledger, {scope.from, scope.to, {}}, [&](const Install& install) { visit(to_json(install)); });
}

void import_install(Importer& importer, const Fields& fields, const std::string& uid) {
  fields.required("count");
  Install install;
  install.uid = uid;
  install.venue = "front_desk";
  records::apply_fields(install, fields, importer.config(), importer.options().today);
  if (const std::string event_uid = fields.optional_text("event_uid"); !event_uid.empty()) {
    // A linked install takes its event's date, station and venue.
    auto& event = importer.cache().get("SELECT e.id, e.date, e.station_id, s.name, e.venue FROM event e "
                                       "JOIN station s ON s.id = e.station_id WHERE e.uid = ?");
    event.bind(1, event_uid);
    if (!event.executeStep()) throw InputError("event_uid", trf("no event with uid {}", event_uid));
    install.event_id = event.getColumn(0).getInt64();
    install.event_uid = event_uid;
    install.date = parse_iso_date(event.getColumn(1).getString(), "date");
    install.station_id = event.getColumn(2).getInt64();
    install.station = event.getColumn(3).getString();
    install.venue = event.getColumn(4).getString();
  } else {
    fields.required("date");
    std::tie(install.station_id, install.station) = importer.station(fields);
  }
  install.created_at = importer.timestamp(fields, "created_at");
  install.updated_at = importer.timestamp(fields, "updated_at");
  // "<event uid>-installs" names the install derived from that event's
  // installs figure: no other record may take it (an edit of the event would
  // then change a record of another station).
  if (uid.ends_with("-installs") && install.event_uid.value_or("") + "-installs" != uid)
    throw InputError("uid", tr("a uid ending in -installs names the install of the event with that uid; "
                               "this record is not linked to it"));
  if (importer.stored(kInstall, uid)) return;
  install.id = insert_install(importer.ledger(), importer.cache().get(kInsertInstall), install);
  ++importer.counts().added[kInstall];
}

}  // namespace pingan::store
