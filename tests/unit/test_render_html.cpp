// The HTML report (SPEC §5, Reports): one self-contained page, no scripts, every
// value escaped, charts inline, A4 print rules.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <string>

#include "pingan/report/model.hpp"
#include "pingan/report/render.hpp"
#include "pingan/values.hpp"

using pingan::Date;
using pingan::Lang;
using pingan::Period;
using namespace pingan::report;

namespace {

const std::string kEvil = "<img src=x onerror=alert(1)>";
const std::string kEvilEscaped = "&lt;img src=x onerror=alert(1)&gt;";

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

bool has(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// A week's report for one station, built by hand.
Report sample(Lang lang) {
  Report r;
  r.lang = lang;
  r.period = Period{Date{2026, 11, 23}, Date{2026, 11, 29}, "2026-W48"};
  r.previous_period = Period{Date{2026, 11, 16}, Date{2026, 11, 22}, "2026-W47"};
  r.station = kEvil;
  r.totals.events = 5;
  r.totals.audience = 1234;
  r.totals.materials = 800;
  r.totals.installs = 96;
  r.totals.cases_opened = 2;
  r.totals.cases_finished = 1;
  r.totals.amount_claimed = 1250050;
  r.totals.amount_recovered = 92900;
  r.totals.amount_finished = 100000;
  r.previous.events = 4;
  r.previous.audience = 1000;
  r.previous.installs = 80;
  r.by_station = {{kEvil, kEvil, 5, 1234, 800, 96}};
  r.by_venue = {{"school", lang == Lang::zh ? "学校" : "School", 3, 900, 500, 60},
                {"market", "\"quoted\" & 'single'", 2, 334, 300, 36}};
  r.by_topic = {{"telecom", lang == Lang::zh ? "电信诈骗" : "Telecom fraud", 5, 1234, 800, 96}};
  for (int i = 0; i < 7; ++i) {
    const Date day = r.period.from.plus_days(i);
    r.trend.push_back({day.iso(), day.iso().substr(5), day, day, i % 2, 100 * i, 10 * i});
  }
  r.open_cases = {
      {12, Date{2026, 11, 10}, kEvil, "王某", "shopping", lang == Lang::zh ? "网购退款" : "Shopping refund",
       70050, "open", 19, true},
      {15, Date{2026, 11, 27}, kEvil, "L***", "investment", "<b>x</b>", 500000, "submitted", 2, false},
  };
  return r;
}

}  // namespace

TEST_CASE("html report: self-contained, escaped, charted (zh)") {
  const std::string html = render_html(sample(Lang::zh));
  const std::string folded = lower(html);

  CHECK(has(html, "<!DOCTYPE html>"));
  CHECK(has(html, "<meta charset=\"utf-8\">"));
  CHECK(has(html, "lang=\"zh-CN\""));
  CHECK_FALSE(has(folded, "<script"));
  CHECK_FALSE(has(folded, "<link"));
  CHECK_FALSE(has(folded, "http://"));
  CHECK_FALSE(has(folded, "https://"));
  CHECK_FALSE(has(folded, "url("));

  CHECK(has(html, kEvilEscaped));
  CHECK_FALSE(has(html, kEvil));
  CHECK_FALSE(has(folded, "<img"));
  CHECK_FALSE(has(html, "<b>x</b>"));
  CHECK(has(html, "&lt;b&gt;x&lt;/b&gt;"));
  CHECK(has(html, "&quot;quoted&quot; &amp; &#39;single&#39;"));

  CHECK(has(html, "<svg"));
  CHECK(has(html, "viewBox="));
  CHECK(has(html, "宣传场次"));
  CHECK(has(html, "覆盖人数"));
  CHECK(has(html, "挽损金额"));
  CHECK(has(html, "2026-W48"));
  CHECK(has(html, "2026-11-23"));
  CHECK(has(html, "2026-11-29"));
  CHECK(has(html, "超期"));
  CHECK(has(html, "class=\"overdue\""));
  CHECK(has(html, "@page"));
  CHECK(has(html, "size: A4"));
  CHECK(has(html, "Noto Sans CJK SC"));

  // Figures as text.hpp writes them.
  CHECK(has(html, "1,234"));
  CHECK(has(html, "12,500.50"));  // amount claimed
  CHECK(has(html, "700.50"));     // the overdue case's amount
  CHECK(has(html, "92.9%"));      // recovery rate
  CHECK(has(html, "+234 (+23.4%)"));
  CHECK(has(html, "已提交平台"));
}

TEST_CASE("html report: English words and only the overdue row marked") {
  Report report = sample(Lang::en);
  report.open_cases[0].overdue = false;
  const std::string html = render_html(report);
  CHECK(has(html, "lang=\"en\""));
  CHECK(has(html, "People reached"));
  CHECK(has(html, "Amount recovered"));
  CHECK_FALSE(has(html, "class=\"overdue\""));
  CHECK_FALSE(has(html, "<span class=\"badge\">Overdue</span></td>"));
}

TEST_CASE("html report: empty and all-zero data") {
  Report report;
  report.lang = Lang::zh;
  report.period = Period{Date{2026, 11, 1}, Date{2026, 11, 30}, "2026-11"};
  report.previous_period = Period{Date{2026, 10, 1}, Date{2026, 10, 31}, "2026-10"};
  for (int i = 0; i < 30; ++i) {
    const Date day = report.period.from.plus_days(i);
    report.trend.push_back({day.iso(), day.iso().substr(5), day, day, 0, 0, 0});
  }
  report.by_venue = {{"school", "学校", 0, 0, 0, 0}};
  const std::string html = render_html(report);
  const std::string folded = lower(html);
  CHECK(has(html, "全部派出所"));
  CHECK(has(html, "<svg"));
  CHECK_FALSE(has(folded, "nan"));
  CHECK_FALSE(has(folded, "inf"));
  CHECK(has(html, "<p class=\"none\">无</p>"));  // by station, by topic, open cases

  report.trend.clear();
  report.by_venue.clear();
  const std::string bare = render_html(report);
  CHECK_FALSE(has(bare, "<svg"));
  CHECK(has(bare, "@page"));
}

TEST_CASE("html report: the volunteers, with points by duty as bars") {
  Report report = sample(Lang::zh);
  report.volunteers = {12, 2, 9, 175, 305};
  report.previous_volunteers = {10, 0, 6, 120, 200};
  report.by_duty = {{"patrol", "参与治安巡防", 5, 100, 200},
                    {"opinion", kEvil, 4, 75, 115},
                    {"adjustment", "积分调整", 0, 0, -10}};
  report.top = {{1, 7, kEvil, kEvil, "parent", "家长", 3, 75, 120}};
  const std::string html = render_html(report);
  const std::string folded = lower(html);
  CHECK(has(html, "<section id=\"volunteers\">\n<h2>义警</h2>\n"));
  CHECK(has(html, "<h3 id=\"volunteers-by_duty\">分职责</h3>\n<figure class=\"chart\">\n<figcaption>积分 · 分职责</figcaption>\n<svg"));
  CHECK(has(html, "<h3 id=\"volunteers-top\">积分排行</h3>\n<div class=\"scroll\"><table>"));
  CHECK(has(html, "<td>在册义警</td><td class=\"num\">12</td><td class=\"num\">10</td>"
                  "<td class=\"num\">+2 (+20.0%)</td>"));
  CHECK(has(html, "<title>参与治安巡防: 20</title>"));
  CHECK(has(html, "<title>" + kEvilEscaped + ": 11.5</title>"));
  CHECK(has(html, "<title>积分调整: -1</title>"));
  CHECK(has(html, "服务时长（小时）"));
  CHECK(has(html, "履职次数"));
  CHECK(has(html, "新加入"));
  CHECK_FALSE(has(html, kEvil));
  CHECK_FALSE(has(folded, "<script"));
  CHECK_FALSE(has(folded, "<img"));
  CHECK_FALSE(has(html, "width=\"-"));  // a deduction has no bar
  CHECK(html.find("<section id=\"open_cases\">") < html.find("<section id=\"volunteers\">"));
}

TEST_CASE("html report: laid out for a phone and for print") {
  const std::string html = render_html(sample(Lang::zh));
  CHECK(has(html, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
  // Every table in a box of its own that scrolls sideways on a narrow screen.
  std::size_t tables = 0, boxes = 0;
  for (auto at = html.find("<table"); at != std::string::npos; at = html.find("<table", at + 1)) ++tables;
  for (auto at = html.find("<div class=\"scroll\"><table"); at != std::string::npos;
       at = html.find("<div class=\"scroll\"><table", at + 1))
    ++boxes;
  CHECK(tables > 0);
  CHECK(boxes == tables);
  CHECK(has(html, ".scroll { overflow-x: auto;"));
  // On paper only descriptive text wraps: not the station, the name, the date.
  CHECK(has(html, "<td class=\"num\">12</td><td class=\"nowrap\">2026-11-10</td><td>" + kEvilEscaped +
                      "</td><td class=\"nowrap\">王某</td><td class=\"wrap\">网购退款</td>"));
  CHECK(has(html, "td.wrap { white-space: normal;"));
  CHECK_FALSE(has(html, "break-all"));
  CHECK_FALSE(has(html, "break-word"));
  // A heading goes with what follows it; a row is never split.
  CHECK(has(html, "h2, h3, .note { break-after: avoid;"));
  CHECK(has(html, "tr { break-inside: avoid;"));
  CHECK(has(html, "grid-template-columns: repeat(auto-fit,"));
}
