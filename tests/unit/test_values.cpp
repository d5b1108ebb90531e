// Table-driven tests for the input-value parsers (SPEC §4).
#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "pingan/errors.hpp"
#include "pingan/records/target.hpp"
#include "pingan/suggest.hpp"
#include "pingan/values.hpp"

using namespace std::literals;
using pingan::Date;
using pingan::Fen;
using pingan::InputError;
using pingan::Period;

namespace pingan {
// Readable failure messages.
std::ostream& operator<<(std::ostream& os, const Date& d) { return os << d.iso(); }
std::ostream& operator<<(std::ostream& os, const Period& p) {
  return os << p.label << " [" << p.from.iso() << ".." << p.to.iso() << "]";
}
}  // namespace pingan

namespace {

// A Sunday, the end of ISO week 2026-W48.
const Date kToday{2026, 11, 29};

Date d(int y, int m, int day) { return Date{y, m, day}; }

// Runs `f`, expecting an InputError that names `field`; returns its reason, or
// "<accepted>" when nothing was thrown.
template <class F>
std::string reason_of(F&& f, std::string_view field) {
  try {
    f();
  } catch (const InputError& e) {
    CHECK(e.field == field);
    return e.reason;
  }
  return "<accepted>";
}

// A rejected input and a fragment its reason must contain.
struct Rejected {
  std::string_view text;
  std::string_view reason;
};

#define CHECK_REASON(call, field, fragment)                   \
  do {                                                        \
    const std::string reason_ = reason_of([&] { (void)(call); }, field); \
    CAPTURE(reason_);                                         \
    CHECK(reason_.find(fragment) != std::string::npos);       \
  } while (0)

}  // namespace

// ---------------------------------------------------------------- calendar

TEST_CASE("calendar: days since epoch, weekday and iso text") {
  struct Row {
    Date date;
    std::int64_t days;
    int weekday;
    std::string_view iso;
  };
  const Row rows[] = {
      {d(1970, 1, 1), 0, 4, "1970-01-01"},      {d(1969, 12, 31), -1, 3, "1969-12-31"},
      {d(2000, 1, 1), 10957, 6, "2000-01-01"},  {d(2000, 2, 29), 11016, 2, "2000-02-29"},
      {d(2024, 2, 29), 19782, 4, "2024-02-29"}, {d(2026, 1, 1), 20454, 4, "2026-01-01"},
      {d(2026, 11, 28), 20785, 6, "2026-11-28"}, {d(2026, 11, 29), 20786, 7, "2026-11-29"},
      {d(1, 1, 1), -719162, 1, "0001-01-01"},   {d(9999, 12, 31), 2932896, 5, "9999-12-31"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.iso);
    CHECK(r.date.days() == r.days);
    CHECK(Date::from_days(r.days) == r.date);
    CHECK(r.date.weekday() == r.weekday);
    CHECK(r.date.iso() == r.iso);
  }
}

TEST_CASE("calendar: from_days round-trips and days advance one by one") {
  // 1899-12-31 .. 2100-12-31 covers the century rules on both sides of 2000.
  Date prev = Date::from_days(d(1899, 12, 31).days());
  for (std::int64_t n = d(1900, 1, 1).days(); n <= d(2100, 12, 31).days(); ++n) {
    const Date cur = Date::from_days(n);
    REQUIRE(cur.days() == n);
    REQUIRE(pingan::is_valid_date(cur.year, cur.month, cur.day));
    REQUIRE(prev < cur);
    REQUIRE(cur.weekday() == prev.weekday() % 7 + 1);
    prev = cur;
  }
}

TEST_CASE("calendar: leap years, month lengths and valid dates") {
  struct Row {
    int year, month, day;
    bool valid;
  };
  const Row rows[] = {
      {2024, 2, 29, true},  {2026, 2, 29, false}, {2000, 2, 29, true},  {1900, 2, 29, false},
      {2026, 2, 28, true},  {2026, 2, 30, false}, {2026, 4, 30, true},  {2026, 4, 31, false},
      {2026, 12, 31, true}, {2026, 13, 1, false}, {2026, 0, 1, false},  {2026, 1, 0, false},
      {1, 1, 1, true},      {0, 12, 31, false},   {9999, 12, 31, true}, {10000, 1, 1, false},
      // Beyond what chrono::month and chrono::day hold (257 would wrap to 1).
      {2026, 1, 257, false}, {2026, 257, 1, false}, {2026, 1, -1, false}, {2026, -11, 1, false},
  };
  for (const Row& r : rows) {
    CAPTURE(r.year);
    CAPTURE(r.month);
    CAPTURE(r.day);
    CHECK(pingan::is_valid_date(r.year, r.month, r.day) == r.valid);
  }
  CHECK(pingan::is_leap_year(2024));
  CHECK(pingan::is_leap_year(2000));
  CHECK_FALSE(pingan::is_leap_year(1900));
  CHECK_FALSE(pingan::is_leap_year(2026));
  CHECK(pingan::days_in_month(2024, 2) == 29);
  CHECK(pingan::days_in_month(2026, 2) == 28);
  CHECK(pingan::days_in_month(2026, 11) == 30);
  CHECK(pingan::days_in_month(2026, 12) == 31);
}

// --------------------------------------------------------------- ISO weeks

TEST_CASE("iso weeks: week of a date") {
  struct Row {
    Date date;
    int year, week;
  };
  const Row rows[] = {
      {d(2021, 1, 1), 2020, 53},  {d(2021, 1, 3), 2020, 53},   {d(2021, 1, 4), 2021, 1},
      {d(2020, 12, 28), 2020, 53}, {d(2025, 12, 29), 2026, 1},  {d(2026, 1, 1), 2026, 1},
      {d(2024, 12, 30), 2025, 1},  {d(2026, 11, 23), 2026, 48}, {d(2026, 11, 29), 2026, 48},
      {d(2026, 11, 30), 2026, 49}, {d(2026, 12, 31), 2026, 53}, {d(2027, 1, 3), 2026, 53},
      {d(2027, 1, 4), 2027, 1},    {d(2025, 12, 28), 2025, 52},
  };
  for (const Row& r : rows) {
    CAPTURE(r.date);
    const pingan::IsoWeek w = pingan::iso_week(r.date);
    CHECK(w.year == r.year);
    CHECK(w.week == r.week);
  }
}

TEST_CASE("iso weeks: weeks in a year") {
  // A year has 53 weeks when it starts on a Thursday, or is a leap year
  // starting on a Wednesday.
  const std::pair<int, int> rows[] = {{1998, 53}, {2000, 52}, {2004, 53}, {2009, 53}, {2015, 53},
                                      {2020, 53}, {2021, 52}, {2024, 52}, {2025, 52}, {2026, 53},
                                      {2027, 52}, {2032, 53}};
  for (auto [year, weeks] : rows) {
    CAPTURE(year);
    CHECK(pingan::iso_weeks_in_year(year) == weeks);
  }
}

TEST_CASE("iso weeks: Monday of a week") {
  struct Row {
    int year, week;
    Date monday;
  };
  const Row rows[] = {{2026, 1, d(2025, 12, 29)}, {2026, 48, d(2026, 11, 23)},
                      {2026, 53, d(2026, 12, 28)}, {2020, 53, d(2020, 12, 28)},
                      {2021, 1, d(2021, 1, 4)},    {2025, 52, d(2025, 12, 22)}};
  for (const Row& r : rows) {
    CAPTURE(r.year);
    CAPTURE(r.week);
    CHECK(pingan::iso_week_monday(r.year, r.week, "--week") == r.monday);
  }
  const std::pair<int, int> missing[] = {{2026, 54}, {2025, 53}, {2021, 53}, {2026, 0}, {2026, -1}};
  for (auto [year, week] : missing) {
    CAPTURE(year);
    CAPTURE(week);
    CHECK_REASON(pingan::iso_week_monday(year, week, "--week"), "--week", "does not exist");
  }
  CHECK(reason_of([] { pingan::iso_week_monday(2025, 53, "wk"); }, "wk") ==
        "\"2025-W53\" does not exist (2025 has 52 weeks)");
}

TEST_CASE("iso weeks: every day's week has its Monday") {
  for (std::int64_t n = d(2015, 1, 1).days(); n <= d(2035, 12, 31).days(); ++n) {
    const Date day = Date::from_days(n);
    const pingan::IsoWeek w = pingan::iso_week(day);
    REQUIRE(pingan::iso_week_monday(w.year, w.week, "x") == day.plus_days(1 - day.weekday()));
  }
}

// ------------------------------------------------------------------ dates

TEST_CASE("parse_date: accepted forms") {
  struct Row {
    std::string_view text;
    Date want;
  };
  const Row rows[] = {
      {"2026-11-28", d(2026, 11, 28)},
      {"2026/11/28", d(2026, 11, 28)},
      {"2026年11月28日", d(2026, 11, 28)},
      {"2026-1-5", d(2026, 1, 5)},
      {"2026/1/5", d(2026, 1, 5)},
      {"2026年1月5日", d(2026, 1, 5)},
      {"2026-01-05", d(2026, 1, 5)},
      {"  2026-11-28\t", d(2026, 11, 28)},
      {"\u30002026-11-28\u3000", d(2026, 11, 28)},
      {"2026-11-29", kToday},
      {"today", kToday},
      {"TODAY", kToday},
      {"Today", kToday},
      {" today ", kToday},
      {"今天", kToday},
      {"yesterday", d(2026, 11, 28)},
      {"YESTERDAY", d(2026, 11, 28)},
      {"昨天", d(2026, 11, 28)},
      {"-3d", d(2026, 11, 26)},
      {"-3D", d(2026, 11, 26)},
      {"-0d", kToday},
      {"-29d", d(2026, 10, 31)},
      {"-365d", d(2025, 11, 29)},
      {"-00007d", d(2026, 11, 22)},
      {"2024-02-29", d(2024, 2, 29)},
      {"2000-02-29", d(2000, 2, 29)},
      {"1900-01-01", d(1900, 1, 1)},
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    CHECK(pingan::parse_date(r.text, kToday, "--date") == r.want);
  }
}

TEST_CASE("parse_date: rejected forms") {
  const Rejected rows[] = {
      {"", "must not be empty"},
      {"   ", "must not be empty"},
      {"2026-02-30", "not a valid date: \"2026-02-30\""},
      {"2026-02-29", "not a valid date"},
      {"1900-02-29", "not a valid date"},
      {"2026-13-01", "not a valid date"},
      {"2026-00-10", "not a valid date"},
      {"2026-11-00", "not a valid date"},
      {"2026-11-31", "not a valid date"},
      {"0000-01-01", "not a valid date"},
      {"26-11-28", "not a valid date"},
      {"02026-11-28", "not a valid date"},
      {"2026-011-28", "not a valid date"},
      {"2026-11-28x", "not a valid date"},
      {"2026-11/28", "not a valid date"},
      {"2026.11.28", "not a valid date"},
      {"20261128", "not a valid date"},
      {"2026 - 11 - 28", "not a valid date"},
      {"2026年11月28", "not a valid date"},
      {"2026年11-28日", "not a valid date"},
      {"tomorrow", "not a valid date: \"tomorrow\""},
      {"to day", "not a valid date"},
      {"-d", "not a valid date"},
      {"-3", "not a valid date"},
      {"3d", "not a valid date"},
      {"+3d", "not a valid date"},
      {"-3 d", "not a valid date"},
      {"--3d", "not a valid date"},
      {"-100000d", "not a valid date"},
      {"2026-11-30", "\"2026-11-30\" is after today (2026-11-29)"},
      {"2026-12-01", "is after today"},
      {"9999-12-31", "is after today"},
      // SPEC §4: 1900-01-01 … 2100-12-31.
      {"0001-01-01", "0001-01-01 is outside 1900-01-01 … 2100-12-31"},
      {"1899-12-31", "1899-12-31 is outside 1900-01-01 … 2100-12-31"},
      {"-99999d", "1753-02-14 is outside"},
  };
  for (const Rejected& r : rows) {
    CAPTURE(r.text);
    CHECK_REASON(pingan::parse_date(r.text, kToday, "--date"), "--date", r.reason);
  }
}

TEST_CASE("parse_date: future dates when allowed") {
  CHECK(pingan::parse_date("2026-12-01", kToday, "--until", true) == d(2026, 12, 1));
  CHECK(pingan::parse_date("2100-12-31", kToday, "--until", true) == d(2100, 12, 31));
  CHECK_REASON(pingan::parse_date("9999-12-31", kToday, "--until", true), "--until",
               "9999-12-31 is outside 1900-01-01 … 2100-12-31");
  CHECK_REASON(pingan::parse_date("2101-01-01", kToday, "--until", true), "--until", "is outside");
  CHECK_REASON(pingan::parse_date("2026-02-30", kToday, "--until", true), "--until",
               "not a valid date");
  // "-Nd" reaching before year 1 is not a date.
  CHECK_REASON(pingan::parse_date("-99999d", d(100, 1, 1), "--date"), "--date", "not a valid date");
}

TEST_CASE("parse_iso_date: strict YYYY-MM-DD") {
  const std::pair<std::string_view, Date> good[] = {{"2026-11-28", d(2026, 11, 28)},
                                                    {"1900-01-01", d(1900, 1, 1)},
                                                    {"2100-12-31", d(2100, 12, 31)},
                                                    {"2024-02-29", d(2024, 2, 29)}};
  for (auto [text, want] : good) {
    CAPTURE(text);
    CHECK(pingan::parse_iso_date(text, "date") == want);
  }
  const std::string_view bad[] = {"2026-1-05",   "2026/11/28", " 2026-11-28", "2026-11-28 ",
                                  "2026-02-30",  "0000-01-01", "2026-11-2x",  "",
                                  "+026-11-28",  "2026-11-280", "today",      "2026年11月28日"};
  for (std::string_view text : bad) {
    CAPTURE(text);
    CHECK_REASON(pingan::parse_iso_date(text, "date"), "date", "not a valid date");
  }
  for (std::string_view text : {"0001-01-01"sv, "1899-12-31"sv, "2101-01-01"sv, "9999-12-31"sv}) {
    CAPTURE(text);
    CHECK_REASON(pingan::parse_iso_date(text, "date"), "date", std::string(text) + " is outside 1900-01-01 … 2100-12-31");
  }
}

// ---------------------------------------------------------------- periods

TEST_CASE("parse_week: accepted forms") {
  struct Row {
    std::string_view text;
    Date today;
    Period want;
  };
  const Period w48{d(2026, 11, 23), d(2026, 11, 29), "2026-W48"};
  const Row rows[] = {
      {"2026-W48", kToday, w48},
      {"2026-w48", kToday, w48},
      {"2026W48", kToday, w48},
      {"2026w48", kToday, w48},
      {" 2026-W48 ", kToday, w48},
      {"2026-W1", kToday, {d(2025, 12, 29), d(2026, 1, 4), "2026-W01"}},
      {"2026-W01", kToday, {d(2025, 12, 29), d(2026, 1, 4), "2026-W01"}},
      {"2026-W53", kToday, {d(2026, 12, 28), d(2027, 1, 3), "2026-W53"}},
      {"2020-W53", kToday, {d(2020, 12, 28), d(2021, 1, 3), "2020-W53"}},
      {"this", kToday, w48},
      {"THIS", kToday, w48},
      {"this", d(2026, 11, 23), w48},
      {"last", kToday, {d(2026, 11, 16), d(2026, 11, 22), "2026-W47"}},
      {"this", d(2026, 1, 1), {d(2025, 12, 29), d(2026, 1, 4), "2026-W01"}},
      {"last", d(2026, 1, 1), {d(2025, 12, 22), d(2025, 12, 28), "2025-W52"}},
      {"this", d(2026, 12, 31), {d(2026, 12, 28), d(2027, 1, 3), "2026-W53"}},
      {"last", d(2026, 12, 31), {d(2026, 12, 21), d(2026, 12, 27), "2026-W52"}},
      {"last", d(2021, 1, 4), {d(2020, 12, 28), d(2021, 1, 3), "2020-W53"}},
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    CAPTURE(r.today);
    const Period p = pingan::parse_week(r.text, r.today);
    CHECK(p == r.want);
    CHECK(p.length_days() == 7);
  }
}

TEST_CASE("parse_week: rejected forms") {
  const Rejected rows[] = {
      {"", "not a valid week"},
      {"2026-W54", "\"2026-W54\" does not exist (2026 has 53 weeks)"},
      {"2025-W53", "does not exist"},
      {"2026-W00", "does not exist"},
      {"2026-W0", "does not exist"},
      {"2026-48", "not a valid week: \"2026-48\""},
      {"W48", "not a valid week"},
      {"2026-W480", "not a valid week"},
      {"2026--W48", "not a valid week"},
      {"2026-W4 8", "not a valid week"},
      {"26-W48", "not a valid week"},
      {"next", "not a valid week"},
      {"0000-W01", "not a valid week"},
  };
  for (const Rejected& r : rows) {
    CAPTURE(r.text);
    CHECK_REASON(pingan::parse_week(r.text, kToday), "--week", r.reason);
  }
  CHECK_REASON(pingan::parse_week("2026-W54", kToday, "week"), "week", "does not exist");
}

TEST_CASE("parse_week and parse_month: 1900-01-01 … 2100-12-31") {
  CHECK(pingan::parse_week("1900-W01", kToday).from == d(1900, 1, 1));
  CHECK(pingan::parse_week("this", d(1900, 1, 1)).from == d(1900, 1, 1));
  CHECK(pingan::parse_month("1900-01", kToday).from == d(1900, 1, 1));
  CHECK(pingan::parse_month("2100-12", kToday).to == d(2100, 12, 31));
  CHECK_REASON(pingan::parse_week("1899-W52", kToday), "--week", "1899-W52 is outside 1900-01-01 … 2100-12-31");
  CHECK_REASON(pingan::parse_week("9999-W01", kToday), "--week", "is outside");
  CHECK_REASON(pingan::parse_week("last", d(1900, 1, 1)), "--week", "1899-W52 is outside");
  // 2100's last week ends in 2101.
  CHECK_REASON(pingan::parse_week("2100-W52", kToday), "--week", "is outside");
  CHECK_REASON(pingan::parse_month("1899-12", kToday), "--month", "1899-12 is outside");
  CHECK_REASON(pingan::parse_month("2101-01", kToday), "--month", "is outside");
  CHECK_REASON(pingan::parse_month("last", d(1900, 1, 1)), "--month", "1899-12 is outside");
}

TEST_CASE("parse_month: accepted forms") {
  struct Row {
    std::string_view text;
    Date today;
    Period want;
  };
  const Period nov{d(2026, 11, 1), d(2026, 11, 30), "2026-11"};
  const Row rows[] = {
      {"2026-11", kToday, nov},
      {"2026/11", kToday, nov},
      {"2026年11月", kToday, nov},
      {" 2026-11 ", kToday, nov},
      {"2026-1", kToday, {d(2026, 1, 1), d(2026, 1, 31), "2026-01"}},
      {"2026年1月", kToday, {d(2026, 1, 1), d(2026, 1, 31), "2026-01"}},
      {"2024-02", kToday, {d(2024, 2, 1), d(2024, 2, 29), "2024-02"}},
      {"2026-02", kToday, {d(2026, 2, 1), d(2026, 2, 28), "2026-02"}},
      {"this", kToday, nov},
      {"This", kToday, nov},
      {"last", kToday, {d(2026, 10, 1), d(2026, 10, 31), "2026-10"}},
      {"this", d(2026, 1, 1), {d(2026, 1, 1), d(2026, 1, 31), "2026-01"}},
      {"last", d(2026, 1, 1), {d(2025, 12, 1), d(2025, 12, 31), "2025-12"}},
      {"this", d(2026, 12, 31), {d(2026, 12, 1), d(2026, 12, 31), "2026-12"}},
      {"last", d(2026, 12, 31), {d(2026, 11, 1), d(2026, 11, 30), "2026-11"}},
      {"last", d(2026, 3, 31), {d(2026, 2, 1), d(2026, 2, 28), "2026-02"}},
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    CAPTURE(r.today);
    CHECK(pingan::parse_month(r.text, r.today) == r.want);
  }
}

TEST_CASE("parse_month: rejected forms") {
  const Rejected rows[] = {
      {"", "not a valid month"},           {"2026-13", "not a valid month: \"2026-13\""},
      {"2026-00", "not a valid month"},    {"2026-11-01", "not a valid month"},
      {"2026", "not a valid month"},       {"11", "not a valid month"},
      {"2026年11", "not a valid month"},   {"2026.11", "not a valid month"},
      {"0000-01", "not a valid month"},    {"2026-111", "not a valid month"},
      {"next", "not a valid month"},       {"2026-W48", "not a valid month"},
  };
  for (const Rejected& r : rows) {
    CAPTURE(r.text);
    CHECK_REASON(pingan::parse_month(r.text, kToday), "--month", r.reason);
  }
}

TEST_CASE("make_range") {
  CHECK(pingan::make_range(d(2026, 11, 1), d(2026, 11, 15)) ==
        Period{d(2026, 11, 1), d(2026, 11, 15), "2026-11-01..2026-11-15"});
  const Period one = pingan::make_range(d(2026, 11, 1), d(2026, 11, 1));
  CHECK(one.label == "2026-11-01..2026-11-01");
  CHECK(one.length_days() == 1);
  CHECK(pingan::make_range(d(2025, 12, 31), d(2026, 1, 1)).length_days() == 2);
  CHECK(reason_of([] { pingan::make_range(d(2026, 11, 2), d(2026, 11, 1)); }, "--to") ==
        "\"2026-11-01\" is before --from (2026-11-02)");
}

TEST_CASE("previous_period") {
  struct Row {
    Period period;
    Period want;
  };
  const Row rows[] = {
      // Whole months, however they were written.
      {pingan::parse_month("2026-03", kToday), {d(2026, 2, 1), d(2026, 2, 28), "2026-02"}},
      {pingan::parse_month("2024-03", kToday), {d(2024, 2, 1), d(2024, 2, 29), "2024-02"}},
      {pingan::parse_month("2026-01", kToday), {d(2025, 12, 1), d(2025, 12, 31), "2025-12"}},
      {pingan::parse_month("2026-12", kToday), {d(2026, 11, 1), d(2026, 11, 30), "2026-11"}},
      {pingan::make_range(d(2026, 3, 1), d(2026, 3, 31)), {d(2026, 2, 1), d(2026, 2, 28), "2026-02"}},
      // ISO weeks, across year ends.
      {pingan::parse_week("2026-W48", kToday), {d(2026, 11, 16), d(2026, 11, 22), "2026-W47"}},
      {pingan::parse_week("2026-W01", kToday), {d(2025, 12, 22), d(2025, 12, 28), "2025-W52"}},
      {pingan::parse_week("2021-W01", kToday), {d(2020, 12, 28), d(2021, 1, 3), "2020-W53"}},
      {pingan::make_range(d(2026, 11, 23), d(2026, 11, 29)),
       {d(2026, 11, 16), d(2026, 11, 22), "2026-W47"}},
      // Other ranges: the same number of days just before.
      {pingan::make_range(d(2026, 11, 10), d(2026, 11, 19)),
       {d(2026, 10, 31), d(2026, 11, 9), "2026-10-31..2026-11-09"}},
      {pingan::make_range(d(2026, 3, 1), d(2026, 3, 1)),
       {d(2026, 2, 28), d(2026, 2, 28), "2026-02-28..2026-02-28"}},
      {pingan::make_range(d(2026, 3, 1), d(2026, 3, 30)),
       {d(2026, 1, 30), d(2026, 2, 28), "2026-01-30..2026-02-28"}},
      {pingan::make_range(d(2026, 11, 24), d(2026, 11, 30)),
       {d(2026, 11, 17), d(2026, 11, 23), "2026-11-17..2026-11-23"}},
      {pingan::make_range(d(2026, 1, 1), d(2026, 1, 7)),
       {d(2025, 12, 25), d(2025, 12, 31), "2025-12-25..2025-12-31"}},
  };
  for (const Row& r : rows) {
    CAPTURE(r.period);
    CHECK(pingan::previous_period(r.period) == r.want);
  }
}

// ---------------------------------------------------------------- numbers

TEST_CASE("parse_count") {
  const std::pair<std::string_view, std::int64_t> good[] = {
      {"0", 0}, {"1", 1}, {"42", 42}, {"007", 7}, {" 12 ", 12}, {"\u300012", 12}, {"10000000", 10000000}};
  for (auto [text, want] : good) {
    CAPTURE(text);
    CHECK(pingan::parse_count(text, "--count") == want);
  }
  const Rejected bad[] = {
      {"", "must not be empty"},
      {"  ", "must not be empty"},
      {"-1", "must not be negative"},
      {"-0", "must not be negative"},
      {"1e3", "not a whole number: \"1e3\""},
      {"12o", "not a whole number: \"12o\""},
      {"+5", "not a whole number"},
      {"1 000", "not a whole number"},
      {"1,000", "not a whole number"},
      {"1.0", "not a whole number"},
      {"0x10", "not a whole number"},
      {"-", "not a whole number"},
      {"--1", "not a whole number"},
      {"\uFF11\uFF12", "not a whole number"},  // fullwidth digits
      {"10000001", "must be at most 10000000"},
      {"99999999999999999999999999", "must be at most 10000000"},
  };
  for (const Rejected& r : bad) {
    CAPTURE(r.text);
    CHECK_REASON(pingan::parse_count(r.text, "--count"), "--count", r.reason);
  }
}

TEST_CASE("parse_id") {
  const std::pair<std::string_view, std::int64_t> good[] = {
      {"1", 1},
      {"42", 42},
      {"10000001", 10000001},
      {" 7 ", 7},
      {"9223372036854775807", std::numeric_limits<std::int64_t>::max()},
  };
  for (auto [text, want] : good) {
    CAPTURE(text);
    CHECK(pingan::parse_id(text, "ID") == want);
  }
  const Rejected bad[] = {
      {"", "must not be empty"},
      {" ", "must not be empty"},
      {"0", "must be at least 1"},
      {"000", "must be at least 1"},
      {"-1", "must not be negative"},
      {"9223372036854775808", "must be at most 9223372036854775807"},
      {"99999999999999999999", "must be at most 9223372036854775807"},
      {"1e3", "not a valid id: \"1e3\""},
      {"12o", "not a valid id: \"12o\""},
      {"+5", "not a valid id"},
      {"1 2", "not a valid id"},
      {"0x10", "not a valid id"},
      {"\uFF11", "not a valid id"},  // fullwidth digit
  };
  for (const Rejected& r : bad) {
    CAPTURE(r.text);
    CHECK_REASON(pingan::parse_id(r.text, "ID"), "ID", r.reason);
  }
}

TEST_CASE("error messages quote at most 60 characters of a bad value") {
  const std::string x60(60, 'x');
  CHECK(reason_of([&] { pingan::parse_id(x60, "ID"); }, "ID") == "not a valid id: \"" + x60 + "\"");
  CHECK(reason_of([&] { pingan::parse_id(x60 + "yz", "ID"); }, "ID") ==
        "not a valid id: \"" + x60 + "…\"");
  // Characters, not bytes: 61 CJK characters keep 60 of them whole.
  std::string ping60;
  for (int i = 0; i < 60; ++i) ping60 += "平";
  CHECK(reason_of([&] { pingan::parse_count(ping60 + "安", "--count"); }, "--count") ==
        "not a whole number: \"" + ping60 + "…\"");
}

TEST_CASE("parse_money: accepted forms") {
  const std::pair<std::string_view, Fen> rows[] = {
      {"700", 70000},
      {"700.5", 70050},
      {"700.50", 70050},
      {"700.05", 70005},
      {"¥700.50", 70050},
      {"\u00A5700.50", 70050},
      {"￥700.50", 70050},
      {"\uFFE5700.50", 70050},
      {"700元", 70000},
      {"700.50 元", 70050},
      {"¥ 700", 70000},
      {"￥ 700.5 元", 70050},
      {" 700 ", 70000},
      {"0", 0},
      {"0.01", 1},
      {"0.1", 10},
      {"007.5", 750},
      {"10000000000", 1'000'000'000'000},
      {"10000000000.00", 1'000'000'000'000},
  };
  for (auto [text, want] : rows) {
    CAPTURE(text);
    CHECK(pingan::parse_money(text, "--amount") == want);
  }
}

TEST_CASE("parse_money: rejected forms") {
  const Rejected rows[] = {
      {"", "must not be empty"},
      {"-700", "must not be negative"},
      {"¥-700", "must not be negative"},
      {"700.123", "at most two decimals: \"700.123\""},
      {"0.001", "at most two decimals"},
      {"700.", "not an amount of money: \"700.\""},
      {".5", "not an amount of money"},
      {"1e3", "not an amount of money"},
      {"1,000", "not an amount of money"},
      {"7 00", "not an amount of money"},
      {"700.5.5", "not an amount of money"},
      {"+700", "not an amount of money"},
      {"¥", "not an amount of money"},
      {"元", "not an amount of money"},
      {"¥¥700", "not an amount of money"},
      {"700元元", "not an amount of money"},
      {"$700", "not an amount of money"},
      {"700 yuan", "not an amount of money"},
      {"七百", "not an amount of money"},
      {"10000000000.01", "must be at most 10000000000 yuan"},
      {"10000000001", "must be at most 10000000000 yuan"},
      {"99999999999999999999999999", "must be at most 10000000000 yuan"},
  };
  for (const Rejected& r : rows) {
    CAPTURE(r.text);
    CHECK_REASON(pingan::parse_money(r.text, "--amount"), "--amount", r.reason);
  }
}

TEST_CASE("format_yuan") {
  const std::pair<Fen, std::string_view> rows[] = {
      {70050, "700.50"},
      {0, "0.00"},
      {1, "0.01"},
      {10, "0.10"},
      {100, "1.00"},
      {-1, "-0.01"},
      {-70050, "-700.50"},
      {1'000'000'000'000, "10000000000.00"},
      {std::numeric_limits<Fen>::max(), "92233720368547758.07"},
      {std::numeric_limits<Fen>::min(), "-92233720368547758.08"},
  };
  for (auto [fen, want] : rows) {
    CAPTURE(fen);
    CHECK(pingan::format_yuan(fen) == want);
  }
  for (Fen fen : {Fen{0}, Fen{5}, Fen{70050}, Fen{1'000'000'000'000}}) {
    CHECK(pingan::parse_money(pingan::format_yuan(fen), "x") == fen);
  }
}

// ------------------------------------------------------------------- text

TEST_CASE("is_valid_utf8 and utf8_length") {
  struct Row {
    std::string_view text;
    bool valid;
  };
  const Row rows[] = {
      {"", true},
      {"abc", true},
      {"平安", true},
      {"\xC3\xA9", true},              // é
      {"\xF0\x9F\x98\x80", true},      // U+1F600
      {"\xF4\x8F\xBF\xBF", true},      // U+10FFFF
      {"\xED\x9F\xBF", true},          // U+D7FF, just below the surrogates
      {"\xEE\x80\x80", true},          // U+E000, just above them
      {"a\0b"sv, true},                // NUL is valid UTF-8 (rejected later as a control)
      {"\xC0\xAF", false},             // overlong '/'
      {"\xC1\xBF", false},             // overlong
      {"\xE0\x80\xAF", false},         // overlong
      {"\xF0\x80\x80\xAF", false},     // overlong
      {"\xED\xA0\x80", false},         // U+D800 surrogate
      {"\xED\xBF\xBF", false},         // U+DFFF surrogate
      {"\xF4\x90\x80\x80", false},     // U+110000
      {"\xF5\x80\x80\x80", false},     // lead byte beyond U+10FFFF
      {"\xFF", false},
      {"\x80", false},                 // lone continuation byte
      {"\xC3", false},                 // truncated
      {"\xE5\xB9", false},             // truncated
      {"a\xF0\x9F\x98", false},        // truncated
      {"\xC3\x28", false},             // bad continuation
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    CHECK(pingan::is_valid_utf8(r.text) == r.valid);
  }
  const std::pair<std::string_view, std::size_t> lengths[] = {
      {"", 0}, {"abc", 3}, {"平安", 2}, {"\xF0\x9F\x98\x80", 1}, {"a平\xF0\x9F\x98\x80\xC3\xA9", 4}};
  for (auto [text, n] : lengths) {
    CAPTURE(text);
    CHECK(pingan::utf8_length(text) == n);
  }
}

TEST_CASE("parse_text: single line") {
  const std::pair<std::string_view, std::string_view> good[] = {
      {"abc", "abc"},
      {"  abc  ", "abc"},
      {"\t a \n", "a"},
      {"\u3000平安\u3000", "平安"},
      {"a b", "a b"},
      {"a\u3000b", "a\u3000b"},
      {"", ""},
      {"   ", ""},
      {"a\u00A0b", "a\u00A0b"},  // no-break space is not a control character
  };
  for (auto [text, want] : good) {
    CAPTURE(text);
    CHECK(pingan::parse_text(text, "--place", 10) == want);
  }
  const Rejected bad[] = {
      {"a\nb", "contains a control character (U+000A)"},
      {"a\tb", "(U+0009)"},
      {"a\rb", "(U+000D)"},
      {"a\0b"sv, "(U+0000)"},
      {"a\x01z", "(U+0001)"},
      {"a\x1Bz", "(U+001B)"},
      {"a\x7Fz", "(U+007F)"},
      {"a\u0085b", "(U+0085)"},
      {"a\u009Fb", "(U+009F)"},
      {"a\xC3", "not valid utf-8"},
      {"\xED\xA0\x80", "not valid utf-8"},
      {"abcdefghijk", "too long: 11 characters (at most 10)"},
  };
  for (const Rejected& r : bad) {
    CAPTURE(r.text);
    CHECK_REASON(pingan::parse_text(r.text, "--place", 10), "--place", r.reason);
  }
}

TEST_CASE("parse_text: multiline") {
  const std::pair<std::string_view, std::string_view> good[] = {
      {"a\nb", "a\nb"},
      {"a\tb", "a\tb"},
      {"a\r\nb\r\n", "a\nb"},
      {"\n\na\n\n", "a"},
      {"line1\n\nline2", "line1\n\nline2"},
  };
  for (auto [text, want] : good) {
    CAPTURE(text);
    CHECK(pingan::parse_text(text, "--note", 100, true) == want);
  }
  const Rejected bad[] = {
      {"a\rb", "(U+000D)"},
      {"a\x1Bz", "(U+001B)"},
      {"a\x0Bz", "(U+000B)"},
      {"a\u0085b", "(U+0085)"},
      {"a\xFF", "not valid utf-8"},
  };
  for (const Rejected& r : bad) {
    CAPTURE(r.text);
    CHECK_REASON(pingan::parse_text(r.text, "--note", 100, true), "--note", r.reason);
  }
}

TEST_CASE("parse_text: length counts code points after trimming") {
  CHECK(pingan::parse_text("平安平", "f", 3) == "平安平");
  CHECK(pingan::parse_text("  abc  ", "f", 3) == "abc");
  CHECK(pingan::parse_text("\xF0\x9F\x98\x80\xF0\x9F\x98\x80", "f", 2).size() == 8);
  CHECK_REASON(pingan::parse_text("平安平安", "f", 3), "f", "too long: 4 characters (at most 3)");
}

TEST_CASE("parse_name and parse_note") {
  std::string hundred;
  for (int i = 0; i < 100; ++i) hundred += "平";
  CHECK(pingan::parse_name("张三", "--name") == "张三");
  CHECK(pingan::parse_name(" 张三 ", "--name") == "张三");
  CHECK(pingan::parse_name(hundred, "--name") == hundred);
  CHECK_REASON(pingan::parse_name(hundred + "平", "--name"), "--name", "too long: 101 characters");
  for (std::string_view empty : {""sv, "   "sv, "\u3000"sv, "\t\n"sv}) {
    CAPTURE(empty);
    CHECK_REASON(pingan::parse_name(empty, "--name"), "--name", "must not be empty");
  }
  CHECK_REASON(pingan::parse_name("a\nb", "--name"), "--name", "control character");

  const std::string note(2000, 'x');
  CHECK(pingan::parse_note("", "--note").empty());
  CHECK(pingan::parse_note(note, "--note") == note);
  CHECK(pingan::parse_note("第一行\r\n第二行", "--note") == "第一行\n第二行");
  CHECK_REASON(pingan::parse_note(note + "x", "--note"), "--note", "too long: 2001 characters");
  CHECK_REASON(pingan::parse_note("a\x07z", "--note"), "--note", "(U+0007)");
}

TEST_CASE("names refuse bidi controls and zero-width characters; notes keep only the joiner") {
  // SPEC §4: a right-to-left override makes "工地\u202E二号" display reversed,
  // a zero-width space makes two names that look alike differ.
  const std::pair<std::string_view, std::string_view> names[] = {
      {"工地\u202E二号", "contains a bidi control character (U+202E)"},
      {"\u202Aa", "(U+202A)"},
      {"a\u2066b", "(U+2066)"},
      {"a\u2069", "(U+2069)"},
      {"a\u200Eb", "(U+200E)"},
      {"a\u200Fb", "(U+200F)"},
      {"a\u061Cb", "(U+061C)"},
      {"寇\u200B小青", "contains a zero-width character (U+200B)"},
      {"a\u200Cb", "(U+200C)"},
      {"a\u200Db", "(U+200D)"},
      {"a\u2060b", "(U+2060)"},
      {"\uFEFFabc", "(U+FEFF)"},
  };
  for (auto [text, reason] : names) {
    CAPTURE(text);
    CHECK_REASON(pingan::parse_name(text, "--place"), "--place", reason);
    CHECK_REASON(pingan::parse_phone(text, "--phone"), "--phone", reason);
  }
  for (std::string_view text : {"a\u202Eb"sv, "a\u2067b"sv, "a\u200Fb"sv, "a\u200Bb"sv, "\uFEFFa"sv}) {
    CAPTURE(text);
    CHECK_REASON(pingan::parse_note(text, "--note"), "--note", "contains a");
  }
  // Family emoji: man, ZWJ, woman.
  CHECK(pingan::parse_note("\U0001F468\u200D\U0001F469", "--note") == "\U0001F468\u200D\U0001F469");
  // Nearby characters that print stay allowed.
  CHECK(pingan::parse_name("a\u2010b\u2027c\u2030", "--place") == "a\u2010b\u2027c\u2030");
}

TEST_CASE("parse_phone never echoes the value") {
  CHECK(pingan::parse_phone(" +86 (138) 1234-5678 ", "--phone") == "+86 (138) 1234-5678");
  for (std::string_view bad : {"1381234x5678"sv, "138123456789012345678901234567890"sv, "电话13812345678"sv}) {
    CAPTURE(bad);
    const std::string reason = reason_of([&] { pingan::parse_phone(bad, "--phone"); }, "--phone");
    CHECK(reason.find("not a phone number") != std::string::npos);
    CHECK(reason.find("1381234") == std::string::npos);
  }
}

// ---------------------------------------------------------------- messages

TEST_CASE("quoted and printable") {
  CHECK(pingan::quoted("abc") == "\"abc\"");
  CHECK(pingan::quoted(std::string(61, 'x')) == "\"" + std::string(60, 'x') + "…\"");
  const std::pair<std::string_view, std::string_view> rows[] = {
      {"plain 平安", "plain 平安"},
      {"a\nb\rc\td", "a\\nb\\rc\\td"},
      {"a\x1b[31m", "a\\x1b[31m"},
      {"a\x7f", "a\\x7f"},
      {"a\0b"sv, "a\\x00b"},
      {"bad \xff byte", "bad \\xff byte"},
      {"\xe5\xb7", "\\xe5\\xb7"},  // truncated 工
      {"csi \u009B2J", "csi \\u{009B}2J"},
      {"\u0085", "\\u{0085}"},
      {"line\u2028sep\u2029", "line\\u{2028}sep\\u{2029}"},
      {"\u202Eevil\u202C", "\\u{202E}evil\\u{202C}"},
      {"\u2066\u2069\u200E\u200F\u061C", "\\u{2066}\\u{2069}\\u{200E}\\u{200F}\\u{061C}"},
      {"\u200B\u200C\u200D\u2060\uFEFF", "\\u{200B}\\u{200C}\\u{200D}\\u{2060}\\u{FEFF}"},
      {"\U0001F600 ok", "\U0001F600 ok"},
  };
  for (auto [text, want] : rows) {
    CAPTURE(text);
    CHECK(pingan::printable(text) == want);
  }
}

TEST_CASE("years: 2026, this, last, 今年, 去年; the previous period of a year is the year before") {
  const pingan::Date today{2026, 11, 29};
  CHECK(pingan::parse_year("2026", today).from == pingan::Date{2026, 1, 1});
  CHECK(pingan::parse_year("2026年", today).to == pingan::Date{2026, 12, 31});
  CHECK(pingan::parse_year("this", today).label == "2026");
  CHECK(pingan::parse_year("今年", today).label == "2026");
  CHECK(pingan::parse_year("去年", today).label == "2025");
  CHECK(pingan::parse_year("last", today).label == "2025");
  const auto previous = pingan::previous_period(pingan::parse_year("2024", today));
  CHECK(previous.from == pingan::Date{2023, 1, 1});
  CHECK(previous.to == pingan::Date{2023, 12, 31});
  for (const char* bad : {"", "26", "20266", "2026-1", "1899", "2101", "明年"})
    CHECK_THROWS_AS(pingan::parse_year(bad, today), pingan::InputError);
}

TEST_CASE("quarters: 2026-Q4, this, last, 本季度, 上季度; a quarter's previous period is the quarter before") {
  const pingan::Date today{2026, 11, 29};
  const auto q4 = pingan::parse_quarter("2026-Q4", today);
  CHECK(q4.from == pingan::Date{2026, 10, 1});
  CHECK(q4.to == pingan::Date{2026, 12, 31});
  CHECK(q4.label == "2026-Q4");
  CHECK(q4.length_days() == 92);
  CHECK(pingan::parse_quarter("2026q1", today).to == pingan::Date{2026, 3, 31});
  CHECK(pingan::parse_quarter("this", today) == q4);
  CHECK(pingan::parse_quarter("本季度", today) == q4);
  CHECK(pingan::parse_quarter("last", today).label == "2026-Q3");
  CHECK(pingan::parse_quarter("上季度", pingan::Date{2026, 2, 1}).label == "2025-Q4");
  CHECK(pingan::previous_period(q4).label == "2026-Q3");
  CHECK(pingan::previous_period(pingan::parse_quarter("2026-Q1", today)).label == "2025-Q4");
  CHECK(pingan::previous_period(pingan::parse_quarter("2026-Q1", today)).to == pingan::Date{2025, 12, 31});
  // The same days given as a range are a quarter too.
  CHECK(pingan::previous_period(pingan::make_range({2026, 4, 1}, {2026, 6, 30})).label == "2026-Q1");
  for (const char* bad : {"", "2026-Q0", "2026-Q5", "2026-4", "Q4", "2026-Q44", "1899-Q4", "下季度"})
    CHECK_THROWS_AS(pingan::parse_quarter(bad, today), pingan::InputError);
}

TEST_CASE("a stored period label: a month, a quarter or a year, and nothing relative") {
  CHECK(pingan::parse_period_label("2026-11", "period").to == pingan::Date{2026, 11, 30});
  CHECK(pingan::parse_period_label("2026-Q2", "period").from == pingan::Date{2026, 4, 1});
  CHECK(pingan::parse_period_label("2026", "period").length_days() == 365);
  for (const char* bad : {"", "this", "last", "2026-W48", "2026-11-01", "本季度"})
    CHECK_THROWS_AS(pingan::parse_period_label(bad, "period"), pingan::InputError);
}

TEST_CASE("target values: positive, in the metric's unit") {
  using pingan::records::parse_metric;
  using pingan::records::parse_target_value;
  CHECK(parse_target_value(parse_metric("installs", "METRIC"), "300", "VALUE") == 300);
  CHECK(parse_target_value(parse_metric("amount_recovered", "METRIC"), "¥50000.50", "VALUE") == 5000050);
  CHECK(parse_target_value(parse_metric("amount_recovered", "METRIC"), "50000.5", "VALUE") == 5000050);
  CHECK(parse_target_value(parse_metric("installs_per_10k", "METRIC"), "7.5", "VALUE") == 75);
  CHECK(pingan::records::format_target_value(parse_metric("installs_per_10k", "METRIC"), 80) == "8");
  CHECK(pingan::records::target_value_json(parse_metric("amount_recovered", "METRIC"), 5000050) == 50000.5);
  for (auto [metric, bad] : std::vector<std::pair<const char*, const char*>>{
           {"installs", "0"}, {"installs", "-3"}, {"installs", "2.5"}, {"events", ""}, {"amount_recovered", "0.00"},
           {"amount_recovered", "1.234"}, {"installs_per_10k", "7.25"}, {"installs_per_10k", "0"},
           {"installs_per_10k", "-1"}}) {
    CAPTURE(metric);
    CAPTURE(bad);
    CHECK_THROWS_AS(parse_target_value(parse_metric(metric, "METRIC"), bad, "VALUE"), pingan::InputError);
  }
  CHECK_THROWS_WITH_AS(parse_metric("registrations", "METRIC"),
                       doctest::Contains("events, audience, materials, installs, cases_finished, amount_recovered, "
                                         "installs_per_10k"),
                       pingan::InputError);
}

TEST_CASE("weeks and months: 本周, 上周, 本月, 上月 as this and last") {
  const pingan::Date today{2026, 11, 29};
  CHECK(pingan::parse_week("本周", today) == pingan::parse_week("this", today));
  CHECK(pingan::parse_week("上周", today).label == "2026-W47");
  CHECK(pingan::parse_month("本月", today).label == "2026-11");
  CHECK(pingan::parse_month("上月", pingan::Date{2026, 1, 5}).label == "2025-12");
  for (const char* bad : {"下周", "本週"}) CHECK_THROWS_AS(pingan::parse_week(bad, today), pingan::InputError);
  CHECK_THROWS_AS(pingan::parse_month("下月", today), pingan::InputError);
}

TEST_CASE("did you mean: the nearest candidate a typo away, over code points; nothing on a tie or far off") {
  const std::vector<std::string> commands{"add", "list", "show", "edit", "delete"};
  CHECK(pingan::closest("lsit", commands) == "list");   // two letters swapped: one edit
  CHECK(pingan::closest("delet", commands) == "delete");
  CHECK(pingan::closest("lst", commands) == "list");
  CHECK_FALSE(pingan::closest("report", commands));
  CHECK_FALSE(pingan::closest("list", commands));       // no typo at all
  CHECK_FALSE(pingan::closest("adn", {"add", "and"}));  // a tie
  CHECK(pingan::closest("工低", {"工地", "夜市", "养老院"}) == "工地");
  CHECK_FALSE(pingan::closest(std::string(100, 'x'), commands));
  CHECK(pingan::did_you_mean("--venu", {"--venue", "--place"}) == " (did you mean \"--venue\"?)");
  CHECK(pingan::did_you_mean("--zzz", {"--venue"}).empty());
}
