#include "pingan/records/event.hpp"

#include <algorithm>

namespace pingan::records {
namespace {

using Json = nlohmann::ordered_json;

}  // namespace

std::string linked_install_uid(const std::string& event_uid) { return event_uid + "-installs"; }

Json to_json(const Event& event) {
  return {{"id", event.id},
          {"uid", event.uid},
          {"date", event.date.iso()},
          {"station", event.station},
          {"venue", event.venue},
          {"place", event.place},
          {"audience", event.audience},
          {"materials", event.materials},
          {"installs", event.installs},
          {"topics", event.topics},
          {"officers", event.officers},
          {"note", event.note ? Json(*event.note) : Json(nullptr)},
          {"created_at", event.created_at},
          {"updated_at", event.updated_at}};
}

Json stored_json(const Event& event) {
  Json out = to_json(event);
  out.erase("installs");  // the linked install records' sum, audited as installs
  return out;
}

void apply_fields(Event& event, const TextFields& fields, const Config& config, Date today) {
  when_given(fields, "venue", [&](const std::string& v, const std::string& f) { event.venue = config.venues.resolve(v, f).code; });
  when_given(fields, "place", [&](const std::string& v, const std::string& f) { event.place = parse_name(v, f); });
  when_given(fields, "audience", [&](const std::string& v, const std::string& f) { event.audience = parse_count(v, f); });
  when_given(fields, "date", [&](const std::string& v, const std::string& f) { event.date = parse_date(v, today, f); });
  when_given(fields, "materials", [&](const std::string& v, const std::string& f) { event.materials = parse_count(v, f); });
  when_given(fields, "installs", [&](const std::string& v, const std::string& f) { event.installs = parse_count(v, f); });
  when_given(fields, "note", [&](const std::string& v, const std::string& f) { event.note = optional_text(v, f, parse_note); });
  if (auto topics = fields.list("topics")) {
    event.topics.clear();
    for (const auto& text : split_items(*topics)) {
      const std::string& code = config.topics.resolve(text, fields.name("topics")).code;
      if (std::ranges::find(event.topics, code) == event.topics.end()) event.topics.push_back(code);
    }
  }
  if (auto officers = fields.list("officers")) {
    event.officers.clear();
    for (const auto& text : split_items(*officers)) event.officers.push_back(parse_name(text, fields.name("officers")));
  }
}

}  // namespace pingan::records
