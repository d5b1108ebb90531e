#include "pingan/store/sqlite/connection.hpp"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <SQLiteCpp/Exception.h>
#include <algorithm>
#include <chrono>
#include <cstring>
#include <random>
#include <thread>

#include <fmt/chrono.h>
#include <fmt/format.h>

#include "pingan/store/migrations.hpp"
#include "pingan/errors.hpp"
#include "pingan/i18n.hpp"

namespace pingan::store {
namespace {

// A ledger's migrations: data/migrations/NNN_*.sql.
std::vector<Migration> migrations() { return store::migrations(""); }

// Creates the folder and an empty file with mode 0600 so that SQLite (which
// gives its -wal and -shm files the database's mode) never makes it readable
// by others.
std::filesystem::path prepare_path(const std::filesystem::path& path, Ledger::Mode mode) {
  std::error_code error;
  if (std::filesystem::exists(path, error)) return path;
  if (mode == Ledger::Mode::read)
    throw Failure(trf("no database at {} (add a record or run `pingan init` first)", path.string()));
  if (path.has_parent_path()) {
    std::filesystem::create_directories(path.parent_path(), error);
    if (error) throw Failure(trf("cannot create folder {}: {}", path.parent_path().string(), error.message()));
  }
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0 && errno != EEXIST)
    throw Failure(trf("cannot create database {}: {}", path.string(), std::strerror(errno)));
  if (fd >= 0) ::close(fd);
  return path;
}

// What the file holds before anything in it changes: a newer pingan's
// ledger is refused, and so is any SQLite file that is not a pingan ledger
// (an empty file is a new database, for a write command to set up).
void refuse_foreign(SQLite::Database& db, const std::filesystem::path& path, Ledger::Mode mode) {
  // One statement, so one snapshot: another process may be creating the
  // ledger right now, and its schema and version commit together.
  SQLite::Statement state(db, "SELECT (SELECT user_version FROM pragma_user_version), "
                              "(SELECT count(*) FROM sqlite_schema)");
  state.executeStep();
  const int version = state.getColumn(0).getInt();
  const bool empty = state.getColumn(1).getInt() == 0;
  const int known = migrations().back().version;
  if (version > known)
    throw Failure(trf("{} has schema version {}, newer than this pingan knows ({}); use a newer pingan", path.string(),
                      version, known));
  if (version > 0) return;
  if (!empty) throw Failure(trf("{} is an SQLite database but not a pingan ledger; left untouched", path.string()));
  if (mode == Ledger::Mode::read)
    throw Failure(trf("{} is an empty database (add a record or run `pingan init` first)", path.string()));
}

// A new database's first writers race to switch it to WAL: that needs an
// exclusive lock, and SQLite answers a second one busy at once (no busy
// handler, to avoid a deadlock), so it is retried here until the timeout.
void switch_to_wal(SQLite::Database& db, const std::filesystem::path& path, int busy_timeout_ms) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(busy_timeout_ms);
  for (;;) {
    try {
      if (db.execAndGet("PRAGMA journal_mode = WAL").getString() == "wal") return;
      throw Failure(trf("cannot switch {} to WAL mode", path.string()));
    } catch (const SQLite::Exception& error) {
      if (error.getErrorCode() != SQLITE_BUSY || std::chrono::steady_clock::now() >= deadline) throw;
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
  }
}

// Waits for a lock in short, even steps until the timeout. SQLite's own
// handler backs off to 100 ms sleeps, so a writer waiting behind a long run of
// short transactions (an archive's batches) keeps missing the gaps between
// them; 2 ms steps catch them.
int wait_for_lock(void* timeout_ms, int attempt) {
  using namespace std::chrono;
  static thread_local steady_clock::time_point started;
  if (attempt == 0) started = steady_clock::now();
  if (steady_clock::now() - started >= milliseconds(*static_cast<int*>(timeout_ms))) return 0;
  std::this_thread::sleep_for(milliseconds(2));
  return 1;
}

}  // namespace

int schema_version() { return migrations().back().version; }

namespace sqlite {

namespace {

// Before SQLite's first use in the process: no memory statistics, which
// pingan never reads and which take a global mutex on every allocation.
[[maybe_unused]] const bool kNoMemoryStatistics = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;

}  // namespace

Connection::Connection(const std::string& path, int busy_timeout_ms)
    // One connection per thread: SQLite's own mutexes (a lock per call) are not needed.
    : busy_timeout_ms_(std::make_unique<int>(busy_timeout_ms)), db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_NOMUTEX) {
  sqlite3_busy_handler(db.getHandle(), wait_for_lock, busy_timeout_ms_.get());
}

}  // namespace sqlite

namespace {

void migrate(SQLite::Database& db, Ledger& ledger) {
  const auto all = migrations();
  auto version = [&] { return db.execAndGet("PRAGMA user_version").getInt(); };
  if (version() == all.back().version) return;
  ledger.write([&] {
    const int current = version();  // another process may have migrated meanwhile
    for (const auto& migration : all) {
      if (migration.version <= current) continue;
      db.exec(std::string(migration.sql));
      db.exec(fmt::format("PRAGMA user_version = {}", migration.version));
    }
  });
}

}  // namespace

Ledger::Ledger(const std::filesystem::path& path, Mode mode, Options options)
    : path_(prepare_path(path, mode)),
      options_(std::move(options)),
      connection_(std::make_unique<sqlite::Connection>(path_.string(), options_.busy_timeout_ms)) {
  auto& db = connection_->db;
  db.exec("PRAGMA foreign_keys = ON");
  refuse_foreign(db, path_, mode);  // before the journal mode changes the file
  switch_to_wal(db, path_, options_.busy_timeout_ms);
  db.exec("PRAGMA synchronous = FULL");
  migrate(db, *this);
}

Ledger::~Ledger() = default;
Ledger::Ledger(Ledger&&) noexcept = default;
Ledger& Ledger::operator=(Ledger&&) noexcept = default;

bool Ledger::attach_archive(const std::filesystem::path& archive) {
  std::error_code error;
  if (!std::filesystem::exists(archive, error)) return false;
  auto& db = connection_->db;
  SQLite::Statement attach(db, "ATTACH DATABASE ? AS archive");
  attach.bind(1, archive.string());
  attach.exec();
  int version = db.execAndGet("PRAGMA archive.user_version").getInt();
  if (version == 0) {  // created but never written (an archive run stopped at once)
    db.exec("DETACH DATABASE archive");
    return false;
  }
  if (version < schema_version()) {  // written by an older pingan: brought up to date, as the ledger was
    db.exec("DETACH DATABASE archive");
    Ledger{archive, Mode::write, options_};
    attach.reset();
    attach.exec();
    version = db.execAndGet("PRAGMA archive.user_version").getInt();
  }
  if (version != schema_version())
    throw Failure(trf("archive {} has schema version {}, this pingan expects {}", archive.string(), version,
                      schema_version()));
  has_archive_ = true;
  return true;
}

Ledger::Transaction::Transaction(Ledger& ledger, Lock lock) : ledger_(ledger) {
  ledger_.connection_->db.exec(lock == Lock::now ? "BEGIN IMMEDIATE" : "BEGIN");
  ++ledger_.depth_;
}

Ledger::Transaction::~Transaction() {
  --ledger_.depth_;
  if (!done_) {
    try {
      ledger_.connection_->db.exec("ROLLBACK");
    } catch (...) {  // a failed COMMIT may already have rolled back
    }
  }
}

void Ledger::Transaction::commit() {
  ledger_.connection_->db.exec("COMMIT");
  done_ = true;
}

void translate_engine_errors(const std::function<void()>& work) {
  try {
    work();
  } catch (const SQLite::Exception& error) {
    if (error.getErrorCode() == SQLITE_BUSY || error.getErrorCode() == SQLITE_LOCKED)
      throw Busy(trf("database is busy: {}", error.what()));
    throw Failure(trf("database: {}", error.what()));
  }
}

std::string new_uid() {
  static thread_local std::mt19937_64 generator{[] {
    std::random_device device;
    return (std::uint64_t(device()) << 32) ^ device();
  }()};
  std::uint64_t high = generator(), low = generator();
  high = (high & ~0xF000ULL) | 0x4000ULL;                   // version 4
  low = (low & ~(3ULL << 62)) | (2ULL << 62);               // RFC 4122 variant
  return fmt::format("{:08x}-{:04x}-{:04x}-{:04x}-{:012x}", high >> 32, (high >> 16) & 0xFFFF,
                     high & 0xFFFF, low >> 48, low & 0xFFFFFFFFFFFFULL);
}

std::string uid_from_content(std::string_view content) {
  // Two 64-bit FNV-1a hashes with different offsets, laid out like a UUID.
  auto fnv = [content](std::uint64_t hash) {
    for (unsigned char c : content) hash = (hash ^ c) * 0x100000001b3ULL;
    return hash;
  };
  const std::uint64_t high = fnv(0xcbf29ce484222325ULL), low = fnv(0x84222325cbf29ce4ULL);
  return fmt::format("{:08x}-{:04x}-{:04x}-{:04x}-{:012x}", high >> 32, (high >> 16) & 0xFFFF, high & 0xFFFF,
                     low >> 48, low & 0xFFFFFFFFFFFFULL);
}

std::string utc_now() {
  // fmt formats a system_clock time in local time; gmtime gives UTC.
  return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", fmt::gmtime(std::chrono::system_clock::to_time_t(
                                                 std::chrono::system_clock::now())));
}

}  // namespace pingan::store
