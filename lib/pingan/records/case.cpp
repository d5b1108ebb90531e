#include "pingan/records/case.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "pingan/errors.hpp"
#include "pingan/i18n.hpp"

namespace pingan::records {
namespace {

bool allowed(std::string_view from, std::string_view to) {
  if (from == "open") return to == "submitted" || to == "withdrawn";
  if (from == "submitted") return to == "refunded" || to == "rejected" || to == "withdrawn";
  return false;
}

std::string case_name(const Case& c) { return c.id > 0 ? trf("case {}", c.id) : tr("the case"); }

}  // namespace

bool is_final_status(std::string_view status) {
  return status == "refunded" || status == "rejected" || status == "withdrawn";
}

bool is_status(std::string_view text) {
  return std::ranges::any_of(kCaseStatuses, [text](const char* status) { return text == status; });
}

std::string_view status_label_zh(std::string_view status) {
  if (status == "open") return "已受理";
  if (status == "submitted") return "已提交平台";
  if (status == "refunded") return "已退款";
  if (status == "rejected") return "被拒绝";
  if (status == "withdrawn") return "已撤回";
  return status;
}

std::string parse_status(std::string_view text, std::string_view field) {
  for (const char* status : kCaseStatuses)
    if (text == status || text == status_label_zh(status)) return status;
  throw InputError(std::string(field),
                   trf("unknown status \"{}\"; valid: open (已受理), submitted (已提交平台), refunded (已退款), "
                       "rejected (被拒绝), withdrawn (已撤回)",
                       text));
}

void apply_fields(Case& c, const TextFields& fields, const Config& config, Date today) {
  when_given(fields, "opened", [&](const std::string& v, const std::string& f) { c.opened = parse_date(v, today, f); });
  when_given(fields, "name", [&](const std::string& v, const std::string& f) { c.name = parse_name(v, f); });
  when_given(fields, "phone", [&](const std::string& v, const std::string& f) { c.phone = optional_text(v, f, parse_phone); });
  when_given(fields, "category", [&](const std::string& v, const std::string& f) { c.category = config.categories.resolve(v, f).code; });
  when_given(fields, "amount", [&](const std::string& v, const std::string& f) { c.amount = parse_money(v, f); });
  when_given(fields, "platform", [&](const std::string& v, const std::string& f) { c.platform = optional_text(v, f, parse_name); });
  when_given(fields, "officer", [&](const std::string& v, const std::string& f) { c.officer = optional_text(v, f, parse_name); });
  when_given(fields, "note", [&](const std::string& v, const std::string& f) { c.note = optional_text(v, f, parse_note); });
}

void check_step(const Case& c, const CaseUpdate& next, bool reopen, Date today, const StepFields& fields) {
  const std::string status_field(fields.status), recovered_field(fields.recovered), date_field(fields.date);
  const CaseUpdate& last = c.timeline.back();
  if (next.status == last.status)
    throw InputError(status_field, trf("{} is already {}", case_name(c), last.status));
  if (is_final_status(last.status)) {
    if (!reopen)
      throw InputError(status_field,
                       trf("{} is {}, a final status; add --reopen to change it", case_name(c), last.status));
  } else if (!allowed(last.status, next.status)) {
    throw InputError(status_field, trf("{} cannot go from {} to {} (open → submitted → refunded | rejected; "
                                       "open or submitted → withdrawn)",
                                       case_name(c), last.status, next.status));
  }
  if (next.status != "refunded" && next.recovered != 0)
    throw InputError(recovered_field, tr("only goes with --status refunded"));
  if (next.recovered > c.amount)
    throw InputError(recovered_field,
                     trf("{} is more than the case's amount {}", format_yuan(next.recovered), format_yuan(c.amount)));
  if (next.status == "refunded" && next.recovered <= 0)
    throw InputError(recovered_field, tr("a refund must recover more than 0; use --status rejected instead"));
  if (next.date < last.date)
    throw InputError(date_field,
                     trf("{} is before the case's last update ({})", next.date.iso(), last.date.iso()));
  if (next.date > today) throw InputError(date_field, trf("{} is after today ({})", next.date.iso(), today.iso()));
}

void apply_timeline(Case& c, std::vector<CaseUpdate> timeline, Date today) {
  if (timeline.empty() || timeline.front().status != "open" || timeline.front().date != c.opened ||
      timeline.front().recovered != 0)
    throw InputError("timeline", tr("must begin with the opening entry (status open, dated as opened)"));
  const StepFields fields{"timeline.status", "timeline.recovered", "timeline.date"};
  c.timeline = {timeline.front()};
  for (std::size_t i = 1; i < timeline.size(); ++i) {
    check_step(c, timeline[i], true, today, fields);
    c.timeline.push_back(std::move(timeline[i]));
  }
  c.status = c.timeline.back().status;
  c.status_date = c.timeline.back().date;
  c.recovered = c.timeline.back().recovered;
}

nlohmann::ordered_json stored_json(const Case& c) {
  using Json = nlohmann::ordered_json;
  auto optional = [](const std::optional<std::string>& value) { return value ? Json(*value) : Json(nullptr); };
  Json out{{"id", c.id},
           {"uid", c.uid},
           {"opened", c.opened.iso()},
           {"station", c.station},
           {"name", c.name},
           {"phone", optional(c.phone)},
           {"category", c.category},
           {"platform", optional(c.platform)},
           {"amount_fen", c.amount},
           {"recovered_fen", c.recovered},
           {"status", c.status},
           {"status_date", c.status_date.iso()},
           {"officer", optional(c.officer)},
           {"note", optional(c.note)}};
  out["timeline"] = Json::array();
  for (const auto& step : c.timeline)
    out["timeline"].push_back({{"date", step.date.iso()},
                               {"status", step.status},
                               {"recovered_fen", step.recovered},
                               {"note", optional(step.note)},
                               {"by", optional(step.by)}});
  out["created_at"] = c.created_at;
  out["updated_at"] = c.updated_at;
  return out;
}

}  // namespace pingan::records
