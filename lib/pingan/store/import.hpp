#pragma once
// Import of records from JSON Lines or CSV (SPEC §5, Import and export): all
// or nothing, streaming (memory flat in the number of records), and
// idempotent: a record whose uid is already stored is skipped.
#include <cstdint>
#include <functional>
#include <istream>
#include <string>
#include <vector>

#include "pingan/config.hpp"
#include "pingan/errors.hpp"
#include "pingan/store/ledger.hpp"
#include "pingan/values.hpp"

namespace pingan::store {

enum class RecordKind { events, installs, cases, all };
enum class FileFormat { jsonl, csv };

struct ImportOptions {
  std::string source;  // the file's name, for messages
  FileFormat format = FileFormat::jsonl;
  RecordKind kind = RecordKind::all;  // CSV needs one kind
  Date today;
};

struct ImportCounts {
  std::int64_t stations = 0;
  std::int64_t events = 0;
  std::int64_t installs = 0;
  std::int64_t cases = 0;
  std::int64_t skipped = 0;  // already stored (same uid)
};

// Bad input: every bad line (up to 20) as "FILE:LINE: field: reason".
// Nothing was written.
struct ImportRejected : InputError {
  std::vector<std::string> problems;
  ImportRejected(const std::string& source, std::vector<std::string> problems_);
};

inline constexpr std::size_t kMaxReportedProblems = 20;

// Reads every record and writes them in one transaction. `progress` is called
// now and then with the number of bytes read so far.
ImportCounts import_records(Ledger& ledger, const Config& config, std::istream& in, const ImportOptions& options,
                            const std::function<void(std::uint64_t)>& progress = {});

}  // namespace pingan::store
