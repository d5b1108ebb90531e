#include "pingan/store/archive.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <SQLiteCpp/Statement.h>
#include <chrono>
#include <cstring>
#include <fmt/format.h>
#include <thread>
#include <vector>

#include "pingan/errors.hpp"

namespace pingan::store {
namespace {

// Holds an exclusive lock on "<database>.archive-lock" so that two runs on
// one database never interleave, whatever archive each names.
class RunLock {
 public:
  RunLock(const std::filesystem::path& database, int busy_timeout_ms) {
    const std::string path = database.string() + ".archive-lock";
    fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd_ < 0) throw Failure(fmt::format("cannot open {}: {}", path, std::strerror(errno)));
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(busy_timeout_ms);
    while (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
      if (std::chrono::steady_clock::now() >= deadline) {
        ::close(fd_);
        throw Busy(fmt::format("another pingan archive is running on {}", database.string()));
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  }
  ~RunLock() { ::close(fd_); }  // closing releases the lock
  RunLock(const RunLock&) = delete;
  RunLock& operator=(const RunLock&) = delete;

 private:
  int fd_ = -1;
};

// Several times the step of pingan's busy handler (2 ms, see ledger.cpp), so
// a waiting writer gets in between two batches.
constexpr std::chrono::milliseconds kPauseBetweenBatches{20};

// Records moved per batch: each batch holds the main database's write lock for
// a small fraction of the writers' busy timeout.
constexpr int kBatch = 2000;

// One kind of record: how to pick a batch in the main database and how to
// copy it into the archive. Every statement sees the main database as "live"
// and the batch's ids in temp.batch.
struct Kind {
  const char* table;
  const char* due;  // which of its rows move, in the main database (?1 = the cutoff)
  std::vector<const char*> copy;
};

// Stations are matched by name, which is unique in both files.
constexpr const char* kCopyStations = R"(
INSERT INTO station (uid, name, code, bureau, created_at)
SELECT s.uid, s.name, s.code, s.bureau, s.created_at FROM live.station s
WHERE s.id IN (SELECT station_id FROM live.{} WHERE id IN (SELECT id FROM temp.batch))
ON CONFLICT DO NOTHING)";

const Kind kEvents{
    "event",
    "date < ?1",
    {
        R"(INSERT INTO event (id, uid, date, station_id, venue, place, audience, materials, note, created_at, updated_at)
SELECT e.id, e.uid, e.date, (SELECT a.id FROM station a WHERE a.name = s.name), e.venue, e.place, e.audience,
       e.materials, e.note, e.created_at, e.updated_at
FROM live.event e JOIN live.station s ON s.id = e.station_id WHERE e.id IN (SELECT id FROM temp.batch)
ON CONFLICT (uid) DO UPDATE SET date = excluded.date, station_id = excluded.station_id, venue = excluded.venue,
  place = excluded.place, audience = excluded.audience, materials = excluded.materials, note = excluded.note,
  updated_at = excluded.updated_at)",
        // The archive's lists are replaced by the live ones.
        "DELETE FROM event_topic WHERE event_id IN (SELECT a.id FROM event a JOIN live.event e ON e.uid = a.uid "
        "WHERE e.id IN (SELECT id FROM temp.batch))",
        "DELETE FROM event_officer WHERE event_id IN (SELECT a.id FROM event a JOIN live.event e ON e.uid = a.uid "
        "WHERE e.id IN (SELECT id FROM temp.batch))",
        R"(INSERT INTO event_topic (event_id, position, topic)
SELECT a.id, t.position, t.topic FROM live.event_topic t JOIN live.event e ON e.id = t.event_id
JOIN event a ON a.uid = e.uid WHERE e.id IN (SELECT id FROM temp.batch))",
        R"(INSERT INTO event_officer (event_id, position, officer)
SELECT a.id, o.position, o.officer FROM live.event_officer o JOIN live.event e ON e.id = o.event_id
JOIN event a ON a.uid = e.uid WHERE e.id IN (SELECT id FROM temp.batch))",
        R"(INSERT INTO install (id, uid, date, station_id, venue, place, count, event_id, note, created_at, updated_at)
SELECT i.id, i.uid, i.date, a.station_id, i.venue, i.place, i.count, a.id, i.note, i.created_at, i.updated_at
FROM live.install i JOIN live.event e ON e.id = i.event_id JOIN event a ON a.uid = e.uid
WHERE e.id IN (SELECT id FROM temp.batch)
ON CONFLICT (uid) DO UPDATE SET date = excluded.date, station_id = excluded.station_id, venue = excluded.venue,
  place = excluded.place, count = excluded.count, event_id = excluded.event_id, note = excluded.note,
  updated_at = excluded.updated_at)",
    }};

const Kind kInstalls{
    "install",
    "date < ?1 AND event_id IS NULL",
    {
        R"(INSERT INTO install (id, uid, date, station_id, venue, place, count, event_id, note, created_at, updated_at)
SELECT i.id, i.uid, i.date, (SELECT a.id FROM station a WHERE a.name = s.name), i.venue, i.place, i.count, NULL, i.note,
       i.created_at, i.updated_at
FROM live.install i JOIN live.station s ON s.id = i.station_id WHERE i.id IN (SELECT id FROM temp.batch)
ON CONFLICT (uid) DO UPDATE SET date = excluded.date, station_id = excluded.station_id, venue = excluded.venue,
  place = excluded.place, count = excluded.count, note = excluded.note, updated_at = excluded.updated_at)",
    }};

const Kind kCases{
    "refund_case",
    "status IN ('refunded', 'rejected', 'withdrawn') AND status_date < ?1",
    {
        R"(INSERT INTO refund_case (id, uid, opened, station_id, name, phone, category, platform, amount_fen,
  recovered_fen, status, status_date, officer, note, created_at, updated_at)
SELECT c.id, c.uid, c.opened, (SELECT a.id FROM station a WHERE a.name = s.name), c.name, c.phone, c.category,
       c.platform, c.amount_fen, c.recovered_fen, c.status, c.status_date, c.officer, c.note, c.created_at,
       c.updated_at
FROM live.refund_case c JOIN live.station s ON s.id = c.station_id WHERE c.id IN (SELECT id FROM temp.batch)
ON CONFLICT (uid) DO UPDATE SET opened = excluded.opened, station_id = excluded.station_id, name = excluded.name,
  phone = excluded.phone, category = excluded.category, platform = excluded.platform,
  amount_fen = excluded.amount_fen, recovered_fen = excluded.recovered_fen, status = excluded.status,
  status_date = excluded.status_date, officer = excluded.officer, note = excluded.note,
  updated_at = excluded.updated_at)",
        "DELETE FROM case_update WHERE case_id IN (SELECT a.id FROM refund_case a JOIN live.refund_case c "
        "ON c.uid = a.uid WHERE c.id IN (SELECT id FROM temp.batch))",
        R"(INSERT INTO case_update (case_id, seq, date, status, recovered_fen, note, by, recorded_at)
SELECT a.id, u.seq, u.date, u.status, u.recovered_fen, u.note, u.by, u.recorded_at
FROM live.case_update u JOIN live.refund_case c ON c.id = u.case_id JOIN refund_case a ON a.uid = c.uid
WHERE c.id IN (SELECT id FROM temp.batch))",
    }};

// Moves one batch; returns how many records it moved (0: none left).
std::int64_t move_batch(Ledger& main, Ledger& archive, const Kind& kind, Date cutoff) {
  return main.write([&] {
    // Main's write lock is held from here to its commit, so nobody changes
    // the batch between the copy and the delete.
    std::vector<std::int64_t> ids;
    {
      SQLite::Statement pick(main.db(),
                             fmt::format("SELECT id FROM {} WHERE {} ORDER BY id LIMIT {}", kind.table, kind.due, kBatch));
      pick.bind(1, cutoff.iso());
      while (pick.executeStep()) ids.push_back(pick.getColumn(0).getInt64());
    }
    if (ids.empty()) return std::int64_t{0};
    // Deferred: an immediate transaction would also lock "live", whose write
    // lock this process already holds through `main`.
    archive.write_deferred([&] {
      archive.db().exec("DELETE FROM temp.batch");
      SQLite::Statement add(archive.db(), "INSERT INTO temp.batch (id) VALUES (?)");
      for (auto id : ids) {
        add.bind(1, id);
        add.exec();
        add.reset();
      }
      archive.db().exec(fmt::format(fmt::runtime(kCopyStations), kind.table));
      for (const char* sql : kind.copy) archive.db().exec(sql);
      // Every record of the batch must now be in the archive before any
      // leaves the main database.
      const auto copied = archive.db().execAndGet(fmt::format(
          "SELECT count(*) FROM live.{0} l JOIN {0} a ON a.uid = l.uid WHERE l.id IN (SELECT id FROM temp.batch)",
          kind.table)).getInt64();
      if (copied != static_cast<std::int64_t>(ids.size()))
        throw Failure(fmt::format("archive copy of {} incomplete ({} of {}); nothing deleted", kind.table, copied,
                                  ids.size()));
    });
    SQLite::Statement remove(main.db(), fmt::format("DELETE FROM {} WHERE id = ?", kind.table));
    for (auto id : ids) {
      remove.bind(1, id);
      remove.exec();
      remove.reset();
    }
    return static_cast<std::int64_t>(ids.size());
  });
}

std::int64_t count(Ledger& main, const Kind& kind, Date cutoff) {
  SQLite::Statement query(main.db(), fmt::format("SELECT count(*) FROM {} WHERE {}", kind.table, kind.due));
  query.bind(1, cutoff.iso());
  query.executeStep();
  return query.getColumn(0).getInt64();
}

}  // namespace

ArchiveCounts count_archivable(Ledger& main, Date cutoff) {
  return {count(main, kEvents, cutoff), count(main, kInstalls, cutoff), count(main, kCases, cutoff)};
}

ArchiveCounts archive_records(Ledger& main, const std::filesystem::path& archive_path, Date cutoff,
                              int busy_timeout_ms) {
  if (std::filesystem::weakly_canonical(archive_path) == std::filesystem::weakly_canonical(main.path()))
    throw InputError("--archive", "the archive must be another file than the database");
  RunLock lock(main.path(), busy_timeout_ms);
  Ledger archive(archive_path, Ledger::Mode::write, busy_timeout_ms, main.actor());
  SQLite::Statement attach(archive.db(), "ATTACH DATABASE ? AS live");
  attach.bind(1, main.path().string());
  attach.exec();
  archive.db().exec("CREATE TEMP TABLE batch (id INTEGER PRIMARY KEY)");
  ArchiveCounts moved;
  for (auto [kind, total] : {std::pair{&kEvents, &moved.events}, {&kInstalls, &moved.installs}, {&kCases, &moved.cases}})
    while (const auto n = move_batch(main, archive, *kind, cutoff)) {
      *total += n;
      // Let waiting writers in between batches: with no gap here they would
      // keep missing the moment the lock is free and could time out (exit 4)
      // however short each batch is.
      std::this_thread::sleep_for(kPauseBetweenBatches);
    }
  return moved;
}

}  // namespace pingan::store
