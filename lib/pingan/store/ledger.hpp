#pragma once
// The ledger database: opening (mode 0600, WAL, busy timeout, foreign keys),
// schema migrations by PRAGMA user_version, and write transactions.
#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

namespace pingan::store {

// The schema version this build writes (the highest embedded migration).
int schema_version();

class Ledger {
 public:
  enum class Mode {
    read,   // the database must exist
    write,  // created with its folder (mode 0600) when missing
  };
  // `actor` is the operating-system user named in the audit table.
  Ledger(const std::filesystem::path& path, Mode mode, int busy_timeout_ms, std::string actor);

  SQLite::Database& db() { return db_; }
  const std::filesystem::path& path() const { return path_; }
  const std::string& actor() const { return actor_; }

  // Attaches the archive database as schema "archive" for reading alongside
  // the main one. Returns false (attaching nothing) when the file does not
  // exist yet; a file from a newer pingan is refused.
  bool attach_archive(const std::filesystem::path& archive);

  // Runs `work` inside BEGIN IMMEDIATE … COMMIT; any exception rolls back.
  // Called inside another write, it joins that transaction (so an import
  // can add stations as it goes and still be all or nothing).
  template <typename Work>
  decltype(auto) write(Work&& work) {
    if (depth_ > 0) return work();
    return run_in(Transaction(db_, "BEGIN IMMEDIATE", depth_), work);
  }

  // Like write, but the write lock is taken at the first write (for a
  // connection whose attached databases must not all be locked up front).
  template <typename Work>
  decltype(auto) write_deferred(Work&& work) {
    return run_in(Transaction(db_, "BEGIN", depth_), work);
  }

 private:
  class Transaction {
   public:
    Transaction(SQLite::Database& db, const char* begin, int& depth);
    ~Transaction();
    void commit();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

   private:
    SQLite::Database& db_;
    int& depth_;
    bool done_ = false;
  };

  template <typename Work>
  static decltype(auto) run_in(Transaction&& transaction, Work& work) {
    if constexpr (std::is_void_v<decltype(work())>) {
      work();
      transaction.commit();
    } else {
      decltype(auto) result = work();
      transaction.commit();
      return result;
    }
  }

  void migrate();

  std::filesystem::path path_;
  std::string actor_;
  // Read by the busy handler: on the heap so that it stays put when the
  // Ledger moves, and declared before db_ so that it outlives it.
  std::unique_ptr<int> busy_timeout_ms_;
  int depth_ = 0;  // open write transactions (0 or 1)
  SQLite::Database db_;
};

// A new random uid (UUID version 4 text).
std::string new_uid();
// A uid derived from content (for imported rows that have none), so that
// importing the same file twice gives the same uids.
std::string uid_from_content(std::string_view content);
// The current time, UTC ISO 8601 with seconds: "2026-11-28T09:30:00Z".
std::string utc_now();

}  // namespace pingan::store
