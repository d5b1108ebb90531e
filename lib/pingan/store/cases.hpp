#pragma once
// Refund-assistance cases (退费/挽损求助) and their status timeline:
//   open → submitted → refunded | rejected;  open/submitted → withdrawn.
// Leaving a final status (refunded, rejected, withdrawn) needs `reopen`.
#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pingan/store/ledger.hpp"
#include "pingan/values.hpp"
#include "pingan/vocab.hpp"

namespace pingan::store {

inline constexpr const char* kCaseStatuses[] = {"open", "submitted", "refunded", "rejected", "withdrawn"};
bool is_final_status(std::string_view status);
bool is_status(std::string_view text);
// A status as people read it: 已受理, 已提交平台, 已退款, 被拒绝, 已撤回 in Chinese;
// the code itself in English.
const char* status_label(std::string_view status, Lang lang);
// InputError("--status") listing the statuses when `text` is not one.
std::string parse_status(std::string_view text);

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
};

// How a case is shown: personal data masked unless `reveal`; age counted to
// `today`; the timeline only when `with_timeline`.
struct CaseView {
  Date today;
  int overdue_days = 7;
  bool reveal = false;
  bool with_timeline = false;
};
// Days from opening to `day` for an unfinished case, nothing once final.
std::optional<std::int64_t> case_age(const Case& c, Date day);
// Keys: id, uid, opened, station, name, phone, category, platform, amount,
// recovered, status, officer, note, age_days, overdue[, timeline]; money in yuan.
nlohmann::ordered_json to_json(const Case& c, const CaseView& view);

// Inserts the case with its opening timeline entry (by the case's officer).
Case open_case(Ledger& ledger, Case c);
// Inserts the whole case as given (status, recovered, timeline), for import.
// Use inside a write transaction; the caller writes the audit. Returns the id.
std::int64_t insert_case(Ledger& ledger, const Case& c);
// NotFound("case N not found").
Case get_case(Ledger& ledger, std::int64_t id);

struct StatusChange {
  std::string status;
  std::optional<Fen> recovered;  // only with "refunded"; default the full amount
  Date date;
  std::optional<std::string> note;
  std::optional<std::string> by;
  bool reopen = false;
};
// Applies the change if the lifecycle allows it (InputError otherwise, naming
// --status, --recovered or --date) and appends it to the timeline.
Case update_case(Ledger& ledger, std::int64_t id, const StatusChange& change);

struct CaseFilter {
  std::optional<Date> from;  // of opening
  std::optional<Date> to;
  std::optional<std::int64_t> station_id;
  // "all", "open" (not final), "closed" (final), or one status.
  std::string status = "all";
};
// Oldest first (by opening date, then id); timelines not loaded.
std::vector<Case> list_cases(Ledger& ledger, const CaseFilter& filter);
// The same, one at a time (with timelines when asked), without holding them
// all in memory.
void for_each_case(Ledger& ledger, const CaseFilter& filter, bool with_timeline,
                   const std::function<void(const Case&)>& visit);

}  // namespace pingan::store
