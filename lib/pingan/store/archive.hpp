#pragma once
// Moving old records into the archive database (same schema), safe to run
// while others write and safe to kill at any moment:
//  - records move in batches; for each batch the main database's write lock
//    is held while the archive copy is made and committed, then the batch is
//    deleted from the main database and that is committed. So at every instant
//    each record is in at least one of the two files.
//  - the copy is an upsert by uid, so a rerun after a crash brings the
//    archive's copy up to date and finishes the job without duplicates.
//  - records keep their ids (which the main database never reuses), so an id
//    names the same record in either file.
// What moves is the kinds table's: each kind's archive condition, its child
// rows, and the rows that move with it (an event's linked installs).
#include <filesystem>
#include <optional>

#include "pingan/records/kinds.hpp"
#include "pingan/store/ledger.hpp"
#include "pingan/values.hpp"

namespace pingan::store {

// What archiving before `cutoff` would move, per kind. Open cases never move.
records::KindCounts count_archivable(Ledger& main, Date cutoff);

// Moves those records into `archive` (created if missing). Only one archive
// run at a time on a database: a second one waits up to the busy timeout for
// the first, then throws Busy.
records::KindCounts archive_records(Ledger& main, const std::filesystem::path& archive, Date cutoff);

// Does the archive hold records of `kind` (of any kind when nullptr) dated
// within [from, to] (either end open)? False for a missing file or one that
// cannot be read: it only decides a note.
bool archive_holds(const std::filesystem::path& archive, const records::Kind* kind, std::optional<Date> from,
                   std::optional<Date> to);

}  // namespace pingan::store
