#pragma once
// The SQLite side of a Ledger: the one place where the engine's types meet
// the store. Only files in store/sqlite/ include this.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <memory>

#include "pingan/store/ledger.hpp"

namespace pingan::store::sqlite {

class Connection {
  // Read by the busy handler: on the heap so that it stays put, and declared
  // before db so that it outlives it.
  std::unique_ptr<int> busy_timeout_ms_;

 public:
  Connection(const std::string& path, int busy_timeout_ms);
  SQLite::Database db;
};

inline SQLite::Database& db(Ledger& ledger) { return ledger.connection().db; }

// For a run that writes or moves many records (import, archive): a page
// cache big enough for the indexes they touch at random (a uid index of a
// million records is some 60 MB; SQLite's default cache is 2 MB, and every
// page it drops is read again with pread), and the file mapped for reading.
// Memory is taken only as pages are used. Statement journals stay in
// memory too: each INSERT that fires a trigger keeps one, and in a file
// it is a pwrite per page it saves.
// `schema` is the attached database it applies to ("main", or the ledger
// an archive run reads as "live").
inline void size_for_bulk_work(SQLite::Database& db, const std::string& schema = "main") {
  db.exec("PRAGMA " + schema + ".cache_size = -262144");  // KiB: 256 MiB at most
  db.exec("PRAGMA " + schema + ".mmap_size = 1073741824");
  db.exec("PRAGMA temp_store = MEMORY");
}

}  // namespace pingan::store::sqlite
