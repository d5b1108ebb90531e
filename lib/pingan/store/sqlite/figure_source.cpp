#include "pingan/store/sqlite/figure_source.hpp"

#include <fmt/format.h>

#include "pingan/store/report_figures.hpp"
#include "pingan/store/sqlite/audit.hpp"
#include "pingan/store/sqlite/connection.hpp"

namespace pingan::store::sqlite {
namespace {

class StatementRow : public ResultRow {
 public:
  explicit StatementRow(SQLite::Statement& statement) : statement_(statement) {}
  std::int64_t integer(int column) const override { return statement_.getColumn(column).getInt64(); }
  std::string text(int column) const override { return statement_.getColumn(column).getString(); }
  bool null(int column) const override { return statement_.getColumn(column).isNull(); }

 private:
  SQLite::Statement& statement_;
};

// Binds `name` when the statement uses it.
template <typename Value>
void bind_if_used(SQLite::Statement& statement, const char* name, const std::optional<Value>& value) {
  if (const int index = statement.getIndex(name); index > 0) {
    if (value) statement.bind(index, *value); else statement.bind(index);
  }
}

}  // namespace

// The views are TEMP, so the same SQL serves the main database alone or
// together with the archive; over_files keeps a record that is in both files
// (or deleted from main since) from counting twice.
void LedgerFigures::read_snapshot(const std::function<void()>& read) {
  for (const auto& view : figure_views()) {
    // Without the parent join; {s} stays for over_files.
    const auto select = fmt::format(fmt::runtime(view.select), fmt::arg("s", "{s}"), fmt::arg("parent", ""));
    db(ledger_).exec(fmt::format("DROP VIEW IF EXISTS temp.{0}; CREATE TEMP VIEW {0} AS {1}", view.name,
                                 over_files(ledger_, select, view.table, view.uid)));
  }
  ledger_.read(read);
}

// SQLite reads the portable SQL as it is: named parameters, FILTER, and
// BINARY (code point) order by default.
void LedgerFigures::query(std::string_view sql, const FigureParams& params,
                          const std::function<void(const ResultRow&)>& row) {
  SQLite::Statement statement(db(ledger_), std::string(sql));
  bind_if_used(statement, ":from", std::optional(params.from.iso()));
  bind_if_used(statement, ":to", std::optional(params.to.iso()));
  bind_if_used(statement, ":station", params.station);
  bind_if_used(statement, ":active", params.active ? std::optional(params.active->iso()) : std::nullopt);
  StatementRow current(statement);
  while (statement.executeStep()) row(current);
}

}  // namespace pingan::store::sqlite

namespace pingan::store {
std::unique_ptr<FigureSource> ledger_figures(Ledger& ledger) { return std::make_unique<sqlite::LedgerFigures>(ledger); }
}  // namespace pingan::store
