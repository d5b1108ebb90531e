#include "pingan/store/maintenance.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fmt/format.h>
#include <random>

#include "pingan/errors.hpp"
#include "pingan/i18n.hpp"
#include "pingan/store/sqlite/connection.hpp"

namespace pingan::store {

namespace {

records::KindCounts count_records(SQLite::Database& db) {
  records::KindCounts counts;
  for (const auto& kind : records::kinds())
    counts[kind] = db.execAndGet(fmt::format("SELECT count(*) FROM {}", kind.table.name)).getInt64();
  return counts;
}

std::vector<std::string> check_database(SQLite::Database& db) {
  std::vector<std::string> problems;
  SQLite::Statement integrity(db, "PRAGMA integrity_check");
  while (integrity.executeStep()) {
    const std::string line = integrity.getColumn(0).getString();
    if (line != "ok") problems.push_back(trf("integrity: {}", line));
  }
  SQLite::Statement keys(db, "PRAGMA foreign_key_check");
  while (keys.executeStep()) {
    // A WITHOUT ROWID table (event_topic, case_update, …) reports no rowid.
    const auto row = keys.getColumn(1);
    problems.push_back(row.isNull() ? trf("foreign key: a row of {} refers to a missing {}",
                                          keys.getColumn(0).getString(), keys.getColumn(2).getString())
                                    : trf("foreign key: {} row {} refers to a missing {}",
                                          keys.getColumn(0).getString(), row.getInt64(),
                                          keys.getColumn(2).getString()));
  }
  const int version = db.execAndGet("PRAGMA user_version").getInt();
  if (version != schema_version())
    problems.push_back(version == 0 ? trf("schema version 0: not a pingan database (this pingan expects {})",
                                          schema_version())
                                    : trf("schema version {} (this pingan expects {})", version, schema_version()));
  return problems;
}

// Removes the temporary copies that killed backups to the same destination
// left beside it (a running backup holds a lock on its own).
void remove_stale_copies(const std::filesystem::path& folder, const std::string& prefix) {
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
    if (!entry.path().filename().string().starts_with(prefix)) continue;
    const int fd = ::open(entry.path().c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) continue;
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0) std::filesystem::remove(entry.path(), error);
    ::close(fd);
  }
}

}  // namespace

CheckResult check_file(const std::filesystem::path& path, int busy_timeout_ms) {
  std::error_code error;
  if (!std::filesystem::exists(path, error)) throw Failure(trf("no database at {}", path.string()));
  SQLite::Database db(path.string(), SQLite::OPEN_READWRITE, busy_timeout_ms);
  CheckResult result{check_database(db), {}};
  if (result.problems.empty()) result.counts = count_records(db);
  return result;
}

namespace {

// The backup's folder and any missing above it, each made private (0700):
// a backup holds names and phones.
void make_private_folders(const std::filesystem::path& folder, const std::filesystem::path& destination) {
  std::error_code error;
  if (std::filesystem::is_directory(folder, error)) return;
  if (folder.has_parent_path() && folder.parent_path() != folder) make_private_folders(folder.parent_path(), destination);
  if (::mkdir(folder.c_str(), 0700) != 0 && !(errno == EEXIST && std::filesystem::is_directory(folder, error)))
    throw Failure(trf("cannot write {}: cannot create folder {}: {}", destination.string(), folder.string(),
                      std::strerror(errno)));
}

}  // namespace

records::KindCounts backup_database(Ledger& ledger, const std::filesystem::path& destination, bool overwrite) {
  std::error_code error;
  const bool exists = std::filesystem::exists(destination, error);
  if (exists && !overwrite)
    throw InputError("DEST", trf("{} exists; add --force to replace it", destination.string()));
  // Replacing a database that is in use (this one, or any with a WAL beside
  // it) would corrupt it for whoever has it open.
  if (exists && (std::filesystem::equivalent(destination, ledger.path(), error) ||
                 std::filesystem::exists(destination.string() + "-wal", error)))
    throw InputError("DEST", trf("{} is a database in use; back up to another file", destination.string()));
  const auto folder = destination.has_parent_path() ? destination.parent_path() : std::filesystem::path(".");
  make_private_folders(folder, destination);
  const std::string prefix = fmt::format(".{}.tmp", destination.filename().string());
  remove_stale_copies(folder, prefix);
  const auto temporary = folder / fmt::format("{}{}", prefix, std::random_device{}());
  // Created empty with mode 0600 before VACUUM INTO fills it (which it does
  // to an existing empty file), so the copy of names and phones is never
  // readable by others, not even for a moment. Locked while this backup
  // runs: an unlocked one is a killed backup's, for the next to remove.
  const int lock = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (lock < 0) throw Failure(trf("cannot write {}: {}", temporary.string(), std::strerror(errno)));
  ::flock(lock, LOCK_EX);
  struct Unlock {
    int fd;
    ~Unlock() { ::close(fd); }
  } unlock{lock};
  try {
    // VACUUM INTO reads one snapshot, so writers carry on meanwhile.
    SQLite::Statement vacuum(sqlite::db(ledger), "VACUUM INTO ?");
    vacuum.bind(1, temporary.string());
    vacuum.exec();
    ::chmod(temporary.c_str(), 0600);
    // SQLite does not sync what VACUUM INTO writes; a backup must survive a
    // power cut.
    const int fd = ::open(temporary.c_str(), O_RDONLY | O_CLOEXEC);
    const bool synced = fd >= 0 && ::fsync(fd) == 0;
    const int error_number = errno;
    if (fd >= 0) ::close(fd);
    if (!synced) throw Failure(trf("cannot write {}: {}", destination.string(), std::strerror(error_number)));
    records::KindCounts counts;
    {
      SQLite::Database copy(temporary.string(), SQLite::OPEN_READONLY);
      const auto problems = check_database(copy);
      if (!problems.empty()) throw Failure(trf("the backup failed its check: {}", problems.front()));
      counts = count_records(copy);
    }
    std::filesystem::rename(temporary, destination);
    return counts;
  } catch (...) {
    std::filesystem::remove(temporary, error);
    throw;
  }
}

}  // namespace pingan::store
