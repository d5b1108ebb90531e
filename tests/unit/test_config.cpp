#include <doctest/doctest.h>

#include "pingan/config.hpp"
#include "pingan/errors.hpp"

using pingan::InputError;
using pingan::Lang;

TEST_CASE("built-in defaults hold the vocabularies of SPEC §8") {
  const auto config = pingan::default_config();
  CHECK(config.busy_timeout_ms == 5000);
  CHECK(config.overdue_days == 7);
  CHECK(config.venues.terms().size() == 14);
  CHECK(config.topics.terms().size() == 16);
  CHECK(config.categories.terms().size() == 5);
  CHECK(config.venues.resolve("夜市", "--venue").code == "night_market");
  CHECK(config.venues.resolve("Night Market", "--venue").code == "night_market");
  CHECK(config.venues.resolve(" construction_site ", "--venue").code == "construction_site");
  CHECK(config.topics.label("app_usage", Lang::zh) == "国家反诈中心APP使用");
  CHECK(config.categories.resolve("未成年人游戏充值", "--category").code == "minor_game_topup");
}

TEST_CASE("unknown vocabulary values list the valid codes") {
  const auto config = pingan::default_config();
  try {
    config.venues.resolve("moon", "--venue");
    FAIL("accepted an unknown venue");
  } catch (const InputError& error) {
    CHECK(error.field == "--venue");
    CHECK(std::string(error.what()).find("night_market") != std::string::npos);
  }
}

TEST_CASE("a user config overlays the defaults") {
  const auto config = pingan::parse_config(R"(
[defaults]
station = "吉日嘎朗图派出所"
[cases]
overdue_days = 14
[ui]
lang = "zh"
ambiguous_wide = true
[[venue]]
code = "pasture"
zh = "牧场"
en = "Pasture"
[[venue]]
code = "night_market"
zh = "夜市摊位"
)", "my.toml");
  CHECK(config.default_station == "吉日嘎朗图派出所");
  CHECK(config.overdue_days == 14);
  CHECK(config.lang == Lang::zh);
  CHECK(config.ambiguous_wide == true);
  CHECK_FALSE(pingan::default_config().ambiguous_wide.has_value());  // unset: the locale decides
  CHECK(config.venues.resolve("牧场", "--venue").code == "pasture");
  CHECK(config.venues.label("night_market", Lang::zh) == "夜市摊位");
  CHECK(config.venues.terms().size() == 15);
}

TEST_CASE("config errors name the file, line and key") {
  struct Case {
    const char* text;
    const char* field;
  };
  const Case cases[] = {
      {"[database]\nbusy_timeout = 5\n", "my.toml:2: database.busy_timeout"},
      {"[ui]\nlang = \"fr\"\n", "my.toml:2: ui.lang"},
      {"[ui]\nlang = \"en\"\nambiguous_wide = \"yes\"\n", "my.toml:3: ui.ambiguous_wide"},
      {"[ui]\nambiguous_wide = 1\n", "my.toml:2: ui.ambiguous_wide"},
      {"\n\n[cases]\noverdue_days = -1\n", "my.toml:4: cases.overdue_days"},
      {"colour = true\n", "my.toml:1: colour"},
      {"[[venue]]\nzh = \"牧场\"\n", "my.toml:1: venue.code"},
      {"[database\n", "my.toml:1"},
      {"[defaults]\nstation = \"a\\u0007b\"\n", "my.toml:2: defaults.station"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    try {
      pingan::parse_config(c.text, "my.toml");
      FAIL("accepted a bad config");
    } catch (const InputError& error) {
      CHECK(error.field == c.field);
    }
  }
}

TEST_CASE("a code or label that names two entries is an error at its line") {
  struct Case {
    const char* text;
    const char* field;
  };
  const Case cases[] = {
      // 夜市 is night_market's label: input 夜市 would name two venues.
      {"[[venue]]\ncode = \"x\"\nzh = \"夜市\"\n", "my.toml:3: venue.zh"},
      {"[[venue]]\ncode = \"x\"\nen = \"night MARKET\"\n", "my.toml:3: venue.en"},
      {"[[venue]]\ncode = \"x\"\nen = \"school\"\n", "my.toml:3: venue.en"},
      {"[[topic]]\ncode = \"a\"\nzh = \"甲\"\n[[topic]]\ncode = \"b\"\nzh = \"甲\"\n", "my.toml:3: topic.zh"},
      // Relabelling an entry onto another's label.
      {"\n[[venue]]\ncode = \"market\"\nzh = \"夜市\"\n", "my.toml:4: venue.zh"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    try {
      pingan::parse_config(c.text, "my.toml");
      FAIL("accepted an ambiguous label");
    } catch (const InputError& error) {
      CHECK(error.field == c.field);
      CHECK(error.reason.find("also names") != std::string::npos);
    }
  }
  // A label that a later entry gives up is free to take.
  const auto config = pingan::parse_config(
      "[[venue]]\ncode = \"x\"\nzh = \"夜市\"\n[[venue]]\ncode = \"night_market\"\nzh = \"夜市摊位\"\n", "my.toml");
  CHECK(config.venues.resolve("夜市", "--venue").code == "x");
}

TEST_CASE("a config path that names a folder is an error, not the defaults") {
  const auto folder = std::filesystem::temp_directory_path();
  try {
    pingan::load_config(folder);
    FAIL("read a folder as a config");
  } catch (const InputError& error) {
    CHECK(error.field == folder.string());
    CHECK(error.reason == "is a folder, not a config file");
  }
}

TEST_CASE("duties carry their points rules in tenths; an entry may change only some keys") {
  const auto defaults = pingan::default_config();
  CHECK(defaults.duties.terms().size() == 6);
  CHECK(defaults.volunteer_groups.terms().size() == 10);
  CHECK(defaults.duties.resolve("参与治安巡防", "--duty").code == "patrol");
  CHECK(defaults.duty_rules.at("patrol").points == 20);
  CHECK(defaults.duty_rules.at("patrol").per_hour == 10);
  CHECK(defaults.duty_rules.at("intelligence").adopted_bonus == 50);
  CHECK(defaults.excellent_points == 60);
  CHECK(defaults.qualified_points == 20);

  const auto changed = pingan::parse_config("[[duty]]\ncode = \"patrol\"\npoints = 3.5\n", "c.toml");
  CHECK(changed.duty_rules.at("patrol").points == 35);
  CHECK(changed.duty_rules.at("patrol").per_hour == 10);  // kept
  CHECK(changed.duties.label("patrol", Lang::zh) == "参与治安巡防");  // kept

  CHECK_THROWS_AS(pingan::parse_config("[[duty]]\ncode = \"patrol\"\npoints = 2.55\n", "c.toml"), InputError);
  CHECK_THROWS_AS(pingan::parse_config("[[duty]]\ncode = \"patrol\"\npoints = -1\n", "c.toml"), InputError);
  CHECK_THROWS_AS(pingan::parse_config("[[duty]]\ncode = \"patrol\"\npionts = 1\n", "c.toml"), InputError);
  CHECK_THROWS_AS(pingan::parse_config("[[venue]]\ncode = \"x\"\npoints = 1\n", "c.toml"), InputError);
}
