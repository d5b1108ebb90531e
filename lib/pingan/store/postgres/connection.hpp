#pragma once
// The PostgreSQL side of a bureau (SPEC §10): the one place where libpq
// meets the store. Only files in store/postgres/ include this, and only the
// pingan-bureau program links them.
#include <libpq-fe.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pingan::store::postgres {

using Param = std::optional<std::string>;  // a text parameter; NULL as nothing

class Result {
 public:
  explicit Result(PGresult* result) : result_(result, PQclear) {}
  int rows() const { return PQntuples(result_.get()); }
  bool null(int row, int column) const { return PQgetisnull(result_.get(), row, column) != 0; }
  std::string text(int row, int column) const { return PQgetvalue(result_.get(), row, column); }
  std::int64_t integer(int row, int column) const;
  std::int64_t affected() const;  // rows an INSERT, UPDATE or DELETE touched

 private:
  std::unique_ptr<PGresult, decltype(&PQclear)> result_;
};

class Connection {
 public:
  // Connects (libpq's own variables and ~/.pgpass apply) and sets the
  // session up: schema pingan, ISO dates, UTC, and a lock wait of
  // `busy_timeout_ms`. Failure (exit 1) when the server cannot be reached;
  // no message names the password.
  Connection(const std::string& url, int busy_timeout_ms);
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  Result exec(std::string_view sql, const std::vector<Param>& params = {});
  // COPY … FROM STDIN with `data` in COPY's text format.
  void copy_in(std::string_view copy_sql, std::string_view data);
  // COPY … TO STDOUT: `line` gets each row's values, streamed (memory stays
  // flat however many rows come).
  void copy_out(std::string_view copy_sql, const std::function<void(const std::vector<Param>& row)>& line);

  // Runs `work` in one transaction; anything thrown rolls it back.
  template <typename Work>
  void transaction(Work&& work, bool read_only = false) {
    exec(read_only ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN");
    try {
      work();
      exec("COMMIT");
    } catch (...) {
      PQclear(PQexec(connection_.get(), "ROLLBACK"));  // its own failure is not the one to report
      throw;
    }
  }

 private:
  // What the server refused, for the message.
  enum class Refused { statement, copy };
  [[noreturn]] void fail(PGresult* result, Refused what);
  std::unique_ptr<PGconn, decltype(&PQfinish)> connection_;
};

// A value in COPY's text format (backslash, tab, newline and carriage
// return escaped; NULL as \N).
void append_copy_value(std::string& out, const Param& value);

}  // namespace pingan::store::postgres
