#include <doctest/doctest.h>

#include "pingan/report/text.hpp"

using namespace pingan::report;

TEST_CASE("figures are written the same way in every format") {
  CHECK(format_figure({"events", Kind::count, 1234567, {}}) == "1,234,567");
  CHECK(group_thousands(0) == "0");
  CHECK(group_thousands(999) == "999");
  CHECK(group_thousands(1000) == "1,000");
  CHECK(group_thousands(-1234) == "-1,234");
  CHECK(format_figure({"amount", Kind::money, 70050, {}}) == "700.50");
  CHECK(format_figure({"amount", Kind::money, 123456789, {}}) == "1,234,567.89");
  CHECK(format_figure({"rate", Kind::rate, 0, 0.92857}) == "92.9%");
  CHECK(format_figure({"rate", Kind::rate, 0, std::nullopt}) == "—");
}

TEST_CASE("changes against the previous period") {
  const Figure ten{"events", Kind::count, 10, {}}, twelve{"events", Kind::count, 12, {}},
      zero{"events", Kind::count, 0, {}};
  CHECK(format_change(twelve, ten) == "+2 (+20.0%)");
  CHECK(format_change(ten, twelve) == "−2 (−16.7%)");
  CHECK(format_change(ten, zero) == "+10");
  CHECK(format_change(ten, ten) == "±0");
  CHECK(format_change({"r", Kind::rate, 0, 0.5}, {"r", Kind::rate, 0, 0.25}) == "+25.0 pp");
}

TEST_CASE("the recovery rate is undefined until a case finishes") {
  Totals totals;
  CHECK_FALSE(totals.recovery_rate().has_value());
  totals.cases_finished = 2;
  totals.amount_finished = 140100;
  totals.amount_recovered = 135000;
  REQUIRE(totals.recovery_rate().has_value());
  CHECK(*totals.recovery_rate() == doctest::Approx(135000.0 / 140100.0));
  CHECK(term("audience", pingan::Lang::zh) == "覆盖人数");
  CHECK(term("amount_recovered", pingan::Lang::zh) == "挽损金额");
}
