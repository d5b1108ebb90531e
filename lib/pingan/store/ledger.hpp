#pragma once
// The ledger database: opening (mode 0600, WAL, busy timeout, foreign keys),
// schema migrations, and write transactions. The engine (SQLite) stays behind
// this class: its connection is reached only from store/sqlite/.
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

namespace pingan::store {

namespace sqlite {
class Connection;
}

// The schema version this build writes (the highest embedded migration).
int schema_version();

// "2026-11-28T09:30:00Z": the clock a ledger stamps created_at, updated_at
// and the audit with. Passed in (like today's date) so tests can pin it.
using Clock = std::function<std::string()>;
// The system clock, UTC ISO 8601 with seconds.
std::string utc_now();

class Ledger {
 public:
  enum class Mode {
    read,    // the database must exist and be a pingan ledger
    write,   // created with its folder (mode 0600) when missing
  };
  struct Options {
    int busy_timeout_ms = 5000;
    std::string actor;      // the operating-system user named in the audit
    Clock clock = utc_now;
  };
  Ledger(const std::filesystem::path& path, Mode mode, Options options);
  ~Ledger();
  Ledger(Ledger&&) noexcept;
  Ledger& operator=(Ledger&&) noexcept;

  const std::filesystem::path& path() const { return path_; }
  const std::string& actor() const { return options_.actor; }
  int busy_timeout_ms() const { return options_.busy_timeout_ms; }
  std::string now() const { return options_.clock(); }

  // Attaches the archive database so that reads cover both files (a record
  // in both counts once, from this one). Returns false, attaching nothing,
  // when the file does not exist or was never written; a file from another
  // pingan schema is refused.
  bool attach_archive(const std::filesystem::path& archive);
  bool has_archive() const { return has_archive_; }

  // Runs `work` inside one write transaction (the lock taken at once); any
  // exception rolls back. Called inside another write, it joins that
  // transaction (so an import can add stations as it goes and still be all
  // or nothing).
  template <typename Work>
  decltype(auto) write(Work&& work) {
    if (depth_ > 0) return work();
    return run_in(Transaction(*this, Lock::now), work);
  }
  // Like write, but the write lock is taken at the first write (for a
  // connection whose attached databases must not all be locked up front).
  template <typename Work>
  decltype(auto) write_deferred(Work&& work) {
    return run_in(Transaction(*this, Lock::at_first_write), work);
  }
  // Runs `work` on one consistent snapshot (reports read many figures).
  template <typename Work>
  decltype(auto) read(Work&& work) {
    if (depth_ > 0) return work();
    return run_in(Transaction(*this, Lock::none), work);
  }

  // While set, records written are not audited one by one: the run that
  // writes them (an import) audits itself in one row.
  void set_audited_by_run(bool on) { audited_by_run_ = on; }
  bool audited_by_run() const { return audited_by_run_; }

  // The engine's connection: for store/sqlite/ only.
  sqlite::Connection& connection() { return *connection_; }

 private:
  enum class Lock { now, at_first_write, none };
  class Transaction {
   public:
    Transaction(Ledger& ledger, Lock lock);
    ~Transaction();
    void commit();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

   private:
    Ledger& ledger_;
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

  std::filesystem::path path_;
  Options options_;
  int depth_ = 0;  // open transactions (0 or 1)
  bool has_archive_ = false;
  bool audited_by_run_ = false;
  std::unique_ptr<sqlite::Connection> connection_;
};

// A new random uid (UUID version 4 text).
std::string new_uid();
// A uid derived from content (for imported rows that have none), so that
// importing the same file twice gives the same uids.
std::string uid_from_content(std::string_view content);

// Runs `work`, turning the engine's own errors into pingan's: a lock held
// past the busy timeout into Busy, anything else into Failure.
void translate_engine_errors(const std::function<void()>& work);

}  // namespace pingan::store
