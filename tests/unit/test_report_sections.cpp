// A section the renderers have never heard of shows in every format, typed
// the same way as the built-in ones (SPEC §5, Reports).
#include <doctest/doctest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>

#include "pingan/config.hpp"
#include "pingan/io/text_width.hpp"
#include "pingan/report/render.hpp"
#include "pingan/report/text.hpp"
#include "pingan/store/stations.hpp"
#include "pingan/store/volunteers.hpp"

using pingan::Date;
using pingan::Lang;
using pingan::Period;
using namespace pingan::report;

namespace {

bool has(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// The built-in sections of an empty week, then a made-up "patrols" section.
struct Fixture {
  Report report;
  std::vector<Section> sections;

  Fixture() {
    report.lang = Lang::en;
    report.period = Period{Date{2026, 11, 23}, Date{2026, 11, 29}, "2026-W48"};
    report.previous_period = Period{Date{2026, 11, 16}, Date{2026, 11, 22}, "2026-W47"};
    sections = report.sections();
    sections.push_back({"patrols",
                        "Night patrols",
                        {{.key = "route", .heading = "Route", .metric = false},
                         {"walkers", "Walkers", Kind::count},
                         {"cost", "Cost", Kind::money},
                         {"share", "Share", Kind::rate},
                         {"day", "Day", Kind::date},
                         {"late", "Late", Kind::flag}},
                        {{"r1", "River <walk>", {Cell{"River <walk>"}, 1234, 70050, {0, 0.25}, Cell{"2026-11-24"}, true}},
                         {"r2", "Market", {Cell{"Market"}, 0, 0, {0, std::nullopt}, Cell{"2026-11-25"}, false}}}});
  }
};

}  // namespace

TEST_CASE("a new section appears in every format") {
  const Fixture f;
  const auto json = nlohmann::ordered_json::parse(render_json(f.report, f.sections));
  REQUIRE(json.contains("patrols"));
  CHECK(json.back() == json["patrols"]);  // after the built-in sections
  CHECK(json["patrols"][0].dump() ==
        R"({"route":"River <walk>","walkers":1234,"cost":700.5,"share":0.25,"day":"2026-11-24","late":true})");
  CHECK(json["patrols"][1]["share"].is_null());

  const std::string csv = render_csv(f.report, f.sections);
  CHECK(has(csv, "patrols,r1,River <walk>,walkers,1234\n"));
  CHECK(has(csv, "patrols,r1,River <walk>,cost,700.50\n"));
  CHECK(has(csv, "patrols,r1,River <walk>,share,0.2500\n"));
  CHECK(has(csv, "patrols,r1,River <walk>,day,2026-11-24\n"));
  CHECK(has(csv, "patrols,r1,River <walk>,late,true\n"));
  CHECK(has(csv, "patrols,r2,Market,share,\n"));
  CHECK_FALSE(has(csv, ",route,"));  // the row's label, not a metric

  const std::string markdown = render_markdown(f.report, f.sections);
  CHECK(has(markdown, "## Night patrols\n\n| Route | Walkers | Cost | Share | Day | Late |\n"
                      "| --- | ---: | ---: | ---: | --- | --- |\n"
                      "| River &lt;walk&gt; | 1,234 | 700.50 | 25.0% | 2026-11-24 | Late |\n"
                      "| Market | 0 | 0.00 | — | 2026-11-25 |  |\n"));

  const std::string table = render_table(f.report, f.sections, {});
  CHECK(has(table, "\nNight patrols\n"));
  CHECK(has(table, "River <walk>    1,234  700.50  25.0%  2026-11-24  Late\n"));

  const std::string html = render_html(f.report, f.sections);
  CHECK(has(html, "<section id=\"patrols\">\n<h2>Night patrols</h2>\n<div class=\"scroll\"><table>\n"));
  CHECK(has(html, "<tr class=\"late\"><td>River &lt;walk&gt;</td><td class=\"num\">1,234</td>"
                  "<td class=\"num\">700.50</td><td class=\"num\">25.0%</td><td>2026-11-24</td>"
                  "<td><span class=\"badge\">Late</span></td></tr>\n"));
}

TEST_CASE("a new section without rows says so") {
  Fixture f;
  f.sections.back().rows.clear();
  const auto json = nlohmann::ordered_json::parse(render_json(f.report, f.sections));
  CHECK((json["patrols"].is_array() && json["patrols"].empty()));
  CHECK_FALSE(has(render_csv(f.report, f.sections), "patrols"));
  CHECK(has(render_markdown(f.report, f.sections), "## Night patrols\n\nNone\n"));
  CHECK(has(render_table(f.report, f.sections, {}), "Night patrols\nNone\n"));
  CHECK(has(render_html(f.report, f.sections), "<h2>Night patrols</h2>\n<p class=\"none\">None</p>\n</section>"));
}

// ---------------------------------------------------------------- volunteers (SPEC §9, Reports)

namespace {

// A week with volunteers, built by hand.
Report volunteer_week(Lang lang) {
  Report r;
  r.lang = lang;
  r.period = Period{Date{2026, 11, 23}, Date{2026, 11, 29}, "2026-W48"};
  r.previous_period = Period{Date{2026, 11, 16}, Date{2026, 11, 22}, "2026-W47"};
  r.volunteers = {12, 2, 9, 175, 305};
  r.previous_volunteers = {10, 0, 6, 120, 200};
  r.by_duty = {{"patrol", lang == Lang::zh ? "参与治安巡防" : "Security patrol", 5, 100, 200},
               {"opinion", "<b>views</b>", 4, 75, 110},
               {"adjustment", lang == Lang::zh ? "积分调整" : "Points adjustments", 0, 0, -5}};
  r.top = {{1, 7, "格桑花", "城关派出所", "parent", lang == Lang::zh ? "家长" : "Parent", 3, 75, 120},
           {2, 9, "<i>Liu</i>", "城关派出所", std::nullopt, "", 2, 40, 80}};
  return r;
}

}  // namespace

TEST_CASE("the volunteers section: one JSON object, appended, hours and points in units") {
  const Report report = volunteer_week(Lang::en);
  const auto json = nlohmann::ordered_json::parse(render_json(report));
  REQUIRE(json.contains("volunteers"));
  std::vector<std::string> keys;
  for (const auto& [key, value] : json.items()) keys.push_back(key);
  // Appended after the open cases; the targets (SPEC §11) come after it.
  CHECK(keys == std::vector<std::string>{"period", "previous_period", "station", "totals", "previous", "by_station",
                                         "by_venue", "by_topic", "trend", "open_cases", "volunteers", "targets"});
  CHECK(json["targets"] == nlohmann::ordered_json::array());
  const auto& v = json["volunteers"];
  CHECK(v.dump() ==
        R"({"active":12,"joined":2,"participations":9,"hours":17.5,"points":30.5,"by_duty":[)"
        R"({"key":"patrol","label":"Security patrol","participations":5,"hours":10,"points":20},)"
        R"({"key":"opinion","label":"<b>views</b>","participations":4,"hours":7.5,"points":11},)"
        R"({"key":"adjustment","label":"Points adjustments","participations":0,"hours":0,"points":-0.5}],"top":[)"
        R"({"rank":1,"id":7,"name":"格桑花","station":"城关派出所","group":"parent","participations":3,"hours":7.5,"points":12},)"
        R"({"rank":2,"id":9,"name":"<i>Liu</i>","station":"城关派出所","group":null,"participations":2,"hours":4,"points":8}],)"
        R"("previous":{"active":10,"joined":0,"participations":6,"hours":12,"points":20}})");
}

TEST_CASE("the volunteers section: CSV rows named by their JSON path") {
  const std::string csv = render_csv(volunteer_week(Lang::en));
  CHECK(has(csv, "volunteers,2026-W48,This period,active,12\n"));
  CHECK(has(csv, "volunteers,2026-W48,This period,hours,17.5\n"));
  CHECK(has(csv, "volunteers,2026-W48,This period,points,30.5\n"));
  CHECK(has(csv, "volunteers.previous,2026-W47,Previous period,points,20\n"));
  CHECK(has(csv, "volunteers.by_duty,opinion,<b>views</b>,hours,7.5\n"));
  CHECK(has(csv, "volunteers.by_duty,adjustment,Points adjustments,points,-0.5\n"));
  CHECK(has(csv, "volunteers.top,7,格桑花,rank,1\n"));
  CHECK(has(csv, "volunteers.top,9,<i>Liu</i>,group,\n"));
  CHECK(has(csv, "volunteers.top,9,<i>Liu</i>,points,8\n"));
  CHECK_FALSE(has(csv, ",name,"));  // the row's label
  CHECK_FALSE(has(csv, "\nprevious,2026-W47,Previous period,active"));  // not among the totals' previous figures
}

TEST_CASE("the volunteers section: tables for people, in Chinese") {
  const Report report = volunteer_week(Lang::zh);
  const std::string markdown = render_markdown(report);
  CHECK(has(markdown, "\n## 义警\n\n| "));
  CHECK(has(markdown, "| 在册义警 | 12 | 10 | +2 (+20.0%) |\n"));
  CHECK(has(markdown, "| 服务时长（小时） | 17.5 | 12 | +5.5 (+45.8%) |\n"));
  CHECK(has(markdown, "| 积分 | 30.5 | 20 | +10.5 (+52.5%) |\n"));
  CHECK(has(markdown, "\n### 分职责\n\n| 职责 | 履职次数 | 服务时长（小时） | 积分 |\n"));
  CHECK(has(markdown, "| 积分调整 | 0 | 0 | -0.5 |\n"));
  CHECK(has(markdown, "\n### 积分排行\n\n"));
  CHECK(has(markdown, "| 1 | 7 | 格桑花 | 城关派出所 | 家长 | 3 | 7.5 | 12 |\n"));
  CHECK(has(markdown, "| 2 | 9 | &lt;i&gt;Liu&lt;/i&gt; | 城关派出所 |  | 2 | 4 | 8 |\n"));

  const std::string table = render_table(report, {});
  CHECK(has(table, "\n义警\n"));
  CHECK(has(table, "\n分职责\n"));
  CHECK(has(table, "\n积分排行\n"));
  CHECK(has(table, "新加入"));

  Report empty = volunteer_week(Lang::zh);
  empty.top.clear();
  CHECK(has(render_markdown(empty), "\n### 积分排行\n\n无\n"));
}

TEST_CASE("tenths for people: thousands, one decimal, the sign kept") {
  CHECK(format_figure({"points", Kind::tenths, 123456, {}}) == "12,345.6");
  CHECK(format_figure({"points", Kind::tenths, 80, {}}) == "8");
  CHECK(format_figure({"points", Kind::tenths, -5, {}}) == "-0.5");
  CHECK(format_figure({"points", Kind::tenths, -35, {}}) == "-3.5");
  CHECK(format_change({"points", Kind::tenths, 80, {}}, {"points", Kind::tenths, 105, {}}) == "−2.5 (−23.8%)");
}

namespace {

// A fresh folder for one test's databases, removed afterwards.
struct TempDir {
  std::filesystem::path path;
  TempDir() {
    path = std::filesystem::temp_directory_path() / ("pingan-unit-" + std::to_string(std::random_device{}()));
    std::filesystem::create_directories(path);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
};

pingan::store::Station add_station(pingan::store::Ledger& ledger, const char* name, const char* code) {
  pingan::store::Station station;
  station.name = name;
  station.code = code;
  return pingan::store::add_station(ledger, station);
}

// Week 48 of 2026 at two stations (城关 and 东城), and a participation the week before.
void volunteer_ledger(pingan::store::Ledger& ledger) {
  namespace store = pingan::store;
  const auto city = add_station(ledger, "城关派出所", "cg");
  const auto east = add_station(ledger, "东城派出所", "dc");
  auto volunteer = [&](const char* name, std::int64_t station, Date joined, std::optional<Date> left = {}) {
    pingan::records::Volunteer v;
    v.name = name;
    v.station_id = station;
    v.joined = joined;
    v.group = "parent";
    auto stored = store::add_volunteer(ledger, v);
    if (left) {
      stored.left = left;
      store::update_volunteer(ledger, stored, "--date");
    }
    return stored.id;
  };
  const auto gesang = volunteer("格桑花", city.id, {2026, 1, 1});
  const auto wang = volunteer("王五", city.id, {2026, 11, 24});                     // joined in the week
  const auto liu = volunteer("Liu Wei", east.id, {2026, 6, 1}, Date{2026, 11, 25});  // left in the week
  volunteer("赵六", city.id, {2026, 11, 30});                                        // joined after it
  auto duty = [&](std::int64_t who, Date date, const char* code, std::int64_t hours, std::int64_t points,
                  std::int64_t station = 0) {
    pingan::records::Duty d;
    d.volunteer_id = who;
    d.date = date;
    d.duty = code;
    d.hours = hours;
    d.points = points;
    d.station_id = station;
    if (d.duty == pingan::records::kAdjustment) d.reason = "迟到";
    store::add_duty(ledger, d);
  };
  duty(gesang, {2026, 11, 24}, "patrol", 20, 40);
  duty(gesang, {2026, 11, 25}, "adjustment", 0, -5);
  duty(wang, {2026, 11, 26}, "opinion", 0, 10);
  duty(liu, {2026, 11, 24}, "mediation", 0, 30);
  duty(gesang, {2026, 11, 27}, "patrol", 15, 35, east.id);  // at the other station
  duty(gesang, {2026, 11, 18}, "outreach", 10, 30);         // the week before
}

void check_week(pingan::store::Ledger& ledger) {
  const auto config = pingan::default_config();
  const Period week{Date{2026, 11, 23}, Date{2026, 11, 29}, "2026-W48"};
  const Report all = build_report(ledger, config, {week, std::nullopt, false, Lang::zh, {}, std::nullopt});
  CHECK(all.volunteers.active == 2);  // 格桑花 and 王五; Liu Wei left, 赵六 not yet
  CHECK(all.volunteers.joined == 1);
  CHECK(all.volunteers.participations == 4);  // the adjustment is not one
  CHECK(all.volunteers.hours == 35);
  CHECK(all.volunteers.points == 110);
  CHECK(all.previous_volunteers.active == 2);
  CHECK(all.previous_volunteers.participations == 1);
  CHECK(all.previous_volunteers.points == 30);

  // Every duty in config order, then the adjustments; the points add up.
  std::vector<std::string> keys;
  std::int64_t points = 0;
  for (const auto& row : all.by_duty) {
    keys.push_back(row.key);
    points += row.points;
  }
  CHECK(keys == std::vector<std::string>{"patrol", "outreach", "opinion", "mediation", "assistance", "intelligence",
                                         "adjustment"});
  CHECK(points == all.volunteers.points);
  CHECK(all.by_duty[0].label == "参与治安巡防");
  CHECK(all.by_duty[0].participations == 2);
  CHECK(all.by_duty[0].hours == 35);
  CHECK(all.by_duty[6].label == "积分调整");
  CHECK(all.by_duty[6].participations == 0);
  CHECK(all.by_duty[6].points == -5);

  REQUIRE(all.top.size() == 3);
  CHECK(all.top[0].name == "格桑花");
  CHECK(all.top[0].points == 70);
  CHECK(all.top[0].group_label == "家长");
  CHECK(all.top[1].name == "Liu Wei");  // shown in full
  CHECK(all.top[2].rank == 3);

  // A participation counts where it happened, a volunteer at their station.
  const Report city = build_report(ledger, config, {week, std::string("城关派出所"), false, Lang::zh, {}, std::nullopt});
  CHECK(city.volunteers.active == 2);
  CHECK(city.volunteers.joined == 1);
  CHECK(city.volunteers.participations == 2);
  CHECK(city.volunteers.hours == 20);
  CHECK(city.volunteers.points == 45);
  REQUIRE(city.top.size() == 2);
  CHECK(city.top[0].points == 35);
  const Report east = build_report(ledger, config, {week, std::string("东城派出所"), false, Lang::zh, {}, std::nullopt});
  CHECK(east.volunteers.active == 0);
  CHECK(east.volunteers.participations == 2);
  CHECK(east.volunteers.points == 65);
}

}  // namespace

TEST_CASE("volunteer figures from a ledger, and a record in both files counted once") {
  TempDir dir;
  {
    pingan::store::Ledger ledger(dir.path / "ledger.db", pingan::store::Ledger::Mode::write, {1000, "tester"});
    volunteer_ledger(ledger);
    check_week(ledger);

    // A duty the config no longer has keeps its row (its code for a label), so the points still add up.
    auto config = pingan::default_config();
    config.duties = pingan::Vocabulary("duty");
    config.duties.add({"patrol", "参与治安巡防", "Security patrol"});
    const Period week{Date{2026, 11, 23}, Date{2026, 11, 29}, "2026-W48"};
    const Report report = build_report(ledger, config, {week, std::nullopt, false, Lang::en, {}, std::nullopt});
    std::vector<std::string> keys, labels;
    for (const auto& row : report.by_duty) {
      keys.push_back(row.key);
      labels.push_back(row.label);
    }
    CHECK(keys == std::vector<std::string>{"patrol", "mediation", "opinion", "adjustment"});
    CHECK(labels == std::vector<std::string>{"Security patrol", "mediation", "opinion", "Points adjustments"});
  }
  // An archive run interrupted after copying everything: every record is in both files.
  std::filesystem::copy_file(dir.path / "ledger.db", dir.path / "archive.db");
  pingan::store::Ledger ledger(dir.path / "ledger.db", pingan::store::Ledger::Mode::write, {1000, "tester"});
  REQUIRE(ledger.attach_archive(dir.path / "archive.db"));
  check_week(ledger);
}

TEST_CASE("the top of the volunteers is the board's first five rows, ties at the cut left out") {
  TempDir dir;
  pingan::store::Ledger ledger(dir.path / "ledger.db", pingan::store::Ledger::Mode::write, {1000, "tester"});
  const auto station = add_station(ledger, "城关派出所", "cg");
  for (int i = 0; i < 7; ++i) {
    pingan::records::Volunteer v;
    v.name = "义警" + std::to_string(i);
    v.station_id = station.id;
    v.joined = {2026, 1, 1};
    pingan::records::Duty d;
    d.volunteer_id = pingan::store::add_volunteer(ledger, v).id;
    d.date = {2026, 11, 24};
    d.duty = "opinion";
    d.points = i < 3 ? 30 : 10;  // four tied at the cut
    pingan::store::add_duty(ledger, d);
  }
  const Period week{Date{2026, 11, 23}, Date{2026, 11, 29}, "2026-W48"};
  const Report report = build_report(ledger, pingan::default_config(), {week, std::nullopt, false, Lang::en, {}, std::nullopt});
  REQUIRE(report.top.size() == 5);
  CHECK(report.top[3].rank == 4);
  CHECK(report.top[4].rank == 4);
  CHECK(report.volunteers.active == 7);
}

namespace {

// A month with three targets (a count, money, per 10,000 residents) and a
// ranking where one station has no target and no population.
Report targets_month(Lang lang) {
  Report r;
  r.lang = lang;
  r.period = pingan::parse_month("2026-11", Date{2026, 11, 28});
  r.previous_period = pingan::previous_period(r.period);
  r.targets = {{"城关派出所", "amount_recovered", "Amount recovered", "2026", 5000000, 6000050, 1.2, 0.9, "met", "met"},
               {"城关派出所", "installs", "App installs", "2026-11", 300, 120, 0.4, 0.9, "behind", "behind"},
               {"树林召派出所", "installs_per_10k", "Installs per 10,000 residents", "2026-Q4", 80, std::nullopt,
                std::nullopt, 0.6, "behind", "behind"}};
  r.rank_metric = "installs";
  r.ranking = {{1, "城关派出所", 120, 300, 0.4, 25, true}, {2, "树林召派出所", 7, std::nullopt, std::nullopt, std::nullopt, true}};
  return r;
}

}  // namespace

TEST_CASE("targets and ranking: each value in its metric's unit, missing values null") {
  const Report report = targets_month(Lang::en);
  const auto json = nlohmann::ordered_json::parse(render_json(report));
  CHECK(json["targets"].dump() ==
        R"([{"station":"城关派出所","metric":"amount_recovered","period":"2026","target":50000.0,"actual":60000.5,)"
        R"("completion":1.2,"expected":0.9,"status":"met"},)"
        R"({"station":"城关派出所","metric":"installs","period":"2026-11","target":300,"actual":120,"completion":0.4,)"
        R"("expected":0.9,"status":"behind"},)"
        R"({"station":"树林召派出所","metric":"installs_per_10k","period":"2026-Q4","target":8,"actual":null,)"
        R"("completion":null,"expected":0.6,"status":"behind"}])");
  CHECK(json["ranking"].dump() ==
        R"([{"rank":1,"station":"城关派出所","metric":"installs","actual":120,"target":300,"completion":0.4,)"
        R"("per_10k":2.5,"bottom":true},)"
        R"({"rank":2,"station":"树林召派出所","metric":"installs","actual":7,"target":null,"completion":null,)"
        R"("per_10k":null,"bottom":true}])");

  const std::string csv = render_csv(report);
  CHECK(has(csv, "targets,城关派出所:amount_recovered,2026,target,50000.00\n"));
  CHECK(has(csv, "targets,城关派出所:amount_recovered,2026,actual,60000.50\n"));
  CHECK(has(csv, "targets,城关派出所:installs,2026-11,completion,0.4000\n"));
  CHECK(has(csv, "targets,城关派出所:installs,2026-11,expected,0.9000\n"));
  CHECK(has(csv, "targets,树林召派出所:installs_per_10k,2026-Q4,target,8\n"));
  CHECK(has(csv, "targets,树林召派出所:installs_per_10k,2026-Q4,actual,\n"));
  CHECK(has(csv, "ranking,城关派出所,城关派出所,rank,1\n"));
  CHECK(has(csv, "ranking,城关派出所,城关派出所,per_10k,2.5\n"));
  CHECK(has(csv, "ranking,树林召派出所,树林召派出所,per_10k,\n"));
  CHECK_FALSE(has(csv, ",status,"));  // targets: target, actual, completion, expected only
  CHECK_FALSE(has(csv, "ranking,城关派出所,城关派出所,target,"));  // ranking: rank, actual, completion, per_10k

  const std::string table = render_table(report, {.max_width = std::nullopt, .color = true});
  CHECK(has(table, "\x1b[31mbehind\x1b[0m"));
  CHECK_FALSE(has(table, "\x1b[31mmet"));
  const std::string markdown = render_markdown(report);
  CHECK(has(markdown, "| 树林召派出所 | Installs per 10,000 residents | 2026-Q4 | 8 | — | — | 60.0% | behind |\n"));
  CHECK(has(markdown, "| 城关派出所 | Amount recovered | 2026 | 50,000.00 | 60,000.50 | 120.0% | 90.0% | met |\n"));
  const std::string html = render_html(report);
  CHECK(has(html, "<tr class=\"alert\">"));
  CHECK(has(html, "<span class=\"progress\"><span style=\"width:40.0%\"></span></span> 40.0%"));
  CHECK(has(html, "<span class=\"progress\"><span style=\"width:100.0%\"></span></span> 120.0%"));
}

TEST_CASE("targets: left out of people's formats when there are none, an empty list in JSON") {
  Report report = targets_month(Lang::zh);
  report.targets.clear();
  report.rank_metric.reset();
  report.ranking.clear();
  CHECK_FALSE(has(render_markdown(report), "考核指标"));
  CHECK_FALSE(has(render_table(report, {}), "考核指标"));
  CHECK_FALSE(has(render_html(report), "考核指标"));
  const auto json = nlohmann::ordered_json::parse(render_json(report));
  CHECK(json["targets"] == nlohmann::ordered_json::array());
  CHECK_FALSE(json.contains("ranking"));
}

namespace {

// A month of the sample ledger's shape: the longest station name, a long
// category, an overdue case (red on a terminal), targets, a ranking, a trend.
Report busy_month(Lang lang) {
  Report r = targets_month(lang);
  r.totals = {37, 4302, 5625, 656, 5, 3, 1693730, 260000, 458000};
  r.previous = {6, 699, 1010, 83, 0, 0, 0, 0, 0};
  r.by_station = {{"达拉特旗公安局情报指挥中心", "达拉特旗公安局情报指挥中心", 8, 1199, 1900, 192},
                  {"正阳派出所", "正阳派出所", 9, 1415, 1340, 110}};
  r.by_topic = {{"app_usage", lang == Lang::zh ? "国家反诈中心APP使用" : "Using the National Anti-Fraud Center app", 15,
                 1738, 2765, 374}};
  for (int day = 1; day <= 30; ++day)
    r.trend.push_back({"2026-11-" + std::to_string(day), (lang == Lang::zh ? "11-" : "Mon 11-") + std::to_string(day),
                       Date{2026, 11, day}, Date{2026, 11, day}, day % 3, day * 17, day});
  r.open_cases = {{2, Date{2026, 11, 12}, "吉日嘎朗图派出所", "王某", "telecom_fraud",
                   lang == Lang::zh ? "电信网络诈骗止付挽损" : "Fraud stop-payment and recovery", 1200050, "submitted", 18,
                   true}};
  return r;
}

}  // namespace

TEST_CASE("the terminal report fits 80 columns in both languages, English headings short") {
  for (const Lang lang : {Lang::zh, Lang::en}) {
    CAPTURE(lang == Lang::zh);
    const Report report = busy_month(lang);
    for (const bool ambiguous_wide : {false, true}) {
      const std::string table = render_table(report, {.max_width = 80, .color = true, .ambiguous_wide = ambiguous_wide});
      std::istringstream lines(table);
      for (std::string line; std::getline(lines, line);) {
        CAPTURE(line);
        CHECK(pingan::io::display_width(line) <= 80);
        CHECK((line.empty() || line.back() != ' '));
      }
      // The station names are whole in the tables where nothing else could give.
      CHECK(has(table, "达拉特旗公安局情报指挥中心"));
      if (ambiguous_wide)
        for (const char* wide : {"─", "…", "█", "—", "±"}) CHECK_FALSE(has(table, wide));
    }
  }
  // English column headings: the period's label alone, short words for the figures.
  const std::string en = render_table(busy_month(Lang::en), {.max_width = 80});
  CHECK(has(en, "\n                        2026-11  2026-10            Change\n"));
  CHECK(has(en, "\nStation                     Events  Audience  Materials  Installs\n"));
  CHECK(has(en, "Age  Overdue\n"));
  CHECK(has(en, "\nPeople reached            4,302      699  +3,603 (+515.5%)\n"));  // row labels in full
  // Chinese keeps its words.
  CHECK(has(render_table(busy_month(Lang::zh), {.max_width = 80}), "          本期 2026-11  上期 2026-10              环比\n"));
}
