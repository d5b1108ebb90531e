// pingan volunteer|task|duty|points — the volunteer police team (平安义警):
// the roster, tasks posted to the team, participations and their points, the
// leaderboard and the assessment (积分考评).
#include <fmt/format.h>

#include <iostream>

#include "commands/commands.hpp"
#include "common.hpp"
#include "option_fields.hpp"
#include "output.hpp"
#include "period_options.hpp"
#include "pingan/errors.hpp"
#include "pingan/i18n.hpp"
#include "pingan/io/atomic_file.hpp"
#include "pingan/report/certificates.hpp"
#include "pingan/records/uid.hpp"
#include "pingan/store/events.hpp"
#include "pingan/store/volunteers.hpp"
#include "pingan/views/mask.hpp"
#include "prompt.hpp"

namespace pingan::cli {
namespace {

using records::format_tenths;

// The volunteers named by repeated --volunteer options and comma lists: by
// id, or by name at the station (unique there).
std::vector<std::int64_t> volunteer_ids(store::Ledger& ledger, const std::vector<std::string>& given,
                                        std::int64_t station_id) {
  std::vector<std::int64_t> ids;
  for (const auto& text : records::split_items(given)) {
    const auto id = store::find_volunteer(ledger, text, station_id, "--volunteer").id;
    if (std::ranges::find(ids, id) == ids.end()) ids.push_back(id);
  }
  if (ids.empty()) throw InputError("--volunteer", tr("name at least one volunteer"));
  return ids;
}

Json volunteer_json(const store::Volunteer& volunteer, bool reveal) {
  Json out = records::to_json(volunteer);
  if (volunteer.phone && !reveal) out["phone"] = mask_phone(*volunteer.phone);
  return out;
}

std::string tenths_text(const Json& value) {
  if (!value.is_number()) return plain_text(value);
  return format_tenths(static_cast<std::int64_t>(value.get<double>() * 10 + (value.get<double>() < 0 ? -0.5 : 0.5)));
}

// A task's duty and the points it offers, as an officer would say it.
std::string points_on_offer(const DutyRule& rule, std::int64_t hours) {
  return format_tenths(records::duty_points(rule, hours, false));
}

const DutyRule& rule_of(const Config& config, const std::string& duty) {
  const auto found = config.duty_rules.find(duty);
  if (found == config.duty_rules.end()) throw Failure(trf("no points rule for duty {} in the config", duty));
  return found->second;
}

// The grade of a review (积分考评) for points in tenths.
std::string grade(const Config& config, std::int64_t points) {
  if (points >= config.excellent_points * 10) return "excellent";
  if (points >= config.qualified_points * 10) return "qualified";
  return "improve";
}

Json board_json(const Config& config, const store::BoardRow& row, bool with_grade) {
  Json out{{"rank", row.rank},
           {"id", row.id},
           {"name", row.name},
           {"station", row.station},
           {"group", row.group ? Json(*row.group) : Json(nullptr)},
           {"participations", row.participations},
           {"hours", records::tenths_json(row.hours)},
           {"points", records::tenths_json(row.points)}};
  if (with_grade) out["grade"] = grade(config, row.points);
  return out;
}

std::vector<Field> board_fields(Context& context, bool with_grade) {
  const Config& config = context.config();
  const Lang lang = context.lang();
  auto group = [&config, lang](const Json& value) {
    return value.is_null() ? std::string() : config.volunteer_groups.label(plain_text(value), lang);
  };
  auto grade_label = [](const Json& value) {
    const std::string code = plain_text(value);
    if (code == "excellent") return tr("excellent");
    if (code == "qualified") return tr("qualified");
    return code == "improve" ? tr("improve") : code;
  };
  std::vector<Field> fields = {
      {"rank", "名次", "Rank", io::Align::right},
      {"name", "姓名", "Name"},
      {"station", "派出所", "Station", io::Align::left, io::Cut::late},
      {"group", "队伍", "Group", io::Align::left, io::Cut::late, group},
      {"participations", "履职次数", "Duties", io::Align::right},
      {"hours", "时长", "Hours", io::Align::right, io::Cut::never, tenths_text},
      {"points", "积分", "Points", io::Align::right, io::Cut::never, tenths_text},
  };
  if (with_grade) fields.push_back({"grade", "等次", "Grade", io::Align::left, io::Cut::never, grade_label});
  return fields;
}

Json duty_json(const store::Duty& duty) { return records::to_json(duty); }

std::vector<Field> duty_fields(Context& context) {
  const Config& config = context.config();
  const Lang lang = context.lang();
  auto duty = [&config, lang](const Json& value) {
    const std::string code = plain_text(value);
    if (code == records::kAdjustment) return tr("Adjustment");
    return config.duties.label(code, lang);
  };
  return {{"id", "编号", "ID", io::Align::right},
          {"date", "日期", "Date"},
          {"volunteer", "义警", "Volunteer"},
          {"duty", "职责", "Duty", io::Align::left, io::Cut::late, duty},
          {"hours", "时长", "Hours", io::Align::right, io::Cut::never, tenths_text},
          {"points", "积分", "Points", io::Align::right, io::Cut::never, tenths_text},
          {"place", "地点", "Place", io::Align::left, io::Cut::first},
          {"reason", "原因", "Reason", io::Align::left, io::Cut::first}};
}

// A required option left out: asked for on a terminal (re-asked until its
// rule accepts the answer), else listed with the others in one error.
struct Required {
  const char* option;
  std::string* value;
  std::string question;  // tr()'d
  std::function<void(const std::string&)> accept;
};
void ask_for_missing(Context& context, const std::vector<Required>& required) {
  std::vector<std::string> missing;
  for (const auto& field : required)
    if (field.value->empty()) missing.push_back(field.option);
  if (missing.empty()) return;
  if (!context.interactive()) require_options(missing);
  for (const auto& field : required)
    if (field.value->empty()) *field.value = ask(field.option, field.question, field.accept);
}

void add_volunteer_commands(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand("volunteer", tr("Volunteer police (平安义警): roster, leaderboard, assessment"));
  command->require_subcommand(1);

  struct AddOptions {
    OptionFields fields;  // the volunteer's, which its rules read (records/volunteer.hpp)
    std::string station, format;
  };
  auto add_options = std::make_shared<AddOptions>();
  auto* add = command->add_subcommand("add", tr("Register a volunteer"));
  auto& fields = add_options->fields;
  fields.add(add, "name", "NAME", tr("the volunteer's name (asked for on a terminal when left out)"));
  fields.add(add, "phone", "--phone", tr("phone (shown masked: 138****5678)"));
  fields.add(add, "group", "--group", tr("security_guard (保安), parent (家长), grid_worker (网格员), …"));
  fields.add(add, "org", "--org", tr("employer or organisation"));
  fields.add(add, "joined", "--joined", tr("day they joined (default: today)"));
  add->add_option("--station", add_options->station, tr("station name or code (default: config defaults.station)"));
  fields.add(add, "note", "--note", tr("free text"));
  add_format_option(add, add_options->format, {"table", "json"});
  add->footer(tr(R"(Examples:
  pingan volunteer add 巴图 --group grid_worker --phone 13812345678
  pingan volunteer add 王芳 --group 家长 --org 实验小学 --joined 2026-03-01)"));
  add->callback([&context, add_options] {
    auto& options = *add_options;
    ask_for_missing(context, {{"NAME", &options.fields.value("name"), tr("Name"),
                               [](const std::string& answer) { parse_name(answer, "NAME"); }}});
    store::Volunteer volunteer;
    volunteer.joined = context.today();
    records::apply_fields(volunteer, options.fields, context.config(), context.today());
    auto ledger = context.open(store::Ledger::Mode::write);
    volunteer.station_id = station_option(context, ledger, options.station).id;
    const auto stored = store::add_volunteer(ledger, volunteer);
    if (parse_format(options.format) == Format::json) std::cout << volunteer_json(stored, false).dump(2) << '\n';
    else if (!context.options.quiet)
      std::cout << trf("added volunteer #{}  {}", stored.id, stored.name) << '\n';
  });

  struct ListOptions {
    std::string station, status, group, format;
  };
  auto list_options = std::make_shared<ListOptions>();
  auto* list = command->add_subcommand("list", tr("List volunteers (default: the active ones)"));
  list->add_option("--station", list_options->station, tr("only this station"));
  list_options->status = "active";
  auto* status = list->add_option("--status", list_options->status, tr("active, left or all"));
  status->check(CLI::IsMember({"active", "left", "all"}))->capture_default_str();
  list->add_option("--group", list_options->group, tr("only this group"));
  add_format_option(list, list_options->format);
  list->footer(tr("Examples:\n  pingan volunteer list\n  pingan volunteer list --status all --format csv"));
  list->callback([&context, list_options] {
    const auto& options = *list_options;
    auto ledger = context.open(store::Ledger::Mode::read);
    store::VolunteerFilter filter{station_filter(ledger, options.station), options.status, context.today(), {}};
    if (!options.group.empty()) filter.group = context.config().volunteer_groups.resolve(options.group, "--group").code;
    std::vector<Json> records;
    for (const auto& volunteer : store::list_volunteers(ledger, filter)) records.push_back(volunteer_json(volunteer, false));
    const Config& config = context.config();
    const Lang lang = context.lang();
    print_list(context, parse_format(options.format), records, records::to_json(store::Volunteer{}),
               {{"id", "编号", "ID", io::Align::right},
                {"name", "姓名", "Name"},
                {"station", "派出所", "Station", io::Align::left, io::Cut::late},
                {"group", "队伍", "Group", io::Align::left, io::Cut::late,
                 [&](const Json& value) { return value.is_null() ? "" : config.volunteer_groups.label(plain_text(value), lang); }},
                {"org", "单位", "Org", io::Align::left, io::Cut::first},
                {"phone", "电话", "Phone"},
                {"joined", "加入", "Joined"},
                {"left", "退出", "Left"}});
  });

  struct ShowOptions {
    std::string volunteer, format;
    bool reveal = false;
  };
  auto show_options = std::make_shared<ShowOptions>();
  auto* show = command->add_subcommand("show", tr("Show a volunteer with their duty log and points by duty"));
  show->add_option("VOLUNTEER", show_options->volunteer, tr("id or name"))->required();
  show->add_flag("--reveal", show_options->reveal, tr("show the phone number unmasked"));
  add_format_option(show, show_options->format);
  show->footer(tr("Examples:\n  pingan volunteer show 3\n  pingan volunteer show 巴图 --format json"));
  show->callback([&context, show_options] {
    auto ledger = context.open(store::Ledger::Mode::read);
    const auto volunteer = store::find_volunteer(ledger, show_options->volunteer, 0, "VOLUNTEER");
    Json record = volunteer_json(volunteer, show_options->reveal);
    Json log = Json::array();
    std::map<std::string, std::pair<std::int64_t, std::int64_t>> by_duty;  // participations, points
    store::for_each_duty(ledger, {std::nullopt, std::nullopt, std::nullopt, volunteer.id, std::nullopt}, [&](const store::Duty& duty) {
      log.push_back(duty_json(duty));
      auto& sum = by_duty[duty.duty];
      sum.first += duty.duty != records::kAdjustment;
      sum.second += duty.points;
    });
    Json points = Json::array();
    std::int64_t total = 0;
    for (const auto& [duty, sum] : by_duty) {
      points.push_back({{"duty", duty}, {"participations", sum.first}, {"points", records::tenths_json(sum.second)}});
      total += sum.second;
    }
    record["points"] = records::tenths_json(total);
    record["by_duty"] = points;
    record["duties"] = log;
    const Format format = parse_format(show_options->format);
    if (format != Format::table) {
      print_record(context, format, record, {});
      return;
    }
    print_record(context, format, record,
                 {{"id", "编号", "ID"}, {"name", "姓名", "Name"}, {"phone", "电话", "Phone"},
                  {"station", "派出所", "Station"},
                  {"group", "队伍", "Group", io::Align::left, io::Cut::never,
                   [&](const Json& value) {
                     return value.is_null() ? std::string()
                                            : context.config().volunteer_groups.label(plain_text(value), context.lang());
                   }},
                  {"org", "单位", "Org"},
                  {"joined", "加入", "Joined"}, {"left", "退出", "Left"}, {"note", "备注", "Note"},
                  {"points", "积分", "Points", io::Align::left, io::Cut::never, tenths_text}, {"uid", "唯一编号", "UID"}});
    std::cout << '\n' << tr("Duty log") << '\n';
    std::vector<Json> rows(log.begin(), log.end());
    print_list(context, Format::table, rows, duty_json(store::Duty{}), duty_fields(context));
  });

  struct EditOptions {
    OptionFields fields;
    std::string volunteer, station, format;
  };
  auto edit_options = std::make_shared<EditOptions>();
  auto* edit = command->add_subcommand("edit", tr("Change a volunteer's details (only the options given)"));
  edit->add_option("VOLUNTEER", edit_options->volunteer, tr("id or name"))->required();
  auto& edit_fields = edit_options->fields;
  edit_fields.add(edit, "name", "--name", tr("the volunteer's name"));
  edit_fields.add(edit, "phone", "--phone", tr("phone"));
  edit_fields.add(edit, "group", "--group", tr("group"));
  edit_fields.add(edit, "org", "--org", tr("employer or organisation"));
  edit_fields.add(edit, "joined", "--joined", tr("day they joined"));
  edit->add_option("--station", edit_options->station, tr("station name or code"));
  edit_fields.add(edit, "note", "--note", tr("free text (\"\" clears it)"));
  add_format_option(edit, edit_options->format, {"table", "json"});
  edit->footer(tr("Examples:\n  pingan volunteer edit 3 --group party_member\n  pingan volunteer edit 巴图 --phone 13900001111"));
  edit->callback([&context, edit_options] {
    auto& options = *edit_options;
    auto ledger = context.open(store::Ledger::Mode::write);
    auto volunteer = store::find_volunteer(ledger, options.volunteer, 0, "VOLUNTEER");
    records::apply_fields(volunteer, options.fields, context.config(), context.today());
    if (!options.station.empty()) volunteer.station_id = store::find_active_station(ledger, options.station, "--station").id;
    const auto stored = store::update_volunteer(ledger, volunteer, options.fields.given("joined") ? "--joined" : "VOLUNTEER");
    if (!stored) {
      context.message(tr("nothing changed; nothing written"));
      return;
    }
    if (parse_format(options.format) == Format::json) std::cout << volunteer_json(*stored, false).dump(2) << '\n';
    else if (!context.options.quiet)
      std::cout << trf("updated volunteer #{}  {}", stored->id, stored->name) << '\n';
  });

  struct LeaveOptions {
    std::string volunteer, date;
    bool rejoin = false;
  };
  auto leave_options = std::make_shared<LeaveOptions>();
  auto* leave = command->add_subcommand("leave", tr("A volunteer leaves the team (kept for history)"));
  leave->add_option("VOLUNTEER", leave_options->volunteer, tr("id or name"))->required();
  leave->add_option("--date", leave_options->date, tr("their last active day (default: today)"));
  leave->add_flag("--rejoin", leave_options->rejoin, tr("undo: active again"));
  leave->footer(tr("Examples:\n  pingan volunteer leave 3 --date 2026-10-31\n  pingan volunteer leave 3 --rejoin"));
  leave->callback([&context, leave_options] {
    const auto& options = *leave_options;
    auto ledger = context.open(store::Ledger::Mode::write);
    auto volunteer = store::find_volunteer(ledger, options.volunteer, 0, "VOLUNTEER");
    if (options.rejoin) {
      if (!options.date.empty()) throw InputError("--date", tr("goes with leaving, not with --rejoin"));
      volunteer.left.reset();
    } else {
      volunteer.left = options.date.empty() ? context.today() : parse_date(options.date, context.today(), "--date");
      if (*volunteer.left < volunteer.joined)
        throw InputError("--date", trf("{} is before they joined ({})", volunteer.left->iso(), volunteer.joined.iso()));
    }
    const auto stored = store::update_volunteer(ledger, volunteer, options.rejoin ? "--rejoin" : "--date");
    if (!stored) context.message(tr("nothing changed; nothing written"));
    else if (!context.options.quiet)
      std::cout << (options.rejoin ? trf("rejoined volunteer #{}  {}", stored->id, stored->name)
                                   : trf("volunteer left #{}  {}", stored->id, stored->name))
                << '\n';
  });

  struct BoardOptions {
    PeriodOptions period;
    std::string station, limit, format, bureau_db;
    bool include_archive = false;
  };
  for (const bool review : {false, true}) {
    auto options = std::make_shared<BoardOptions>();
    auto* board = review ? command->add_subcommand("review", tr("The assessment (积分考评): every active volunteer, graded"))
                         : command->add_subcommand("board", tr("The leaderboard (积分排行) of a period"));
    options->period.add_to(board);
    board->add_option("--station", options->station, tr("only this station"));
    if (!review) board->add_option("--limit", options->limit, tr("at most this many rows"));
    board->add_flag("--include-archive", options->include_archive, tr("count archived participations too"));
    add_bureau_db_option(board, options->bureau_db);
    add_format_option(board, options->format);
    board->footer(review ? tr(R"(Default period: this year. Grades: excellent (优秀) from config
volunteers.excellent points (default 60), qualified (合格) from volunteers.qualified
(default 20), else improve (待提高).

Examples:
  pingan volunteer review --year 2026
  pingan volunteer review --year last --format csv)")
                         : tr(R"(Default period: this month. Equal points share a rank (1, 2, 2, 4), then more
hours first, then name.

Examples:
  pingan volunteer board
  pingan volunteer board --month last --limit 10 --format json)"));
    board->callback([&context, options, review] {
      const Date today = context.today();
      const Period period = options->period.resolve(today).value_or(review ? parse_year("this", today)
                                                                           : parse_month("this", today));
      const auto active_on = review ? std::optional(period.to) : std::nullopt;
      std::vector<store::BoardRow> rows;
      if (!options->bureau_db.empty()) {
        auto& bureau = context.bureau(options->bureau_db);
        std::optional<std::string> station;
        if (!options->station.empty()) station = bureau.find_station(options->station, "--station");
        auto& figures = bureau.figures();
        figures.read_snapshot([&] { rows = report::queries::board(figures, period, station, active_on); });
      } else {
        auto ledger = context.open_to_read(options->include_archive);
        const auto station = station_filter(ledger, options->station);
        rows = store::board(ledger, period.from, period.to, station, active_on);
      }
      if (!options->limit.empty()) {
        const auto limit = parse_count(options->limit, "--limit");
        if (rows.size() > static_cast<std::size_t>(limit)) rows.resize(limit);
      }
      std::vector<Json> records;
      for (const auto& row : rows) records.push_back(board_json(context.config(), row, review));
      print_list(context, parse_format(options->format), records,
                 board_json(context.config(), store::BoardRow{}, review), board_fields(context, review));
    });
  }

  struct CertificateOptions {
    PeriodOptions period;
    std::string station, top, grade, output;
    bool include_archive = false;
  };
  auto certificate_options = std::make_shared<CertificateOptions>();
  auto* certificates = command->add_subcommand("certificates", tr("Honour certificates (荣誉证书), one A4 page each"));
  certificate_options->period.add_to(certificates);
  certificates->add_option("--station", certificate_options->station, tr("only this station"));
  certificates->add_option("--top", certificate_options->top, tr("the first N of the board (all tied at the cut too)"));
  auto* grade_option = certificates->add_option("--grade", certificate_options->grade, tr("only this grade: excellent"));
  grade_option->check(CLI::IsMember({"excellent", "qualified"}));
  certificates->add_option("--output", certificate_options->output, tr("the HTML file to write"))->required();
  certificates->add_flag("--include-archive", certificate_options->include_archive, tr("count archived participations"));
  certificates->footer(tr(R"(Default period: this year. Open the file in a browser and print it: one page
per volunteer, in Chinese, with the station, the period, the points and the rank.

Examples:
  pingan volunteer certificates --year 2026 --top 3 --output 2026-荣誉证书.html
  pingan volunteer certificates --year last --grade excellent --output certificates.html)"));
  certificates->callback([&context, certificate_options] {
    const auto& options = *certificate_options;
    if (options.top.empty() == options.grade.empty())
      throw InputError("--top", tr("give one of --top N or --grade excellent"));
    refuse_ledger_as_output(context, options.output);
    const Date today = context.today();
    const Period period = options.period.resolve(today).value_or(parse_year("this", today));
    auto ledger = context.open_to_read(options.include_archive);
    const auto station = station_filter(ledger, options.station);
    const bool by_grade = !options.grade.empty();
    auto rows = store::board(ledger, period.from, period.to, station,
                             by_grade ? std::optional(period.to) : std::nullopt);
    std::vector<report::Certificate> chosen;
    const std::int64_t top = by_grade ? 0 : parse_count(options.top, "--top");
    for (const auto& row : rows) {
      if (by_grade ? grade(context.config(), row.points) != options.grade : row.rank > top) continue;
      if (row.points <= 0) continue;  // nothing to honour
      chosen.push_back({row.name, row.station, row.rank, row.points,
                        row.group ? std::optional(context.config().volunteer_groups.label(*row.group, Lang::zh))
                                  : std::nullopt});
    }
    if (chosen.empty()) throw InputError(by_grade ? "--grade" : "--top", trf("no volunteer qualifies in {}", period.label));
    io::write_file_atomically(options.output, report::render_certificates(chosen, period, today.iso()));
    context.message(trf("{} certificates → {}", chosen.size(), options.output));
  });
}

void add_task_commands(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand("task", tr("Tasks posted to the volunteer team: add, notice, join, done, list"));
  command->require_subcommand(1);

  struct AddOptions {
    std::string duty, date, place, slots, hours, station, note, format;
  };
  auto add_options = std::make_shared<AddOptions>();
  auto* add = command->add_subcommand("add", tr("Post a task to the team"));
  add->add_option("--duty", add_options->duty, tr("patrol (参与治安巡防), outreach, opinion, mediation, assistance, intelligence"));
  add->add_option("--date", add_options->date, tr("the task's day (may be in the future)"));
  add->add_option("--place", add_options->place, tr("where"));
  add->add_option("--slots", add_options->slots, tr("how many volunteers it needs (default: no limit)"));
  add->add_option("--hours", add_options->hours, tr("expected hours, 0-24 in steps of 0.5"));
  add->add_option("--station", add_options->station, tr("station name or code (default: config defaults.station)"));
  add->add_option("--note", add_options->note, tr("free text"));
  add_format_option(add, add_options->format, {"table", "json"});
  add->footer(tr(R"(Examples:
  pingan task add --duty patrol --date 2026-12-05 --place 树林召夜市 --slots 4 --hours 2
  pingan task add --duty 宣传防范知识 --date 明天 --place 幸福里社区)"));
  add->callback([&context, add_options] {
    auto& options = *add_options;
    const Config& config = context.config();
    if (options.duty.empty() && context.interactive())
      std::cerr << trf("Duties: {}", config.duties.describe(context.lang())) << '\n';
    ask_for_missing(context, {{"--duty", &options.duty, tr("Duty"),
                               [&](const std::string& answer) { config.duties.resolve(answer, "--duty"); }},
                              {"--date", &options.date, tr("Date"),
                               [&](const std::string& answer) { parse_date(answer, context.today(), "--date", true); }},
                              {"--place", &options.place, tr("Place"),
                               [](const std::string& answer) { parse_name(answer, "--place"); }}});
    store::Task task;
    task.duty = context.config().duties.resolve(options.duty, "--duty").code;
    task.date = parse_date(options.date, context.today(), "--date", true);
    task.place = parse_name(options.place, "--place");
    if (!options.slots.empty()) {
      task.slots = parse_count(options.slots, "--slots");
      if (*task.slots == 0) throw InputError("--slots", tr("must be at least 1"));
    }
    if (!options.hours.empty()) task.hours = records::parse_hours(options.hours, "--hours");
    if (!options.note.empty()) task.note = parse_note(options.note, "--note");
    auto ledger = context.open(store::Ledger::Mode::write);
    task.station_id = station_option(context, ledger, options.station).id;
    const auto stored = store::add_task(ledger, task);
    if (parse_format(options.format) == Format::json) std::cout << records::to_json(stored).dump(2) << '\n';
    else if (!context.options.quiet)
      std::cout << trf("added task #{}  {}  {}  {}", stored.id, stored.date.iso(),
                       context.config().duties.label(stored.duty, context.lang()), stored.place)
                << '\n';
  });

  auto notice_id = std::make_shared<std::string>();
  auto* notice = command->add_subcommand("notice", tr("Print the task as a notice to paste into the team's group chat"));
  notice->add_option("ID", *notice_id, tr("the task's id"))->required();
  notice->footer(tr("Examples:\n  pingan task notice 4 | xclip -selection clipboard"));
  notice->callback([&context, notice_id] {
    auto ledger = context.open(store::Ledger::Mode::read);
    const auto task = store::get_task(ledger, parse_id(*notice_id, "ID"));
    const Config& config = context.config();
    const auto& rule = rule_of(config, task.duty);
    std::string text = fmt::format("【平安义警任务】{}\n日期：{}\n地点：{}\n", config.duties.label(task.duty, Lang::zh),
                                   task.date.iso(), task.place);
    if (task.hours > 0) text += fmt::format("时长：约{}小时\n", format_tenths(task.hours));
    text += fmt::format("积分：每人{}分\n", points_on_offer(rule, task.hours));
    if (task.slots)
      text += fmt::format("名额：{}人，尚余{}人\n", *task.slots,
                          *task.slots - static_cast<std::int64_t>(task.signups.size()));
    if (task.note) text += fmt::format("备注：{}\n", *task.note);
    text += fmt::format("报名请回复“{} 报名”。—— {}\n", task.id, task.station);
    std::cout << text;
  });

  struct JoinOptions {
    std::string id, hours;
    std::vector<std::string> volunteers;
  };
  for (const bool done : {false, true}) {
    auto options = std::make_shared<JoinOptions>();
    auto* join = done ? command->add_subcommand("done", tr("Record who took part and award their points"))
                      : command->add_subcommand("join", tr("Sign volunteers up for a task"));
    join->add_option("ID", options->id, tr("the task's id"))->required();
    join->add_option("--volunteer", options->volunteers, tr("id or name; repeatable, or a comma list"))->required();
    if (done) join->add_option("--hours", options->hours, tr("hours each served (default: the task's)"));
    join->footer(done ? tr(R"(Walk-ins who never joined count too; joined but absent get nothing. Run it
again to add a late attendee: a volunteer is credited once per task.

Examples:
  pingan task done 4 --volunteer 巴图,王芳 --hours 2.5)")
                      : tr("Beyond the task's --slots is refused (exit 2, nothing written).\n\n"
                        "Examples:\n  pingan task join 4 --volunteer 巴图 --volunteer 王芳"));
    join->callback([&context, options, done] {
      const auto id = parse_id(options->id, "ID");
      auto ledger = context.open(store::Ledger::Mode::write);
      const auto task = store::get_task(ledger, id);
      const auto ids = volunteer_ids(ledger, options->volunteers, task.station_id);
      if (done) {
        if (task.date > context.today())
          throw InputError("ID", trf("task {} is on {}, after today", id, task.date.iso()));
        std::optional<std::int64_t> hours;
        if (!options->hours.empty()) hours = records::parse_hours(options->hours, "--hours");
        const auto stored = store::finish_task(ledger, id, ids, hours, rule_of(context.config(), task.duty));
        if (!context.options.quiet)
          std::cout << trf("task done #{}", stored.id) << '\n';
      } else {
        const auto stored = store::join_task(ledger, id, ids);
        if (!context.options.quiet)
          std::cout << trf("joined task #{}  {}{}", stored.id, stored.signups.size(),
                           stored.slots ? "/" + std::to_string(*stored.slots) : "")
                    << '\n';
      }
    });
  }

  struct ListOptions {
    PeriodOptions period;
    std::string station, status, format;
    bool include_archive = false;
  };
  auto list_options = std::make_shared<ListOptions>();
  auto* list = command->add_subcommand("list", tr("List tasks, oldest first"));
  list_options->period.add_to(list);
  list->add_option("--station", list_options->station, tr("only this station"));
  list_options->status = "all";
  auto* status = list->add_option("--status", list_options->status, tr("open, done or all"));
  status->check(CLI::IsMember({"open", "done", "all"}))->capture_default_str();
  list->add_flag("--include-archive", list_options->include_archive, tr("list archived tasks too"));
  add_format_option(list, list_options->format);
  list->footer(tr("Examples:\n  pingan task list --status open\n  pingan task list --month this --format json"));
  list->callback([&context, list_options] {
    const auto& options = *list_options;
    store::TaskFilter filter;
    options.period.bound(context.today(), filter.from, filter.to);
    filter.status = options.status;
    auto ledger = context.open_to_read(options.include_archive);
    filter.station = station_filter(ledger, options.station);
    std::vector<Json> records;
    for (const auto& task : store::list_tasks(ledger, filter)) records.push_back(records::to_json(task));
    const Config& config = context.config();
    const Lang lang = context.lang();
    print_list(context, parse_format(options.format), records, records::to_json(store::Task{}),
               {{"id", "编号", "ID", io::Align::right},
                {"date", "日期", "Date"},
                {"duty", "职责", "Duty", io::Align::left, io::Cut::late,
                 [&](const Json& value) { return config.duties.label(plain_text(value), lang); }},
                {"place", "地点", "Place", io::Align::left, io::Cut::first},
                {"slots", "名额", "Slots", io::Align::right},
                {"hours", "时长", "Hours", io::Align::right, io::Cut::never, tenths_text},
                {"status", "状态", "Status"},
                {"signups", "报名", "Signed up", io::Align::left, io::Cut::never,
                 [](const Json& value) { return std::to_string(value.size()); }}});
  });

  struct ShowOptions {
    std::string id, format;
  };
  auto show_options = std::make_shared<ShowOptions>();
  auto* show = command->add_subcommand("show", tr("Show a task with who signed up"));
  show->add_option("ID", show_options->id, tr("the task's id"))->required();
  add_format_option(show, show_options->format);
  show->footer(tr("Examples:\n  pingan task show 4"));
  show->callback([&context, show_options] {
    auto ledger = context.open(store::Ledger::Mode::read);
    const auto task = store::get_task(ledger, parse_id(show_options->id, "ID"));
    Json record = records::to_json(task);
    const Format format = parse_format(show_options->format);
    if (format == Format::table) record["signups"] = task.signup_names;
    print_record(context, format, record,
                 {{"id", "编号", "ID"}, {"date", "日期", "Date"}, {"station", "派出所", "Station"},
                  {"duty", "职责", "Duty"}, {"place", "地点", "Place"}, {"slots", "名额", "Slots"},
                  {"hours", "时长", "Hours", io::Align::left, io::Cut::never, tenths_text}, {"status", "状态", "Status"},
                  {"signups", "报名", "Signed up", io::Align::left, io::Cut::first}, {"note", "备注", "Note"},
                  {"uid", "唯一编号", "UID"}});
  });

  add_delete_command(context, command, "task",
                     DeleteWords{tr("Delete a task (a done task's participations go with it)"), tr("the task's id"),
                                 tr("task #{}"), tr("deleted task #")},
                     store::get_task, store::delete_task);
}

void add_duty_commands(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand("duty", tr("Volunteers' participations in a duty (履职), recorded directly"));
  command->require_subcommand(1);

  struct AddOptions {
    std::vector<std::string> volunteers;
    std::string volunteer_answer, duty, date, hours, place, event, note, format;
    bool adopted = false;
  };
  auto add_options = std::make_shared<AddOptions>();
  auto* add = command->add_subcommand("add", tr("Record a participation (no task)"));
  add->add_option("--volunteer", add_options->volunteers, tr("id or name; repeatable, or a comma list"));
  add->add_option("--duty", add_options->duty, tr("patrol, outreach, opinion, mediation, assistance, intelligence"));
  add->add_option("--date", add_options->date, tr("the day (default: today)"));
  add->add_option("--hours", add_options->hours, tr("hours served, 0-24 in steps of 0.5"));
  add->add_option("--place", add_options->place, tr("where"));
  add->add_option("--event", add_options->event, tr("the outreach event it was part of"));
  add->add_flag("--adopted", add_options->adopted, tr("the information reported was adopted (bonus points)"));
  add->add_option("--note", add_options->note, tr("free text"));
  add_format_option(add, add_options->format, {"table", "json"});
  add->footer(tr(R"(Points follow the duty's rule in the config when recorded (kept afterwards).

Examples:
  pingan duty add --volunteer 巴图 --duty patrol --hours 2 --place 树林召夜市
  pingan duty add --volunteer 王芳 --duty intelligence --adopted)"));
  add->callback([&context, add_options] {
    auto& options = *add_options;
    const Config& config = context.config();
    if (!options.volunteers.empty()) options.volunteer_answer = "given";
    ask_for_missing(context, {{"--volunteer", &options.volunteer_answer, tr("Volunteer (name or id)"),
                               [](const std::string& answer) { parse_name(answer, "--volunteer"); }},
                              {"--duty", &options.duty, tr("Duty"),
                               [&](const std::string& answer) { config.duties.resolve(answer, "--duty"); }}});
    if (options.volunteers.empty()) options.volunteers.push_back(options.volunteer_answer);
    store::Duty duty;
    duty.duty = config.duties.resolve(options.duty, "--duty").code;
    duty.date = options.date.empty() ? context.today() : parse_date(options.date, context.today(), "--date");
    if (!options.hours.empty()) duty.hours = records::parse_hours(options.hours, "--hours");
    if (options.adopted && duty.duty != "intelligence" && rule_of(config, duty.duty).adopted_bonus == 0)
      throw InputError("--adopted", tr("only for a duty with an adoption bonus (intelligence)"));
    duty.adopted = options.adopted;
    duty.points = records::duty_points(rule_of(config, duty.duty), duty.hours, duty.adopted);
    if (!options.place.empty()) duty.place = parse_name(options.place, "--place");
    if (!options.note.empty()) duty.note = parse_note(options.note, "--note");
    auto ledger = context.open(store::Ledger::Mode::write);
    if (!options.event.empty()) {
      const auto event = store::get_event(ledger, parse_id(options.event, "--event"));
      duty.event_id = event.id;
      duty.station_id = event.station_id;
      duty.date = event.date;
      if (!duty.place) duty.place = event.place;
    }
    const auto ids = volunteer_ids(ledger, options.volunteers, duty.station_id);
    const auto added = ledger.write([&] {
      std::vector<store::Duty> stored;
      for (auto id : ids) {
        auto one = duty;
        one.volunteer_id = id;
        stored.push_back(store::add_duty(ledger, one));
      }
      return stored;
    });
    for (const auto& stored : added) {  // once committed
      if (parse_format(options.format) == Format::json) std::cout << duty_json(stored).dump(2) << '\n';
      else if (!context.options.quiet)
        std::cout << trf("added duty #{}  {}  {} points", stored.id, stored.volunteer, format_tenths(stored.points))
                  << '\n';
    }
  });

  add_delete_command(context, command, "duty",
                     DeleteWords{tr("Delete a participation (its points go with it)"), tr("the duty's id"),
                                 tr("duty #{}"), tr("deleted duty #")},
                     store::get_duty, store::delete_duty);

  auto* points = app.add_subcommand("points", tr("Points adjustments for volunteers (audited)"));
  points->require_subcommand(1);
  struct AdjustOptions {
    std::string volunteer, points, reason, date, format;
  };
  auto adjust_options = std::make_shared<AdjustOptions>();
  auto* adjust = points->add_subcommand("adjust", tr("Award or deduct points by hand, with a reason"));
  adjust->add_option("--volunteer", adjust_options->volunteer, tr("id or name"));
  adjust->add_option("--points", adjust_options->points, tr("points, may be negative or have one decimal: 5, -3, 2.5"));
  adjust->add_option("--reason", adjust_options->reason, tr("why (required)"));
  adjust->add_option("--date", adjust_options->date, tr("the day (default: today)"));
  add_format_option(adjust, adjust_options->format, {"table", "json"});
  adjust->footer(tr("Examples:\n  pingan points adjust --volunteer 巴图 --points 5 --reason \"协助抓获嫌疑人\"\n"
                 "  pingan points adjust --volunteer 3 --points -2 --reason \"重复登记\""));
  adjust->callback([&context, adjust_options] {
    auto& options = *adjust_options;
    ask_for_missing(context, {{"--volunteer", &options.volunteer, tr("Volunteer (name or id)"),
                               [](const std::string& answer) { parse_name(answer, "--volunteer"); }},
                              {"--points", &options.points, tr("Points (may be negative)"),
                               [](const std::string& answer) { records::parse_points(answer, "--points"); }},
                              {"--reason", &options.reason, tr("Reason"),
                               [](const std::string& answer) {
                                 if (parse_note(answer, "--reason").empty()) throw InputError("--reason", tr("must not be empty"));
                               }}});
    store::Duty duty;
    duty.duty = records::kAdjustment;
    duty.points = records::parse_points(options.points, "--points");
    duty.reason = parse_note(options.reason, "--reason");
    if (duty.reason->empty()) throw InputError("--reason", tr("must not be empty"));
    duty.date = options.date.empty() ? context.today() : parse_date(options.date, context.today(), "--date");
    auto ledger = context.open(store::Ledger::Mode::write);
    duty.volunteer_id = store::find_volunteer(ledger, options.volunteer, 0, "--volunteer").id;
    const auto stored = store::add_duty(ledger, duty);
    if (parse_format(options.format) == Format::json) std::cout << duty_json(stored).dump(2) << '\n';
    else if (!context.options.quiet)
      std::cout << trf("adjusted points #{}  {}  {}{}", stored.id, stored.volunteer, stored.points > 0 ? "+" : "",
                       format_tenths(stored.points))
                << '\n';
  });
}

}  // namespace

void add_volunteer_team_commands(CLI::App& app, Context& context) {
  add_volunteer_commands(app, context);
  add_task_commands(app, context);
  add_duty_commands(app, context);
}

}  // namespace pingan::cli
