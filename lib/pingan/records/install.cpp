#include "pingan/records/install.hpp"

namespace pingan::records {
namespace {

using Json = nlohmann::ordered_json;
Json optional(const std::optional<std::string>& value) { return value ? Json(*value) : Json(nullptr); }

}  // namespace

Json to_json(const Install& install) {
  return {{"id", install.id},
          {"uid", install.uid},
          {"date", install.date.iso()},
          {"station", install.station},
          {"venue", install.venue},
          {"place", optional(install.place)},
          {"count", install.count},
          {"event_id", install.event_id ? Json(*install.event_id) : Json(nullptr)},
          {"event_uid", optional(install.event_uid)},
          {"note", optional(install.note)}};
}

Json stored_json(const Install& install) {
  Json out = to_json(install);
  out["created_at"] = install.created_at;
  out["updated_at"] = install.updated_at;
  return out;
}

}  // namespace pingan::records
