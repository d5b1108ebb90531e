#pragma once
// Schema migrations embedded in the binary (data/migrations/ for a ledger,
// data/bureau/ for a bureau's database): files named PREFIXNNN_*.sql.
#include <string_view>
#include <vector>

namespace pingan::store {

struct Migration {
  int version;
  std::string_view sql;
};

// The embedded files named `prefix`, three digits, "_", anything, ".sql", in
// version order.
std::vector<Migration> migrations(std::string_view prefix);

}  // namespace pingan::store
