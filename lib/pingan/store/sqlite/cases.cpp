#include "pingan/store/cases.hpp"

#include <fmt/format.h>

#include "pingan/errors.hpp"
#include "pingan/i18n.hpp"
#include "pingan/store/import.hpp"
#include "pingan/store/sqlite/audit.hpp"
#include "pingan/store/sqlite/columns.hpp"
#include "pingan/store/sqlite/connection.hpp"
#include "pingan/store/sqlite/rows.hpp"
#include "pingan/views/case_view.hpp"

namespace pingan::store {
namespace {

using sqlite::db;
const records::Kind& kCase = records::case_kind();

// A case with its timeline as a JSON array, so a list is one query; {s} is
// the schema (main or archive).
constexpr const char* kSelect = R"(
SELECT c.id, c.uid, c.opened, c.station_id, s.name, c.name, c.phone, c.category, c.platform,
       c.amount_fen, c.recovered_fen, c.status, c.status_date, c.officer, c.note, c.created_at, c.updated_at,
       (SELECT json_group_array(json_array(date, status, recovered_fen, note, by))
        FROM (SELECT * FROM {s}.case_update u WHERE u.case_id = c.id ORDER BY seq))
FROM {s}.refund_case c JOIN {s}.station s ON s.id = c.station_id
)";

Case read_case(SQLite::Statement& row) {
  Case c;
  c.id = row.getColumn(0).getInt64();
  c.uid = row.getColumn(1).getString();
  c.opened = parse_iso_date(row.getColumn(2).getString(), "case.opened");
  c.station_id = row.getColumn(3).getInt64();
  c.station = row.getColumn(4).getString();
  c.name = row.getColumn(5).getString();
  c.phone = sqlite::optional_text(row.getColumn(6));
  c.category = row.getColumn(7).getString();
  c.platform = sqlite::optional_text(row.getColumn(8));
  c.amount = row.getColumn(9).getInt64();
  c.recovered = row.getColumn(10).getInt64();
  c.status = row.getColumn(11).getString();
  c.status_date = parse_iso_date(row.getColumn(12).getString(), "case.status_date");
  c.officer = sqlite::optional_text(row.getColumn(13));
  c.note = sqlite::optional_text(row.getColumn(14));
  c.created_at = row.getColumn(15).getString();
  c.updated_at = row.getColumn(16).getString();
  auto optional = [](const nlohmann::json& value) {
    return value.is_null() ? std::nullopt : std::optional(value.get<std::string>());
  };
  for (const auto& step : nlohmann::json::parse(row.getColumn(17).getString()))
    c.timeline.push_back({parse_iso_date(step[0].get<std::string>(), "case_update.date"), step[1].get<std::string>(),
                          step[2].get<Fen>(), optional(step[3]), optional(step[4])});
  return c;
}

void append_update(Ledger& ledger, std::int64_t id, std::size_t seq, const CaseUpdate& update) {
  SQLite::Statement insert(db(ledger), R"(
INSERT INTO case_update (case_id, seq, date, status, recovered_fen, note, by, recorded_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?))");
  insert.bind(1, id);
  insert.bind(2, static_cast<std::int64_t>(seq));
  insert.bind(3, update.date.iso());
  insert.bind(4, update.status);
  insert.bind(5, update.recovered);
  sqlite::bind_optional(insert, 6, update.note);
  sqlite::bind_optional(insert, 7, update.by);
  insert.bind(8, ledger.now());
  insert.exec();
}

// Inserts the whole case as given (status, recovered, timeline). Returns the id.
std::int64_t insert_case(Ledger& ledger, const Case& c) {
  const std::string now = ledger.now();
  SQLite::Statement insert(db(ledger), R"(
INSERT INTO refund_case (uid, opened, station_id, name, phone, category, platform, amount_fen, recovered_fen,
                         status, status_date, officer, note, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))");
  insert.bind(1, c.uid);
  insert.bind(2, c.opened.iso());
  insert.bind(3, c.station_id);
  insert.bind(4, c.name);
  sqlite::bind_optional(insert, 5, c.phone);
  insert.bind(6, c.category);
  sqlite::bind_optional(insert, 7, c.platform);
  insert.bind(8, c.amount);
  insert.bind(9, c.recovered);
  insert.bind(10, c.status);
  insert.bind(11, c.status_date.iso());
  sqlite::bind_optional(insert, 12, c.officer);
  sqlite::bind_optional(insert, 13, c.note);
  insert.bind(14, c.created_at.empty() ? now : c.created_at);
  insert.bind(15, c.updated_at.empty() ? now : c.updated_at);
  insert.exec();
  const auto id = db(ledger).getLastInsertRowid();
  for (std::size_t seq = 0; seq < c.timeline.size(); ++seq) append_update(ledger, id, seq, c.timeline[seq]);
  return id;
}

}  // namespace

Case open_case(Ledger& ledger, Case c) {
  return ledger.write([&] {
    if (c.uid.empty()) c.uid = new_uid();
    c.status = "open";
    c.status_date = c.opened;
    c.recovered = 0;
    c.timeline = {{c.opened, "open", 0, c.note, c.officer}};
    c.created_at = c.updated_at = "";
    Case stored = get_case(ledger, insert_case(ledger, c));
    sqlite::record_audit(ledger, "add", kCase, stored.uid, nullptr, records::stored_json(stored));
    return stored;
  });
}

Case get_case(Ledger& ledger, std::int64_t id) { return get_by_id(ledger, kSelect, "c", kCase, id, read_case); }

Case update_case(Ledger& ledger, std::int64_t id, const StatusChange& change, Date today) {
  return ledger.write([&] {
    const Case before = get_case(ledger, id);
    if (change.recovered && change.status != "refunded")
      throw InputError("--recovered", tr("only goes with --status refunded"));
    const Fen recovered = change.status == "refunded" ? change.recovered.value_or(before.amount) : 0;
    const CaseUpdate next{change.date, change.status, recovered, change.note, change.by};
    records::check_step(before, next, change.reopen, today);
    SQLite::Statement update(db(ledger), R"(
UPDATE refund_case SET status = ?, status_date = ?, recovered_fen = ?, updated_at = ? WHERE id = ?)");
    update.bind(1, change.status);
    update.bind(2, change.date.iso());
    update.bind(3, recovered);
    update.bind(4, ledger.now());
    update.bind(5, id);
    update.exec();
    append_update(ledger, id, before.timeline.size(), next);
    Case stored = get_case(ledger, id);
    sqlite::record_audit(ledger, "status", kCase, stored.uid, records::stored_json(before),
                         records::stored_json(stored));
    return stored;
  });
}

std::optional<Case> edit_case(Ledger& ledger, const Case& changed) {
  return ledger.write([&]() -> std::optional<Case> {
    const Case before = get_case(ledger, changed.id);
    if (changed.amount < before.recovered)
      throw InputError("--amount", trf("{} is below the {} already recovered", format_yuan(changed.amount),
                                       format_yuan(before.recovered)));
    if (records::stored_json(before) == records::stored_json(changed)) return std::nullopt;
    SQLite::Statement update(db(ledger), R"(
UPDATE refund_case SET name = ?, phone = ?, category = ?, platform = ?, amount_fen = ?, officer = ?, note = ?,
                       updated_at = ? WHERE id = ?)");
    update.bind(1, changed.name);
    sqlite::bind_optional(update, 2, changed.phone);
    update.bind(3, changed.category);
    sqlite::bind_optional(update, 4, changed.platform);
    update.bind(5, changed.amount);
    sqlite::bind_optional(update, 6, changed.officer);
    sqlite::bind_optional(update, 7, changed.note);
    update.bind(8, ledger.now());
    update.bind(9, changed.id);
    update.exec();
    Case stored = get_case(ledger, changed.id);
    sqlite::record_audit(ledger, "edit", kCase, stored.uid, records::stored_json(before), records::stored_json(stored));
    return stored;
  });
}

void delete_case(Ledger& ledger, std::int64_t id) {
  ledger.write([&] {
    const Case before = get_case(ledger, id);
    for (const char* sql : {"DELETE FROM case_update WHERE case_id = ?", "DELETE FROM refund_case WHERE id = ?"}) {
      SQLite::Statement remove(db(ledger), sql);
      remove.bind(1, id);
      remove.exec();
    }
    sqlite::record_audit(ledger, "delete", kCase, before.uid, records::stored_json(before), nullptr);
  });
}

std::vector<Case> list_cases(Ledger& ledger, const CaseFilter& filter) {
  std::vector<Case> out;
  for_each_case(ledger, filter, [&out](const Case& c) { out.push_back(c); });
  return out;
}

void for_each_case(Ledger& ledger, const CaseFilter& filter, const std::function<void(const Case&)>& visit) {
  const std::string select = std::string(kSelect) + R"(
WHERE (?1 IS NULL OR c.opened >= ?1) AND (?2 IS NULL OR c.opened <= ?2) AND (?3 IS NULL OR s.name = ?3)
  AND (?4 = 'all' OR c.status = ?4
       OR (?4 = 'open' AND c.status IN ('open', 'submitted'))
       OR (?4 = 'closed' AND c.status IN ('refunded', 'rejected', 'withdrawn'))))";
  SQLite::Statement query(db(ledger), sqlite::over_files(ledger, select, "refund_case", "c.uid") + " ORDER BY 3, 1");
  sqlite::bind_optional(query, 1, filter.from ? std::optional(filter.from->iso()) : std::nullopt);
  sqlite::bind_optional(query, 2, filter.to ? std::optional(filter.to->iso()) : std::nullopt);
  sqlite::bind_optional(query, 3, filter.station);
  query.bind(4, filter.status);
  while (query.executeStep()) visit(read_case(query));
}

nlohmann::ordered_json case_shape(const records::ExportScope& scope) {
  return views::to_json(Case{}, {scope.today, scope.overdue_days, true, scope.with_children});
}

void export_cases(Ledger& ledger, const records::ExportScope& scope, const records::Visit& visit) {
  const views::CaseView view{scope.today, scope.overdue_days, true, scope.with_children};
  for_each_case(ledger, {scope.from, scope.to, {}, "all"}, [&](const Case& c) { visit(views::to_json(c, view)); });
}

void import_case(Importer& importer, const Fields& fields, const std::string& uid) {
  const Date today = importer.options().today;
  for (const char* key : {"opened", "station", "name", "category", "amount"}) fields.required(key);
  Case c;
  c.uid = uid;
  records::apply_fields(c, fields, importer.config(), today);
  std::tie(c.station_id, c.station) = importer.station(fields);
  const std::string recovered = fields.optional_text("recovered");
  const Fen given_recovered = recovered.empty() ? 0 : parse_money(recovered, "recovered");
  const std::string status = fields.optional_text("status");
  const std::string given_status = status.empty() ? "open" : records::parse_status(status, "status");
  std::vector<CaseUpdate> timeline;
  if (const auto* steps = fields.object("timeline")) {
    if (!steps->is_array() || steps->empty()) throw InputError("timeline", tr("must be a non-empty list"));
    for (const auto& entry : *steps) {
      if (!entry.is_object()) throw InputError("timeline", tr("entries must be objects"));
      const Fields step(entry);
      const std::string money = step.optional_text("recovered");
      std::optional<std::string> note;
      if (auto text = parse_note(step.optional_text("note"), "timeline.note"); !text.empty()) note = text;
      std::optional<std::string> by;
      if (auto text = step.optional_text("by"); !text.empty()) by = parse_name(text, "timeline.by");
      timeline.push_back({parse_iso_date(step.required("date"), "timeline.date"),
                          records::parse_status(step.required("status"), "timeline.status"),
                          money.empty() ? 0 : parse_money(money, "timeline.recovered"), note, by});
    }
  } else {
    // CSV carries no timeline: the opening, then the status as of opening.
    timeline.push_back({c.opened, "open", 0, c.note, c.officer});
    if (given_status == "submitted" || records::is_final_status(given_status)) {
      if (given_status != "submitted" && given_status != "withdrawn")
        timeline.push_back({c.opened, "submitted", 0, std::nullopt, c.officer});
      timeline.push_back({c.opened, given_status, given_recovered, std::nullopt, c.officer});
    }
  }
  records::apply_timeline(c, std::move(timeline), today);
  if (c.status != given_status)
    throw InputError("status", trf("{} is not the timeline's last status ({})", given_status, c.status));
  if (c.recovered != given_recovered)
    throw InputError("recovered", trf("{} is not what the timeline recovered ({})", format_yuan(given_recovered),
                                      format_yuan(c.recovered)));
  c.created_at = importer.timestamp(fields, "created_at");
  c.updated_at = importer.timestamp(fields, "updated_at");
  if (importer.stored(kCase, uid)) return;
  c.id = insert_case(importer.ledger(), c);
  ++importer.counts().added[kCase];
}

}  // namespace pingan::store
