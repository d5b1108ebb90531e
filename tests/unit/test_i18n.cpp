#include <doctest/doctest.h>

#include <regex>
#include <set>

#include "pingan/i18n.hpp"

using namespace pingan;

namespace {

// The arguments a format string takes: {} counted in order, {N} by number.
std::multiset<int> arguments(std::string_view text) {
  static const std::regex field{R"(\{(\d*)(?::[^}]*)?\})"};
  std::multiset<int> out;
  int next = 0;
  const std::string s(text);
  for (auto it = std::sregex_iterator(s.begin(), s.end(), field); it != std::sregex_iterator(); ++it)
    out.insert((*it)[1].length() ? std::stoi((*it)[1]) : next++);
  return out;
}

bool has_chinese(std::string_view text) {
  // A character of the CJK blocks or full-width punctuation: U+3000 … U+FFEF, three bytes from E3 to EF.
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0xE3 && byte <= 0xEF) return true;
  }
  return false;
}

struct LanguageGuard {
  ~LanguageGuard() { set_language(Lang::en); }
};

}  // namespace

TEST_CASE("every translation takes the same arguments as its English and is Chinese") {
  REQUIRE(!translations().empty());
  for (const auto& entry : translations()) {
    CAPTURE(entry.en);
    CHECK(arguments(entry.zh) == arguments(entry.en));
    CHECK(has_chinese(entry.zh));
  }
}

TEST_CASE("tr and trf follow the language; an unknown text stays as it is") {
  LanguageGuard guard;
  CHECK(tr("must not be empty") == "must not be empty");
  CHECK(trf("cannot write to standard output: {}", "No space left on device") ==
        "cannot write to standard output: No space left on device");
  set_language(Lang::zh);
  CHECK(tr("must not be empty") == "不能为空");
  CHECK(trf("unknown command {} for {}{} (see {} --help)", "\"lsit\"", "\"pingan event\"", "", "pingan event") ==
        "\"pingan event\" 没有子命令 \"lsit\"（见 pingan event --help）");
  CHECK(tr("no such text in the table") == "no such text in the table");
}
