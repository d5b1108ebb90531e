#pragma once
// The audit table (SPEC §6): every change to a record, written in the same
// transaction as the change, as the record's stored fields.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>

#include "pingan/records/kinds.hpp"
#include "pingan/store/ledger.hpp"

namespace pingan::store::sqlite {

// `before`/`after` are the record's stored_json; null when there is none.
// Nothing while a run that writes one row for all its records (an import)
// is under way.
void record_audit(Ledger& ledger, std::string_view action, const records::Kind& kind, std::string_view uid,
                  const nlohmann::ordered_json& before, const nlohmann::ordered_json& after);

// One row for a whole run of `action` (archive, import): kind "run", a uid of
// its own, and what it did in `run` (cutoff or file, counts, uids). With
// `uids_logged_after`, "uids" is added: the records the change log
// (push_change) holds above that seq, in order.
void record_run_audit(Ledger& ledger, std::string_view action, const nlohmann::ordered_json& run,
                      std::optional<std::int64_t> uids_logged_after = std::nullopt);

// The records of `table` as a SELECT over the main database and, when the
// archive is attached, the archive too: `select` names the schema as {s} and
// ends in a WHERE clause; the archive's rows whose uid main also holds (an
// interrupted archive run left them in both files) or main deleted since are
// left out, so every record is read once, from main. `uid` is the record's uid
// as an expression over {s} (a child row's is its parent's); only the
// archive's part reads it. The one place that rule lives.
std::string over_files(Ledger& ledger, std::string_view select, std::string_view table, std::string_view uid);

}  // namespace pingan::store::sqlite
