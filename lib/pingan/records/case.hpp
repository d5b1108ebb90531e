#pragma once
// Refund-assistance cases (退费/挽损求助) and their status timeline:
//   open → submitted → refunded | rejected;  open/submitted → withdrawn.
// Leaving a final status (refunded, rejected, withdrawn) needs `reopen`.
// The same rules check a status change typed in and a whole imported timeline.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pingan/config.hpp"
#include "pingan/records/fields.hpp"
#include "pingan/values.hpp"

namespace pingan::records {

inline constexpr const char* kCaseStatuses[] = {"open", "submitted", "refunded", "rejected", "withdrawn"};
bool is_final_status(std::string_view status);
bool is_status(std::string_view text);
// A status's Chinese label (open → 已受理, …).
std::string_view status_label_zh(std::string_view status);
// A status by code or Chinese label; InputError(field) listing them otherwise.
std::string parse_status(std::string_view text, std::string_view field = "--status");

struct CaseUpdate {
  Date date;
  std::string status;
  Fen recovered = 0;
  std::optional<std::string> note;
  std::optional<std::string> by;
};

struct Case {
  std::int64_t id = 0;
  std::string uid;
  Date opened;
  std::int64_t station_id = 0;
  std::string station;
  std::string name;
  std::optional<std::string> phone;
  std::string category;  // vocabulary code
  std::optional<std::string> platform;
  Fen amount = 0;
  Fen recovered = 0;      // what a refund returned; 0 until refunded
  std::string status = "open";
  Date status_date;       // date of the latest timeline entry
  std::optional<std::string> officer;
  std::optional<std::string> note;
  std::vector<CaseUpdate> timeline;  // oldest first, beginning with "open"
  std::string created_at;
  std::string updated_at;
};

// The fields a case cannot be without (the station aside).
inline const std::vector<std::string> kCaseRequired = {"name", "category", "amount"};

// Sets every field `fields` gives (opened, name, phone, category, amount,
// platform, officer, note), each through its value's parser; InputError
// naming the field otherwise. An optional text given empty is cleared.
void apply_fields(Case& c, const TextFields& fields, const Config& config, Date today);

// How errors about a timeline step name its fields.
struct StepFields {
  std::string_view status = "--status";
  std::string_view recovered = "--recovered";
  std::string_view date = "--date";
};

// Checks that `next` may follow the case's latest entry (allowed transition,
// recovered only with refunded and never above the amount, dates never going
// back, none after today); InputError naming the step's field otherwise.
// `reopen` allows leaving a final status.
void check_step(const Case& c, const CaseUpdate& next, bool reopen, Date today, const StepFields& fields = {});

// Checks a whole timeline (an imported case): it begins with the opening
// entry and every later entry is a step check_step allows (leaving a final
// status counting as a reopening); then sets status, status_date and
// recovered from it.
void apply_timeline(Case& c, std::vector<CaseUpdate> timeline, Date today);

// The stored fields, for the audit: money in fen, the timeline, unmasked.
nlohmann::ordered_json stored_json(const Case& c);

}  // namespace pingan::records
