#include "pingan/store/postgres/connection.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cstring>
#include <regex>

#include "pingan/errors.hpp"
#include "pingan/i18n.hpp"
#include "pingan/store/bureau.hpp"

namespace pingan::store {

std::string redact_url(const std::string& url) {
  // postgresql://user:secret@host/… and …?password=secret (or key=value form).
  static const std::regex userinfo(R"(^([a-zA-Z][a-zA-Z0-9+.-]*://[^:/@?#]*):[^@/?#]*@)");
  static const std::regex parameter(R"((^|[?&\s])(password\s*=\s*)('[^']*'|[^&\s]*))", std::regex::icase);
  std::string out = std::regex_replace(url, userinfo, "$1:***@");
  return std::regex_replace(out, parameter, "$1$2***");
}

}  // namespace pingan::store

namespace pingan::store::postgres {
namespace {

// libpq's message, on one line.
std::string one_line(const char* message) {
  std::string text = message ? message : "";
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  for (auto& c : text)
    if (c == '\n' || c == '\t') c = ' ';
  return text;
}

}  // namespace

std::int64_t Result::integer(int row, int column) const {
  const char* text = PQgetvalue(result_.get(), row, column);
  std::int64_t value = 0;
  const auto end = text + std::strlen(text);
  if (std::from_chars(text, end, value).ptr != end) throw Failure(trf("the bureau gave a non-integer {}", text));
  return value;
}

std::int64_t Result::affected() const {
  const char* text = PQcmdTuples(result_.get());
  return *text ? std::stoll(text) : 0;
}

Connection::Connection(const std::string& url, int busy_timeout_ms) : connection_(PQconnectdb(url.c_str()), PQfinish) {
  if (!connection_ || PQstatus(connection_.get()) != CONNECTION_OK)
    throw Failure(trf("cannot reach the bureau database {}: {}", redact_url(url),
                      connection_ ? one_line(PQerrorMessage(connection_.get())) : tr("out of memory")));
  // A notice (e.g. "schema already exists") is not for the user.
  PQsetNoticeProcessor(connection_.get(), [](void*, const char*) {}, nullptr);
  exec(fmt::format("SET search_path = pingan; SET DateStyle = ISO, YMD; SET TimeZone = 'UTC'; "
                   "SET lock_timeout = {}; SET client_encoding = 'UTF8'",
                   busy_timeout_ms));
}

void Connection::fail(PGresult* result, Refused what) {
  // Copied out before the result is freed: its fields live in it.
  const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  const std::string code = state ? state : "";
  // The primary message alone: the full one quotes the statement.
  const char* primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
  std::string message = one_line(primary ? primary : PQerrorMessage(connection_.get()));
  if (message.empty()) message = one_line(PQerrorMessage(connection_.get()));
  if (result) PQclear(result);
  // lock_not_available, deadlock_detected, serialization_failure: another
  // process held what this one needed.
  if (code == "55P03" || code == "40P01" || code == "40001")
    throw Busy(trf("the bureau database stayed busy: {}", message));
  throw Failure(what == Refused::copy ? trf("the bureau database refused a copy: {}", message)
                                      : trf("the bureau database refused a statement: {}", message));
}

Result Connection::exec(std::string_view sql, const std::vector<Param>& params) {
  std::vector<const char*> values;
  for (const auto& param : params) values.push_back(param ? param->c_str() : nullptr);
  const std::string text(sql);
  PGresult* result = params.empty() ? PQexec(connection_.get(), text.c_str())
                                    : PQexecParams(connection_.get(), text.c_str(), static_cast<int>(values.size()),
                                                   nullptr, values.data(), nullptr, nullptr, 0);
  const auto status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) fail(result, Refused::statement);
  return Result(result);
}

void Connection::copy_in(std::string_view copy_sql, std::string_view data) {
  PGresult* start = PQexec(connection_.get(), std::string(copy_sql).c_str());
  if (!start || PQresultStatus(start) != PGRES_COPY_IN) fail(start, Refused::copy);
  PQclear(start);
  if (PQputCopyData(connection_.get(), data.data(), static_cast<int>(data.size())) != 1 ||
      PQputCopyEnd(connection_.get(), nullptr) != 1)
    fail(nullptr, Refused::copy);
  PGresult* end = PQgetResult(connection_.get());
  if (!end || PQresultStatus(end) != PGRES_COMMAND_OK) fail(end, Refused::copy);
  PQclear(end);
  while (PGresult* rest = PQgetResult(connection_.get())) PQclear(rest);
}

namespace {

// A line of COPY's text format as its values.
void parse_copy_line(std::string_view line, std::vector<Param>& row) {
  row.clear();
  std::string value;
  bool null = false;
  auto finish = [&] {
    row.push_back(null ? Param() : Param(value));
    value.clear();
    null = false;
  };
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '\t') {
      finish();
    } else if (c == '\\' && i + 1 < line.size()) {
      const char next = line[++i];
      if (next == 'N') null = true;
      else if (next == 't') value += '\t';
      else if (next == 'n') value += '\n';
      else if (next == 'r') value += '\r';
      else if (next == 'b') value += '\b';
      else if (next == 'f') value += '\f';
      else if (next == 'v') value += '\v';
      else value += next;
    } else {
      value += c;
    }
  }
  finish();
}

}  // namespace

void Connection::copy_out(std::string_view copy_sql, const std::function<void(const std::vector<Param>& row)>& line) {
  PGresult* start = PQexec(connection_.get(), std::string(copy_sql).c_str());
  if (!start || PQresultStatus(start) != PGRES_COPY_OUT) fail(start, Refused::copy);
  PQclear(start);
  std::vector<Param> row;
  for (;;) {
    char* buffer = nullptr;
    const int size = PQgetCopyData(connection_.get(), &buffer, 0);
    if (size == -1) break;  // done
    if (size < 0) fail(nullptr, Refused::copy);
    std::string_view text(buffer, static_cast<std::size_t>(size));
    if (!text.empty() && text.back() == '\n') text.remove_suffix(1);
    parse_copy_line(text, row);
    PQfreemem(buffer);
    line(row);
  }
  PGresult* end = PQgetResult(connection_.get());
  if (!end || PQresultStatus(end) != PGRES_COMMAND_OK) fail(end, Refused::copy);
  PQclear(end);
  while (PGresult* rest = PQgetResult(connection_.get())) PQclear(rest);
}

void append_copy_value(std::string& out, const Param& value) {
  if (!value) {
    out += "\\N";
    return;
  }
  for (char c : *value) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      default: out += c;
    }
  }
}

}  // namespace pingan::store::postgres
