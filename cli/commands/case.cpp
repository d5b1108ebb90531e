// pingan case open|update|list|show — refund-assistance cases (退费/挽损求助).
#include <iostream>

#include "commands/commands.hpp"
#include "common.hpp"
#include "output.hpp"
#include "period_options.hpp"
#include "pingan/errors.hpp"
#include "pingan/i18n.hpp"
#include "pingan/store/cases.hpp"
#include "pingan/views/case_view.hpp"
#include "option_fields.hpp"
#include "prompt.hpp"

namespace pingan::cli {
namespace {

// Practical facts for the help texts (SPEC §8).
std::string case_advice() {
  return tr(R"(
Good to know:
  A refund of a minor's game top-ups or live-stream tips is decided by the
  platform (Civil Code arts. 19-20). It asks for the guardian's and the child's
  ID, proof of their relationship and the payment records; police help collect
  and file this evidence.
  96110 is the national anti-fraud warning line; an emergency stop-payment holds
  the receiving account for 48 hours.
  Paid "refund helper" services are themselves a known scam: warn the family.)");
}

std::vector<Field> case_fields(Context& context, bool detailed) {
  const Config& config = context.config();
  const Lang lang = context.lang();
  auto category = [&config, lang](const Json& value) { return config.categories.label(plain_text(value), lang); };
  auto status = [lang](const Json& value) { return std::string(views::status_label(plain_text(value), lang)); };
  auto overdue = [](const Json& value) { return value.is_boolean() && value.get<bool>() ? tr("overdue") : ""; };
  std::vector<Field> fields = {
      {"id", "编号", "ID", io::Align::right},
      {"opened", "受理日期", "Opened"},
      {"station", "派出所", "Station", io::Align::left, io::Cut::late},
      {"name", "求助人", "Name"},
      {"category", "类别", "Category", io::Align::left, io::Cut::late, category},
      {"amount", "涉及金额", "Amount", io::Align::right, io::Cut::never, yuan_text},
      {"recovered", "挽损金额", "Recovered", io::Align::right, io::Cut::never, yuan_text},
      {"status", "状态", "Status", io::Align::left, io::Cut::never, status},
      {"age_days", "天数", "Age", io::Align::right},
      {"overdue", "超期", "Overdue", io::Align::left, io::Cut::never, overdue},
  };
  if (detailed) {
    fields.insert(fields.begin() + 4, {"phone", "电话", "Phone"});
    fields.insert(fields.begin() + 6, {"platform", "平台", "Platform", io::Align::left, io::Cut::first});
    fields.push_back({"officer", "民警", "Officer"});
    fields.push_back({"note", "备注", "Note", io::Align::left, io::Cut::first});
    fields.push_back({"uid", "唯一编号", "UID"});
  }
  return fields;
}

const std::vector<std::string> kMoneyKeys = {"amount", "recovered"};

std::optional<std::string> optional_name(const std::string& text, const char* field) {
  if (text.empty()) return std::nullopt;
  return parse_name(text, field);
}

std::optional<std::string> optional_note(const std::string& text) {
  const std::string note = parse_note(text, "--note");
  return note.empty() ? std::nullopt : std::optional(note);
}

struct OpenOptions {
  OptionFields fields;  // the case's, which its rules read (records/case.hpp)
  std::string station, format;
};

void ask_missing(Context& context, OptionFields& fields) {
  std::vector<std::string> missing;
  for (const auto& key : records::kCaseRequired)
    if (fields.value(key).empty()) missing.push_back(fields.name(key));
  if (missing.empty()) return;
  if (!context.interactive()) require_options(missing);
  const Config& config = context.config();
  if (fields.value("name").empty())
    fields.value("name") =
        ask("--name", tr("Name"), [](const std::string& answer) { parse_name(answer, "--name"); });
  if (fields.value("category").empty()) {
    std::cerr << trf("Categories: {}", config.categories.describe(context.lang())) << '\n';
    fields.value("category") = ask("--category", tr("Category"),
                                   [&](const std::string& answer) { config.categories.resolve(answer, "--category"); });
  }
  if (fields.value("amount").empty())
    fields.value("amount") = ask("--amount", tr("Amount (yuan)"),
                                 [](const std::string& answer) { parse_money(answer, "--amount"); });
}

// `done`: what happened, in the user's language ("opened case").
void print_case(Context& context, const store::Case& c, const std::string& format, bool reveal, const std::string& done) {
  const views::CaseView view{context.today(), context.config().overdue_days, reveal, true};
  if (parse_format(format) == Format::json) {
    std::cout << views::to_json(c, view).dump(2) << '\n';
    return;
  }
  if (context.options.quiet) return;
  std::cout << done << " #" << c.id << "  " << c.opened.iso() << "  "
            << views::status_label(c.status, context.lang()) << "  " << format_yuan(c.amount);
  if (c.recovered > 0) std::cout << " / " << format_yuan(c.recovered);
  std::cout << '\n';
}

}  // namespace

namespace {

// case list --status: open (not finished), closed (finished), all, or one
// status, by code or Chinese label (未办结, 已办结, 全部, 已退款, …).
std::string list_status(const std::string& text) {
  for (auto [code, zh] : {std::pair{"open", "未办结"}, {"closed", "已办结"}, {"all", "全部"}})
    if (text == code || text == zh) return code;
  for (const char* status : records::kCaseStatuses)
    if (text == status || text == records::status_label_zh(status)) return status;
  throw InputError("--status", trf("unknown status {}; valid: open (未办结), closed (已办结), all (全部), "
                                   "submitted (已提交平台), refunded (已退款), rejected (被拒绝), withdrawn (已撤回)",
                                   pingan::quoted(text)));
}

}  // namespace

void add_case_commands(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand("case", tr("Refund-assistance cases (退费/挽损求助): open, update, edit, delete, list, show"));
  command->require_subcommand(1);
  command->footer(tr(R"(Examples:
  pingan case open --name 格桑花 --category minor_game_topup --amount 700 --platform 微信支付
  pingan case update 3 --status submitted --note "证据已提交平台"
  pingan case list --status open
  pingan case show 3)") + case_advice());

  auto open_options = std::make_shared<OpenOptions>();
  auto* open = command->add_subcommand("open", tr("Open a case for a resident who asks for help getting money back"));
  auto& fields = open_options->fields;
  fields.add(open, "name", "--name", tr("the person asking for help (shown masked: 王某)"));
  fields.add(open, "category", "--category", tr("code or label: minor_game_topup (未成年人游戏充值), …"));
  fields.add(open, "amount", "--amount", tr("money at stake: 700, 700.5, ¥700.50, 700元"));
  fields.add(open, "phone", "--phone", tr("contact phone (shown masked: 138****5678)"));
  fields.add(open, "platform", "--platform", tr("the platform or bank, e.g. 微信支付"));
  fields.add(open, "opened", "--date", tr("date opened (default: today)"));
  open->add_option("--station", open_options->station, tr("station name or code (default: config defaults.station)"));
  fields.add(open, "officer", "--officer", tr("officer in charge (default: config defaults.officer)"));
  fields.add(open, "note", "--note", tr("free text"));
  add_format_option(open, open_options->format, {"table", "json"});
  open->footer(tr(R"(Required: --name, --category, --amount (asked for on a terminal when left out).

Examples:
  pingan case open --name 格桑花 --phone 13812345678 --category minor_game_topup \
      --amount 700 --platform 微信支付 --note "孩子用家长微信余额充值游戏"
  pingan case open --name 王五 --category 电信网络诈骗止付挽损 --amount ¥12000.50)") + case_advice());
  open->callback([&context, open_options] {
    auto& options = *open_options;
    ask_missing(context, options.fields);
    if (options.fields.value("officer").empty()) options.fields.value("officer") = context.config().default_officer;
    store::Case c;
    c.opened = context.today();
    records::apply_fields(c, options.fields, context.config(), context.today());
    auto ledger = context.open(store::Ledger::Mode::write);
    c.station_id = station_option(context, ledger, options.station).id;
    print_case(context, store::open_case(ledger, c), options.format, false, tr("opened case"));
  });

  struct EditOptions {
    std::string id, format;
    OptionFields fields;  // the case's, read by its rules (records/case.hpp)
  };
  auto edit_options = std::make_shared<EditOptions>();
  auto* edit = command->add_subcommand("edit", tr("Correct a case's details (not its timeline: case update moves it along)"));
  edit->add_option("ID", edit_options->id, tr("the case's id"))->required();
  auto& edit_fields = edit_options->fields;
  edit_fields.add(edit, "name", "--name", tr("the person asking for help"));
  edit_fields.add(edit, "phone", "--phone", tr("contact phone (\"\" clears it)"));
  edit_fields.add(edit, "category", "--category", tr("code or label"));
  edit_fields.add(edit, "amount", "--amount", tr("money at stake (not below what was recovered)"));
  edit_fields.add(edit, "platform", "--platform", tr("the platform or bank (\"\" clears it)"));
  edit_fields.add(edit, "officer", "--officer", tr("officer in charge (\"\" clears it)"));
  edit_fields.add(edit, "note", "--note", tr("free text (\"\" clears it)"));
  add_format_option(edit, edit_options->format, {"table", "json"});
  edit->footer(tr("Examples:\n  pingan case edit 3 --amount 750 --note \"家长补充了一笔充值记录\"\n"
                  "  pingan case edit 3 --name 格桑花 --phone 13812345678"));
  edit->callback([&context, edit_options] {
    const auto id = parse_id(edit_options->id, "ID");
    auto ledger = context.open(store::Ledger::Mode::write);
    store::Case c = store::get_case(ledger, id);
    records::apply_fields(c, edit_options->fields, context.config(), context.today());
    const auto stored = store::edit_case(ledger, c);
    if (!stored) context.message(tr("nothing changed; nothing written"));
    print_case(context, stored.value_or(c), edit_options->format, false, tr("updated case"));
  });

  add_delete_command(context, command, "case",
                     DeleteWords{tr("Delete a case with its timeline"), tr("the case's id"), tr("case #{}"),
                                 tr("deleted case #")},
                     store::get_case, store::delete_case);

  struct UpdateOptions {
    std::string id, status, recovered, date, note, officer, format;
    bool reopen = false;
  };
  auto update_options = std::make_shared<UpdateOptions>();
  auto* update = command->add_subcommand("update", tr("Move a case along: submitted, refunded, rejected, withdrawn"));
  update->add_option("ID", update_options->id, tr("the case's id"))->required();
  update->add_option("--status", update_options->status, tr("open, submitted, refunded, rejected or withdrawn"))->required();
  update->add_option("--recovered", update_options->recovered, tr("with refunded: money returned (default: the full amount)"));
  update->add_option("--date", update_options->date, tr("date of this step (default: today)"));
  update->add_option("--note", update_options->note, tr("what happened, kept in the timeline"));
  update->add_option("--officer", update_options->officer, tr("who did it (default: config defaults.officer)"));
  update->add_flag("--reopen", update_options->reopen, tr("allow leaving a final status (refunded, rejected, withdrawn)"));
  add_format_option(update, update_options->format, {"table", "json"});
  update->footer(tr(R"(Lifecycle: open → submitted (evidence filed with the platform or bank)
           → refunded | rejected;  open or submitted → withdrawn.

Examples:
  pingan case update 3 --status submitted --note "证据已提交平台"
  pingan case update 3 --status refunded --recovered 650 --date 2026-11-27
  pingan case update 3 --status submitted --reopen --note "平台复核")") + case_advice());
  update->callback([&context, update_options] {
    const auto& options = *update_options;
    const auto id = parse_id(options.id, "ID");
    store::StatusChange change;
    change.status = records::parse_status(options.status);
    if (!options.recovered.empty()) change.recovered = parse_money(options.recovered, "--recovered");
    change.date = options.date.empty() ? context.today() : parse_date(options.date, context.today(), "--date");
    change.note = optional_note(options.note);
    change.by = optional_name(options.officer.empty() ? context.config().default_officer : options.officer, "--officer");
    change.reopen = options.reopen;
    auto ledger = context.open(store::Ledger::Mode::write);
    print_case(context, store::update_case(ledger, id, change, context.today()), options.format, false,
               tr("updated case"));
  });

  struct ListOptions {
    PeriodOptions period;
    std::string station, status, format, bureau_db;
    bool include_archive = false;
  };
  auto list_options = std::make_shared<ListOptions>();
  auto* list = command->add_subcommand("list", tr("List cases by opening date, with the age of unfinished ones"));
  list_options->period.add_to(list);
  list->add_option("--station", list_options->station, tr("only this station (name or code)"));
  list_options->status = "all";
  list->add_option("--status", list_options->status,
                   tr("open (not finished: open or submitted), closed (finished), all, or one status"))
      ->capture_default_str();
  list->add_flag("--include-archive", list_options->include_archive, tr("list archived cases too"));
  add_bureau_db_option(list, list_options->bureau_db);
  add_format_option(list, list_options->format);
  list->footer(tr(R"(Names and phones are masked. Unfinished cases older than config
cases.overdue_days (default 7) are marked overdue.

Examples:
  pingan case list --status open
  pingan case list --month this --format csv)"));
  list->callback([&context, list_options] {
    const auto& options = *list_options;
    store::CaseFilter filter;
    options.period.bound(context.today(), filter.from, filter.to);
    filter.status = list_status(options.status);
    auto ledger = context.open_to_list(options.bureau_db, options.include_archive, filter.from, filter.to,
                                       &records::case_kind());
    filter.station = station_filter(ledger, options.station);
    const views::CaseView view{context.today(), context.config().overdue_days, false, false};
    std::vector<Json> records;
    for (const auto& c : store::list_cases(ledger, filter)) records.push_back(views::to_json(c, view));
    print_list(context, parse_format(options.format), records, views::to_json(store::Case{}, view),
               case_fields(context, false), kMoneyKeys);
  });

  struct ShowOptions {
    std::string id, format;
    bool reveal = false;
  };
  auto show_options = std::make_shared<ShowOptions>();
  auto* show = command->add_subcommand("show", tr("Show a case with its timeline"));
  show->add_option("ID", show_options->id, tr("the case's id"))->required();
  show->add_flag("--reveal", show_options->reveal, tr("show the full name and phone number"));
  add_format_option(show, show_options->format);
  show->footer(tr("Examples:\n  pingan case show 3\n  pingan case show 3 --reveal   # to call the family back"));
  show->callback([&context, show_options] {
    const auto& options = *show_options;
    const auto id = parse_id(options.id, "ID");
    auto ledger = context.open(store::Ledger::Mode::read);
    const views::CaseView view{context.today(), context.config().overdue_days, options.reveal, true};
    const Json record = views::to_json(store::get_case(ledger, id), view);
    const Format format = parse_format(options.format);
    if (format == Format::csv) {
      Json flat = record;
      flat.erase("timeline");  // CSV carries no timelines
      print_record(context, format, flat, {}, kMoneyKeys);
      return;
    }
    print_record(context, format, record, case_fields(context, true), kMoneyKeys);
    if (format != Format::table) return;
    const Lang lang = context.lang();
    std::cout << '\n' << tr("Timeline") << '\n';
    std::vector<std::vector<std::string>> rows;
    for (const auto& entry : record["timeline"])
      rows.push_back({plain_text(entry["date"]), std::string(views::status_label(plain_text(entry["status"]), lang)),
                      entry["status"] == "refunded" ? yuan_text(entry["recovered"]) : "", plain_text(entry["by"]),
                      plain_text(entry["note"])});
    std::cout << io::render_table({{tr("Date")},
                                   {tr("Status")},
                                   {tr("Recovered"), io::Align::right},
                                   {tr("By")},
                                   {tr("Note"), io::Align::left, io::Cut::first}},
                                  rows, context.table_style());
  });
}

}  // namespace pingan::cli
