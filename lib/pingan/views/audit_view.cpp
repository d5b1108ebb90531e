#include "pingan/views/audit_view.hpp"

#include "pingan/records/kinds.hpp"
#include "pingan/views/mask.hpp"

namespace pingan::views {
namespace {

using Json = nlohmann::ordered_json;

// A stored value as people may see it.
Json masked(const std::string& kind_name, const std::string& field, const Json& value) {
  const records::Kind* kind = records::find_kind(kind_name);
  if (!value.is_string() || !kind) return value;
  const bool a_case = kind == &records::case_kind();
  if (a_case && field == "name") return mask_name(value.get<std::string>());
  if ((a_case || kind == &records::volunteer_kind()) && field == "phone") return mask_phone(value.get<std::string>());
  return value;
}

}  // namespace

Json audit_changes(const store::AuditEntry& entry) {
  Json changes = Json::object();
  const Json none;
  const auto field = [&](const std::string& key) {
    const Json& before = entry.before.is_object() && entry.before.contains(key) ? entry.before[key] : none;
    const Json& after = entry.after.is_object() && entry.after.contains(key) ? entry.after[key] : none;
    if (before != after || entry.before.is_null() || entry.after.is_null())
      changes[key] = Json::array({masked(entry.kind, key, before), masked(entry.kind, key, after)});
  };
  // Fields in the record's own order: those it had, then any it gained.
  if (entry.before.is_object())
    for (const auto& [key, value] : entry.before.items()) field(key);
  if (entry.after.is_object())
    for (const auto& [key, value] : entry.after.items())
      if (!entry.before.is_object() || !entry.before.contains(key)) field(key);
  return changes;
}

Json to_json(const store::AuditEntry& entry) {
  return {{"id", entry.id},
          {"at", entry.at},
          {"user", entry.user},
          {"action", entry.action},
          {"kind", entry.kind},
          {"record_uid", entry.record_uid},
          {"record_id", entry.record_id ? Json(*entry.record_id) : Json(nullptr)},
          {"changes", audit_changes(entry)}};
}

}  // namespace pingan::views
