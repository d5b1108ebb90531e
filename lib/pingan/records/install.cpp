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

void apply_fields(Install& install, const TextFields& fields, const Config& config, Date today) {
  when_given(fields, "count", [&](const std::string& v, const std::string& f) { install.count = parse_count(v, f); });
  when_given(fields, "date", [&](const std::string& v, const std::string& f) { install.date = parse_date(v, today, f); });
  when_given(fields, "venue", [&](const std::string& v, const std::string& f) { install.venue = config.venues.resolve(v, f).code; });
  when_given(fields, "place", [&](const std::string& v, const std::string& f) { install.place = optional_text(v, f, parse_name); });
  when_given(fields, "note", [&](const std::string& v, const std::string& f) { install.note = optional_text(v, f, parse_note); });
}

Json stored_json(const Install& install) {
  Json out = to_json(install);
  out["created_at"] = install.created_at;
  out["updated_at"] = install.updated_at;
  return out;
}

}  // namespace pingan::records
