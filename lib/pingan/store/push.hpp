#pragma once
// The station's side of a push (SPEC §10): what changed since a mark, read
// from the ledger (and its archive) as rows of text, references given by
// the referenced record's natural key (a station's name, a record's uid), so
// that the bureau can match them to its own ids.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "pingan/records/kinds.hpp"
#include "pingan/store/ledger.hpp"

namespace pingan::store {

// A row of a table: NULL as nothing.
using TextRow = std::vector<std::optional<std::string>>;
using RowVisit = std::function<void(const TextRow&)>;

class OutgoingChanges {
 public:
  // Reads `ledger` on the snapshot of the transaction it is used in (see
  // Ledger::read). Refuses a ledger whose archive has records but is not
  // attached: their absence would read as deletions.
  explicit OutgoingChanges(Ledger& ledger);
  // This ledger's source uid, made once with the database.
  std::string source_uid();
  // The latest change's number: the mark a push of this snapshot reaches.
  std::int64_t mark();
  // Records of `kind` changed after `since` (every record when 0).
  std::int64_t count(const records::Kind& kind, std::int64_t since);
  // Their rows of `table` (the kind's own, or a child table) in the table's
  // column order; a child's rows start with the parent's uid.
  void rows(const records::Kind& kind, const records::Table& table, std::int64_t since, const RowVisit& visit);
  // Records of `kind` changed after `since` that are no longer there.
  std::vector<std::string> deleted(const records::Kind& kind, std::int64_t since);

 private:
  Ledger& ledger_;
};

// The other way (a bureau's lists and export, SPEC §10): rows copied into a
// scratch ledger as they are, ids included, so that the ledger's own list
// and export code shows them. `produce` calls the loader with each row of a
// table: its id (a child's: its parent's id) and then the table's columns.
// Reference checks are off: a row may name one the copy left out.
using LoadRow = std::function<void(const records::Table& table, const TextRow& row)>;
void load_rows(Ledger& scratch, const std::function<void(const LoadRow& load)>& produce);

}  // namespace pingan::store
