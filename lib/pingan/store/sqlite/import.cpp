#include "pingan/store/import.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <limits>

#include <nlohmann/json.hpp>

#include "pingan/i18n.hpp"
#include "pingan/io/csv.hpp"
#include "pingan/io/encoding.hpp"
#include "pingan/records/uid.hpp"
#include "pingan/store/sqlite/audit.hpp"
#include "pingan/store/sqlite/connection.hpp"
#include "pingan/store/sqlite/rows.hpp"
#include "pingan/store/stations.hpp"

namespace pingan::store {

using Json = nlohmann::ordered_json;

std::optional<std::string> Fields::text(std::string_view key) const {
  if (cells_) {
    // The last column of that name, as a JSON object keeps the last key.
    for (std::size_t i = header_->size(); i-- > 0;)
      if ((*header_)[i] == key) {
        if ((*cells_)[i].empty()) return std::nullopt;
        return io::csv_unguard((*cells_)[i]);  // the formula guard export put on comes off
      }
    return std::nullopt;
  }
  const auto found = record_->find(key);
  if (found == record_->end() || found->is_null()) return std::nullopt;
  if (found->is_string()) return found->get<std::string>();
  if (found->is_number() || found->is_boolean()) return found->dump();
  throw InputError(std::string(key), tr("must be text, a number or true/false"));
}

std::string Fields::required(std::string_view key) const {
  std::string value = optional_text(key);
  if (value.empty()) throw InputError(std::string(key), tr("is required"));
  return value;
}

std::optional<std::vector<std::string>> Fields::list(std::string_view key) const {
  if (cells_) {  // items joined with ';'
    auto value = text(key);
    if (!value) return std::nullopt;
    return std::vector<std::string>{std::move(*value)};
  }
  const auto found = record_->find(key);
  if (found == record_->end() || found->is_null()) return std::nullopt;
  if (!found->is_array()) return std::vector<std::string>{*text(key)};
  std::vector<std::string> out;
  for (const auto& item : *found) {
    if (!item.is_string()) throw InputError(std::string(key), tr("must be a list of text"));
    out.push_back(item.get<std::string>());
  }
  return out;
}

const Json* Fields::object(std::string_view key) const {
  if (!record_) return nullptr;
  const auto found = record_->find(key);
  return found == record_->end() || found->is_null() ? nullptr : &*found;
}

SQLite::Statement& Importer::Cache::get(std::string_view sql) {
  auto found = statements.find(sql);
  if (found == statements.end())
    found = statements.emplace(std::string(sql), std::make_unique<SQLite::Statement>(sqlite::db(ledger), std::string(sql)))
                .first;
  found->second->reset();
  return *found->second;
}

Importer::Importer(Ledger& ledger, const Config& config, const ImportOptions& options)
    : ledger_(ledger), config_(config), options_(options), cache_(std::make_unique<Cache>(ledger)) {
  auto& db = sqlite::db(ledger);
  // The change log's mark before the run: what the run adds is logged above it.
  cache_->last_change_before = db.execAndGet("SELECT coalesce(max(seq), 0) FROM push_change").getInt64();
  // The push triggers on INSERT (push_<table>_insert, 004_push.sql) log each
  // row as it comes, each with a statement journal: a third of an import's
  // time. For the run they are set aside, in its transaction, and finish()
  // logs the rows added in one statement per kind. That needs every new id
  // above the highest before, which SQLite guarantees until ids near 2^63.
  std::vector<Cache::SetAside> set_aside;
  bool ids_far_from_the_end = true;
  for (const auto& kind : records::kinds()) {
    const std::string trigger = fmt::format("push_{}_insert", kind.table.name);
    SQLite::Statement definition(db, "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?");
    definition.bind(1, trigger);
    if (!definition.executeStep()) continue;
    const std::int64_t last_id = db.execAndGet(fmt::format("SELECT coalesce(max(id), 0) FROM {}", kind.table.name)).getInt64();
    ids_far_from_the_end = ids_far_from_the_end && last_id < std::numeric_limits<std::int64_t>::max() / 2;
    set_aside.push_back({&kind, last_id, trigger, definition.getColumn(0).getString()});
  }
  if (ids_far_from_the_end) {  // else every trigger stays and logs as it goes
    for (const auto& each : set_aside) db.exec(fmt::format("DROP TRIGGER {}", each.trigger));
    cache_->set_aside = std::move(set_aside);
  }
  ledger.set_audited_by_run(true);
}

Importer::~Importer() { ledger_.set_audited_by_run(false); }

std::pair<std::int64_t, std::string> Importer::station(const Fields& fields) {
  const std::string given = fields.required("station");
  // Stations are only added during a run (by name), never renamed: what a
  // name or code stood for stays true.
  if (const auto known = cache_->stations.find(given); known != cache_->stations.end()) return known->second;
  auto& query = cache_->get("SELECT id, name FROM station WHERE name = ?1 OR code = ?1 ORDER BY name = ?1 DESC LIMIT 1");
  query.bind(1, given);
  if (!query.executeStep()) {
    const Station station = find_station(ledger_, given, "station");  // throws, naming the registered ones
    return cache_->stations[given] = {station.id, station.name};
  }
  return cache_->stations[given] = {query.getColumn(0).getInt64(), query.getColumn(1).getString()};
}

bool Importer::stored(const records::Kind& kind, const std::string& uid) {
  auto& sql = cache_->stored_sql[&kind];
  if (sql.empty()) sql = fmt::format("SELECT 1 FROM {} WHERE uid = ?", kind.table.name);
  auto& query = cache_->get(sql);
  query.bind(1, uid);
  if (!query.executeStep()) return false;
  ++counts_.skipped;
  return true;
}

void Importer::finish() {
  auto& db = sqlite::db(ledger_);
  for (const auto& each : cache_->set_aside) {
    SQLite::Statement log(db, R"(
INSERT INTO push_change (kind, id, uid, seq)
SELECT ?1, id, uid, (SELECT coalesce(max(seq), 0) FROM push_change) + row_number() OVER (ORDER BY id)
FROM )" + std::string(each.kind->table.name) + R"( WHERE id > ?2 ORDER BY id
ON CONFLICT (kind, id) DO UPDATE SET uid = excluded.uid, seq = excluded.seq)");
    log.bind(1, std::string(each.kind->name));
    log.bind(2, each.last_id);
    log.exec();
    db.exec(each.definition);
  }
  nlohmann::ordered_json run{{"file", options_.source},
                             {"format", options_.format == FileFormat::csv ? "csv" : "jsonl"},
                             {"sha256", options_.sha256 ? options_.sha256() : ""}};
  run["added"] = Json::object();
  for (const auto& kind : records::kinds()) run["added"][kind.plural] = counts_.added[kind];
  run["skipped"] = counts_.skipped;
  // The uids added, in order, from the change log (every record written is
  // logged there, whatever its id): a million uids as JSON values here would
  // cost more than the import's own rows.
  sqlite::record_run_audit(ledger_, "import", run, cache_->last_change_before);
}

// Timestamps are kept as exported: "2026-11-28T09:30:00Z".
std::string Importer::timestamp(const Fields& fields, std::string_view key) const {
  const std::string value = fields.optional_text(key);
  if (value.empty()) return value;
  if (value.size() != 20 || value[4] != '-' || value[7] != '-' || value[10] != 'T' || value[13] != ':' ||
      value[16] != ':' || value[19] != 'Z' ||
      !std::all_of(value.begin(), value.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || std::strchr("-:TZ", c); }))
    throw InputError(std::string(key), tr("not a UTC timestamp like 2026-11-28T09:30:00Z"));
  parse_iso_date(value.substr(0, 10), key);
  const int hour = std::stoi(value.substr(11, 2)), minute = std::stoi(value.substr(14, 2)),
            second = std::stoi(value.substr(17, 2));
  if (hour > 23 || minute > 59 || second > 60) throw InputError(std::string(key), tr("not a valid time of day"));
  return value;
}

namespace {

// Adds one record (or counts it as skipped); InputError on bad fields.
// `raw` is the record's text, from which a uid is derived when it has none.
void add_record(Importer& importer, const Fields& fields, std::string_view raw) {
  const records::Kind* kind = importer.options().kind;
  if (!kind) {
    const std::string name = fields.required("kind");
    kind = records::find_kind(name);
    if (!kind || kind->name != name)
      throw InputError("kind", trf("must be one of {}, not \"{}\"", [] {
                         std::string names;
                         for (const auto& k : records::kinds()) names += (names.empty() ? "" : ", ") + std::string(k.name);
                         return names;
                       }(), name));
  }
  std::string uid = fields.optional_text("uid");
  uid = uid.empty() ? uid_from_content(raw) : records::parse_uid(uid, "uid");
  kind->import_record(importer, fields, uid);
}

// What a file that is not UTF-8 text looks like, from its first bytes (the
// reason to refuse it); "" when it may be UTF-8 text.
std::string looks_like(std::string_view start) {
  if (start.starts_with("\xFF\xFE") || start.starts_with("\xFE\xFF")) return tr("looks like UTF-16 text: save it as UTF-8");
  if (start.find('\0') != std::string_view::npos) return tr("looks like binary data, not text");
  return "";
}

// A line that is not valid UTF-8. GB18030/GBK, what Excel on a Chinese
// Windows saves, is the usual cause: then the whole file is, and one error
// says so (FILE:LINE) instead of one for every line.
InputError not_utf8(std::string_view line, const ImportOptions& options, std::size_t number) {
  if (io::looks_like_gb18030(line))
    throw InputError(fmt::format("{}:{}", options.source, number),
                     tr("looks like GBK (GB18030) text, as Excel on a Chinese Windows saves: use --encoding gbk"));
  return InputError("line", tr("not valid UTF-8 (save the file as UTF-8)"));
}

// The columns a CSV file of `kind` may have: the kind's keys.
void check_header(const records::Kind& kind, const std::vector<std::string>& header, const ImportOptions& options) {
  const auto shape = kind.shape({std::nullopt, std::nullopt, options.today, 0, false});
  for (const auto& column : header)
    if (!shape.contains(column) && column != "kind") {
      std::string valid;
      for (const auto& item : shape.items()) valid += (valid.empty() ? "" : ", ") + item.key();
      throw InputError(fmt::format("{}:1", options.source),
                       trf("unknown column \"{}\" for {}; valid: {}", column.substr(0, 60), kind.plural, valid));
    }
}

// Calls `visit(fields, raw text, line number)` for every record of the input.
// Problems of the format itself (bad JSON, wrong number of cells) are passed
// to `bad`. A file that is empty or not text is an InputError; one that
// cannot be read is a Failure — never the end of the file.
template <typename Visit, typename Bad>
void read_records(std::istream& in, const ImportOptions& options, Visit visit, Bad bad,
                  const std::function<void(std::uint64_t)>& progress) {
  std::uint64_t bytes = 0, count = 0;
  auto tick = [&](std::size_t size) {
    bytes += size + 1;
    if (progress && ++count % 4096 == 0) progress(bytes);
  };
  auto check_read = [&] {
    if (in.bad()) throw Failure(trf("cannot read {}: a read error", options.source));
  };
  if (in.peek() == std::char_traits<char>::eof()) {
    check_read();
    throw InputError(options.source, tr("the file is empty"));
  }
  // The first line tells a file that is not text at all.
  auto refuse_non_text = [&](std::string_view first) {
    if (auto why = looks_like(first); !why.empty()) throw InputError(options.source, why);
  };
  if (options.format == FileFormat::jsonl) {
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
      tick(line.size());
      if (number == 1) {
        refuse_non_text(line);
        if (line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);  // a UTF-8 BOM
      }
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      if (!is_valid_utf8(line) || line.find('\0') != std::string::npos) {
        bad(number, not_utf8(line, options, number));
        continue;
      }
      Json record;
      try {
        record = Json::parse(line);
      } catch (const nlohmann::json::exception&) {  // syntax, or a number out of range (1e400)
        bad(number, InputError("line", tr("not valid JSON")));
        continue;
      }
      if (!record.is_object()) bad(number, InputError("line", tr("must be a JSON object")));
      else if (!visit(Fields(record), line, number)) return;
    }
  } else {
    io::CsvReader reader(in);
    std::vector<std::string> header, cells;
    std::string raw;  // the row's cells joined by U+001F; buffers reused row after row
    while (reader.next(cells)) {
      raw.clear();
      for (const auto& cell : cells) (raw += cell) += '\x1f';
      tick(raw.size());
      if (header.empty()) refuse_non_text(raw);
      if (cells.size() == 1 && cells.front().empty()) continue;  // a blank line
      if (!is_valid_utf8(raw) || raw.find('\0') != std::string::npos) {
        bad(reader.line(), not_utf8(raw, options, reader.line()));
        if (header.empty()) break;
        continue;
      }
      if (header.empty()) {
        header = cells;
        check_header(*options.kind, header, options);
        continue;
      }
      if (cells.size() != header.size()) {
        bad(reader.line(), InputError("line", trf("has {} cells, the header {}", cells.size(), header.size())));
        continue;
      }
      if (!visit(Fields(header, cells), raw, reader.line())) return;
    }
    if (header.empty()) throw InputError(options.source, tr("has no header row (the first line names the columns)"));
  }
  check_read();
  if (progress) progress(bytes);
}

}  // namespace

ImportRejected::ImportRejected(const std::string& source, std::vector<std::string> problems_)
    : InputError(source, problems_.size() == 1 ? trf("{} bad line; nothing was imported", problems_.size())
                                               : trf("{} bad lines; nothing was imported", problems_.size())),
      problems(std::move(problems_)) {}

ImportCounts import_records(Ledger& ledger, const Config& config, std::istream& in, const ImportOptions& options,
                            const std::function<void(std::uint64_t)>& progress) {
  if (options.format == FileFormat::csv && !options.kind)
    throw InputError("--kind", trf("CSV holds one kind of record: give --kind {}", records::plurals()));
  sqlite::size_for_bulk_work(sqlite::db(ledger));
  return ledger.write([&] {
    Importer importer(ledger, config, options);
    std::vector<std::string> problems;
    auto bad = [&](std::size_t line, const InputError& error) {
      problems.push_back(fmt::format("{}:{}: {}", options.source, line, error.what()));
    };
    read_records(
        in, options,
        [&](const Fields& fields, std::string_view raw, std::size_t line) {
          // After a bad line every line is still checked, so that all
          // problems are reported at once; the transaction then rolls back.
          try {
            add_record(importer, fields, raw);
          } catch (const InputError& error) {
            bad(line, error);
          } catch (const NotFound& error) {
            bad(line, InputError("line", error.what()));
          }
          return problems.size() < kMaxReportedProblems;
        },
        bad, progress);
    if (!problems.empty()) throw ImportRejected(options.source, std::move(problems));
    importer.finish();
    return importer.counts();
  });
}

}  // namespace pingan::store
