#include "pingan/views/case_view.hpp"

#include "pingan/views/mask.hpp"

namespace pingan::views {

std::string_view status_label(std::string_view status, Lang lang) {
  if (!records::is_status(status)) return "?";
  return lang == Lang::zh ? records::status_label_zh(status) : status;
}

std::optional<std::int64_t> case_age(const records::Case& c, Date day) {
  if (records::is_final_status(c.status)) return std::nullopt;
  return day.days() - c.opened.days();
}

nlohmann::ordered_json to_json(const records::Case& c, const CaseView& view) {
  using Json = nlohmann::ordered_json;
  auto optional = [](const std::optional<std::string>& value) { return value ? Json(*value) : Json(nullptr); };
  Json out;
  out["id"] = c.id;
  out["uid"] = c.uid;
  out["opened"] = c.opened.iso();
  out["station"] = c.station;
  out["name"] = view.reveal ? c.name : mask_name(c.name);
  out["phone"] = c.phone ? Json(view.reveal ? *c.phone : mask_phone(*c.phone)) : Json(nullptr);
  out["category"] = c.category;
  out["platform"] = optional(c.platform);
  out["amount"] = fen_to_yuan(c.amount);
  out["recovered"] = fen_to_yuan(c.recovered);
  out["status"] = c.status;
  out["officer"] = optional(c.officer);
  out["note"] = optional(c.note);
  const auto age = case_age(c, view.today);
  out["age_days"] = age ? Json(*age) : Json(nullptr);
  out["overdue"] = age && *age > view.overdue_days;
  if (view.with_timeline) {
    out["timeline"] = Json::array();
    for (const auto& update : c.timeline)
      out["timeline"].push_back({{"date", update.date.iso()},
                                 {"status", update.status},
                                 {"recovered", fen_to_yuan(update.recovered)},
                                 {"note", optional(update.note)},
                                 {"by", optional(update.by)}});
  }
  return out;
}

}  // namespace pingan::views
