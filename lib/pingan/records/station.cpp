#include "pingan/records/station.hpp"

namespace pingan::records {
namespace {

using Json = nlohmann::ordered_json;
Json optional(const std::optional<std::string>& value) { return value ? Json(*value) : Json(nullptr); }

}  // namespace

Json to_json(const Station& station) {
  return {{"id", station.id}, {"name", station.name}, {"code", optional(station.code)},
          {"bureau", optional(station.bureau)},
          {"population", station.population ? Json(*station.population) : Json(nullptr)},
          {"retired", station.retired ? Json(station.retired->iso()) : Json(nullptr)}};
}

Json stored_json(const Station& station) {
  Json out = to_json(station);
  out["uid"] = station.uid;
  return out;
}

}  // namespace pingan::records
