// pingan case open|update|list|show — refund-assistance cases (退费/挽损求助).
#include <iostream>

#include "commands/commands.hpp"
#include "common.hpp"
#include "output.hpp"
#include "period_options.hpp"
#include "pingan/errors.hpp"
#include "pingan/store/cases.hpp"
#include "pingan/views/case_view.hpp"
#include "option_fields.hpp"
#include "prompt.hpp"

namespace pingan::cli {
namespace {

// Practical facts for the help texts (SPEC §8).
constexpr const char* kCaseAdvice = R"(
Good to know:
  A refund of a minor's game top-ups or live-stream tips is decided by the
  platform (Civil Code arts. 19-20). It asks for the guardian's and the child's
  ID, proof of their relationship and the payment records; police help collect
  and file this evidence.
  96110 is the national anti-fraud warning line; an emergency stop-payment holds
  the receiving account for 48 hours.
  Paid "refund helper" services are themselves a known scam: warn the family.)";

std::vector<Field> case_fields(Context& context, bool detailed) {
  const Config& config = context.config();
  const Lang lang = context.lang();
  const bool zh = lang == Lang::zh;
  auto category = [&config, lang](const Json& value) { return config.categories.label(plain_text(value), lang); };
  auto status = [lang](const Json& value) { return std::string(views::status_label(plain_text(value), lang)); };
  auto overdue = [zh](const Json& value) { return value.is_boolean() && value.get<bool>() ? (zh ? "超期" : "overdue") : ""; };
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
  const bool zh = context.lang() == Lang::zh;
  const Config& config = context.config();
  if (fields.value("name").empty())
    fields.value("name") =
        ask("--name", zh ? "求助人姓名" : "Name", [](const std::string& answer) { parse_name(answer, "--name"); });
  if (fields.value("category").empty()) {
    std::cerr << (zh ? "类别: " : "Categories: ") << config.categories.describe(context.lang()) << '\n';
    fields.value("category") = ask("--category", zh ? "类别" : "Category",
                                   [&](const std::string& answer) { config.categories.resolve(answer, "--category"); });
  }
  if (fields.value("amount").empty())
    fields.value("amount") = ask("--amount", zh ? "涉及金额（元）" : "Amount (yuan)",
                                 [](const std::string& answer) { parse_money(answer, "--amount"); });
}

void print_case(Context& context, const store::Case& c, const std::string& format, bool reveal, const char* zh_verb,
                const char* en_verb) {
  const views::CaseView view{context.today(), context.config().overdue_days, reveal, true};
  if (parse_format(format) == Format::json) {
    std::cout << views::to_json(c, view).dump(2) << '\n';
    return;
  }
  if (context.options.quiet) return;
  std::cout << context.tr(zh_verb, en_verb) << " #" << c.id << "  " << c.opened.iso() << "  "
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
  throw InputError("--status", "unknown status " + pingan::quoted(text) +
                                   "; valid: open (未办结), closed (已办结), all (全部), submitted (已提交平台), "
                                   "refunded (已退款), rejected (被拒绝), withdrawn (已撤回)");
}

}  // namespace

void add_case_commands(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand("case", "Refund-assistance cases (退费/挽损求助): open, update, edit, delete, list, show");
  command->require_subcommand(1);
  command->footer(std::string(R"(Examples:
  pingan case open --name 格桑花 --category minor_game_topup --amount 700 --platform 微信支付
  pingan case update 3 --status submitted --note "证据已提交平台"
  pingan case list --status open
  pingan case show 3)") + kCaseAdvice);

  auto open_options = std::make_shared<OpenOptions>();
  auto* open = command->add_subcommand("open", "Open a case for a resident who asks for help getting money back");
  auto& fields = open_options->fields;
  fields.add(open, "name", "--name", "the person asking for help (shown masked: 王某)");
  fields.add(open, "category", "--category", "code or label: minor_game_topup (未成年人游戏充值), …");
  fields.add(open, "amount", "--amount", "money at stake: 700, 700.5, ¥700.50, 700元");
  fields.add(open, "phone", "--phone", "contact phone (shown masked: 138****5678)");
  fields.add(open, "platform", "--platform", "the platform or bank, e.g. 微信支付");
  fields.add(open, "opened", "--date", "date opened (default: today)");
  open->add_option("--station", open_options->station, "station name or code (default: config defaults.station)");
  fields.add(open, "officer", "--officer", "officer in charge (default: config defaults.officer)");
  fields.add(open, "note", "--note", "free text");
  add_format_option(open, open_options->format, {"table", "json"});
  open->footer(std::string(R"(Required: --name, --category, --amount (asked for on a terminal when left out).

Examples:
  pingan case open --name 格桑花 --phone 13812345678 --category minor_game_topup \
      --amount 700 --platform 微信支付 --note "孩子用家长微信余额充值游戏"
  pingan case open --name 王五 --category 电信网络诈骗止付挽损 --amount ¥12000.50)") + kCaseAdvice);
  open->callback([&context, open_options] {
    auto& options = *open_options;
    ask_missing(context, options.fields);
    if (options.fields.value("officer").empty()) options.fields.value("officer") = context.config().default_officer;
    store::Case c;
    c.opened = context.today();
    records::apply_fields(c, options.fields, context.config(), context.today());
    auto ledger = context.open(store::Ledger::Mode::write);
    c.station_id = station_option(context, ledger, options.station).id;
    print_case(context, store::open_case(ledger, c), options.format, false, "已受理求助案件", "opened case");
  });

  struct EditOptions {
    std::string id, format;
    OptionFields fields;  // the case's, read by its rules (records/case.hpp)
  };
  auto edit_options = std::make_shared<EditOptions>();
  auto* edit = command->add_subcommand("edit", "Correct a case's details (not its timeline: case update moves it along)");
  edit->add_option("ID", edit_options->id, "the case's id")->required();
  auto& edit_fields = edit_options->fields;
  edit_fields.add(edit, "name", "--name", "the person asking for help");
  edit_fields.add(edit, "phone", "--phone", "contact phone (\"\" clears it)");
  edit_fields.add(edit, "category", "--category", "code or label");
  edit_fields.add(edit, "amount", "--amount", "money at stake (not below what was recovered)");
  edit_fields.add(edit, "platform", "--platform", "the platform or bank (\"\" clears it)");
  edit_fields.add(edit, "officer", "--officer", "officer in charge (\"\" clears it)");
  edit_fields.add(edit, "note", "--note", "free text (\"\" clears it)");
  add_format_option(edit, edit_options->format, {"table", "json"});
  edit->footer("Examples:\n  pingan case edit 3 --amount 750 --note \"家长补充了一笔充值记录\"\n"
               "  pingan case edit 3 --name 格桑花 --phone 13812345678");
  edit->callback([&context, edit_options] {
    const auto id = parse_id(edit_options->id, "ID");
    auto ledger = context.open(store::Ledger::Mode::write);
    store::Case c = store::get_case(ledger, id);
    records::apply_fields(c, edit_options->fields, context.config(), context.today());
    const auto stored = store::edit_case(ledger, c);
    if (!stored) context.message(context.tr("没有变化，未修改。", "nothing changed; nothing written"));
    print_case(context, stored.value_or(c), edit_options->format, false, "已修改求助案件", "updated case");
  });

  add_delete_command(context, command, "case", "Delete a case with its timeline", "已删除求助案件 #", "deleted case #",
                     store::get_case, store::delete_case);

  struct UpdateOptions {
    std::string id, status, recovered, date, note, officer, format;
    bool reopen = false;
  };
  auto update_options = std::make_shared<UpdateOptions>();
  auto* update = command->add_subcommand("update", "Move a case along: submitted, refunded, rejected, withdrawn");
  update->add_option("ID", update_options->id, "the case's id")->required();
  update->add_option("--status", update_options->status, "open, submitted, refunded, rejected or withdrawn")->required();
  update->add_option("--recovered", update_options->recovered, "with refunded: money returned (default: the full amount)");
  update->add_option("--date", update_options->date, "date of this step (default: today)");
  update->add_option("--note", update_options->note, "what happened, kept in the timeline");
  update->add_option("--officer", update_options->officer, "who did it (default: config defaults.officer)");
  update->add_flag("--reopen", update_options->reopen, "allow leaving a final status (refunded, rejected, withdrawn)");
  add_format_option(update, update_options->format, {"table", "json"});
  update->footer(std::string(R"(Lifecycle: open → submitted (evidence filed with the platform or bank)
           → refunded | rejected;  open or submitted → withdrawn.

Examples:
  pingan case update 3 --status submitted --note "证据已提交平台"
  pingan case update 3 --status refunded --recovered 650 --date 2026-11-27
  pingan case update 3 --status submitted --reopen --note "平台复核")") + kCaseAdvice);
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
    print_case(context, store::update_case(ledger, id, change, context.today()), options.format, false, "已更新求助案件",
               "updated case");
  });

  struct ListOptions {
    PeriodOptions period;
    std::string station, status, format, bureau_db;
    bool include_archive = false;
  };
  auto list_options = std::make_shared<ListOptions>();
  auto* list = command->add_subcommand("list", "List cases by opening date, with the age of unfinished ones");
  list_options->period.add_to(list);
  list->add_option("--station", list_options->station, "only this station (name or code)");
  list_options->status = "all";
  list->add_option("--status", list_options->status,
                   "open (not finished: open or submitted), closed (finished), all, or one status")
      ->capture_default_str();
  list->add_flag("--include-archive", list_options->include_archive, "list archived cases too");
  add_bureau_db_option(list, list_options->bureau_db);
  add_format_option(list, list_options->format);
  list->footer(R"(Names and phones are masked. Unfinished cases older than config
cases.overdue_days (default 7) are marked overdue.

Examples:
  pingan case list --status open
  pingan case list --month this --format csv)");
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
  auto* show = command->add_subcommand("show", "Show a case with its timeline");
  show->add_option("ID", show_options->id, "the case's id")->required();
  show->add_flag("--reveal", show_options->reveal, "show the full name and phone number");
  add_format_option(show, show_options->format);
  show->footer("Examples:\n  pingan case show 3\n  pingan case show 3 --reveal   # to call the family back");
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
    const bool zh = lang == Lang::zh;
    std::cout << '\n' << (zh ? "进展" : "Timeline") << '\n';
    std::vector<std::vector<std::string>> rows;
    for (const auto& entry : record["timeline"])
      rows.push_back({plain_text(entry["date"]), std::string(views::status_label(plain_text(entry["status"]), lang)),
                      entry["status"] == "refunded" ? yuan_text(entry["recovered"]) : "", plain_text(entry["by"]),
                      plain_text(entry["note"])});
    std::cout << io::render_table({{zh ? "日期" : "Date"},
                                   {zh ? "状态" : "Status"},
                                   {zh ? "挽损金额" : "Recovered", io::Align::right},
                                   {zh ? "经办" : "By"},
                                   {zh ? "说明" : "Note", io::Align::left, io::Cut::first}},
                                  rows, context.table_style());
  });
}

}  // namespace pingan::cli
