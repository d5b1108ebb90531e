// The report as one JSON object (SPEC §5): money in yuan, rates 0..1 or null.
#include <nlohmann/json.hpp>

#include "pingan/report/render.hpp"

namespace pingan::report {
namespace {

using Json = nlohmann::ordered_json;

Json period_json(const Period& period) {
  return {{"from", period.from.iso()}, {"to", period.to.iso()}, {"label", period.label}};
}

Json value(Kind kind, const Cell& cell) {
  switch (kind) {
    case Kind::count:
    case Kind::number: return cell.value;
    case Kind::money: return fen_to_yuan(cell.value);
    case Kind::rate: return cell.rate ? Json(*cell.rate) : Json(nullptr);
    case Kind::flag: return cell.value != 0;
    case Kind::text:
    case Kind::date: break;
  }
  return cell.text;
}

Json figures_json(const std::vector<Figure>& figures) {
  Json out = Json::object();
  for (const auto& figure : figures) out[figure.key] = value(figure.kind, {figure.value, figure.rate});
  return out;
}

}  // namespace

std::string render_json(const Report& report, const std::vector<Section>& sections) {
  Json out;
  out["period"] = period_json(report.period);
  out["previous_period"] = period_json(report.previous_period);
  out["station"] = report.station ? Json(*report.station) : Json(nullptr);
  for (const auto& section : sections) {
    if (const auto& comparison = section.comparison) {
      out[section.key] = figures_json(comparison->now);
      out[comparison->previous_key] = figures_json(comparison->before);
      continue;
    }
    Json rows = Json::array();
    for (const auto& row : section.rows) {
      Json& object = rows.emplace_back(Json::object());
      for (std::size_t c = 0; c < section.columns.size(); ++c)
        object[section.columns[c].key] = value(section.columns[c].kind, row.cells[c]);
    }
    out[section.key] = std::move(rows);
  }
  return out.dump(2) + "\n";
}

}  // namespace pingan::report
