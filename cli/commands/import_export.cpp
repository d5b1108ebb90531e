// pingan export | import — the full-fidelity transfer and backup format.
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <iostream>

#include "commands/commands.hpp"
#include "common.hpp"
#include "output.hpp"
#include "period_options.hpp"
#include "pingan/errors.hpp"
#include "pingan/io/atomic_file.hpp"
#include "pingan/io/csv.hpp"
#include "pingan/io/terminal.hpp"
#include "pingan/store/cases.hpp"
#include "pingan/store/events.hpp"
#include "pingan/store/import.hpp"
#include "pingan/store/installs.hpp"
#include "pingan/store/stations.hpp"

namespace pingan::cli {
namespace {

using store::FileFormat;
using store::RecordKind;

RecordKind parse_kind(const std::string& text) {
  if (text == "events") return RecordKind::events;
  if (text == "installs") return RecordKind::installs;
  if (text == "cases") return RecordKind::cases;
  return RecordKind::all;
}

// Where exported lines go: stdout, or a file that appears whole (mode 0600,
// since exports carry names and phone numbers unmasked).
class Sink {
 public:
  explicit Sink(const std::string& output) {
    if (!output.empty()) file_.emplace(output, 0600);
  }
  void write(std::string_view text) {
    if (file_) file_->write(text);
    else std::cout << text;
  }
  void finish() {
    if (file_) file_->commit();
    else std::cout.flush();
  }

 private:
  std::optional<io::AtomicFile> file_;
};

struct ExportOptions {
  std::string kind, format, output;
  PeriodOptions period;
  bool include_archive = false;
};

void run_export(Context& context, const ExportOptions& options) {
  const RecordKind kind = parse_kind(options.kind);
  const bool csv = options.format == "csv";
  if (csv && kind == RecordKind::all)
    throw InputError("--kind", "CSV holds one kind of record: give --kind events, installs or cases");
  std::optional<Date> from, to;
  options.period.bound(context.today(), from, to);
  auto ledgers = ledgers_to_list(context, options.include_archive);
  Sink sink(options.output);
  const store::CaseView view{context.today(), context.config().overdue_days, true, !csv};
  // csv: a header of the one kind's keys (even when nothing follows), then a
  // row a record; jsonl: an object a line, "kind" first when kinds are mixed.
  std::vector<std::string> keys;
  if (csv) {
    keys = json_keys(kind == RecordKind::events     ? store::to_json(store::Event{})
                     : kind == RecordKind::installs ? store::to_json(store::Install{})
                                                    : store::to_json(store::Case{}, view));
    sink.write(io::csv_row(keys));
  }
  const std::vector<std::string> money_keys = {"amount", "recovered"};
  auto emit = [&](const char* name, const Json& record) {
    if (csv) {
      sink.write(csv_line(record, keys, money_keys));
      return;
    }
    Json line;
    if (kind == RecordKind::all) line["kind"] = name;
    line.update(record);
    sink.write(line.dump() + "\n");
  };
  if (kind == RecordKind::all) {
    std::vector<std::string> seen;  // a station in both files is written once
    for (auto& ledger : ledgers)
      for (const auto& station : store::list_stations(ledger)) {
        if (std::ranges::find(seen, station.name) != seen.end()) continue;
        seen.push_back(station.name);
        Json record = store::to_json(station);
        record["uid"] = station.uid;
        emit("station", record);
      }
  }
  for (auto& ledger : ledgers) {
    if (kind == RecordKind::all || kind == RecordKind::events)
      store::for_each_event(ledger, {from, to, {}, {}, {}, {}},
                            [&](const store::Event& event) { emit("event", store::to_json(event)); });
    if (kind == RecordKind::all || kind == RecordKind::installs)
      store::for_each_install(ledger, {from, to, {}},
                              [&](const store::Install& install) { emit("install", store::to_json(install)); });
    if (kind == RecordKind::all || kind == RecordKind::cases)
      store::for_each_case(ledger, {from, to, {}, "all"}, !csv,
                           [&](const store::Case& c) { emit("case", store::to_json(c, view)); });
  }
  sink.finish();
  if (!options.output.empty()) context.message("exported to " + options.output);
}

struct ImportOptions {
  std::string file, kind, format;
};

FileFormat import_format(const ImportOptions& options) {
  if (!options.format.empty()) return options.format == "csv" ? FileFormat::csv : FileFormat::jsonl;
  const auto extension = std::filesystem::path(options.file).extension().string();
  if (extension == ".csv") return FileFormat::csv;
  if (extension == ".jsonl" || extension == ".json" || extension == ".ndjson") return FileFormat::jsonl;
  throw InputError("--format", "cannot tell the format from \"" + options.file + "\": give --format jsonl or csv");
}

void run_import(Context& context, const ImportOptions& options) {
  store::ImportOptions settings;
  settings.source = options.file == "-" ? "stdin" : options.file;
  settings.format = import_format(options);
  settings.today = context.today();
  if (options.kind.empty() && settings.format == FileFormat::csv)
    throw InputError("--kind", "CSV holds one kind of record: give --kind events, installs or cases");
  settings.kind = options.kind.empty() ? RecordKind::all : parse_kind(options.kind);

  std::ifstream file;
  std::uint64_t size = 0;
  if (options.file != "-") {
    file.open(options.file, std::ios::binary);
    if (!file) throw Failure("cannot read " + options.file);
    std::error_code error;
    size = std::filesystem::file_size(options.file, error);
  }
  std::istream& in = options.file == "-" ? std::cin : file;
  // A progress bar on stderr, only for a person watching.
  const bool show_progress = io::stderr_is_terminal() && !context.options.quiet && size > 0;
  auto progress = [&](std::uint64_t bytes) {
    if (!show_progress) return;
    const auto percent = std::min<std::uint64_t>(100, bytes * 100 / size);
    std::cerr << fmt::format("\rimporting {:3}% [{:<30}]", percent, std::string(percent * 30 / 100, '#')) << std::flush;
  };
  auto ledger = context.open(store::Ledger::Mode::write);
  try {
    const auto counts = store::import_records(ledger, context.config(), in, settings, progress);
    if (show_progress) std::cerr << '\n';
    if (!context.options.quiet)
      std::cout << fmt::format("imported {} stations, {} events, {} installs, {} cases ({} already there)\n",
                               counts.stations, counts.events, counts.installs, counts.cases, counts.skipped);
  } catch (const store::ImportRejected& rejected) {
    if (show_progress) std::cerr << '\n';
    for (const auto& problem : rejected.problems) std::cerr << "pingan: error: " << problem << '\n';
    throw;
  }
}

}  // namespace

void add_import_export_commands(CLI::App& app, Context& context) {
  auto export_options = std::make_shared<ExportOptions>();
  auto* exporter = app.add_subcommand("export", "Write records as JSON Lines or CSV (full fidelity, unmasked)");
  exporter->add_option("--kind", export_options->kind, "events, installs, cases or all")
      ->check(CLI::IsMember({"events", "installs", "cases", "all"}))
      ->default_val("all");
  exporter->add_option("--format", export_options->format, "jsonl or csv (csv: one kind, no timelines)")
      ->check(CLI::IsMember({"jsonl", "csv"}))
      ->default_val("jsonl");
  export_options->period.add_to(exporter);
  exporter->add_option("--output", export_options->output, "write to this file (atomically, mode 0600)");
  exporter->add_flag("--include-archive", export_options->include_archive, "export archived records too");
  exporter->footer(R"(Exports carry names and phone numbers unmasked: they are the transfer and
backup format. Records are streamed, so memory stays flat however many there are.

Examples:
  pingan export --output ledger.jsonl                 # everything, for another machine
  pingan export --kind events --format csv --month last > events.csv
  pingan export --include-archive --output all-years.jsonl)");
  exporter->callback([&context, export_options] { run_export(context, *export_options); });

  auto import_options = std::make_shared<ImportOptions>();
  auto* importer = app.add_subcommand("import", "Read records from JSON Lines or CSV, all or nothing");
  importer->add_option("FILE", import_options->file, "the file (- for standard input, with --format)")->required();
  importer->add_option("--kind", import_options->kind, "events, installs, cases or all (required for CSV)")
      ->check(CLI::IsMember({"events", "installs", "cases", "all"}));
  importer->add_option("--format", import_options->format, "jsonl or csv (default: from the file's ending)")
      ->check(CLI::IsMember({"jsonl", "csv"}));
  importer->footer(R"(Any bad line is reported as FILE:LINE: field: reason (up to 20) and nothing is
written (exit 2). A record whose uid is already stored is skipped, so importing
the same file twice adds nothing. Rows without a uid get one derived from
their content. Importing events alone turns each event's installs figure into
a linked install record; --kind all takes the install records as they are.

Examples:
  pingan import ledger.jsonl
  pingan import spreadsheet.csv --kind events
  pingan export | ssh other-host pingan import - --format jsonl)");
  importer->callback([&context, import_options] { run_import(context, *import_options); });
}

}  // namespace pingan::cli
