#pragma once
// Import of records from JSON Lines or CSV (SPEC §5, Import and export): all
// or nothing, streaming (memory flat in the number of records), and
// idempotent: a record whose uid is already stored is skipped. Each kind
// reads its own fields (the kinds table's import hook) with its own rules.
// A run writes one audit row (SPEC §6): the file, its SHA-256, the counts and
// the uids added.
#include <cstdint>
#include <functional>
#include <istream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "pingan/config.hpp"
#include "pingan/errors.hpp"
#include "pingan/records/fields.hpp"
#include "pingan/records/kinds.hpp"
#include "pingan/store/ledger.hpp"
#include "pingan/values.hpp"

namespace pingan::store {

enum class FileFormat { jsonl, csv };

struct ImportOptions {
  std::string source;  // the file's name, for messages
  FileFormat format = FileFormat::jsonl;
  const records::Kind* kind = nullptr;  // one kind; nullptr: every line names its kind (CSV needs one)
  Date today;
  // The SHA-256 of the file as given (hex), asked for once it has been read.
  std::function<std::string()> sha256;
};

struct ImportCounts {
  records::KindCounts added;
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

// The fields of one imported record, whether it came as a JSON object or as
// a CSV row (all strings, lists joined with ';'). A key that is absent or
// null, or a CSV cell that is empty, is "not given".
class Fields : public records::TextFields {
 public:
  explicit Fields(const nlohmann::ordered_json& record) : record_(&record) {}
  // A CSV row, read in place: its cells under the header's names.
  Fields(const std::vector<std::string>& header, const std::vector<std::string>& cells)
      : header_(&header), cells_(&cells) {}
  std::optional<std::string> text(std::string_view key) const override;
  std::optional<std::vector<std::string>> list(std::string_view key) const override;
  std::string name(std::string_view key) const override { return std::string(key); }
  // The value; InputError "is required" when not given or empty.
  std::string required(std::string_view key) const;
  // The value, "" when not given.
  std::string optional_text(std::string_view key) const { return text(key).value_or(""); }
  // A JSON object or array under `key` (a case's timeline); CSV has none.
  const nlohmann::ordered_json* object(std::string_view key) const;

 private:
  const nlohmann::ordered_json* record_ = nullptr;
  const std::vector<std::string>* header_ = nullptr;
  const std::vector<std::string>* cells_ = nullptr;
};

// One import run: what the kinds' import hooks share.
class Importer {
 public:
  Importer(Ledger& ledger, const Config& config, const ImportOptions& options);
  ~Importer();
  Ledger& ledger() { return ledger_; }
  const Config& config() const { return config_; }
  const ImportOptions& options() const { return options_; }
  ImportCounts& counts() { return counts_; }
  // The registered station a record names in `station` (cached): id, name.
  std::pair<std::int64_t, std::string> station(const Fields& fields);
  // Is a record of `kind` with this uid stored already? (Counted as skipped.)
  bool stored(const records::Kind& kind, const std::string& uid);
  // Once every record is written: their change log entries (for push) and
  // the run's one audit row.
  void finish();
  // "2026-11-28T09:30:00Z" as exported, or "" when not given.
  std::string timestamp(const Fields& fields, std::string_view key) const;
  // The engine's prepared statements, kept for the whole run.
  struct Cache;
  Cache& cache() { return *cache_; }

 private:
  Ledger& ledger_;
  const Config& config_;
  const ImportOptions& options_;
  ImportCounts counts_;
  std::unique_ptr<Cache> cache_;
};

}  // namespace pingan::store
