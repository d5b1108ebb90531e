#include <doctest/doctest.h>

#include "pingan/views/mask.hpp"

TEST_CASE("names are masked as SPEC §5 shows") {
  struct Case {
    const char* name;
    const char* masked;
  };
  const Case cases[] = {
      {"格桑花", "格某某"}, {"王五", "王某"}, {"Liu Wei", "L***"}, {"liu", "l***"},
      {"欧阳娜娜", "欧某某某"}, {"王", "王某"}, {"", ""}, {"Émile Zola", "É***"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    CHECK(pingan::mask_name(c.name) == c.masked);
  }
}

TEST_CASE("phones keep the prefix and the last four digits") {
  CHECK(pingan::mask_phone("13812345678") == "138****5678");
  CHECK(pingan::mask_phone("0477-8123456") == "047*****3456");
  CHECK(pingan::mask_phone("96110") == "***10");
  CHECK(pingan::mask_phone("87654321") == "******21");  // at least half hidden
  CHECK(pingan::mask_phone("") == "");
  // The full number never survives masking.
  CHECK(pingan::mask_phone("13812345678").find("12345678") == std::string::npos);
}
