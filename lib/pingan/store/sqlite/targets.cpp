#include "pingan/store/targets.hpp"

#include <algorithm>
#include <tuple>

#include "pingan/errors.hpp"
#include "pingan/i18n.hpp"
#include "pingan/store/import.hpp"
#include "pingan/store/sqlite/audit.hpp"
#include "pingan/store/sqlite/columns.hpp"
#include "pingan/store/sqlite/connection.hpp"
#include "pingan/store/sqlite/rows.hpp"
#include "pingan/store/stations.hpp"

namespace pingan::store {
namespace {

using sqlite::db;
const records::Kind& kTarget = records::target_kind();

constexpr const char* kSelect =
    "SELECT t.id, t.uid, t.station_id, s.name, t.metric, t.period, t.value, t.created_at, t.updated_at "
    "FROM {s}.target t JOIN {s}.station s ON s.id = t.station_id ";

Target read_target(SQLite::Statement& row) {
  Target target;
  target.id = row.getColumn(0).getInt64();
  target.uid = row.getColumn(1).getString();
  target.station_id = row.getColumn(2).getInt64();
  target.station = row.getColumn(3).getString();
  target.metric = row.getColumn(4).getString();
  target.period = parse_period_label(row.getColumn(5).getString(), "target.period");
  target.value = row.getColumn(6).getInt64();
  target.created_at = row.getColumn(7).getString();
  target.updated_at = row.getColumn(8).getString();
  return target;
}

// The station's target for the same metric and period, if it has one.
std::optional<Target> same_target(Ledger& ledger, const Target& target) {
  SQLite::Statement query(db(ledger), fmt::format(fmt::runtime(kSelect), fmt::arg("s", "main")) +
                                          "WHERE t.station_id = ? AND t.metric = ? AND t.period = ?");
  query.bind(1, target.station_id);
  query.bind(2, target.metric);
  query.bind(3, target.period.label);
  if (!query.executeStep()) return std::nullopt;
  return read_target(query);
}

// A target per 10,000 residents needs to know how many live there.
void require_population(Ledger& ledger, const Target& target, std::string_view field) {
  if (target.metric != records::kInstallsPer10k) return;
  SQLite::Statement query(db(ledger), "SELECT population IS NOT NULL FROM station WHERE id = ?");
  query.bind(1, target.station_id);
  if (!query.executeStep() || query.getColumn(0).getInt() == 0)
    throw InputError(std::string(field), trf("station {} has no population for an {} target "
                                             "(pingan station edit {} --population N)",
                                             pingan::quoted(target.station), records::kInstallsPer10k, target.station));
}

Target insert_target(Ledger& ledger, Target target) {
  if (target.uid.empty()) target.uid = new_uid();
  if (target.created_at.empty()) target.created_at = ledger.now();
  if (target.updated_at.empty()) target.updated_at = target.created_at;
  SQLite::Statement insert(db(ledger), "INSERT INTO target (uid, station_id, metric, period, first_day, last_day, "
                                       "value, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  insert.bind(1, target.uid);
  insert.bind(2, target.station_id);
  insert.bind(3, target.metric);
  insert.bind(4, target.period.label);
  insert.bind(5, target.period.from.iso());
  insert.bind(6, target.period.to.iso());
  insert.bind(7, target.value);
  insert.bind(8, target.created_at);
  insert.bind(9, target.updated_at);
  insert.exec();
  target.id = db(ledger).getLastInsertRowid();
  return target;
}

}  // namespace

std::vector<SetTarget> set_targets(Ledger& ledger, const std::vector<Target>& targets, std::string_view field) {
  return ledger.write([&] {
    std::vector<SetTarget> out;
    for (const auto& target : targets) {
      require_population(ledger, target, field);
      auto before = same_target(ledger, target);
      if (!before) {
        const Target stored = insert_target(ledger, target);
        sqlite::record_audit(ledger, "add", kTarget, stored.uid, nullptr, records::to_json(stored));
        out.push_back({stored, std::nullopt});
        continue;
      }
      Target after = *before;
      after.value = target.value;
      if (after.value != before->value) {
        after.updated_at = ledger.now();
        SQLite::Statement update(db(ledger), "UPDATE target SET value = ?, updated_at = ? WHERE id = ?");
        update.bind(1, after.value);
        update.bind(2, after.updated_at);
        update.bind(3, after.id);
        update.exec();
        sqlite::record_audit(ledger, "edit", kTarget, after.uid, records::to_json(*before), records::to_json(after));
      }
      out.push_back({after, before->value});
    }
    return out;
  });
}

Target get_target(Ledger& ledger, std::int64_t id) { return get_by_id(ledger, kSelect, "t", kTarget, id, read_target); }

std::vector<Target> list_targets(Ledger& ledger, const TargetFilter& filter) {
  SQLite::Statement query(db(ledger), fmt::format(fmt::runtime(kSelect), fmt::arg("s", "main")) +
                                          "WHERE (?1 IS NULL OR t.last_day >= ?1) AND (?2 IS NULL OR t.first_day <= ?2) "
                                          "AND (?3 IS NULL OR s.name = ?3) ORDER BY t.first_day, t.station_id");
  sqlite::bind_optional(query, 1, filter.from ? std::optional(filter.from->iso()) : std::nullopt);
  sqlite::bind_optional(query, 2, filter.to ? std::optional(filter.to->iso()) : std::nullopt);
  sqlite::bind_optional(query, 3, filter.station);
  std::vector<Target> out;
  while (query.executeStep()) out.push_back(read_target(query));
  std::ranges::stable_sort(out, [](const Target& a, const Target& b) {
    return std::tuple(a.period.from, a.station_id, records::metric_order(a.metric), a.period.length_days()) <
           std::tuple(b.period.from, b.station_id, records::metric_order(b.metric), b.period.length_days());
  });
  return out;
}

void delete_target(Ledger& ledger, std::int64_t id) {
  ledger.write([&] {
    const Target before = get_target(ledger, id);
    SQLite::Statement remove(db(ledger), "DELETE FROM target WHERE id = ?");
    remove.bind(1, id);
    remove.exec();
    sqlite::record_audit(ledger, "delete", kTarget, before.uid, records::to_json(before), nullptr);
  });
}

nlohmann::ordered_json target_shape(const records::ExportScope&) {
  Target empty;
  empty.metric = "events";
  auto shape = records::to_json(empty);
  for (auto& [key, value] : shape.items()) value = nullptr;
  return shape;
}

void export_targets(Ledger& ledger, const records::ExportScope& scope, const records::Visit& visit) {
  // Targets never move to the archive: main holds them all.
  for (const auto& target : list_targets(ledger, {scope.from, scope.to, std::nullopt})) visit(records::to_json(target));
}

void import_target(Importer& importer, const Fields& fields, const std::string& uid) {
  Target target;
  target.uid = uid;
  std::tie(target.station_id, target.station) = importer.station(fields);
  target.metric = std::string(records::parse_metric(fields.required("metric"), "metric").code);
  target.period = parse_period_label(fields.required("period"), "period");
  target.value = records::parse_target_value(records::parse_metric(target.metric, "metric"), fields.required("value"), "value");
  require_population(importer.ledger(), target, "value");
  if (importer.stored(kTarget, uid)) return;
  // The station's own target for that metric and period is kept.
  if (same_target(importer.ledger(), target)) {
    ++importer.counts().skipped;
    return;
  }
  insert_target(importer.ledger(), target);
  ++importer.counts().added[kTarget];
}

}  // namespace pingan::store
