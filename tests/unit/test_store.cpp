#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>
#include <random>

#include "pingan/errors.hpp"
#include "pingan/store/cases.hpp"
#include "pingan/store/events.hpp"
#include "pingan/store/installs.hpp"
#include "pingan/store/migrations.hpp"
#include "pingan/store/sqlite/connection.hpp"
#include "pingan/store/stations.hpp"
#include "pingan/views/case_view.hpp"

namespace fs = std::filesystem;
using namespace pingan;
using store::Ledger;

namespace {

// A fresh folder for one test's databases, removed afterwards.
struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("pingan-unit-" + std::to_string(std::random_device{}()));
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
};

Ledger open(const TempDir& dir) { return Ledger(dir.path / "sub" / "ledger.db", Ledger::Mode::write, {1000, "tester"}); }

std::int64_t count(Ledger& ledger, const std::string& sql) { return store::sqlite::db(ledger).execAndGet(sql).getInt64(); }

store::Station station(Ledger& ledger) {
  store::Station input;
  input.name = "吉日嘎朗图派出所";
  input.code = "jrglt";
  return store::add_station(ledger, input);
}

}  // namespace

TEST_CASE("a new database is private, in WAL mode and at the current schema") {
  TempDir dir;
  auto ledger = open(dir);
  struct stat info {};
  REQUIRE(::stat((dir.path / "sub" / "ledger.db").c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0600);
  CHECK(store::sqlite::db(ledger).execAndGet("PRAGMA journal_mode").getString() == "wal");
  CHECK(count(ledger, "PRAGMA user_version") == store::schema_version());
}

TEST_CASE("reading needs an existing database; a newer schema is refused") {
  TempDir dir;
  CHECK_THROWS_AS(Ledger(dir.path / "missing.db", Ledger::Mode::read, {1000, "tester"}), Failure);
  CHECK_FALSE(fs::exists(dir.path / "missing.db"));
  {
    auto ledger = open(dir);
    store::sqlite::db(ledger).exec("PRAGMA user_version = 99");
  }
  CHECK_THROWS_AS(open(dir), Failure);
}

TEST_CASE("events keep their lists and installs, and every change is audited") {
  TempDir dir;
  auto ledger = open(dir);
  const auto jrglt = station(ledger);
  CHECK_THROWS_AS(station(ledger), InputError);  // the same name twice

  store::Event event;
  event.date = {2026, 11, 28};
  event.station_id = jrglt.id;
  event.venue = "construction_site";
  event.place = "安置房工地";
  event.audience = 60;
  event.installs = 25;
  event.topics = {"brushing", "fake_loan"};
  event.officers = {"寇小青", "李春洋"};
  const auto added = store::add_event(ledger, event);
  CHECK(added.installs == 25);
  CHECK(added.station == "吉日嘎朗图派出所");
  CHECK(added.topics == std::vector<std::string>{"brushing", "fake_loan"});
  CHECK(count(ledger, "SELECT count(*) FROM install WHERE event_id IS NOT NULL") == 1);

  auto changed = added;
  changed.installs = 30;
  changed.date = {2026, 11, 27};
  changed.topics = {"elder_care"};
  const auto linked_id = count(ledger, "SELECT id FROM install");
  const auto updated = store::update_event(ledger, changed);
  REQUIRE(updated);
  CHECK(updated->installs == 30);
  CHECK(updated->topics == std::vector<std::string>{"elder_care"});
  CHECK(count(ledger, "SELECT id FROM install") == linked_id);  // the linked install keeps its id
  CHECK_FALSE(store::update_event(ledger, *updated));  // nothing changed: nothing written
  CHECK(count(ledger, "SELECT count(*) FROM install WHERE date = '2026-11-27' AND count = 30") == 1);

  store::delete_event(ledger, added.id);
  CHECK_THROWS_AS(store::get_event(ledger, added.id), NotFound);
  CHECK(count(ledger, "SELECT count(*) FROM install") == 0);
  CHECK(count(ledger, "SELECT count(*) FROM event_topic") == 0);
  CHECK(count(ledger, "SELECT count(*) FROM audit WHERE kind = 'event'") == 3);
  // The linked install is audited as an install: added with 25, edited to 30, deleted.
  CHECK(count(ledger, "SELECT count(*) FROM audit WHERE kind = 'install' AND action = 'edit' "
                      "AND before LIKE '%\"count\":25%' AND after LIKE '%\"count\":30%' AND os_user = 'tester'") == 1);
  CHECK(count(ledger, "SELECT count(*) FROM audit WHERE kind = 'install' AND action IN ('add', 'delete')") == 2);
}

TEST_CASE("a failed write leaves nothing behind") {
  TempDir dir;
  auto ledger = open(dir);
  const auto jrglt = station(ledger);
  store::Install install;
  install.date = {2026, 11, 28};
  install.station_id = jrglt.id;
  install.venue = "front_desk";
  install.count = 3;
  install.event_id = 999;  // no such event
  CHECK_THROWS_AS(store::add_install(ledger, install), NotFound);
  CHECK(count(ledger, "SELECT count(*) FROM install") == 0);
  CHECK(count(ledger, "SELECT count(*) FROM audit WHERE kind = 'install'") == 0);
}

TEST_CASE("cases follow the lifecycle and keep every step") {
  TempDir dir;
  auto ledger = open(dir);
  const auto jrglt = station(ledger);
  store::Case c;
  c.opened = {2026, 11, 20};
  c.station_id = jrglt.id;
  c.name = "格桑花";
  c.category = "minor_game_topup";
  c.amount = 70050;
  const auto opened = store::open_case(ledger, c);
  const Date today{2026, 11, 28};

  auto change = [](const char* status, Date date) {
    store::StatusChange out;
    out.status = status;
    out.date = date;
    return out;
  };
  CHECK_THROWS_AS(store::update_case(ledger, opened.id, change("refunded", {2026, 11, 21}), today), InputError);
  store::update_case(ledger, opened.id, change("submitted", {2026, 11, 21}), today);
  CHECK_THROWS_AS(store::update_case(ledger, opened.id, change("rejected", {2026, 11, 19}), today), InputError);  // before
  auto refund = change("refunded", {2026, 11, 24});
  refund.recovered = 70051;
  CHECK_THROWS_AS(store::update_case(ledger, opened.id, refund, today), InputError);  // more than the amount
  refund.recovered = 65000;
  const auto refunded = store::update_case(ledger, opened.id, refund, today);
  CHECK(refunded.recovered == 65000);
  CHECK_THROWS_AS(store::update_case(ledger, opened.id, change("submitted", {2026, 11, 25}), today), InputError);
  auto reopen = change("submitted", {2026, 11, 25});
  reopen.reopen = true;
  const auto reopened = store::update_case(ledger, opened.id, reopen, today);
  CHECK(reopened.recovered == 0);
  REQUIRE(reopened.timeline.size() == 4);
  CHECK(reopened.timeline[0].status == "open");
  CHECK(reopened.timeline[2].recovered == 65000);
  CHECK(reopened.timeline[3].date == Date{2026, 11, 25});

  const auto json = views::to_json(reopened, {Date{2026, 11, 28}, 7, false, true});
  CHECK(json["name"] == "格某某");
  CHECK(json["amount"] == 700.5);
  CHECK(json["age_days"] == 8);
  CHECK(json["overdue"] == true);
}

TEST_CASE("an archive an older pingan wrote is brought up to date when a report attaches it") {
  TempDir dir;
  const fs::path archive = dir.path / "archive.db";
  {
    // The archive as schema 4 left it: the first four migrations only.
    SQLite::Database old(archive.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    old.exec("PRAGMA journal_mode = WAL");
    for (const auto& migration : store::migrations(""))
      if (migration.version <= 4) old.exec(std::string(migration.sql));
    old.exec("PRAGMA user_version = 4");
  }
  auto ledger = open(dir);
  REQUIRE(ledger.attach_archive(archive));
  CHECK(count(ledger, "PRAGMA archive.user_version") == store::schema_version());
  CHECK(count(ledger, "SELECT count(*) FROM archive.target") == 0);  // the new table is there
}

TEST_CASE("a station renamed: the attached archive's copy follows, also after an edit that stopped halfway") {
  TempDir dir;
  const fs::path archive_path = dir.path / "archive.db";
  auto ledger = open(dir);
  auto stored = station(ledger);
  {
    Ledger archive(archive_path, Ledger::Mode::write, {1000, "tester"});
    SQLite::Statement copy(store::sqlite::db(archive),
                           "INSERT INTO station (uid, name, code, created_at) VALUES (?, ?, 'jrglt', '2026-01-01T00:00:00Z')");
    copy.bind(1, stored.uid);
    copy.bind(2, stored.name);
    copy.exec();
  }
  REQUIRE(ledger.attach_archive(archive_path));
  stored.name = "吉日嘎朗图镇派出所";
  stored.population = 16000;
  REQUIRE(store::update_station(ledger, stored));
  CHECK(store::sqlite::db(ledger).execAndGet("SELECT name || ' ' || population FROM archive.station").getString() ==
        "吉日嘎朗图镇派出所 16000");
  // An archive still holding the old name (an edit cut off before it) is put right by the same edit again.
  store::sqlite::db(ledger).exec("UPDATE archive.station SET name = 'old'");
  CHECK_FALSE(store::update_station(ledger, stored));  // nothing changed in the ledger itself
  CHECK(store::sqlite::db(ledger).execAndGet("SELECT name FROM archive.station").getString() == "吉日嘎朗图镇派出所");
}
