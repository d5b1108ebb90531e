#pragma once
// Parsers and checks for every kind of input value (SPEC §4). Each throws
// InputError naming `field` on bad input. Used alike by options, prompts,
// import and the config.
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pingan {

// A local calendar date (proleptic Gregorian).
struct Date {
  int year = 1970;
  int month = 1;
  int day = 1;

  // Days since 1970-01-01 (may be negative).
  std::int64_t days() const;
  static Date from_days(std::int64_t days);
  // "2026-11-28"
  std::string iso() const;
  // 1 = Monday … 7 = Sunday
  int weekday() const;
  Date plus_days(std::int64_t n) const { return from_days(days() + n); }
  auto operator<=>(const Date&) const = default;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);
// Is year-month-day a real date (1 <= year <= 9999)?
bool is_valid_date(int year, int month, int day);

// Dates typed or imported lie in 1900-01-01 … 2100-12-31 (SPEC §4): a far
// date is a typo, and would make a report span thousands of years.
inline constexpr Date kFirstDate{1900, 1, 1};
inline constexpr Date kLastDate{2100, 12, 31};

// ISO 8601 week: the year it belongs to and its number (1..53).
struct IsoWeek {
  int year;
  int week;
};
IsoWeek iso_week(Date date);
int iso_weeks_in_year(int year);
// Monday of the given ISO week; InputError(field) if the week does not exist.
Date iso_week_monday(int year, int week, std::string_view field);

// Accepted: 2026-11-28, 2026/11/28, 2026年11月28日, today/今天, yesterday/昨天,
// -3d (three days ago). Surrounding spaces are ignored. Rejects impossible dates.
// When `allow_future` is false, a date after `today` is rejected too.
Date parse_date(std::string_view text, Date today, std::string_view field,
                bool allow_future = false);

// Strict YYYY-MM-DD, as stored in the database and in export files.
Date parse_iso_date(std::string_view text, std::string_view field);

// An inclusive range of dates with a human label.
struct Period {
  Date from;
  Date to;
  std::string label;  // "2026-W48", "2026-11", "2026-Q4", "2026", or "2026-11-01..2026-11-30"
  std::int64_t length_days() const { return to.days() - from.days() + 1; }
  bool operator==(const Period&) const = default;
};

// "2026-W48", "this"/"本周", "last"/"上周" (ISO weeks, Monday to Sunday).
Period parse_week(std::string_view text, Date today, std::string_view field = "--week");
// "2026-11", "2026年11月", "this"/"本月", "last"/"上月".
Period parse_month(std::string_view text, Date today, std::string_view field = "--month");
// "2026", "2026年", "this"/"今年", "last"/"去年": January 1 to December 31.
Period parse_year(std::string_view text, Date today, std::string_view field = "--year");
// "2026-Q4", "2026Q4", "this"/"本季度", "last"/"上季度": three calendar months.
Period parse_quarter(std::string_view text, Date today, std::string_view field = "--quarter");
// A stored period label: "2026-11", "2026-Q4" or "2026" (a target's).
Period parse_period_label(std::string_view text, std::string_view field);
// --from/--to, inclusive; InputError("--to") when to < from.
Period make_range(Date from, Date to);
// The period of equal length that ends the day before `period.from`. A whole
// month's previous period is the whole previous month; a week's is the week
// before; a range's is the same number of days before.
Period previous_period(const Period& period);

// "12", "12.5", "-3.5": a decimal with at most one digit after the point (at
// most six before it), as tenths; nothing when it is not one.
std::optional<std::int64_t> tenths_of(std::string_view text);

// Whole numbers 0 … 10,000,000 written as plain digits.
std::int64_t parse_count(std::string_view text, std::string_view field);

// A record id: 1 … 9223372036854775807 (INT64_MAX) written as plain digits.
std::int64_t parse_id(std::string_view text, std::string_view field);

// Money, as integer fen (1 yuan = 100 fen).
using Fen = std::int64_t;
// 700, 700.5, ¥700.50, ￥700.50, 700元, 700.50 元; at most two decimals,
// not negative, at most 10^10 yuan.
Fen parse_money(std::string_view text, std::string_view field);
// "700.50"
std::string format_yuan(Fen fen);
// Yuan as a JSON number: 70050 → 700.5 (exact for every amount parse_money
// accepts, which stays below 2^53 fen).
inline double fen_to_yuan(Fen fen) { return static_cast<double>(fen) / 100.0; }

// Valid UTF-8, trimmed, no control characters (newlines and tabs allowed when
// `multiline`), at most `max_chars` code points. Empty is allowed here; callers
// decide whether a field is required.
std::string parse_text(std::string_view text, std::string_view field,
                       std::size_t max_chars, bool multiline = false);
inline constexpr std::size_t kMaxName = 100;
inline constexpr std::size_t kMaxNote = 2000;
// A required short text (a name, a place): non-empty, ≤ 100 characters.
std::string parse_name(std::string_view text, std::string_view field);
// An optional note: ≤ 2000 characters, may hold newlines.
std::string parse_note(std::string_view text, std::string_view field);

// A phone number: digits with the usual separators (+ - space parentheses),
// at most 30 characters.
std::string parse_phone(std::string_view text, std::string_view field);

// Bidi controls: U+061C, U+200E, U+200F, U+202A … U+202E, U+2066 … U+2069.
bool is_bidi_control(char32_t cp);
// Zero-width characters: U+200B … U+200D, U+2060, U+FEFF.
bool is_zero_width(char32_t cp);

// A bad value as error messages quote it: in double quotes, cut after 60
// characters with "…" (SPEC §4).
std::string quoted(std::string_view value);
// Text made safe for one line on a terminal: \n \r \t, \xNN for other ASCII
// controls, DEL and invalid bytes, \u{202E} for C1 controls, line and
// paragraph separators, bidi controls and zero-width characters.
std::string printable(std::string_view text);

// Number of Unicode code points in valid UTF-8.
std::size_t utf8_length(std::string_view text);
bool is_valid_utf8(std::string_view text);

}  // namespace pingan
