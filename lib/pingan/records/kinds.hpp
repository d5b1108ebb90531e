#pragma once
// THE table of record kinds. Everything that loops over kinds (audit,
// archive, export, import, check, backup and their messages) reads it, so a
// new kind is one row here plus its own files (see README, "Adding a record
// kind").
#include <array>
#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pingan/values.hpp"

namespace pingan::store {
class Ledger;
class Importer;
class Fields;
}  // namespace pingan::store

namespace pingan::records {

// A column holding another table's id. Across files (main and archive) ids
// differ for stations, so such a column is matched by the referenced row's
// natural key (`by`: a station's name, any other record's uid).
struct Reference {
  std::string_view column;  // "station_id"
  std::string_view table;   // "station"
  std::string_view by;      // "name"
};

// A stored table, as the engine-generic jobs (archive copy, counts) see it.
struct Table {
  std::string_view name;
  std::string_view parent_key;  // a child table: the column with its parent's id
  std::vector<std::string_view> columns;  // every column but id and parent_key
  std::vector<Reference> references;
  // Columns that identify a record besides its uid (a station's target for a
  // metric and period): a record sent to another database replaces the one
  // there with the same values.
  std::vector<std::string_view> unique_by{};
};

// What export needs to write a kind's records.
struct ExportScope {
  std::optional<Date> from, to;  // of the kind's date
  Date today;                    // for display fields (a case's age)
  int overdue_days = 7;
  bool with_children = true;     // jsonl: timelines; csv: none
};
using Visit = std::function<void(const nlohmann::ordered_json&)>;

struct Kind {
  std::string_view name;    // "event": audit rows, the "kind" of exported lines
  std::string_view plural;  // "events": --kind and messages
  Table table;
  std::vector<Table> children;  // rows that live and die with a record
  // Archive: which of the kind's rows move, as an SQL condition on its table
  // (?1 = the cutoff date); empty when the kind never moves.
  std::string_view archive_due;
  // Rows that move with another kind's record: the reference columns naming
  // it (an install linked to an event moves with the event; a duty with its
  // task or its event).
  std::vector<std::string_view> moves_with;
  // A record's keys for JSON/CSV, in order (a CSV header even when empty).
  nlohmann::ordered_json (*shape)(const ExportScope&);
  // Streams the kind's records (oldest first) as exported lines.
  void (*export_records)(store::Ledger&, const ExportScope&, const Visit&);
  // Adds one imported record (or counts it as already there).
  void (*import_record)(store::Importer&, const store::Fields&, const std::string& uid);
  // The column of the kind's date, which a period picks records by (export,
  // a bureau's lists); empty for a kind without one (stations, volunteers).
  std::string_view dated_by;
};

// Every kind, stations first (the others name a station).
const std::vector<Kind>& kinds();
// Each kind's row, for the code of that kind.
const Kind& station_kind();
const Kind& event_kind();
const Kind& install_kind();
const Kind& case_kind();
const Kind& volunteer_kind();
const Kind& task_kind();
const Kind& duty_kind();
const Kind& target_kind();
// By name ("event") or plural ("events"); nullptr when none.
const Kind* find_kind(std::string_view name);
const Kind& kind_of_table(std::string_view table);
// "events, installs, cases": the plurals of the kinds `keep` accepts.
std::string plurals(const std::function<bool(const Kind&)>& keep = {});
// "event 12 not found", in the user's language.
std::string not_found(const Kind& kind, std::int64_t id);
// "3 events", in the user's language.
std::string count_of(const Kind& kind, std::int64_t count);

// A number per kind, in the table's order.
class KindCounts {
 public:
  KindCounts();
  std::int64_t& operator[](const Kind& kind);
  std::int64_t operator[](const Kind& kind) const;
  std::int64_t total() const;
  // "3 events, 1 installs, 0 cases": every kind `keep` accepts, in the
  // user's language.
  std::string describe(const std::function<bool(const Kind&)>& keep = {}) const;

 private:
  std::vector<std::int64_t> counts_;
};

bool archives(const Kind& kind);  // the kind moves into the archive (on its own or with another)

}  // namespace pingan::records
