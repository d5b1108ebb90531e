#include "pingan/store/postgres/bureau.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "pingan/store/migrations.hpp"
#include "pingan/errors.hpp"
#include "pingan/i18n.hpp"
#include "pingan/store/report_figures.hpp"
#include "pingan/values.hpp"

namespace pingan::store::postgres {
namespace {

// A bureau's migrations: data/bureau/bureau_NNN_*.sql.
std::vector<Migration> migrations() { return store::migrations("bureau_"); }

// Serialises `bureau init` runs (any number that no other program uses).
constexpr const char* kMigrationLock = "SELECT pg_advisory_xact_lock(7254001)";

int current_version(Connection& connection) {
  auto exists = connection.exec("SELECT to_regclass('pingan.schema_version') IS NOT NULL");
  if (exists.text(0, 0) != "t") return 0;
  return static_cast<int>(connection.exec("SELECT version FROM pingan.schema_version").integer(0, 0));
}

class PgRow : public ResultRow {
 public:
  PgRow(const Result& result, int row) : result_(result), row_(row) {}
  std::int64_t integer(int column) const override { return result_.null(row_, column) ? 0 : result_.integer(row_, column); }
  std::string text(int column) const override { return result_.text(row_, column); }
  bool null(int column) const override { return result_.null(row_, column); }

 private:
  const Result& result_;
  int row_;
};

}  // namespace

int bureau_schema_version() { return migrations().back().version; }

// ---- figures ---------------------------------------------------------------------------------

// The views are the session's own (TEMP), made before the read-only
// snapshot, which may not create them.
void BureauFigures::read_snapshot(const std::function<void()>& read) {
  for (const auto& view : figure_views())
    connection_.exec(fmt::format(
        "CREATE OR REPLACE TEMP VIEW {} AS {}", view.name,
        fmt::format(fmt::runtime(view.select), fmt::arg("s", "pingan"),
                    fmt::arg("parent", fmt::format(fmt::runtime(view.parent), fmt::arg("s", "pingan"))))));
  connection_.transaction(read, true);
}

// The dialect's differences, in one place: numbered parameters with their
// types (only those the SQL names, numbered as they first appear), and code
// point order spelt out.
void BureauFigures::query(std::string_view sql, const FigureParams& params,
                          const std::function<void(const ResultRow&)>& row) {
  struct Named {
    std::string_view name;
    const char* type;
    Param value;
    int number = 0;
  };
  Named named[] = {{":from", "date", params.from.iso()},
                   {":to", "date", params.to.iso()},
                   {":station", "text", params.station},
                   {":active", "date", params.active ? Param(params.active->iso()) : std::nullopt}};
  std::string text;
  std::vector<Param> values;
  for (std::size_t i = 0; i < sql.size();) {
    Named* found = nullptr;
    for (auto& candidate : named) {
      const auto end = i + candidate.name.size();
      if (sql.substr(i, candidate.name.size()) == candidate.name &&
          (end == sql.size() || !(std::isalnum(static_cast<unsigned char>(sql[end])) || sql[end] == '_')))
        found = &candidate;
    }
    if (found) {
      if (found->number == 0) {
        values.push_back(found->value);
        found->number = static_cast<int>(values.size());
      }
      text += fmt::format("${}::{}", found->number, found->type);
      i += found->name.size();
    } else if (sql.substr(i, 10) == "/*binary*/") {
      text += "COLLATE \"C\"";
      i += 10;
    } else {
      text += sql[i++];
    }
  }
  const auto result = connection_.exec(text, values);
  for (int i = 0; i < result.rows(); ++i) row(PgRow(result, i));
}

std::optional<std::vector<KnownStation>> BureauFigures::known_stations() {
  const auto result = connection_.exec(R"(
SELECT s.name, to_char(max(src.last_push) AT TIME ZONE 'UTC', 'YYYY-MM-DD')
FROM station s LEFT JOIN source_station ss ON ss.station_id = s.id LEFT JOIN source src ON src.uid = ss.source_uid
GROUP BY s.name ORDER BY s.name COLLATE "C")");
  std::vector<KnownStation> stations;
  for (int i = 0; i < result.rows(); ++i)
    stations.push_back({result.text(i, 0), result.null(i, 1) ? std::nullopt : std::optional(result.text(i, 1))});
  return stations;
}

// ---- the bureau ------------------------------------------------------------------------------

PostgresBureau::PostgresBureau(const std::string& url, int busy_timeout_ms) : connection_(url, busy_timeout_ms) {}

int PostgresBureau::init() {
  const auto all = migrations();
  const int known = all.back().version;
  int version = 0;
  connection_.transaction([&] {
    connection_.exec(kMigrationLock);
    connection_.exec("CREATE SCHEMA IF NOT EXISTS pingan");
    version = current_version(connection_);
    if (version > known)
      throw Failure(trf("the bureau database has schema version {}, newer than this pingan knows ({}): update pingan",
                        version, known));
    if (version == 0) connection_.exec("CREATE TABLE pingan.schema_version (version integer NOT NULL)");
    if (version == 0) connection_.exec("INSERT INTO pingan.schema_version VALUES (0)");
    for (const auto& migration : all) {
      if (migration.version <= version) continue;
      connection_.exec(migration.sql);
      connection_.exec("UPDATE pingan.schema_version SET version = $1", {std::to_string(migration.version)});
      version = migration.version;
    }
  });
  checked_ = true;
  return version;
}

void PostgresBureau::require_schema() {
  if (checked_) return;
  const int version = current_version(connection_);
  const int known = bureau_schema_version();
  if (version > known)
    throw Failure(trf("the bureau database has schema version {}, newer than this pingan knows ({}): update pingan",
                      version, known));
  if (version < known)
    throw Failure(version == 0 ? tr("the bureau database has no pingan schema: run `pingan bureau init`")
                               : trf("the bureau database has schema version {}: run `pingan bureau init` to migrate it",
                                     version));
  checked_ = true;
}

std::vector<StationStatus> PostgresBureau::status() {
  require_schema();
  const auto result = connection_.exec(R"(
SELECT s.name,
       (SELECT to_char(max(src.last_push) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
        FROM source_station ss JOIN source src ON src.uid = ss.source_uid WHERE ss.station_id = s.id),
       (SELECT count(*) FROM event WHERE station_id = s.id) + (SELECT count(*) FROM install WHERE station_id = s.id)
       + (SELECT count(*) FROM refund_case WHERE station_id = s.id)
       + (SELECT count(*) FROM volunteer WHERE station_id = s.id)
       + (SELECT count(*) FROM task WHERE station_id = s.id) + (SELECT count(*) FROM duty WHERE station_id = s.id)
FROM station s ORDER BY s.name COLLATE "C")");
  std::vector<StationStatus> rows;
  for (int i = 0; i < result.rows(); ++i)
    rows.push_back({result.text(i, 0), result.null(i, 1) ? std::nullopt : std::optional(result.text(i, 1)),
                    result.integer(i, 2)});
  return rows;
}

FigureSource& PostgresBureau::figures() {
  require_schema();
  return figures_;
}

std::string PostgresBureau::find_station(const std::string& name_or_code, const std::string& field) {
  require_schema();
  const auto result = connection_.exec("SELECT name FROM station WHERE name = $1 OR code = $1 ORDER BY name = $1 DESC "
                                       "LIMIT 1",
                                       {name_or_code});
  if (result.rows() == 0) {
    // As on a ledger (SPEC §5): bad input, exit 2, naming the stations there are.
    const auto all = connection_.exec("SELECT string_agg(name, ', ' ORDER BY name COLLATE \"C\") FROM station");
    throw InputError(field, all.null(0, 0)
                                ? trf("unknown station {} in the bureau database; it has none yet (pingan push)",
                                      pingan::quoted(name_or_code))
                                : trf("unknown station {} in the bureau database; it has: {}",
                                      pingan::quoted(name_or_code), all.text(0, 0)));
  }
  return result.text(0, 0);
}

}  // namespace pingan::store::postgres
