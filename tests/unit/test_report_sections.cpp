// A section the renderers have never heard of shows in every format, typed
// the same way as the built-in ones (SPEC §5, Reports).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "pingan/report/render.hpp"

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

  const std::string table = render_table(f.report, f.sections, std::nullopt, false);
  CHECK(has(table, "\nNight patrols\n"));
  CHECK(has(table, "River <walk>    1,234  700.50  25.0%  2026-11-24  Late\n"));

  const std::string html = render_html(f.report, f.sections);
  CHECK(has(html, "<section id=\"patrols\">\n<h2>Night patrols</h2>\n<table>\n"));
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
  CHECK(has(render_table(f.report, f.sections, std::nullopt, false), "Night patrols\nNone\n"));
  CHECK(has(render_html(f.report, f.sections), "<h2>Night patrols</h2>\n<p class=\"none\">None</p>\n</section>"));
}
