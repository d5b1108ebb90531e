#include "pingan/store/import.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <memory>
#include <unordered_map>

#include "pingan/io/csv.hpp"
#include "pingan/store/audit.hpp"
#include "pingan/store/cases.hpp"
#include "pingan/store/events.hpp"
#include "pingan/store/installs.hpp"
#include "pingan/store/stations.hpp"

namespace pingan::store {
namespace {

using Json = nlohmann::ordered_json;

// Reading the fields of one record, whether it came as a JSON object or as a
// CSV row (all strings, lists joined with ';').
class Fields {
 public:
  explicit Fields(const Json& record) : record_(record) {}

  // The value as text; "" when absent or null.
  std::string text(const char* key) const {
    const auto found = record_.find(key);
    if (found == record_.end() || found->is_null()) return "";
    if (found->is_string()) return found->get<std::string>();
    if (found->is_number()) return found->dump();
    throw InputError(key, "must be text or a number");
  }
  std::string required(const char* key) const {
    std::string value = text(key);
    if (value.empty()) throw InputError(key, "is required");
    return value;
  }
  std::vector<std::string> list(const char* key) const {
    const auto found = record_.find(key);
    if (found == record_.end() || found->is_null()) return {};
    std::vector<std::string> out;
    if (found->is_array()) {
      for (const auto& item : *found) {
        if (!item.is_string()) throw InputError(key, "must be a list of text");
        out.push_back(item.get<std::string>());
      }
      return out;
    }
    std::string part;
    for (char c : text(key) + ";") {
      if (c != ';') {
        part += c;
      } else if (!part.empty()) {
        out.push_back(part);
        part.clear();
      }
    }
    return out;
  }
  const Json* object(const char* key) const {
    const auto found = record_.find(key);
    return found == record_.end() || found->is_null() ? nullptr : &*found;
  }

 private:
  const Json& record_;
};

std::optional<std::string> optional_note(const Fields& fields, const char* key) {
  std::string note = parse_note(fields.text(key), key);
  return note.empty() ? std::nullopt : std::optional(note);
}

std::optional<std::string> optional_name(const Fields& fields, const char* key) {
  const std::string value = fields.text(key);
  return value.empty() ? std::nullopt : std::optional(parse_name(value, key));
}

// Timestamps are kept as exported: "2026-11-28T09:30:00Z".
std::string timestamp(const Fields& fields, const char* key) {
  const std::string value = fields.text(key);
  if (value.empty()) return value;
  if (value.size() != 20 || value[10] != 'T' || value[19] != 'Z')
    throw InputError(key, "not a UTC timestamp like 2026-11-28T09:30:00Z: \"" + value + "\"");
  parse_iso_date(value.substr(0, 10), key);
  return value;
}

class Importer {
 public:
  Importer(Ledger& ledger, const Config& config, const ImportOptions& options)
      : ledger_(ledger), config_(config), options_(options), events_(ledger), installs_(ledger) {}

  // Adds one record (or counts it as skipped); InputError on bad fields.
  void add(const Json& record, std::string_view raw) {
    const Fields fields(record);
    RecordKind kind = options_.kind;
    if (kind == RecordKind::all) {
      const std::string name = fields.required("kind");
      if (name == "station") return add_station(fields);
      if (name == "event") kind = RecordKind::events;
      else if (name == "install") kind = RecordKind::installs;
      else if (name == "case") kind = RecordKind::cases;
      else throw InputError("kind", "must be station, event, install or case, not \"" + name + "\"");
    }
    std::string uid = fields.text("uid");
    if (uid.empty()) uid = uid_from_content(raw);
    if (kind == RecordKind::events) add_event(fields, uid);
    else if (kind == RecordKind::installs) add_install(fields, uid);
    else add_case(fields, uid);
  }

  const ImportCounts& counts() const { return counts_; }

 private:
  // A statement prepared once per import, reset for each use: an import
  // runs the same few lookups for every record.
  SQLite::Statement& cached(const std::string& sql) {
    auto& statement = statements_[sql];
    if (!statement) statement = std::make_unique<SQLite::Statement>(ledger_.db(), sql);
    statement->reset();
    return *statement;
  }

  bool stored(const char* table, const std::string& uid) {
    auto& query = cached(fmt::format("SELECT 1 FROM {} WHERE uid = ?", table));
    query.bind(1, uid);
    if (!query.executeStep()) return false;
    ++counts_.skipped;
    return true;
  }

  std::pair<std::int64_t, std::string> station(const Fields& fields) {
    const std::string given = fields.required("station");
    if (auto found = stations_.find(given); found != stations_.end()) return found->second;
    const Station station = find_station(ledger_, given, "station");
    return stations_[given] = {station.id, station.name};
  }

  void add_station(const Fields& fields) {
    Station station;
    station.uid = fields.text("uid");
    station.name = parse_name(fields.required("name"), "name");
    station.code = optional_name(fields, "code");
    station.bureau = optional_name(fields, "bureau");
    if (station.uid.empty()) station.uid = new_uid();
    if (station_id_named(ledger_, station.name)) {  // stations are known by name
      ++counts_.skipped;
      return;
    }
    if (stored("station", station.uid)) return;  // renamed here: keep ours
    store::add_station(ledger_, station);
    ++counts_.stations;
  }

  void add_event(const Fields& fields, const std::string& uid) {
    Event event;
    event.uid = uid;
    event.date = parse_date(fields.required("date"), options_.today, "date");
    std::tie(event.station_id, event.station) = station(fields);
    event.venue = config_.venues.resolve(fields.required("venue"), "venue").code;
    event.place = parse_name(fields.text("place"), "place");
    event.audience = parse_count(fields.required("audience"), "audience");
    const std::string materials = fields.text("materials"), installs = fields.text("installs");
    event.materials = materials.empty() ? 0 : parse_count(materials, "materials");
    // With --kind all the install records come as they are; alone, an
    // event's installs figure becomes one linked install record.
    const bool link_installs = options_.kind == RecordKind::events;
    event.installs = link_installs && !installs.empty() ? parse_count(installs, "installs") : 0;
    for (const auto& topic : fields.list("topics")) {
      const std::string& code = config_.topics.resolve(topic, "topics").code;
      if (std::ranges::find(event.topics, code) == event.topics.end()) event.topics.push_back(code);
    }
    for (const auto& officer : fields.list("officers")) event.officers.push_back(parse_name(officer, "officers"));
    event.note = optional_note(fields, "note");
    event.created_at = timestamp(fields, "created_at");
    event.updated_at = timestamp(fields, "updated_at");
    if (stored("event", uid)) return;
    event.id = events_.insert(event, link_installs);
    record_audit(ledger_, "import", "event", uid, nullptr, to_json(event));
    ++counts_.events;
    if (event.installs > 0) ++counts_.installs;
  }

  void add_install(const Fields& fields, const std::string& uid) {
    Install install;
    install.uid = uid;
    install.count = parse_count(fields.required("count"), "count");
    install.place = optional_name(fields, "place");
    install.note = optional_note(fields, "note");
    if (const std::string event_uid = fields.text("event_uid"); !event_uid.empty()) {
      // A linked install takes its event's date, station and venue.
      auto& event = cached("SELECT e.id, e.date, e.station_id, s.name, e.venue FROM event e "
                           "JOIN station s ON s.id = e.station_id WHERE e.uid = ?");
      event.bind(1, event_uid);
      if (!event.executeStep()) throw InputError("event_uid", "no event with uid " + event_uid);
      install.event_id = event.getColumn(0).getInt64();
      install.event_uid = event_uid;
      install.date = parse_iso_date(event.getColumn(1).getString(), "date");
      install.station_id = event.getColumn(2).getInt64();
      install.station = event.getColumn(3).getString();
      install.venue = event.getColumn(4).getString();
    } else {
      install.date = parse_date(fields.required("date"), options_.today, "date");
      std::tie(install.station_id, install.station) = station(fields);
      const std::string venue = fields.text("venue");
      install.venue = config_.venues.resolve(venue.empty() ? "front_desk" : venue, "venue").code;
    }
    const std::string created_at = timestamp(fields, "created_at"), updated_at = timestamp(fields, "updated_at");
    if (stored("install", uid)) return;
    install.id = installs_.insert(install, created_at, updated_at);
    record_audit(ledger_, "import", "install", uid, nullptr, to_json(install));
    ++counts_.installs;
  }

  void add_case(const Fields& fields, const std::string& uid) {
    Case c;
    c.uid = uid;
    c.opened = parse_date(fields.required("opened"), options_.today, "opened");
    std::tie(c.station_id, c.station) = station(fields);
    c.name = parse_name(fields.required("name"), "name");
    if (const std::string phone = fields.text("phone"); !phone.empty()) c.phone = parse_phone(phone, "phone");
    c.category = config_.categories.resolve(fields.required("category"), "category").code;
    c.platform = optional_name(fields, "platform");
    c.amount = parse_money(fields.required("amount"), "amount");
    const std::string recovered = fields.text("recovered");
    c.recovered = recovered.empty() ? 0 : parse_money(recovered, "recovered");
    if (c.recovered > c.amount) throw InputError("recovered", "is more than the amount");
    const std::string status = fields.text("status");
    c.status = status.empty() ? "open" : parse_status(status);
    if (c.status != "refunded" && c.recovered != 0) throw InputError("recovered", "must be 0 unless refunded");
    c.officer = optional_name(fields, "officer");
    c.note = optional_note(fields, "note");
    if (const Json* timeline = fields.object("timeline")) {
      if (!timeline->is_array() || timeline->empty()) throw InputError("timeline", "must be a non-empty list");
      for (const auto& entry : *timeline) {
        if (!entry.is_object()) throw InputError("timeline", "entries must be objects");
        const Fields step(entry);
        CaseUpdate update{parse_iso_date(step.required("date"), "timeline.date"), parse_status(step.required("status")),
                          0, optional_note(step, "note"), optional_name(step, "by")};
        const std::string money = step.text("recovered");
        update.recovered = money.empty() ? 0 : parse_money(money, "timeline.recovered");
        if (!c.timeline.empty() && update.date < c.timeline.back().date)
          throw InputError("timeline.date", update.date.iso() + " is before the entry above it");
        c.timeline.push_back(std::move(update));
      }
      if (c.timeline.front().status != "open" || c.timeline.front().date != c.opened)
        throw InputError("timeline", "must begin with the opening entry (status open, dated as opened)");
      if (c.timeline.back().status != c.status)
        throw InputError("timeline", "its last status (" + c.timeline.back().status + ") is not the case's status");
    } else {
      // CSV carries no timeline: the opening, then the status as of opening.
      c.timeline.push_back({c.opened, "open", 0, c.note, c.officer});
      if (c.status != "open") c.timeline.push_back({c.opened, c.status, c.recovered, std::nullopt, c.officer});
    }
    c.status_date = c.timeline.back().date;
    if (stored("refund_case", uid)) return;
    c.id = insert_case(ledger_, c);
    record_audit(ledger_, "import", "case", uid, nullptr, to_json(c, {c.status_date, 0, true, true}));
    ++counts_.cases;
  }

  Ledger& ledger_;
  const Config& config_;
  const ImportOptions& options_;
  EventInserter events_;
  InstallInserter installs_;
  std::unordered_map<std::string, std::pair<std::int64_t, std::string>> stations_;  // as written → id, name
  std::unordered_map<std::string, std::unique_ptr<SQLite::Statement>> statements_;  // by SQL
  ImportCounts counts_;
};

// Calls `visit(record, raw text, line number)` for every record of the input.
// Problems of the format itself (bad JSON, wrong number of cells) are passed
// to `bad`.
template <typename Visit, typename Bad>
void read_records(std::istream& in, const ImportOptions& options, Visit visit, Bad bad,
                  const std::function<void(std::uint64_t)>& progress) {
  std::uint64_t bytes = 0, count = 0;
  auto tick = [&](std::size_t size) {
    bytes += size + 1;
    if (progress && ++count % 4096 == 0) progress(bytes);
  };
  if (options.format == FileFormat::jsonl) {
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
      tick(line.size());
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      Json record;
      try {
        record = Json::parse(line);
      } catch (const nlohmann::json::parse_error&) {
        bad(number, InputError("line", "not valid JSON"));
        continue;
      }
      if (!record.is_object()) bad(number, InputError("line", "must be a JSON object"));
      else if (!visit(record, line, number)) return;
    }
  } else {
    io::CsvReader reader(in);
    std::vector<std::string> header;
    while (auto cells = reader.next()) {
      std::string raw;
      for (const auto& cell : *cells) raw += cell + '\x1f';
      tick(raw.size());
      if (cells->size() == 1 && cells->front().empty()) continue;  // a blank line
      if (header.empty()) {
        header = *cells;
        continue;
      }
      if (cells->size() != header.size()) {
        bad(reader.line(), InputError("line", fmt::format("has {} cells, the header {}", cells->size(), header.size())));
        continue;
      }
      Json record = Json::object();
      for (std::size_t i = 0; i < header.size(); ++i) record[header[i]] = (*cells)[i];
      if (!visit(record, raw, reader.line())) return;
    }
  }
  if (progress) progress(bytes);
}

}  // namespace

ImportRejected::ImportRejected(const std::string& source, std::vector<std::string> problems_)
    : InputError(source, fmt::format("{} bad line{}; nothing was imported", problems_.size(),
                                     problems_.size() == 1 ? "" : "s")),
      problems(std::move(problems_)) {}

ImportCounts import_records(Ledger& ledger, const Config& config, std::istream& in, const ImportOptions& options,
                            const std::function<void(std::uint64_t)>& progress) {
  if (options.format == FileFormat::csv && options.kind == RecordKind::all)
    throw InputError("--kind", "CSV holds one kind of record: give --kind events, installs or cases");
  return ledger.write([&] {
    Importer importer(ledger, config, options);
    std::vector<std::string> problems;
    auto bad = [&](std::size_t line, const InputError& error) {
      problems.push_back(fmt::format("{}:{}: {}", options.source, line, error.what()));
    };
    read_records(
        in, options,
        [&](const Json& record, std::string_view raw, std::size_t line) {
          // After a bad line every line is still checked, so that all
          // problems are reported at once; the transaction then rolls back.
          try {
            importer.add(record, raw);
          } catch (const InputError& error) {
            bad(line, error);
          } catch (const NotFound& error) {
            bad(line, InputError("line", error.what()));
          }
          return problems.size() < kMaxReportedProblems;
        },
        bad, progress);
    if (!problems.empty()) throw ImportRejected(options.source, std::move(problems));
    return importer.counts();
  });
}

}  // namespace pingan::store
