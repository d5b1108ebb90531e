#include "pingan/store/cases.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <algorithm>

#include "pingan/errors.hpp"
#include "pingan/mask.hpp"
#include "pingan/store/audit.hpp"
#include "pingan/store/sql.hpp"

namespace pingan::store {
namespace {

constexpr const char* kSelect = R"(
SELECT c.id, c.uid, c.opened, c.station_id, s.name, c.name, c.phone, c.category, c.platform,
       c.amount_fen, c.recovered_fen, c.status, c.status_date, c.officer, c.note
FROM refund_case c JOIN station s ON s.id = c.station_id
)";

Case read_case(SQLite::Statement& row) {
  Case c;
  c.id = row.getColumn(0).getInt64();
  c.uid = row.getColumn(1).getString();
  c.opened = parse_iso_date(row.getColumn(2).getString(), "case.opened");
  c.station_id = row.getColumn(3).getInt64();
  c.station = row.getColumn(4).getString();
  c.name = row.getColumn(5).getString();
  c.phone = optional_text(row.getColumn(6));
  c.category = row.getColumn(7).getString();
  c.platform = optional_text(row.getColumn(8));
  c.amount = row.getColumn(9).getInt64();
  c.recovered = row.getColumn(10).getInt64();
  c.status = row.getColumn(11).getString();
  c.status_date = parse_iso_date(row.getColumn(12).getString(), "case.status_date");
  c.officer = optional_text(row.getColumn(13));
  c.note = optional_text(row.getColumn(14));
  return c;
}

std::vector<CaseUpdate> read_timeline(Ledger& ledger, std::int64_t id) {
  SQLite::Statement query(ledger.db(),
                          "SELECT date, status, recovered_fen, note, by FROM case_update WHERE case_id = ? ORDER BY seq");
  query.bind(1, id);
  std::vector<CaseUpdate> out;
  while (query.executeStep())
    out.push_back({parse_iso_date(query.getColumn(0).getString(), "case_update.date"), query.getColumn(1).getString(),
                   query.getColumn(2).getInt64(), optional_text(query.getColumn(3)), optional_text(query.getColumn(4))});
  return out;
}

void append_update(Ledger& ledger, std::int64_t id, std::size_t seq, const CaseUpdate& update) {
  SQLite::Statement insert(ledger.db(), R"(
INSERT INTO case_update (case_id, seq, date, status, recovered_fen, note, by, recorded_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?))");
  insert.bind(1, id);
  insert.bind(2, static_cast<std::int64_t>(seq));
  insert.bind(3, update.date.iso());
  insert.bind(4, update.status);
  insert.bind(5, update.recovered);
  bind_optional(insert, 6, update.note);
  bind_optional(insert, 7, update.by);
  insert.bind(8, utc_now());
  insert.exec();
}

bool allowed(std::string_view from, std::string_view to) {
  if (from == "open") return to == "submitted" || to == "withdrawn";
  if (from == "submitted") return to == "refunded" || to == "rejected" || to == "withdrawn";
  return false;
}

}  // namespace

bool is_final_status(std::string_view status) {
  return status == "refunded" || status == "rejected" || status == "withdrawn";
}

bool is_status(std::string_view text) {
  return std::ranges::any_of(kCaseStatuses, [text](const char* status) { return text == status; });
}

const char* status_label(std::string_view status, Lang lang) {
  const bool zh = lang == Lang::zh;
  if (status == "open") return zh ? "已受理" : "open";
  if (status == "submitted") return zh ? "已提交平台" : "submitted";
  if (status == "refunded") return zh ? "已退款" : "refunded";
  if (status == "rejected") return zh ? "被拒绝" : "rejected";
  if (status == "withdrawn") return zh ? "已撤回" : "withdrawn";
  return "?";
}

std::string parse_status(std::string_view text) {
  if (is_status(text)) return std::string(text);
  throw InputError("--status", fmt::format("unknown status \"{}\"; valid: open, submitted, refunded, rejected, withdrawn", text));
}

std::optional<std::int64_t> case_age(const Case& c, Date day) {
  if (is_final_status(c.status)) return std::nullopt;
  return day.days() - c.opened.days();
}

nlohmann::ordered_json to_json(const Case& c, const CaseView& view) {
  using Json = nlohmann::ordered_json;
  Json out;
  out["id"] = c.id;
  out["uid"] = c.uid;
  out["opened"] = c.opened.iso();
  out["station"] = c.station;
  out["name"] = view.reveal ? c.name : mask_name(c.name);
  out["phone"] = c.phone ? Json(view.reveal ? *c.phone : mask_phone(*c.phone)) : Json(nullptr);
  out["category"] = c.category;
  out["platform"] = json_or_null(c.platform);
  out["amount"] = fen_to_yuan(c.amount);
  out["recovered"] = fen_to_yuan(c.recovered);
  out["status"] = c.status;
  out["officer"] = json_or_null(c.officer);
  out["note"] = json_or_null(c.note);
  const auto age = case_age(c, view.today);
  out["age_days"] = age ? Json(*age) : Json(nullptr);
  out["overdue"] = age && *age > view.overdue_days;
  if (view.with_timeline) {
    out["timeline"] = Json::array();
    for (const auto& update : c.timeline)
      out["timeline"].push_back({{"date", update.date.iso()},
                                 {"status", update.status},
                                 {"recovered", fen_to_yuan(update.recovered)},
                                 {"note", json_or_null(update.note)},
                                 {"by", json_or_null(update.by)}});
  }
  return out;
}

std::int64_t insert_case(Ledger& ledger, const Case& c) {
  const std::string now = utc_now();
  SQLite::Statement insert(ledger.db(), R"(
INSERT INTO refund_case (uid, opened, station_id, name, phone, category, platform, amount_fen, recovered_fen,
                         status, status_date, officer, note, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))");
  insert.bind(1, c.uid);
  insert.bind(2, c.opened.iso());
  insert.bind(3, c.station_id);
  insert.bind(4, c.name);
  bind_optional(insert, 5, c.phone);
  insert.bind(6, c.category);
  bind_optional(insert, 7, c.platform);
  insert.bind(8, c.amount);
  insert.bind(9, c.recovered);
  insert.bind(10, c.status);
  insert.bind(11, c.status_date.iso());
  bind_optional(insert, 12, c.officer);
  bind_optional(insert, 13, c.note);
  insert.bind(14, now);
  insert.bind(15, now);
  insert.exec();
  const auto id = ledger.db().getLastInsertRowid();
  for (std::size_t seq = 0; seq < c.timeline.size(); ++seq) append_update(ledger, id, seq, c.timeline[seq]);
  return id;
}

Case open_case(Ledger& ledger, Case c) {
  return ledger.write([&] {
    if (c.uid.empty()) c.uid = new_uid();
    c.status = "open";
    c.status_date = c.opened;
    c.recovered = 0;
    c.timeline = {{c.opened, "open", 0, c.note, c.officer}};
    Case stored = get_case(ledger, insert_case(ledger, c));
    record_audit(ledger, "add", "case", stored.uid, nullptr, to_json(stored, {stored.opened, 0, true, true}));
    return stored;
  });
}

Case get_case(Ledger& ledger, std::int64_t id) {
  SQLite::Statement query(ledger.db(), std::string(kSelect) + "WHERE c.id = ?");
  query.bind(1, id);
  if (!query.executeStep()) throw NotFound(fmt::format("case {} not found", id));
  Case c = read_case(query);
  c.timeline = read_timeline(ledger, id);
  return c;
}

Case update_case(Ledger& ledger, std::int64_t id, const StatusChange& change) {
  return ledger.write([&] {
    const Case before = get_case(ledger, id);
    if (change.status == before.status)
      throw InputError("--status", fmt::format("case {} is already {}", id, before.status));
    if (is_final_status(before.status)) {
      if (!change.reopen)
        throw InputError("--status", fmt::format("case {} is {}, a final status; add --reopen to change it", id, before.status));
    } else if (!allowed(before.status, change.status)) {
      throw InputError("--status", fmt::format("case {} cannot go from {} to {} (open → submitted → refunded | rejected; "
                                               "open or submitted → withdrawn)", id, before.status, change.status));
    }
    if (change.recovered && change.status != "refunded")
      throw InputError("--recovered", "only goes with --status refunded");
    const Fen recovered = change.status == "refunded" ? change.recovered.value_or(before.amount) : 0;
    if (recovered > before.amount)
      throw InputError("--recovered", fmt::format("{} is more than the case's amount {}", format_yuan(recovered),
                                                  format_yuan(before.amount)));
    if (change.status == "refunded" && recovered == 0)
      throw InputError("--recovered", "a refund must recover more than 0; use --status rejected instead");
    if (change.date < before.status_date)
      throw InputError("--date", fmt::format("{} is before the case's last update ({})", change.date.iso(),
                                             before.status_date.iso()));
    SQLite::Statement update(ledger.db(), R"(
UPDATE refund_case SET status = ?, status_date = ?, recovered_fen = ?, updated_at = ? WHERE id = ?)");
    update.bind(1, change.status);
    update.bind(2, change.date.iso());
    update.bind(3, recovered);
    update.bind(4, utc_now());
    update.bind(5, id);
    update.exec();
    append_update(ledger, id, before.timeline.size(), {change.date, change.status, recovered, change.note, change.by});
    Case stored = get_case(ledger, id);
    const CaseView full{change.date, 0, true, true};
    record_audit(ledger, "status", "case", stored.uid, to_json(before, full), to_json(stored, full));
    return stored;
  });
}

std::vector<Case> list_cases(Ledger& ledger, const CaseFilter& filter) {
  std::vector<Case> out;
  for_each_case(ledger, filter, false, [&out](const Case& c) { out.push_back(c); });
  return out;
}

void for_each_case(Ledger& ledger, const CaseFilter& filter, bool with_timeline,
                   const std::function<void(const Case&)>& visit) {
  SQLite::Statement query(ledger.db(), std::string(kSelect) + R"(
WHERE (?1 IS NULL OR c.opened >= ?1) AND (?2 IS NULL OR c.opened <= ?2) AND (?3 IS NULL OR c.station_id = ?3)
  AND (?4 = 'all' OR c.status = ?4
       OR (?4 = 'open' AND c.status IN ('open', 'submitted'))
       OR (?4 = 'closed' AND c.status IN ('refunded', 'rejected', 'withdrawn')))
ORDER BY c.opened, c.id)");
  bind_optional(query, 1, filter.from ? std::optional(filter.from->iso()) : std::nullopt);
  bind_optional(query, 2, filter.to ? std::optional(filter.to->iso()) : std::nullopt);
  if (filter.station_id) query.bind(3, *filter.station_id); else query.bind(3);
  query.bind(4, filter.status);
  while (query.executeStep()) {
    Case c = read_case(query);
    if (with_timeline) c.timeline = read_timeline(ledger, c.id);
    visit(c);
  }
}

}  // namespace pingan::store
