#pragma once
// A bureau's database on PostgreSQL (store/bureau.hpp): for the
// pingan-bureau program only.
#include <memory>
#include <string>

#include "pingan/store/bureau.hpp"
#include "pingan/store/postgres/connection.hpp"

namespace pingan::store::postgres {

// The bureau schema version this build writes.
int bureau_schema_version();

// The figures over the bureau's tables (SPEC §10, Reading): the same SQL as
// a station's ledger, in PostgreSQL's words.
class BureauFigures : public FigureSource {
 public:
  explicit BureauFigures(Connection& connection) : connection_(connection) {}
  void read_snapshot(const std::function<void()>& read) override;
  void query(std::string_view sql, const FigureParams& params,
             const std::function<void(const ResultRow&)>& row) override;
  std::optional<std::vector<KnownStation>> known_stations() override;

 private:
  Connection& connection_;
};

class PostgresBureau : public Bureau {
 public:
  PostgresBureau(const std::string& url, int busy_timeout_ms);
  int init() override;
  PushCounts push(Ledger& ledger, bool dry_run, const std::string& now, const PushProgress& progress) override;
  std::vector<StationStatus> status() override;
  FigureSource& figures() override;
  std::string find_station(const std::string& name_or_code, const std::string& field) override;
  void copy_into(Ledger& scratch, std::optional<Date> from, std::optional<Date> to) override;
  std::vector<std::string> active_stations() override;
  std::vector<SetTarget> set_targets(const std::vector<records::Target>& targets, std::string_view field) override;

 private:
  // Failure unless the schema is this build's (run `pingan bureau init`).
  void require_schema();
  Connection connection_;
  BureauFigures figures_{connection_};
  bool checked_ = false;
};

}  // namespace pingan::store::postgres
