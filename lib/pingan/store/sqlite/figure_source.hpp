#pragma once
// The report's figures on a station's SQLite ledger: the views over the
// main database and, when attached, the archive (a record in both files
// counted once).
#include "pingan/store/figure_source.hpp"
#include "pingan/store/ledger.hpp"

namespace pingan::store::sqlite {

class LedgerFigures : public FigureSource {
 public:
  explicit LedgerFigures(Ledger& ledger) : ledger_(ledger) {}
  void read_snapshot(const std::function<void()>& read) override;
  void query(std::string_view sql, const FigureParams& params,
             const std::function<void(const ResultRow&)>& row) override;

 private:
  Ledger& ledger_;
};

}  // namespace pingan::store::sqlite
