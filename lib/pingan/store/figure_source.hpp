#pragma once
// What an engine gives the report's figures (SPEC §5, Reports; §10 for a
// bureau): a snapshot and a way to run the figures' SQL. The SQL itself is
// written once (store/report_figures.cpp) over views of the same names and
// columns on every engine; an engine's `query` turns its parameters and the
// few words that differ between SQL dialects into its own, in one place.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pingan/values.hpp"

namespace pingan::store {

// The parameters the figures' SQL names: :from, :to, :station (a station's
// name or NULL) and :active (a day or NULL).
struct FigureParams {
  Date from;
  Date to;
  std::optional<std::string> station;
  std::optional<Date> active;
};

// A row of a result, columns from 0.
class ResultRow {
 public:
  virtual ~ResultRow() = default;
  virtual std::int64_t integer(int column) const = 0;
  virtual std::string text(int column) const = 0;
  virtual bool null(int column) const = 0;
  std::optional<std::string> optional_text(int column) const {
    return null(column) ? std::nullopt : std::optional(text(column));
  }
};

// A station as a bureau knows it: every station, with its last push.
struct KnownStation {
  std::string name;
  std::optional<std::string> last_push;  // "2026-11-28": the day of the last push
};

class FigureSource {
 public:
  virtual ~FigureSource() = default;
  // Runs `read` on one consistent snapshot, the views (r_event, r_topic,
  // r_install, r_case, r_update, r_volunteer, r_duty) in place.
  virtual void read_snapshot(const std::function<void()>& read) = 0;
  // Runs `sql` (portable SQL over the views; the parameters as :from, :to,
  // :station, :active; `/*binary*/` where text sorts by code point) and
  // calls `row` for each row of its result.
  virtual void query(std::string_view sql, const FigureParams& params,
                     const std::function<void(const ResultRow&)>& row) = 0;
  // Every station with its last push, where the engine keeps them (a
  // bureau); nothing for a station's own ledger, whose by_station lists the
  // stations with figures.
  virtual std::optional<std::vector<KnownStation>> known_stations() { return std::nullopt; }
};

}  // namespace pingan::store
