// pingan log — the audit trail (SPEC §5): who changed what, when.
#include <fmt/format.h>

#include "commands/commands.hpp"
#include "output.hpp"
#include "period_options.hpp"
#include "pingan/errors.hpp"
#include "pingan/i18n.hpp"
#include "pingan/io/text_width.hpp"
#include "pingan/store/audit_log.hpp"
#include "pingan/views/audit_view.hpp"

namespace pingan::cli {
namespace {

// A value in one short line: text as it is, anything else as JSON, cut
// after 40 characters.
std::string brief(const Json& value) {
  if (value.is_null()) return "—";
  const std::string text = printable(value.is_string() ? value.get<std::string>() : value.dump());
  const auto points = io::code_points(text);
  if (points.size() <= 40) return text;
  std::string cut;
  for (std::size_t i = 0; i < 39; ++i) cut += points[i];
  return cut + "…";
}

// "field: before → after; …"; a record added or deleted (or a run) as "field: value; …".
std::string changes_text(const Json& changes) {
  bool added = true, deleted = true;
  for (const auto& [field, pair] : changes.items()) {
    added = added && pair[0].is_null();
    deleted = deleted && pair[1].is_null();
  }
  std::string out;
  for (const auto& [field, pair] : changes.items()) {
    out += (out.empty() ? "" : "; ") + field + ": ";
    if (added) out += brief(pair[1]);
    else if (deleted) out += brief(pair[0]);
    else out += brief(pair[0]) + " → " + brief(pair[1]);
  }
  return out;
}

const std::vector<Field> kLogFields = {
    {"at", "时间", "Time"},
    {"user", "用户", "User"},
    {"action", "操作", "Action"},
    {"kind", "类别", "Kind"},
    {"record_id", "编号", "ID", io::Align::right},
    {"changes", "变更", "Changes", io::Align::left, io::Cut::first, changes_text},
};

}  // namespace

void add_log_command(CLI::App& app, Context& context) {
  struct Options {
    PeriodOptions period;
    std::string kind, record, user, format;
  };
  auto options = std::make_shared<Options>();
  auto* command = app.add_subcommand("log", tr("The audit trail: every change, who made it and when (newest first)"));
  options->period.add_to(command);
  command->add_option("--kind", options->kind, trf("only records of this kind: {} (or run)", records::plurals()));
  command->add_option("--record", options->record, tr("only this record: its uid, or its id with --kind"));
  command->add_option("--user", options->user, tr("only changes made by this user"));
  add_format_option(command, options->format);
  command->footer(tr(R"(Changes show each field as before → after; names and phones of people in
cases are masked as everywhere else. Periods are days of the change (local time).

Examples:
  pingan log --week this
  pingan log --kind case --record 3
  pingan log --user kouxq --month last --format csv)"));
  command->callback([&context, options] {
    const auto& o = *options;
    store::AuditFilter filter;
    o.period.bound(context.today(), filter.from, filter.to);
    const records::Kind* kind = nullptr;
    if (!o.kind.empty() && o.kind != "run") {
      kind = records::find_kind(o.kind);
      if (!kind) throw InputError("--kind", trf("unknown kind {}; valid: {}, run", pingan::quoted(o.kind), records::plurals()));
    }
    if (!o.kind.empty()) filter.kind = kind ? std::string(kind->name) : "run";
    if (!o.user.empty()) filter.user = o.user;
    auto ledger = context.open(store::Ledger::Mode::read);
    if (!o.record.empty()) {
      const bool is_id = o.record.find_first_not_of("0123456789") == std::string::npos;
      if (is_id && !kind) throw InputError("--record", tr("an id needs --kind (or give the record's uid)"));
      filter.record_uid = is_id ? store::record_uid(ledger, *kind, parse_id(o.record, "--record")) : o.record;
    }
    std::vector<Json> entries;
    store::for_each_audit(ledger, filter, [&](const store::AuditEntry& entry) { entries.push_back(views::to_json(entry)); });
    print_list(context, parse_format(o.format), entries, views::to_json(store::AuditEntry{}), kLogFields);
  });
}

}  // namespace pingan::cli
