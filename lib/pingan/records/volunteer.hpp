#pragma once
// The volunteer police team (平安义警): volunteers, the tasks posted to the
// team, and their participations in a duty (履职) with the points earned.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "pingan/config.hpp"
#include "pingan/records/fields.hpp"
#include "pingan/values.hpp"

namespace pingan::records {

struct Volunteer {
  std::int64_t id = 0;
  std::string uid;
  std::string name;
  std::optional<std::string> phone;
  std::int64_t station_id = 0;
  std::string station;
  std::optional<std::string> group;  // vocabulary code (volunteer_group)
  std::optional<std::string> org;
  Date joined;
  std::optional<Date> left;  // the last day active
  std::optional<std::string> note;
  std::string created_at;
  std::string updated_at;
  // Active on `day`: from the day they joined through the day they left.
  bool active_on(Date day) const { return joined <= day && (!left || day <= *left); }
};

// Keys: id, uid, name, phone, station, group, org, joined, left, note (phone
// as stored: views mask it).
nlohmann::ordered_json to_json(const Volunteer& volunteer);
nlohmann::ordered_json stored_json(const Volunteer& volunteer);
// Sets every field given (name, phone, group, org, joined, note).
void apply_fields(Volunteer& volunteer, const TextFields& fields, const Config& config, Date today);

// A participation in a duty, or a points adjustment (duty "adjustment").
struct Duty {
  std::int64_t id = 0;
  std::string uid;
  Date date;
  std::int64_t station_id = 0;
  std::string station;
  std::int64_t volunteer_id = 0;
  std::string volunteer;  // the volunteer's name
  std::string volunteer_uid;
  std::string duty;           // vocabulary code, or "adjustment"
  std::int64_t hours = 0;     // tenths of an hour
  std::int64_t points = 0;    // tenths of a point
  std::optional<std::string> place;
  std::optional<std::int64_t> event_id;
  std::optional<std::string> event_uid;
  std::optional<std::int64_t> task_id;
  std::optional<std::string> task_uid;
  bool adopted = false;
  std::optional<std::string> reason;  // an adjustment's
  std::optional<std::string> note;
  std::string created_at;
  std::string updated_at;
};
inline constexpr const char* kAdjustment = "adjustment";

// Keys: id, uid, date, station, volunteer, volunteer_uid, duty, hours,
// points, place, event_uid, task_uid, adopted, reason, note.
nlohmann::ordered_json to_json(const Duty& duty);
nlohmann::ordered_json stored_json(const Duty& duty);

// The points a participation earns under `rule`: per participation + per
// hour × hours (+ the adoption bonus), in tenths, rounded half up.
std::int64_t duty_points(const DutyRule& rule, std::int64_t hours_tenths, bool adopted);

// Hours 0 … 24 in steps of 0.5 ("2.5"), as tenths.
std::int64_t parse_hours(std::string_view text, std::string_view field);
// Points with at most one decimal, may be negative ("-3.5"), as tenths;
// not 0, at most 10,000 either way.
std::int64_t parse_points(std::string_view text, std::string_view field);
// The points a participation earned, as stored (0 … 10,000, one decimal).
std::int64_t parse_earned_points(std::string_view text, std::string_view field);
// Tenths as people read them: 75 → "7.5", 80 → "8".
std::string format_tenths(std::int64_t tenths);
// Tenths as a JSON number: 75 → 7.5, 80 → 8.
nlohmann::ordered_json tenths_json(std::int64_t tenths);

// A task posted to the team.
struct Task {
  std::int64_t id = 0;
  std::string uid;
  Date date;
  std::int64_t station_id = 0;
  std::string station;
  std::string duty;  // vocabulary code
  std::string place;
  std::optional<std::int64_t> slots;
  std::int64_t hours = 0;  // tenths
  std::string status = "open";  // open or done
  std::vector<std::string> signups;       // volunteer uids, in the order they joined
  std::vector<std::string> signup_names;  // their names
  std::optional<std::string> note;
  std::string created_at;
  std::string updated_at;
};

// Keys: id, uid, date, station, duty, place, slots, hours, status, signups, note.
nlohmann::ordered_json to_json(const Task& task);
nlohmann::ordered_json stored_json(const Task& task);

}  // namespace pingan::records
