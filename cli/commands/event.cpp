// pingan event add|list|show|edit|delete — outreach events (宣传活动).
#include <iostream>
#include <map>

#include "commands/commands.hpp"
#include "common.hpp"
#include "output.hpp"
#include "period_options.hpp"
#include "pingan/errors.hpp"
#include "pingan/i18n.hpp"
#include "pingan/store/events.hpp"
#include "pingan/store/stations.hpp"
#include "pingan/store/volunteers.hpp"
#include "option_fields.hpp"
#include "prompt.hpp"

namespace pingan::cli {
namespace {

// Every option of `event add` and `event edit`: the event's fields, which
// its rules read (records/event.hpp), and the station.
struct EventOptions {
  OptionFields fields;
  std::vector<std::string> volunteers;  // who staffed it: their outreach duty
  std::string format;
  std::string& station() { return fields.value("station"); }
};

void add_event_options(CLI::App* command, EventOptions& options) {
  auto& fields = options.fields;
  fields.add(command, "venue", "--venue", tr("where: a venue code or label (工地, night_market, …)"));
  fields.add(command, "place", "--place", tr("the place's name or address"));
  fields.add(command, "audience", "--audience", tr("people reached (受众人数)"));
  fields.add(command, "date", "--date", tr("2026-11-28, 2026/11/28, 2026年11月28日, today, 昨天, -3d"));
  fields.add(command, "station", "--station", tr("station name or code (default: config defaults.station)"));
  fields.add(command, "materials", "--materials", tr("leaflets and brochures handed out (发放资料份数)"));
  fields.add(command, "installs", "--installs", tr("people helped to install the 国家反诈中心 app here"));
  fields.add_list(command, "topics", "--topic", tr("topic code or label; repeatable, or a comma list"));
  fields.add_list(command, "officers", "--officer", tr("officer taking part; repeatable, or a comma list"));
  fields.add(command, "note", "--note", tr("free text, may span lines"));
  command->add_option("--volunteer", options.volunteers,
                      tr("volunteer police who staffed it (their outreach duty); repeatable, or a comma list"));
  add_format_option(command, options.format, {"table", "json"});
}

// Applies the options that were given to `event` (add and edit alike).
void apply_options(Context& context, store::Ledger& ledger, EventOptions& options, store::Event& event) {
  records::apply_fields(event, options.fields, context.config(), context.today());
  if (options.fields.given("station")) {
    const auto station = store::find_active_station(ledger, options.station(), "--station");
    event.station_id = station.id;
    event.station = station.name;
  }
}

// Asks on the terminal for each required field the options left out; without
// a terminal, names them all in one error.
void complete_required(Context& context, store::Ledger& ledger, EventOptions& options) {
  auto& fields = options.fields;
  if (options.station().empty()) options.station() = context.config().default_station;
  std::vector<std::string> missing;
  for (const char* key : {"station", "venue", "place", "audience"})
    if (fields.value(key).empty()) missing.push_back(fields.name(key));
  if (missing.empty()) return;
  if (!context.interactive()) require_options(missing);
  const Config& config = context.config();
  const Lang lang = context.lang();
  if (options.station().empty())
    options.station() = ask("--station", trf("Station [{}]", store::registered_station_names(ledger)),
                          [&](const std::string& answer) { store::find_active_station(ledger, answer, "--station"); });
  if (fields.value("venue").empty()) {
    std::cerr << trf("Venues: {}", config.venues.describe(lang)) << '\n';
    fields.value("venue") = ask("--venue", tr("Venue"),
                        [&](const std::string& answer) { config.venues.resolve(answer, "--venue"); });
  }
  if (fields.value("place").empty())
    fields.value("place") = ask("--place", tr("Place"), [](const std::string& answer) { parse_name(answer, "--place"); });
  if (fields.value("audience").empty())
    fields.value("audience") = ask("--audience", tr("Audience (people reached)"),
                           [](const std::string& answer) { parse_count(answer, "--audience"); });
}

Json event_json(const store::Event& event) { return store::to_json(event); }

std::vector<Field> event_fields(Context& context, bool detailed) {
  const Config& config = context.config();
  const Lang lang = context.lang();
  auto venue = [&config, lang](const Json& value) { return config.venues.label(plain_text(value), lang); };
  auto topics = [&config, lang](const Json& value) {
    std::string out;
    for (const auto& code : value) out += (out.empty() ? "" : pingan::tr(", ")) + config.topics.label(code.get<std::string>(), lang);
    return out;
  };
  std::vector<Field> fields = {
      {"id", "编号", "ID", io::Align::right},
      {"date", "日期", "Date"},
      {"station", "派出所", "Station", io::Align::left, io::Cut::late},
      {"venue", "场所", "Venue", io::Align::left, io::Cut::late, venue},
      {"place", "地点", "Place", io::Align::left, io::Cut::first},
      {"audience", "受众", "Audience", io::Align::right},
      {"materials", "资料", "Materials", io::Align::right},
      {"installs", "下载注册", "Installs", io::Align::right},
      {"topics", "主题", "Topics", io::Align::left, io::Cut::first, topics},
  };
  if (detailed) {
    fields.push_back({"officers", "民警", "Officers", io::Align::left, io::Cut::first});
    fields.push_back({"note", "备注", "Note", io::Align::left, io::Cut::first});
    fields.push_back({"uid", "唯一编号", "UID"});
    fields.push_back({"created_at", "录入时间", "Created"});
    fields.push_back({"updated_at", "修改时间", "Updated"});
  }
  return fields;
}

// `done`: what happened, in the user's language ("added event").
void print_saved(Context& context, const store::Event& event, const std::string& format, const std::string& done) {
  if (parse_format(format) == Format::json) {
    std::cout << event_json(event).dump(2) << '\n';
    return;
  }
  if (context.options.quiet) return;
  std::cout << done << " #" << event.id << "  " << event.date.iso() << "  " << event.station
            << "  " << context.config().venues.label(event.venue, context.lang()) << "  " << event.place << '\n';
}

// The volunteers who staffed the event, each with an outreach duty linked to
// it (points by the config's rule), in the caller's transaction.
// Returns how many were added.
int record_volunteers(Context& context, store::Ledger& ledger, const store::Event& event,
                      const std::vector<std::string>& volunteers) {
  if (volunteers.empty()) return 0;
  int added = 0;
  const auto rule = context.config().duty_rules.find("outreach");
  if (rule == context.config().duty_rules.end()) throw Failure(tr("no points rule for duty outreach in the config"));
  std::vector<std::int64_t> credited;  // an edit adds only those not credited yet
  store::for_each_duty(ledger, {std::nullopt, std::nullopt, std::nullopt, std::nullopt, event.id},
                       [&](const store::Duty& duty) { credited.push_back(duty.volunteer_id); });
  for (const auto& text : records::split_items(volunteers)) {
    store::Duty duty;
    duty.volunteer_id = store::find_volunteer(ledger, text, event.station_id, "--volunteer").id;
    if (std::ranges::find(credited, duty.volunteer_id) != credited.end()) continue;
    credited.push_back(duty.volunteer_id);
    duty.date = event.date;
    duty.station_id = event.station_id;
    duty.duty = "outreach";
    duty.points = records::duty_points(rule->second, 0, false);
    duty.place = event.place;
    duty.event_id = event.id;
    store::add_duty(ledger, duty);
    ++added;
  }
  return added;
}

void run_add(Context& context, EventOptions& options) {
  auto ledger = context.open(store::Ledger::Mode::write);
  store::Event event;
  event.date = context.today();
  apply_options(context, ledger, options, event);  // reject bad values before asking for more
  complete_required(context, ledger, options);
  if (options.fields.items("officers").empty() && !context.config().default_officer.empty())
    options.fields.items("officers").push_back(context.config().default_officer);
  apply_options(context, ledger, options, event);
  print_saved(context, ledger.write([&] {
                const auto stored = store::add_event(ledger, event);
                record_volunteers(context, ledger, stored, options.volunteers);
                return stored;
              }),
              options.format, tr("added event"));
}

}  // namespace

void add_event_commands(CLI::App& app, Context& context) {
  auto* event = app.add_subcommand("event", tr("Outreach events (宣传活动): add, list, show, edit, delete"));
  event->require_subcommand(1);

  auto add_options = std::make_shared<EventOptions>();
  auto* add = event->add_subcommand("add", tr("Record an outreach event"));
  add_event_options(add, *add_options);
  add->footer(tr(R"(Required: --venue, --place, --audience (asked for on a terminal when left out).

Examples:
  pingan event add --venue 工地 --place "吉日嘎朗图镇安置房工地" --audience 60 \
      --materials 120 --installs 25 --topic brushing,fake_loan --officer 寇小青
  pingan event add --venue night_market --place 树林召夜市 --audience 200 --date 昨天
  pingan event add            # on a terminal: asks for what is missing)"));
  add->callback([&context, add_options] { run_add(context, *add_options); });

  struct ListOptions {
    PeriodOptions period;
    std::string station, venue, topic, limit, format, bureau_db;
    bool include_archive = false;
  };
  auto list_options = std::make_shared<ListOptions>();
  auto* list = event->add_subcommand("list", tr("List events, oldest first"));
  list_options->period.add_to(list);
  list->add_option("--station", list_options->station, tr("only this station (name or code)"));
  list->add_option("--venue", list_options->venue, tr("only this venue"));
  list->add_option("--topic", list_options->topic, tr("only events with this topic"));
  list->add_option("--limit", list_options->limit, tr("at most this many events"));
  list->add_flag("--include-archive", list_options->include_archive, tr("list archived events too"));
  add_bureau_db_option(list, list_options->bureau_db);
  add_format_option(list, list_options->format);
  list->footer(tr(R"(Examples:
  pingan event list --week this
  pingan event list --month 2026-11 --venue 夜市 --format csv > november.csv
  pingan event list --from 2026-11-01 --to 2026-11-15 --format json)"));
  list->callback([&context, list_options] {
    const auto& options = *list_options;
    store::EventFilter filter;
    options.period.bound(context.today(), filter.from, filter.to);
    if (!options.venue.empty()) filter.venue = context.config().venues.resolve(options.venue, "--venue").code;
    if (!options.topic.empty()) filter.topic = context.config().topics.resolve(options.topic, "--topic").code;
    if (!options.limit.empty()) filter.limit = parse_count(options.limit, "--limit");
    auto ledger = context.open_to_list(options.bureau_db, options.include_archive, filter.from, filter.to,
                                       &records::event_kind());
    filter.station = station_filter(ledger, options.station);
    std::vector<Json> records;
    for (const auto& event : store::list_events(ledger, filter)) records.push_back(event_json(event));
    print_list(context, parse_format(options.format), records, event_json(store::Event{}), event_fields(context, false));
  });

  struct ShowOptions {
    std::string id, format;
  };
  auto show_options = std::make_shared<ShowOptions>();
  auto* show = event->add_subcommand("show", tr("Show one event"));
  show->add_option("ID", show_options->id, tr("the event's id"))->required();
  add_format_option(show, show_options->format);
  show->footer(tr("Examples:\n  pingan event show 12\n  pingan event show 12 --format json"));
  show->callback([&context, show_options] {
    const auto id = parse_id(show_options->id, "ID");
    auto ledger = context.open(store::Ledger::Mode::read);
    print_record(context, parse_format(show_options->format), event_json(store::get_event(ledger, id)),
                 event_fields(context, true));
  });

  auto edit_options = std::make_shared<EventOptions>();
  auto edit_id = std::make_shared<std::string>();
  auto* edit = event->add_subcommand("edit", tr("Change fields of an event (only the options given)"));
  edit->add_option("ID", *edit_id, tr("the event's id"))->required();
  add_event_options(edit, *edit_options);
  edit->footer(tr(R"(--topic and --officer replace the whole list; --note "" clears the note.

Examples:
  pingan event edit 12 --audience 80
  pingan event edit 12 --topic elder_care,illegal_fundraising --installs 30)"));
  edit->callback([&context, edit_options, edit_id] {
    const auto id = parse_id(*edit_id, "ID");
    auto ledger = context.open(store::Ledger::Mode::write);
    store::Event event = store::get_event(ledger, id);
    apply_options(context, ledger, *edit_options, event);
    int volunteers = 0;
    const auto stored = ledger.write([&] {
      auto updated = store::update_event(ledger, event);
      volunteers = record_volunteers(context, ledger, updated.value_or(event), edit_options->volunteers);
      return updated;
    });
    if (!stored && volunteers > 0) {
      if (!context.options.quiet)
        std::cout << trf("volunteers added: {}", volunteers) << '\n';
      return;
    }
    if (!stored) {
      context.message(tr("nothing changed; nothing written"));
      if (parse_format(edit_options->format) == Format::json) std::cout << event_json(event).dump(2) << '\n';
      return;
    }
    print_saved(context, *stored, edit_options->format, tr("updated event"));
  });

  struct DeleteOptions {
    std::string id;
    bool yes = false;
  };
  auto delete_options = std::make_shared<DeleteOptions>();
  auto* remove = event->add_subcommand("delete", tr("Delete an event with its linked installs"));
  remove->add_option("ID", delete_options->id, tr("the event's id"))->required();
  remove->add_flag("-y,--yes", delete_options->yes, tr("do not ask for confirmation (needed without a terminal)"));
  remove->footer(tr("Examples:\n  pingan event delete 12\n  pingan event delete 12 --yes    # from a script"));
  remove->callback([&context, delete_options] {
    const auto id = parse_id(delete_options->id, "ID");
    auto ledger = context.open(store::Ledger::Mode::write);
    const auto event = store::get_event(ledger, id);
    if (!delete_options->yes) {
      if (!context.interactive())
        throw InputError("--yes", tr("event delete needs --yes when there is no terminal to confirm on"));
      const std::string summary = "#" + std::to_string(event.id) + " " + event.date.iso() + " " + event.place;
      if (!confirm(trf("Delete event {}?", summary))) {
        context.message(tr("Nothing deleted."));
        return;
      }
    }
    store::delete_event(ledger, id);
    if (!context.options.quiet) std::cout << trf("deleted event #{}", id) << '\n';
  });
}

}  // namespace pingan::cli
