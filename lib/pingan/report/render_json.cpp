// The report as one JSON object (SPEC §5): money in yuan, rates 0..1 or null.
#include <nlohmann/json.hpp>

#include "pingan/report/render.hpp"
#include "pingan/report/text.hpp"

namespace pingan::report {
namespace {

using Json = nlohmann::ordered_json;

Json period_json(const Period& period) {
  return {{"from", period.from.iso()}, {"to", period.to.iso()}, {"label", period.label}};
}

Json totals_json(const Totals& totals) {
  Json out;
  for (const auto& figure : figures(totals)) {
    if (figure.kind == Kind::money) out[figure.key] = fen_to_yuan(figure.value);
    else if (figure.kind == Kind::rate) out[figure.key] = figure.rate ? Json(*figure.rate) : Json(nullptr);
    else out[figure.key] = figure.value;
  }
  return out;
}

Json groups_json(const std::vector<GroupRow>& rows) {
  Json out = Json::array();
  for (const auto& row : rows)
    out.push_back({{"key", row.key}, {"label", row.label}, {"events", row.events}, {"audience", row.audience},
                   {"materials", row.materials}, {"installs", row.installs}});
  return out;
}

}  // namespace

std::string render_json(const Report& report) {
  Json out;
  out["period"] = period_json(report.period);
  out["previous_period"] = period_json(report.previous_period);
  out["station"] = report.station ? Json(*report.station) : Json(nullptr);
  out["totals"] = totals_json(report.totals);
  out["previous"] = totals_json(report.previous);
  out["by_station"] = groups_json(report.by_station);
  out["by_venue"] = groups_json(report.by_venue);
  out["by_topic"] = groups_json(report.by_topic);
  out["trend"] = Json::array();
  for (const auto& row : report.trend)
    out["trend"].push_back({{"key", row.key}, {"label", row.label}, {"events", row.events},
                            {"audience", row.audience}, {"installs", row.installs}});
  out["open_cases"] = Json::array();
  for (const auto& row : report.open_cases)
    out["open_cases"].push_back({{"id", row.id}, {"opened", row.opened.iso()}, {"station", row.station},
                                 {"name", row.name}, {"category", row.category}, {"amount", fen_to_yuan(row.amount)},
                                 {"status", row.status}, {"age_days", row.age_days}, {"overdue", row.overdue}});
  return out.dump(2) + "\n";
}

}  // namespace pingan::report
