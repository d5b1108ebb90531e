// A bureau's records copied into a scratch ledger (store/bureau.hpp,
// copy_into), for its lists and export.
#include <fmt/format.h>

#include <set>

#include "pingan/store/postgres/bureau.hpp"
#include "pingan/store/push.hpp"

namespace pingan::store::postgres {
namespace {

using records::Kind;
using records::Table;

// The table's columns as a ledger stores them: timestamps as UTC ISO 8601.
std::string ledger_columns(Connection& connection, const Table& table, std::string_view alias) {
  std::set<std::string> timestamps;
  const auto typed = connection.exec("SELECT column_name FROM information_schema.columns WHERE table_schema = 'pingan' "
                                     "AND table_name = $1 AND data_type = 'timestamp with time zone'",
                                     {std::string(table.name)});
  for (int i = 0; i < typed.rows(); ++i) timestamps.insert(typed.text(i, 0));
  std::string out;
  for (auto column : table.columns) {
    const std::string value = fmt::format("{}.\"{}\"", alias, column);
    out += ", " + (timestamps.contains(std::string(column))
                       ? fmt::format("to_char({} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')", value)
                       : value);
  }
  return out;
}

}  // namespace

void PostgresBureau::copy_into(Ledger& scratch, std::optional<Date> from, std::optional<Date> to) {
  require_schema();
  connection_.transaction(
      [&] {
        load_rows(scratch, [&](const LoadRow& load) {
          for (const auto& kind : records::kinds()) {
            // Dates are checked values ("2026-11-28"): safe to write into
            // the COPY, which takes no parameters.
            std::string picked = "TRUE";
            if (!kind.dated_by.empty()) {
              if (from) picked += fmt::format(" AND x.\"{}\" >= '{}'", kind.dated_by, from->iso());
              if (to) picked += fmt::format(" AND x.\"{}\" <= '{}'", kind.dated_by, to->iso());
            }
            const auto visit = [&](const Table& table) {
              return [&](const std::vector<Param>& row) { load(table, row); };
            };
            connection_.copy_out(fmt::format("COPY (SELECT x.id{} FROM pingan.{} x WHERE {}) TO STDOUT",
                                             ledger_columns(connection_, kind.table, "x"), kind.table.name, picked),
                                 visit(kind.table));
            for (const auto& child : kind.children)
              connection_.copy_out(
                  fmt::format("COPY (SELECT y.\"{0}\"{1} FROM pingan.{2} y JOIN pingan.{3} x ON x.id = y.\"{0}\" "
                              "WHERE {4}) TO STDOUT",
                              child.parent_key, ledger_columns(connection_, child, "y"), child.name, kind.table.name,
                              picked),
                  visit(child));
          }
        });
      },
      true);
}

}  // namespace pingan::store::postgres
