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

}  // namespace pingan::store::sqlite
