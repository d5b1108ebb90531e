// Targets set directly in a bureau's database (SPEC §11, `target set
// --bureau-db`), with a ledger's rules (store/targets.hpp).
#include <fmt/format.h>

#include "pingan/errors.hpp"
#include "pingan/i18n.hpp"
#include "pingan/store/postgres/bureau.hpp"

namespace pingan::store::postgres {

std::vector<std::string> PostgresBureau::active_stations() {
  require_schema();
  const auto result = connection_.exec("SELECT name FROM station WHERE retired IS NULL ORDER BY name COLLATE \"C\"");
  std::vector<std::string> names;
  for (int i = 0; i < result.rows(); ++i) names.push_back(result.text(i, 0));
  return names;
}

std::vector<SetTarget> PostgresBureau::set_targets(const std::vector<records::Target>& targets, std::string_view field) {
  require_schema();
  std::vector<SetTarget> out;
  connection_.transaction([&] {
    for (records::Target target : targets) {
      const auto station = connection_.exec("SELECT id, population IS NOT NULL FROM station WHERE name = $1",
                                            {target.station});
      if (station.rows() == 0) find_station(target.station, std::string(field));  // names the stations there are
      if (target.metric == records::kInstallsPer10k && station.text(0, 1) != "t")
        throw InputError(std::string(field), trf("station {} has no population for an {} target (push it from "
                                                 "a ledger where `pingan station edit` gave it one)",
                                                 pingan::quoted(target.station), records::kInstallsPer10k));
      const std::string station_id = station.text(0, 0);
      const auto before = connection_.exec("SELECT id, uid, value FROM target WHERE station_id = $1 AND metric = $2 "
                                           "AND period = $3 FOR UPDATE",
                                           {station_id, target.metric, target.period.label});
      std::optional<std::int64_t> replaced;
      if (before.rows() > 0) {
        replaced = before.integer(0, 2);
        target.id = before.integer(0, 0);
        target.uid = before.text(0, 1);
        if (*replaced != target.value)
          connection_.exec("UPDATE target SET value = $2, updated_at = now() WHERE id = $1",
                           {std::to_string(target.id), std::to_string(target.value)});
      } else {
        target.uid = new_uid();
        target.id = connection_
                        .exec("INSERT INTO target (uid, station_id, metric, period, first_day, last_day, value, "
                              "created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, now(), now()) RETURNING id",
                              {target.uid, station_id, target.metric, target.period.label, target.period.from.iso(),
                               target.period.to.iso(), std::to_string(target.value)})
                        .integer(0, 0);
      }
      out.push_back({target, replaced});
    }
  });
  return out;
}

}  // namespace pingan::store::postgres
