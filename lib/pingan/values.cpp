// Parsers for input values (SPEC §4). Everything is integer arithmetic: dates
// are <chrono> day counts, money is fen, so nothing depends on locale or
// floating point.
#include "pingan/values.hpp"

#include <algorithm>
#include <utf8proc.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <string>
#include <string_view>
#include <system_error>

#include "pingan/errors.hpp"
#include "pingan/i18n.hpp"

namespace pingan {
namespace {

namespace chrono = std::chrono;

constexpr std::int64_t kMaxCount = 10'000'000;
constexpr std::int64_t kMaxYuan = 10'000'000'000;  // 10^10 yuan

constexpr std::string_view kIdeographicSpace = "\u3000";
constexpr std::string_view kYuan = "\u5143";  // 元

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// Strips ASCII whitespace and U+3000 (common when typing with a Chinese IME).
std::string_view trim(std::string_view s) {
  for (;;) {
    if (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
    else if (s.starts_with(kIdeographicSpace)) s.remove_prefix(kIdeographicSpace.size());
    else break;
  }
  for (;;) {
    if (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
    else if (s.ends_with(kIdeographicSpace)) s.remove_suffix(kIdeographicSpace.size());
    else break;
  }
  return s;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool all_digits(std::string_view s) {
  for (char c : s) {
    if (!is_digit(c)) return false;
  }
  return true;
}

// Case-insensitive comparison with a lower-case ASCII word.
bool equals_word(std::string_view s, std::string_view lower_word) {
  if (s.size() != lower_word.size()) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower_word[i]) return false;
  }
  return true;
}

// Decodes the code point at the front of `s` and drops it from `s`; false
// (leaving `s` as it was) on invalid UTF-8: truncated, overlong, a surrogate
// or above U+10FFFF.
bool next_code_point(std::string_view& s, utf8proc_int32_t& cp) {
  const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                  static_cast<utf8proc_ssize_t>(s.size()), &cp);
  if (n <= 0) return false;
  s.remove_prefix(static_cast<std::size_t>(n));
  return true;
}

// Drops the first code point of `s`, or its first byte when that starts no
// valid one.
void skip_code_point(std::string_view& s) {
  utf8proc_int32_t cp = 0;
  if (!next_code_point(s, cp)) s.remove_prefix(1);
}

std::string pad(int value, int width) {
  std::string s = std::to_string(value);
  if (static_cast<int>(s.size()) < width) s.insert(0, width - s.size(), '0');
  return s;
}

chrono::year_month_day to_ymd(Date d) {
  return chrono::year{d.year} / chrono::month{static_cast<unsigned>(d.month)} /
         chrono::day{static_cast<unsigned>(d.day)};
}

chrono::sys_days to_sys_days(Date d) { return chrono::sys_days{to_ymd(d)}; }

Date from_ymd(chrono::year_month_day ymd) {
  return Date{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
              static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

chrono::sys_days monday_of(chrono::sys_days day) {
  // weekday subtraction wraps, so this is 0 … 6 days back.
  return day - (chrono::weekday{day} - chrono::Monday);
}

Date monday_of(Date d) { return from_ymd(monday_of(to_sys_days(d))); }

chrono::year_month year_month_of(Date d) {
  return chrono::year{d.year} / chrono::month{static_cast<unsigned>(d.month)};
}

// Reads the input left to right; each method consumes only on success.
struct Cursor {
  std::string_view s;

  bool done() const { return s.empty(); }
  bool eat(std::string_view lit) {
    if (!s.starts_with(lit)) return false;
    s.remove_prefix(lit.size());
    return true;
  }
  // Between min and max digits (greedy); fails if more digits follow.
  bool number(std::size_t min, std::size_t max, int& out) {
    std::size_t n = 0;
    while (n < s.size() && is_digit(s[n])) ++n;
    if (n < min || n > max) return false;
    out = 0;
    for (std::size_t i = 0; i < n; ++i) out = out * 10 + (s[i] - '0');
    s.remove_prefix(n);
    return true;
  }
};

// 2026-11-28, 2026/11/28, 2026年11月28日 (month and day may have one digit).
bool parse_ymd(std::string_view text, Date& out) {
  Cursor c{text};
  int y = 0, m = 0, d = 0;
  if (!c.number(4, 4, y)) return false;
  bool ok = false;
  if (c.eat("年")) {
    ok = c.number(1, 2, m) && c.eat("月") && c.number(1, 2, d) && c.eat("日");
  } else {
    const std::string_view sep = c.eat("-") ? "-" : c.eat("/") ? "/" : "";
    ok = !sep.empty() && c.number(1, 2, m) && c.eat(sep) && c.number(1, 2, d);
  }
  if (!ok || !c.done() || !is_valid_date(y, m, d)) return false;
  out = Date{y, m, d};
  return true;
}

// "-3d": three days before today (at most 5 digits, so about 270 years).
bool parse_days_ago(std::string_view text, Date today, Date& out) {
  Cursor c{text};
  int n = 0;
  if (!c.eat("-") || !c.number(1, 5, n) || !(c.eat("d") || c.eat("D")) || !c.done()) return false;
  out = today.plus_days(-n);
  return is_valid_date(out.year, out.month, out.day);
}

Period week_period(Date monday) {
  IsoWeek w = iso_week(monday);
  return Period{monday, monday.plus_days(6), pad(w.year, 4) + "-W" + pad(w.week, 2)};
}

Period month_period(chrono::year_month ym) {
  const Date first = from_ymd(ym / 1);
  return Period{first, from_ymd(ym / chrono::last), pad(first.year, 4) + "-" + pad(first.month, 2)};
}

Period year_period(int year) { return Period{Date{year, 1, 1}, Date{year, 12, 31}, pad(year, 4)}; }

// Quarter 1 … 4 of `year`; the year carries over (quarter 0 is the year before's 4th).
Period quarter_period(int year, int quarter) {
  const int index = year * 4 + quarter - 1;
  const int y = index / 4, q = index % 4 + 1;
  const Date first{y, 3 * q - 2, 1};
  return Period{first, Date{y, 3 * q, days_in_month(y, 3 * q)}, pad(y, 4) + "-Q" + std::to_string(q)};
}

Period range_period(Date from, Date to) {
  return Period{from, to, from.iso() + ".." + to.iso()};
}

// A date, week or month (`shown`) outside kFirstDate … kLastDate.
void check_in_range(Date from, Date to, std::string_view shown, std::string_view field) {
  if (from < kFirstDate || to > kLastDate) {
    throw InputError(std::string(field), trf("{} is outside {} … {}", shown, kFirstDate.iso(), kLastDate.iso()));
  }
}

Period checked(Period period, std::string_view field) {
  check_in_range(period.from, period.to, period.label, field);
  return period;
}

std::string hex_byte(unsigned char c) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "\\x%02x", c);
  return buffer;
}

std::string code_point_name(utf8proc_int32_t cp) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(cp));
  return buffer;
}

}  // namespace

// ---- Dates ----

std::int64_t Date::days() const { return to_sys_days(*this).time_since_epoch().count(); }

Date Date::from_days(std::int64_t days) {
  return from_ymd(chrono::sys_days{chrono::days{days}});
}

std::string Date::iso() const { return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2); }

int Date::weekday() const { return static_cast<int>(chrono::weekday{to_sys_days(*this)}.iso_encoding()); }

bool is_leap_year(int year) { return chrono::year{year}.is_leap(); }

int days_in_month(int year, int month) {
  if (month < 1 || month > 12) return 0;
  const auto last = chrono::year{year} / chrono::month{static_cast<unsigned>(month)} / chrono::last;
  return static_cast<int>(static_cast<unsigned>(last.day()));
}

bool is_valid_date(int year, int month, int day) {
  // chrono::month and chrono::day hold only 0 … 255, so check the ranges
  // before asking ok().
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= 31 &&
         to_ymd(Date{year, month, day}).ok();
}

// ---- ISO weeks: a week belongs to the year that holds its Thursday ----

IsoWeek iso_week(Date date) {
  const chrono::sys_days thursday = monday_of(to_sys_days(date)) + chrono::days{3};
  const chrono::year year = chrono::year_month_day{thursday}.year();
  const auto day_of_year = (thursday - chrono::sys_days{year / chrono::January / 1}).count();
  return IsoWeek{static_cast<int>(year), static_cast<int>(day_of_year / 7) + 1};
}

// Dec 28 is always in the year's last ISO week.
int iso_weeks_in_year(int year) { return iso_week(Date{year, 12, 28}).week; }

Date iso_week_monday(int year, int week, std::string_view field) {
  const std::string label = pad(year, 4) + "-W" + pad(week, 2);
  if (year < 1 || year > 9999) throw InputError(std::string(field), trf("not a valid week: {}", quoted(label)));
  const int weeks = iso_weeks_in_year(year);
  if (week < 1 || week > weeks) {
    throw InputError(std::string(field), trf("{} does not exist ({} has {} weeks)", quoted(label), year, weeks));
  }
  // Jan 4 is always in week 1.
  const chrono::sys_days week1 = monday_of(chrono::sys_days{chrono::year{year} / chrono::January / 4});
  return from_ymd(week1 + chrono::weeks{week - 1});
}

Date parse_date(std::string_view text, Date today, std::string_view field, bool allow_future) {
  const std::string_view t = trim(text);
  if (t.empty()) throw InputError(std::string(field), tr("must not be empty"));
  Date d;
  if (equals_word(t, "today") || t == "今天") {
    d = today;
  } else if (equals_word(t, "yesterday") || t == "昨天") {
    d = today.plus_days(-1);
  } else if (!parse_days_ago(t, today, d) && !parse_ymd(t, d)) {
    throw InputError(std::string(field), trf("not a valid date: {}", quoted(t)));
  }
  if (!allow_future && d > today) {
    throw InputError(std::string(field), trf("{} is after today ({})", quoted(t), today.iso()));
  }
  check_in_range(d, d, d.iso(), field);
  return d;
}

Date parse_iso_date(std::string_view text, std::string_view field) {
  bool ok = text.size() == 10 && text[4] == '-' && text[7] == '-';
  for (std::size_t i = 0; ok && i < text.size(); ++i) {
    if (i != 4 && i != 7) ok = is_digit(text[i]);
  }
  Date d;
  if (ok) {
    auto num = [&](std::size_t pos, std::size_t n) {
      int v = 0;
      for (std::size_t i = pos; i < pos + n; ++i) v = v * 10 + (text[i] - '0');
      return v;
    };
    d = Date{num(0, 4), num(5, 2), num(8, 2)};
    ok = is_valid_date(d.year, d.month, d.day);
  }
  if (!ok) throw InputError(std::string(field), trf("not a valid date: {}", quoted(text)));
  check_in_range(d, d, d.iso(), field);
  return d;
}

// ---- Periods ----

Period parse_week(std::string_view text, Date today, std::string_view field) {
  const std::string_view t = trim(text);
  if (equals_word(t, "this") || t == "本周") return checked(week_period(monday_of(today)), field);
  if (equals_word(t, "last") || t == "上周") return checked(week_period(monday_of(today).plus_days(-7)), field);
  Cursor c{t};
  int year = 0, week = 0;
  bool ok = c.number(4, 4, year);
  c.eat("-");  // optional: 2026W48
  ok = ok && (c.eat("W") || c.eat("w")) && c.number(1, 2, week) && c.done();
  if (!ok) {
    throw InputError(std::string(field), trf("not a valid week: {}", quoted(t)));
  }
  return checked(week_period(iso_week_monday(year, week, field)), field);
}

Period parse_month(std::string_view text, Date today, std::string_view field) {
  const std::string_view t = trim(text);
  if (equals_word(t, "this") || t == "本月") return checked(month_period(year_month_of(today)), field);
  if (equals_word(t, "last") || t == "上月") return checked(month_period(year_month_of(today) - chrono::months{1}), field);
  Cursor c{t};
  int year = 0, month = 0;
  bool ok = c.number(4, 4, year);
  if (ok && c.eat("年")) {
    ok = c.number(1, 2, month) && c.eat("月");
  } else if (ok) {
    ok = (c.eat("-") || c.eat("/")) && c.number(1, 2, month);
  }
  if (!ok || !c.done() || !is_valid_date(year, month, 1)) {
    throw InputError(std::string(field), trf("not a valid month: {}", quoted(t)));
  }
  return checked(month_period(chrono::year{year} / chrono::month{static_cast<unsigned>(month)}), field);
}

Period parse_year(std::string_view text, Date today, std::string_view field) {
  const std::string_view t = trim(text);
  if (equals_word(t, "this") || t == "今年") return checked(year_period(today.year), field);
  if (equals_word(t, "last") || t == "去年") return checked(year_period(today.year - 1), field);
  Cursor c{t};
  int year = 0;
  bool ok = c.number(4, 4, year);
  if (ok) c.eat("年");
  if (!ok || !c.done()) throw InputError(std::string(field), trf("not a valid year: {}", quoted(t)));
  return checked(year_period(year), field);
}

Period parse_quarter(std::string_view text, Date today, std::string_view field) {
  const std::string_view t = trim(text);
  const int current = (today.month - 1) / 3 + 1;
  if (equals_word(t, "this") || t == "本季度") return checked(quarter_period(today.year, current), field);
  if (equals_word(t, "last") || t == "上季度") return checked(quarter_period(today.year, current - 1), field);
  Cursor c{t};
  int year = 0, quarter = 0;
  bool ok = c.number(4, 4, year);
  c.eat("-");  // optional: 2026Q4
  ok = ok && (c.eat("Q") || c.eat("q")) && c.number(1, 1, quarter) && c.done() && quarter >= 1 && quarter <= 4;
  if (!ok) throw InputError(std::string(field), trf("not a valid quarter: {} (e.g. 2026-Q4)", quoted(t)));
  return checked(quarter_period(year, quarter), field);
}

Period parse_period_label(std::string_view text, std::string_view field) {
  std::string_view t = trim(text);
  const Date any{2000, 1, 1};  // a label names its year: "this" and "last" are not labels
  const bool starts_with_year = t.size() >= 4 && std::all_of(t.begin(), t.begin() + 4, is_digit);
  if (!starts_with_year) t = "";  // refused below
  if (t.size() == 4) return parse_year(t, any, field);
  if (t.size() == 7 && (t[5] == 'Q' || t[5] == 'q')) return parse_quarter(t, any, field);
  if (t.size() == 7) return parse_month(t, any, field);
  throw InputError(std::string(field), trf("not a month, quarter or year: {} (e.g. 2026-11, 2026-Q4, 2026)", quoted(text)));
}

Period make_range(Date from, Date to) {
  if (to < from) {
    throw InputError("--to", trf("{} is before --from ({})", quoted(to.iso()), from.iso()));
  }
  return range_period(from, to);
}

Period previous_period(const Period& period) {
  const Date& from = period.from;
  const bool whole_month = from.day == 1 && period.to.year == from.year &&
                           period.to.month == from.month &&
                           period.to.day == days_in_month(from.year, from.month);
  if (whole_month) return month_period(year_month_of(from) - chrono::months{1});
  if (from.month == 1 && from.day == 1 && period.to == Date{from.year, 12, 31}) return year_period(from.year - 1);
  const int quarter = (from.month - 1) / 3 + 1;
  if (from.day == 1 && (from.month - 1) % 3 == 0 && period.to == quarter_period(from.year, quarter).to)
    return quarter_period(from.year, quarter - 1);
  if (from.weekday() == 1 && period.length_days() == 7) return week_period(from.plus_days(-7));
  const Date to = from.plus_days(-1);
  return range_period(to.plus_days(-(period.length_days() - 1)), to);
}

// ---- Numbers ----

std::optional<std::int64_t> tenths_of(std::string_view text) {
  const auto begin = text.find_first_not_of(' '), end = text.find_last_not_of(' ');
  if (begin == std::string_view::npos) return std::nullopt;
  text = text.substr(begin, end - begin + 1);
  const bool negative = text.starts_with('-');
  if (negative) text.remove_prefix(1);
  const auto point = text.find('.');
  const std::string_view whole = text.substr(0, point);
  const std::string_view fraction = point == std::string_view::npos ? "" : text.substr(point + 1);
  if (whole.empty() || whole.size() > 6 || (point != std::string_view::npos && fraction.size() != 1)) return std::nullopt;
  std::int64_t value = 0;
  for (char c : std::string(whole) + std::string(fraction.empty() ? "0" : fraction)) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return negative ? -value : value;
}


std::int64_t parse_count(std::string_view text, std::string_view field) {
  const std::string_view t = trim(text);
  if (t.empty()) throw InputError(std::string(field), tr("must not be empty"));
  if (t.size() > 1 && t[0] == '-' && all_digits(t.substr(1))) {
    throw InputError(std::string(field), tr("must not be negative"));
  }
  if (!all_digits(t)) {
    throw InputError(std::string(field), trf("not a whole number: {}", quoted(t)));
  }
  std::int64_t value = 0;
  for (char c : t) {
    value = value * 10 + (c - '0');
    // Stop early so long digit strings cannot overflow.
    if (value > kMaxCount) {
      throw InputError(std::string(field), trf("must be at most {}", kMaxCount));
    }
  }
  return value;
}

std::int64_t parse_id(std::string_view text, std::string_view field) {
  const std::string_view t = trim(text);
  if (t.empty()) throw InputError(std::string(field), tr("must not be empty"));
  if (t.size() > 1 && t[0] == '-' && all_digits(t.substr(1))) {
    throw InputError(std::string(field), tr("must not be negative"));
  }
  if (!all_digits(t)) throw InputError(std::string(field), trf("not a valid id: {}", quoted(t)));
  std::int64_t id = 0;
  // Only digits are left, so from_chars reads them all or reports overflow.
  if (std::from_chars(t.data(), t.data() + t.size(), id).ec == std::errc::result_out_of_range) {
    throw InputError(std::string(field),
                     trf("must be at most {}", std::numeric_limits<std::int64_t>::max()));
  }
  if (id == 0) throw InputError(std::string(field), tr("must be at least 1"));
  return id;
}

Fen parse_money(std::string_view text, std::string_view field) {
  std::string_view t = trim(text);
  if (t.empty()) throw InputError(std::string(field), tr("must not be empty"));
  const std::string_view original = t;
  // Optional ¥ (U+00A5) or fullwidth ￥ (U+FFE5) in front and 元 behind, with
  // spaces between.
  for (std::string_view sign : {std::string_view("\u00A5"), std::string_view("\uFFE5")}) {
    if (t.starts_with(sign)) {
      t.remove_prefix(sign.size());
      break;
    }
  }
  if (t.ends_with(kYuan)) t.remove_suffix(kYuan.size());
  t = trim(t);
  if (t.starts_with('-')) throw InputError(std::string(field), tr("must not be negative"));

  std::size_t dot = t.find('.');
  const std::string_view whole = t.substr(0, dot);
  const std::string_view frac = dot == std::string_view::npos ? "" : t.substr(dot + 1);
  const bool well_formed = !whole.empty() && all_digits(whole) && all_digits(frac) &&
                           (dot == std::string_view::npos || !frac.empty());
  if (!well_formed) {
    throw InputError(std::string(field), trf("not an amount of money: {}", quoted(original)));
  }
  if (frac.size() > 2) {
    throw InputError(std::string(field), trf("at most two decimals: {}", quoted(original)));
  }
  const std::string too_much = trf("must be at most {} yuan", kMaxYuan);
  std::int64_t yuan = 0;
  for (char c : whole) {
    yuan = yuan * 10 + (c - '0');
    if (yuan > kMaxYuan) throw InputError(std::string(field), too_much);
  }
  Fen fen = yuan * 100;
  if (frac.size() >= 1) fen += (frac[0] - '0') * 10;
  if (frac.size() == 2) fen += frac[1] - '0';
  if (fen > kMaxYuan * 100) throw InputError(std::string(field), too_much);
  return fen;
}

std::string format_yuan(Fen fen) {
  // Unsigned magnitude so that even INT64_MIN formats without overflow.
  const std::uint64_t u = fen < 0 ? 0 - static_cast<std::uint64_t>(fen) : static_cast<std::uint64_t>(fen);
  const int cents = static_cast<int>(u % 100);
  return (fen < 0 ? "-" : "") + std::to_string(u / 100) + "." + pad(cents, 2);
}

// ---- Text ----

bool is_valid_utf8(std::string_view text) {
  utf8proc_int32_t cp = 0;
  while (!text.empty()) {
    if (!next_code_point(text, cp)) return false;
  }
  return true;
}

std::size_t utf8_length(std::string_view text) {
  std::size_t n = 0;
  for (; !text.empty(); ++n) skip_code_point(text);
  return n;
}

std::string parse_text(std::string_view text, std::string_view field, std::size_t max_chars,
                       bool multiline) {
  if (!is_valid_utf8(text)) throw InputError(std::string(field), tr("not valid utf-8"));
  std::string s;
  s.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    // Windows line ends in notes become plain \n; a bare \r is rejected below.
    if (multiline && text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    s += text[i];
  }
  s = std::string(trim(s));
  std::size_t length = 0;
  for (std::string_view rest = s; !rest.empty(); ++length) {
    // Always decodes: trimming and dropping \r kept the text valid.
    utf8proc_int32_t cp = 0;
    next_code_point(rest, cp);
    const bool allowed = multiline && (cp == '\n' || cp == '\t');
    const bool control = cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
    if (control && !allowed) {
      throw InputError(std::string(field), trf("contains a control character ({})", code_point_name(cp)));
    }
  }
  if (length > max_chars) {
    throw InputError(std::string(field), trf("too long: {} characters (at most {})", length, max_chars));
  }
  return s;
}

bool is_bidi_control(char32_t cp) {
  return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2066 && cp <= 0x2069);
}

bool is_zero_width(char32_t cp) { return (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF; }

namespace {

// Bidi controls can make a name or note display as something else (an
// override reverses what follows), and zero-width characters make two names
// that look alike differ. `keep_joiner`: U+200D joins emoji in notes.
void refuse_invisible(std::string_view text, std::string_view field, bool keep_joiner) {
  utf8proc_int32_t cp = 0;
  while (next_code_point(text, cp)) {
    if (is_bidi_control(static_cast<char32_t>(cp)))
      throw InputError(std::string(field), trf("contains a bidi control character ({})", code_point_name(cp)));
    if (is_zero_width(static_cast<char32_t>(cp)) && !(keep_joiner && cp == 0x200D))
      throw InputError(std::string(field), trf("contains a zero-width character ({})", code_point_name(cp)));
  }
}

}  // namespace

std::string parse_name(std::string_view text, std::string_view field) {
  std::string s = parse_text(text, field, kMaxName);
  if (s.empty()) throw InputError(std::string(field), tr("must not be empty"));
  refuse_invisible(s, field, false);
  return s;
}

std::string parse_note(std::string_view text, std::string_view field) {
  std::string s = parse_text(text, field, kMaxNote, true);
  refuse_invisible(s, field, true);
  return s;
}

std::string parse_phone(std::string_view text, std::string_view field) {
  const std::string phone = parse_name(text, field);
  // Never echo the value: a phone number is personal data (SPEC §4).
  if (phone.size() > 30 || phone.find_first_not_of("0123456789+- ()") != std::string::npos)
    throw InputError(std::string(field), tr("not a phone number (digits, spaces, + - ( ) only; at most 30)"));
  return phone;
}

// ---- Messages ----

std::string quoted(std::string_view value) {
  std::string_view rest = value;
  for (int n = 0; n < 60 && !rest.empty(); ++n) skip_code_point(rest);
  return "\"" + std::string(value.substr(0, value.size() - rest.size())) + (rest.empty() ? "\"" : "…\"");
}

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  while (!text.empty()) {
    const std::string_view before = text;
    utf8proc_int32_t cp = 0;
    if (!next_code_point(text, cp)) {
      out += hex_byte(static_cast<unsigned char>(text.front()));
      text.remove_prefix(1);
      continue;
    }
    const auto c = static_cast<char32_t>(cp);
    if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (c < 0x20 || c == 0x7F) out += hex_byte(static_cast<unsigned char>(c));
    else if ((c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029 || is_bidi_control(c) || is_zero_width(c))
      out += "\\u{" + code_point_name(cp).substr(2) + "}";
    else out += before.substr(0, before.size() - text.size());
  }
  return out;
}

}  // namespace pingan
