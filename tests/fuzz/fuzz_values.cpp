// libFuzzer target: every value parser of lib/pingan/values (SPEC §4) on the
// same bytes. Each must return or throw pingan::InputError — anything else
// (another exception, a crash, a sanitizer report) is a finding. What they
// return is checked against their contract too.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "pingan/errors.hpp"
#include "pingan/values.hpp"

namespace {

const pingan::Date kToday{2026, 11, 28};

void require(bool ok) {
  if (!ok) std::abort();
}

template <typename F>
void input(F&& parse) {
  try {
    parse();
  } catch (const pingan::InputError&) {
  }
}

bool in_range(pingan::Date d) { return d >= pingan::kFirstDate && d <= pingan::kLastDate; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  using namespace pingan;

  for (bool future : {false, true}) {
    input([&] {
      const Date d = parse_date(text, kToday, "--date", future);
      require(in_range(d) && (future || d <= kToday) && is_valid_date(d.year, d.month, d.day));
      require(parse_iso_date(d.iso(), "date") == d);
    });
  }
  input([&] {
    const Date d = parse_iso_date(text, "date");
    require(in_range(d) && d.iso() == text);
  });
  input([&] {
    const Period p = parse_week(text, kToday);
    require(in_range(p.from) && in_range(p.to) && p.length_days() == 7 && p.from.weekday() == 1);
    require(parse_week(p.label, kToday) == p);
  });
  input([&] {
    const Period p = parse_month(text, kToday);
    require(in_range(p.from) && in_range(p.to) && p.from.day == 1);
    require(parse_month(p.label, kToday) == p);
    require(previous_period(p).to.plus_days(1) == p.from);
  });
  input([&] {
    const auto n = parse_count(text, "--count");
    require(n >= 0 && n <= 10'000'000);
  });
  input([&] { require(parse_id(text, "ID") >= 1); });
  input([&] {
    const Fen fen = parse_money(text, "--amount");
    require(fen >= 0 && fen <= 1'000'000'000'000);
    require(parse_money(format_yuan(fen), "--amount") == fen);
  });
  for (bool multiline : {false, true}) {
    input([&] {
      const std::string s = parse_text(text, "--text", 100, multiline);
      require(is_valid_utf8(s) && utf8_length(s) <= 100);
    });
  }
  input([&] {
    const std::string s = parse_name(text, "--place");
    require(!s.empty() && utf8_length(s) <= kMaxName && parse_name(s, "--place") == s);
  });
  input([&] {
    const std::string s = parse_note(text, "--note");
    require(utf8_length(s) <= kMaxNote && parse_note(s, "--note") == s);
  });
  input([&] { require(parse_phone(text, "--phone").size() <= 30); });

  // Messages: one line, nothing that does not print, values cut.
  const std::string shown = printable(text);
  require(is_valid_utf8(shown));
  for (unsigned char c : shown) require(c >= 0x20 && c != 0x7F);
  require(utf8_length(quoted(text)) <= 63);
  return 0;
}
