#include "pingan/store/archive.hpp"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <list>
#include <fmt/format.h>
#include <thread>
#include <vector>

#include "pingan/errors.hpp"
#include "pingan/i18n.hpp"
#include "pingan/store/sqlite/audit.hpp"
#include "pingan/store/sqlite/connection.hpp"

namespace pingan::store {
namespace {

// Holds an exclusive lock on "<database>.archive-lock" so that two runs on
// one database never interleave, whatever archive each names.
class RunLock {
 public:
  RunLock(const std::filesystem::path& database, int busy_timeout_ms) {
    const std::string path = database.string() + ".archive-lock";
    fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd_ < 0) throw Failure(trf("cannot open {}: {}", path, std::strerror(errno)));
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(busy_timeout_ms);
    while (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
      if (std::chrono::steady_clock::now() >= deadline) {
        ::close(fd_);
        throw Busy(trf("another pingan archive is running on {}", database.string()));
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

// Records moved per batch: as many as the last batch's pace says will hold
// the main database's write lock for a fifth of the writers' busy timeout (a
// slow or busy machine, a big ledger: fewer), at most twice the last batch and
// between kSmallestBatch and kLargestBatch. A writer waits for one batch at
// most, so it keeps most of its timeout even behind a batch twice as slow as
// the last. Each batch more costs the whole run time: its commit rewrites the
// index pages (random uids) that the previous batch wrote too.
constexpr std::int64_t kFirstBatch = 1000;
constexpr std::int64_t kSmallestBatch = 50;
constexpr std::int64_t kLargestBatch = 32000;
std::int64_t next_batch_size(std::int64_t last_size, std::int64_t moved, std::chrono::steady_clock::duration held,
                             std::chrono::milliseconds target) {
  using Seconds = std::chrono::duration<double>;
  const double fits = static_cast<double>(moved) * (Seconds(target) / std::max(Seconds(held), Seconds(0.001)));
  const auto most = std::min(kLargestBatch, 2 * last_size);
  return fits >= static_cast<double>(most) ? most : std::max(kSmallestBatch, static_cast<std::int64_t>(fits));
}

using records::Kind;
using records::Table;

// The kinds whose rows move with a record of `kind` (its reference column).
std::vector<std::pair<const Kind*, std::string_view>> followers(const Kind& kind) {
  std::vector<std::pair<const Kind*, std::string_view>> out;
  for (const auto& other : records::kinds())
    for (const auto& reference : other.table.references)
      if (std::ranges::find(other.moves_with, reference.column) != other.moves_with.end() &&
          reference.table == kind.table.name)
        out.push_back({&other, reference.column});
  return out;
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const auto& part : parts) out += (out.empty() ? "" : std::string(separator)) + part;
  return out;
}

// A column of live row `alias` as the archive stores it: a reference is
// matched by the referenced row's natural key (a station's name, a record's
// uid), since ids of stations and volunteers differ between the files.
std::string archive_value(const Table& table, std::string_view column, std::string_view alias = "x") {
  for (const auto& reference : table.references)
    if (reference.column == column)
      return fmt::format("(SELECT a.id FROM main.{0} a WHERE a.{1} = (SELECT r.{1} FROM live.{0} r WHERE r.id = {3}.{2}))",
                         reference.table, reference.by, column, alias);
  return fmt::format("{}.{}", alias, column);
}

// Copies the rows that `table`'s references name, where those never move
// themselves (stations, volunteers), and theirs first: `rows` selects the
// rows of `table` whose references are copied.
void copy_referenced(SQLite::Database& archive, const Table& table, const std::string& rows) {
  for (const auto& reference : table.references) {
    const Kind& referenced = records::kind_of_table(reference.table);
    if (records::archives(referenced)) continue;  // moves itself, before its followers
    const std::string ids = fmt::format("SELECT x.{} FROM ({}) x", reference.column, rows);
    copy_referenced(archive, referenced.table, fmt::format("SELECT * FROM live.{} WHERE id IN ({})", reference.table, ids));
    // The archive's copy follows the live row (a station renamed since).
    std::vector<std::string> columns, values, updates, old_values, new_values;
    for (auto column : referenced.table.columns) {
      columns.emplace_back(column);
      values.push_back(archive_value(referenced.table, column));
      if (column == "uid" || column == "created_at") continue;
      updates.push_back(fmt::format("{0} = excluded.{0}", column));
      old_values.push_back(fmt::format("main.{}.{}", referenced.table.name, column));
      new_values.push_back(fmt::format("excluded.{}", column));
    }
    archive.exec(fmt::format("INSERT INTO main.{0} ({1}) SELECT {2} FROM live.{0} x WHERE x.id IN ({3}) "
                             "ON CONFLICT (uid) DO UPDATE SET {4} WHERE ({5}) IS NOT ({6})",
                             referenced.table.name, join(columns, ", "), join(values, ", "), ids, join(updates, ", "),
                             join(old_values, ", "), join(new_values, ", ")));
  }
}

// Copies rows of `kind` picked by `pick` (a condition on live row x) into the
// archive: the rows they refer to that never move first (stations,
// volunteers), then an upsert by uid keeping ids, then the child rows
// replaced.
void copy_rows(SQLite::Database& archive, const Kind& kind, const std::string& pick) {
  const Table& table = kind.table;
  copy_referenced(archive, table, fmt::format("SELECT * FROM live.{} x WHERE {}", table.name, pick));
  std::vector<std::string> columns{"id"}, values{"x.id"}, updates;
  for (auto column : table.columns) {
    columns.emplace_back(column);
    values.push_back(archive_value(table, column));
    if (column != "uid" && column != "created_at") updates.push_back(fmt::format("{0} = excluded.{0}", column));
  }
  archive.exec(fmt::format("INSERT INTO main.{0} ({1}) SELECT {2} FROM live.{0} x WHERE {3} "
                           "ON CONFLICT (uid) DO UPDATE SET {4}",
                           table.name, join(columns, ", "), join(values, ", "), pick, join(updates, ", ")));
  for (const auto& child : kind.children) {
    const std::string children = fmt::format("SELECT y.* FROM live.{0} y JOIN live.{1} x ON x.id = y.{2} WHERE {3}",
                                             child.name, table.name, child.parent_key, pick);
    copy_referenced(archive, child, children);
    const std::string parents =
        fmt::format("SELECT a.id FROM main.{0} a JOIN live.{0} x ON x.uid = a.uid WHERE {1}", table.name, pick);
    archive.exec(fmt::format("DELETE FROM main.{} WHERE {} IN ({})", child.name, child.parent_key, parents));
    std::vector<std::string> child_columns, child_values;
    for (auto column : child.columns) {
      child_columns.emplace_back(column);
      child_values.push_back(archive_value(child, column, "y"));
    }
    archive.exec(fmt::format("INSERT INTO main.{0} ({1}, {2}) SELECT a.id, {3} FROM live.{0} y "
                             "JOIN live.{4} x ON x.id = y.{1} JOIN main.{4} a ON a.uid = x.uid WHERE {5}",
                             child.name, child.parent_key, join(child_columns, ", "), join(child_values, ", "),
                             table.name, pick));
  }
}

// Checkpoints of both files come between batches, when the database's write
// lock is free, instead of SQLite's own after a commit: the archive commits
// while that lock is held. A run of batches rewrites the same index pages
// batch after batch; checkpointed every 256 MB of WAL, each page reaches the
// database file once per many batches.
class CheckpointsBetweenBatches {
 public:
  explicit CheckpointsBetweenBatches(std::initializer_list<SQLite::Database*> files) {
    for (auto* file : files) {
      files_.push_back({file, 0});
      sqlite3_wal_hook(file->getHandle(), note_frames, &files_.back().frames);
    }
  }
  ~CheckpointsBetweenBatches() {
    for (auto& file : files_) sqlite3_wal_autocheckpoint(file.db->getHandle(), 1000);  // SQLite's default
  }
  CheckpointsBetweenBatches(const CheckpointsBetweenBatches&) = delete;
  CheckpointsBetweenBatches& operator=(const CheckpointsBetweenBatches&) = delete;
  void run_when_due() {
    for (auto& file : files_)
      if (file.frames >= kFrames) {
        sqlite3_wal_checkpoint_v2(file.db->getHandle(), "main", SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        file.frames = 0;
      }
  }

 private:
  static int note_frames(void* frames, sqlite3*, const char*, int in_wal) {
    *static_cast<int*>(frames) = in_wal;
    return SQLITE_OK;
  }
  static constexpr int kFrames = 65536;  // pages of 4 KiB
  struct File {
    SQLite::Database* db;
    int frames;
  };
  std::list<File> files_;  // the hooks hold addresses into it
};

constexpr const char* kInBatch = "x.id IN (SELECT id FROM temp.batch)";

std::int64_t count_in_archive(SQLite::Database& archive, const Kind& kind, const std::string& pick) {
  return archive.execAndGet(fmt::format("SELECT count(*) FROM live.{0} x JOIN main.{0} a ON a.uid = x.uid WHERE {1}",
                                        kind.table.name, pick)).getInt64();
}

// Moves one batch of `kind` with the rows that follow it; adds what moved to
// `moved` and returns the batch's size (0: none left).
std::int64_t move_batch(Ledger& main, Ledger& archive, const Kind& kind, Date cutoff, std::int64_t size,
                        records::KindCounts& moved, std::vector<std::string>& uids) {
  auto& live = sqlite::db(main);
  auto& copy = sqlite::db(archive);
  return main.write([&] {
    // Main's write lock is held from here to its commit, so nobody changes
    // the batch between the copy and the delete.
    std::vector<std::int64_t> ids;
    {
      live.exec("DELETE FROM temp.batch");
      SQLite::Statement pick(live, fmt::format("INSERT INTO temp.batch (id) SELECT id FROM {} WHERE {} ORDER BY id LIMIT {} "
                                               "RETURNING id",
                                               kind.table.name, kind.archive_due, size));
      pick.bind(1, cutoff.iso());
      while (pick.executeStep()) ids.push_back(pick.getColumn(0).getInt64());
    }
    if (ids.empty()) return std::int64_t{0};
    records::KindCounts batch;
    // Deferred: an immediate transaction would also lock "live", whose write
    // lock this process already holds through `main`.
    archive.write_deferred([&] {
      copy.exec("DELETE FROM temp.batch");
      SQLite::Statement add(copy, "INSERT INTO temp.batch (id) VALUES (?)");
      for (auto id : ids) {
        add.bind(1, id);
        add.exec();
        add.reset();
      }
      copy_rows(copy, kind, kInBatch);
      batch[kind] = static_cast<std::int64_t>(ids.size());
      for (const auto& [follower, column] : followers(kind)) {
        const std::string pick = fmt::format("x.{} IN (SELECT id FROM temp.batch)", column);
        copy_rows(copy, *follower, pick);
        batch[*follower] += copy.execAndGet(fmt::format("SELECT count(*) FROM live.{} x WHERE {}",
                                                        follower->table.name, pick)).getInt64();
        if (count_in_archive(copy, *follower, pick) != batch[*follower])
          throw Failure(trf("archive copy of {} incomplete; nothing deleted", follower->plural));
      }
      // Every record of the batch must now be in the archive before any
      // leaves the main database.
      const auto copied = count_in_archive(copy, kind, kInBatch);
      if (copied != batch[kind])
        throw Failure(trf("archive copy of {} incomplete ({} of {}); nothing deleted", kind.plural, copied,
                          ids.size()));
    });
    // Then out of the database, each table in one statement (one statement
    // journal, not one per record).
    auto note_uids = [&](const std::string& sql) {
      SQLite::Statement query(live, sql);
      while (query.executeStep()) uids.push_back(query.getColumn(0).getString());
    };
    note_uids(fmt::format("SELECT uid FROM {} WHERE id IN temp.batch ORDER BY id", kind.table.name));
    for (const auto& [follower, column] : followers(kind)) {
      note_uids(fmt::format("SELECT uid FROM {} WHERE {} IN temp.batch ORDER BY id", follower->table.name, column));
      live.exec(fmt::format("DELETE FROM {} WHERE {} IN temp.batch", follower->table.name, column));
    }
    live.exec(fmt::format("DELETE FROM {} WHERE id IN temp.batch", kind.table.name));
    for (const auto& each : records::kinds()) moved[each] += batch[each];
    return static_cast<std::int64_t>(ids.size());
  });
}

}  // namespace

records::KindCounts count_archivable(Ledger& main, Date cutoff) {
  records::KindCounts counts;
  auto count = [&](const std::string& sql) {
    SQLite::Statement query(sqlite::db(main), sql);
    query.bind(1, cutoff.iso());
    query.executeStep();
    return query.getColumn(0).getInt64();
  };
  for (const auto& kind : records::kinds()) {
    if (kind.archive_due.empty()) continue;
    counts[kind] += count(fmt::format("SELECT count(*) FROM {} WHERE {}", kind.table.name, kind.archive_due));
    for (const auto& [follower, column] : followers(kind))
      counts[*follower] += count(fmt::format("SELECT count(*) FROM {} WHERE {} IN (SELECT id FROM {} WHERE {})",
                                             follower->table.name, column, kind.table.name, kind.archive_due));
  }
  return counts;
}

records::KindCounts archive_records(Ledger& main, const std::filesystem::path& archive_path, Date cutoff) {
  std::error_code error;  // by file identity: a link to the database is the database
  if (std::filesystem::weakly_canonical(archive_path) == std::filesystem::weakly_canonical(main.path()) ||
      std::filesystem::equivalent(archive_path, main.path(), error))
    throw InputError("--archive", tr("the archive must be another file than the database"));
  RunLock lock(main.path(), main.busy_timeout_ms());
  Ledger archive(archive_path, Ledger::Mode::write, {main.busy_timeout_ms(), main.actor(), [&main] { return main.now(); }});
  auto& copy = sqlite::db(archive);
  SQLite::Statement attach(copy, "ATTACH DATABASE ? AS live");
  attach.bind(1, main.path().string());
  attach.exec();
  sqlite::size_for_bulk_work(sqlite::db(main));
  sqlite::size_for_bulk_work(copy);
  sqlite::size_for_bulk_work(copy, "live");  // the copy's reads of the database, stale after every batch
  // The archive's commits are synced (FULL) before anything leaves the
  // database; the database's own deletes need not be: lost to a power cut,
  // they leave records in both files, which every reader takes once and a
  // rerun finishes.
  sqlite::db(main).exec("PRAGMA synchronous = NORMAL");
  // Each connection keeps the batch's ids in a table of its own.
  copy.exec("CREATE TEMP TABLE batch (id INTEGER PRIMARY KEY)");
  sqlite::db(main).exec("CREATE TEMP TABLE IF NOT EXISTS batch (id INTEGER PRIMARY KEY)");
  records::KindCounts moved;
  std::vector<std::string> uids;
  const auto hold_target = std::chrono::milliseconds(main.busy_timeout_ms() / 5);
  std::int64_t size = kFirstBatch;
  CheckpointsBetweenBatches checkpoints{&sqlite::db(main), &copy};
  for (const auto& kind : records::kinds()) {
    if (kind.archive_due.empty()) continue;
    for (;;) {
      const auto started = std::chrono::steady_clock::now();
      const auto batch = move_batch(main, archive, kind, cutoff, size, moved, uids);
      if (batch == 0) break;
      const auto held = std::chrono::steady_clock::now() - started;
      size = next_batch_size(size, batch, held, hold_target);
      checkpoints.run_when_due();
      // Let waiting writers in between batches: with no gap here they would
      // keep missing the moment the lock is free and could time out (exit 4)
      // however short each batch is.
      std::this_thread::sleep_for(kPauseBetweenBatches);
    }
  }
  // One audit row for the run. A run killed before this point leaves none:
  // its rerun moves the rest and writes it.
  nlohmann::ordered_json run{{"cutoff", cutoff.iso()}, {"archive", archive_path.string()}};
  for (const auto& kind : records::kinds())
    if (records::archives(kind)) run["moved"][kind.plural] = moved[kind];
  run["uids"] = uids;
  main.write([&] { sqlite::record_run_audit(main, "archive", run); });
  return moved;
}

bool archive_holds(const std::filesystem::path& archive, const records::Kind* only, std::optional<Date> from,
                   std::optional<Date> to) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(archive, error)) return false;
  try {
    SQLite::Database db(archive.string(), SQLite::OPEN_READONLY);
    if (db.execAndGet("PRAGMA user_version").getInt() == 0) return false;
    for (const auto& kind : records::kinds()) {
      if ((only && only != &kind) || !records::archives(kind) || kind.dated_by.empty()) continue;
      SQLite::Statement any(db, fmt::format("SELECT EXISTS (SELECT 1 FROM {0} WHERE (?1 IS NULL OR {1} >= ?1) "
                                            "AND (?2 IS NULL OR {1} <= ?2))",
                                            kind.table.name, kind.dated_by));
      if (from) any.bind(1, from->iso());
      if (to) any.bind(2, to->iso());
      if (any.executeStep() && any.getColumn(0).getInt() != 0) return true;
    }
  } catch (const std::exception&) {
    return false;
  }
  return false;
}

}  // namespace pingan::store
