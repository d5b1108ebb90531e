#include "pingan/records/volunteer.hpp"

#include <fmt/format.h>

#include "pingan/errors.hpp"
#include "pingan/i18n.hpp"

namespace pingan::records {
namespace {

using Json = nlohmann::ordered_json;
Json optional(const std::optional<std::string>& value) { return value ? Json(*value) : Json(nullptr); }

}  // namespace

Json to_json(const Volunteer& volunteer) {
  return {{"id", volunteer.id},
          {"uid", volunteer.uid},
          {"name", volunteer.name},
          {"phone", optional(volunteer.phone)},
          {"station", volunteer.station},
          {"group", optional(volunteer.group)},
          {"org", optional(volunteer.org)},
          {"joined", volunteer.joined.iso()},
          {"left", volunteer.left ? Json(volunteer.left->iso()) : Json(nullptr)},
          {"note", optional(volunteer.note)}};
}

Json stored_json(const Volunteer& volunteer) {
  Json out = to_json(volunteer);
  out["created_at"] = volunteer.created_at;
  out["updated_at"] = volunteer.updated_at;
  return out;
}

void apply_fields(Volunteer& volunteer, const TextFields& fields, const Config& config, Date today) {
  when_given(fields, "name", [&](const std::string& v, const std::string& f) { volunteer.name = parse_name(v, f); });
  when_given(fields, "phone", [&](const std::string& v, const std::string& f) { volunteer.phone = optional_text(v, f, parse_phone); });
  when_given(fields, "group", [&](const std::string& v, const std::string& f) {
    volunteer.group = v.empty() ? std::nullopt : std::optional(config.volunteer_groups.resolve(v, f).code);
  });
  when_given(fields, "org", [&](const std::string& v, const std::string& f) { volunteer.org = optional_text(v, f, parse_name); });
  when_given(fields, "joined", [&](const std::string& v, const std::string& f) { volunteer.joined = parse_date(v, today, f); });
  when_given(fields, "note", [&](const std::string& v, const std::string& f) { volunteer.note = optional_text(v, f, parse_note); });
}

Json to_json(const Duty& duty) {
  return {{"id", duty.id},
          {"uid", duty.uid},
          {"date", duty.date.iso()},
          {"station", duty.station},
          {"volunteer", duty.volunteer},
          {"volunteer_uid", duty.volunteer_uid},
          {"duty", duty.duty},
          {"hours", tenths_json(duty.hours)},
          {"points", tenths_json(duty.points)},
          {"place", optional(duty.place)},
          {"event_uid", optional(duty.event_uid)},
          {"task_uid", optional(duty.task_uid)},
          {"adopted", duty.adopted},
          {"reason", optional(duty.reason)},
          {"note", optional(duty.note)}};
}

Json stored_json(const Duty& duty) {
  Json out = to_json(duty);
  out["hours_tenths"] = duty.hours;
  out["points_tenths"] = duty.points;
  out.erase("hours");
  out.erase("points");
  out["created_at"] = duty.created_at;
  out["updated_at"] = duty.updated_at;
  return out;
}

std::int64_t duty_points(const DutyRule& rule, std::int64_t hours_tenths, bool adopted) {
  // per_hour (tenths of a point) × hours (tenths of an hour) is in
  // hundredths: rounded half up to tenths.
  const std::int64_t hourly = (rule.per_hour * hours_tenths + 5) / 10;
  return rule.points + hourly + (adopted ? rule.adopted_bonus : 0);
}

std::int64_t parse_hours(std::string_view text, std::string_view field) {
  const auto tenths = tenths_of(text);
  if (!tenths || *tenths < 0 || *tenths > 240 || *tenths % 5 != 0)
    throw InputError(std::string(field), trf("give hours from 0 to 24 in steps of 0.5, like 2 or 2.5, not {}",
                                             quoted(text)));
  return *tenths;
}

std::int64_t parse_points(std::string_view text, std::string_view field) {
  const auto tenths = tenths_of(text);
  if (!tenths || *tenths == 0 || *tenths > 100000 || *tenths < -100000)
    throw InputError(std::string(field), trf("give points with at most one decimal, like 5, -3 or 2.5 (not 0), not {}",
                                             quoted(text)));
  return *tenths;
}

std::int64_t parse_earned_points(std::string_view text, std::string_view field) {
  const auto tenths = tenths_of(text);
  if (!tenths || *tenths < 0 || *tenths > 100000)
    throw InputError(std::string(field), trf("give points from 0 with at most one decimal, like 4 or 4.5, not {}",
                                             quoted(text)));
  return *tenths;
}

std::string format_tenths(std::int64_t tenths) {
  const std::string sign = tenths < 0 ? "-" : "";
  const std::int64_t magnitude = tenths < 0 ? -tenths : tenths;
  return magnitude % 10 == 0 ? fmt::format("{}{}", sign, magnitude / 10)
                             : fmt::format("{}{}.{}", sign, magnitude / 10, magnitude % 10);
}

Json tenths_json(std::int64_t tenths) {
  if (tenths % 10 == 0) return tenths / 10;
  return static_cast<double>(tenths) / 10.0;
}

Json to_json(const Task& task) {
  return {{"id", task.id},
          {"uid", task.uid},
          {"date", task.date.iso()},
          {"station", task.station},
          {"duty", task.duty},
          {"place", task.place},
          {"slots", task.slots ? Json(*task.slots) : Json(nullptr)},
          {"hours", tenths_json(task.hours)},
          {"status", task.status},
          {"signups", task.signups},
          {"note", optional(task.note)}};
}

Json stored_json(const Task& task) {
  Json out = to_json(task);
  out["hours_tenths"] = task.hours;
  out.erase("hours");
  out["created_at"] = task.created_at;
  out["updated_at"] = task.updated_at;
  return out;
}

}  // namespace pingan::records
