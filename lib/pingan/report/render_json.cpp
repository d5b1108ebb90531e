// The report as one JSON object (SPEC §5): money in yuan, rates 0..1 or null.
#include <nlohmann/json.hpp>

#include "pingan/records/volunteer.hpp"
#include "pingan/report/render.hpp"

namespace pingan::report {
namespace {

using Json = nlohmann::ordered_json;

Json period_json(const Period& period) {
  return {{"from", period.from.iso()}, {"to", period.to.iso()}, {"label", period.label}};
}

Json value(Kind kind, const Cell& cell) {
  if (cell.null) return nullptr;
  switch (kind) {
    case Kind::count:
    case Kind::number: return cell.value;
    case Kind::money: return fen_to_yuan(cell.value);
    case Kind::rate: return cell.rate ? Json(*cell.rate) : Json(nullptr);
    case Kind::flag: return cell.value != 0;
    case Kind::tenths: return records::tenths_json(cell.value);
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

// A section under its key in `into`: a comparison as two objects, rows as an
// array of objects, a compound section as one object (section.hpp).
void put(Json& into, const Section& section) {
  const auto& comparison = section.comparison;
  if (!section.parts.empty()) {
    Json object = comparison ? figures_json(comparison->now) : Json::object();
    for (const auto& part : section.parts) put(object, part);
    if (comparison) object[comparison->previous_key] = figures_json(comparison->before);
    into[section.key] = std::move(object);
    return;
  }
  if (comparison) {
    into[section.key] = figures_json(comparison->now);
    into[comparison->previous_key] = figures_json(comparison->before);
    return;
  }
  Json rows = Json::array();
  for (const auto& row : section.rows) {
    Json& object = rows.emplace_back(Json::object());
    for (std::size_t c = 0; c < section.columns.size(); ++c)
      object[section.columns[c].key] = value(kind_of(section.columns[c], row.cells[c]), row.cells[c]);
  }
  into[section.key] = std::move(rows);
}

}  // namespace

std::string render_json(const Report& report, const std::vector<Section>& sections) {
  Json out;
  out["period"] = period_json(report.period);
  out["previous_period"] = period_json(report.previous_period);
  out["station"] = report.station ? Json(*report.station) : Json(nullptr);
  for (const auto& section : sections) put(out, section);
  return out.dump(2) + "\n";
}

}  // namespace pingan::report
