#pragma once
// How a refund-assistance case is shown: personal data masked, statuses as
// words, the age of an unfinished case and whether it is overdue.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>

#include "pingan/records/case.hpp"
#include "pingan/vocab.hpp"

namespace pingan::views {

// A status as people read it: 已受理, 已提交平台, 已退款, 被拒绝, 已撤回 in Chinese;
// the code itself in English.
std::string_view status_label(std::string_view status, Lang lang);

struct CaseView {
  Date today;
  int overdue_days = 7;
  bool reveal = false;         // names and phones unmasked (case show --reveal, export)
  bool with_timeline = false;
};
// Days from opening to `day` for an unfinished case, nothing once final.
std::optional<std::int64_t> case_age(const records::Case& c, Date day);
// Keys: id, uid, opened, station, name, phone, category, platform, amount,
// recovered, status, officer, note, age_days, overdue[, timeline]; money in yuan.
nlohmann::ordered_json to_json(const records::Case& c, const CaseView& view);

}  // namespace pingan::views
