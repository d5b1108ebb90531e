// pingan export | import — the full-fidelity transfer and backup format.
#include <fmt/format.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>

#include "commands/commands.hpp"
#include "common.hpp"
#include "output.hpp"
#include "period_options.hpp"
#include "pingan/errors.hpp"
#include "pingan/i18n.hpp"
#include "pingan/io/atomic_file.hpp"
#include "pingan/io/csv.hpp"
#include "pingan/io/encoding.hpp"
#include "pingan/io/sha256.hpp"
#include "pingan/io/terminal.hpp"
#include "pingan/records/kinds.hpp"
#include "pingan/store/import.hpp"

namespace pingan::cli {
namespace {

using store::FileFormat;

// What --format and --encoding take.
const std::vector<std::string> kFileFormats = {"jsonl", "csv"};
const std::vector<std::string> kEncodings = {"utf-8", "gbk"};

// --kind: a kind's plural, or "all" (nullptr).
const records::Kind* parse_kind(const std::string& text) {
  if (text.empty() || text == "all") return nullptr;
  const records::Kind* kind = records::find_kind(text);
  if (!kind || kind->plural != text)
    throw InputError("--kind", trf("unknown kind \"{}\"; valid: {}, all", text, records::plurals()));
  return kind;
}

std::string one_kind_needed() {
  return trf("CSV holds one kind of record: give --kind {}", records::plurals());
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
  std::string kind, format, output, bureau_db;
  PeriodOptions period;
  bool include_archive = false;
};

void run_export(Context& context, const ExportOptions& options) {
  const records::Kind* only = parse_kind(options.kind);
  const bool csv = options.format == "csv";
  if (csv && !only) throw InputError("--kind", one_kind_needed());
  records::ExportScope scope;
  options.period.bound(context.today(), scope.from, scope.to);
  scope.today = context.today();
  scope.overdue_days = context.config().overdue_days;
  scope.with_children = !csv;
  refuse_ledger_as_output(context, options.output);
  auto ledger = context.open_to_list(options.bureau_db, options.include_archive, scope.from, scope.to, only);
  Sink sink(options.output);
  // csv: a header of the one kind's keys (even when nothing follows), then a
  // row a record; jsonl: an object a line, "kind" first when kinds are mixed.
  std::vector<std::string> keys;
  if (csv) {
    keys = json_keys(only->shape(scope));
    sink.write(context.csv_start() + io::csv_row(keys));
  }
  const std::vector<std::string> money_keys = {"amount", "recovered"};
  for (const auto& kind : records::kinds()) {
    if (only && only != &kind) continue;
    // Stations are written whole with --kind all: the other records name them.
    kind.export_records(ledger, scope, [&](const Json& record) {
      if (csv) {
        sink.write(csv_line(record, keys, money_keys));
        return;
      }
      Json line;
      if (!only) line["kind"] = kind.name;
      line.update(record);
      sink.write(line.dump() + "\n");
    });
  }
  sink.finish();
  if (!options.output.empty()) context.message(trf("exported to {}", options.output));
}

struct ImportOptions {
  std::string file, kind, format, encoding;
};

// A converted copy of a GB18030 file, removed when done.
struct ConvertedCopy {
  std::filesystem::path path;
  ~ConvertedCopy() {
    std::error_code error;
    if (!path.empty()) std::filesystem::remove(path, error);
  }
};

FileFormat import_format(const ImportOptions& options) {
  if (!options.format.empty()) return options.format == "csv" ? FileFormat::csv : FileFormat::jsonl;
  const auto extension = std::filesystem::path(options.file).extension().string();
  if (extension == ".csv") return FileFormat::csv;
  if (extension == ".jsonl" || extension == ".json" || extension == ".ndjson") return FileFormat::jsonl;
  throw InputError("--format", trf("cannot tell the format from \"{}\": give --format jsonl or csv", options.file));
}

void run_import(Context& context, const ImportOptions& options) {
  store::ImportOptions settings;
  settings.source = options.file == "-" ? "stdin" : options.file;
  settings.format = import_format(options);
  settings.today = context.today();
  settings.kind = parse_kind(options.kind);
  if (!settings.kind && settings.format == FileFormat::csv) throw InputError("--kind", one_kind_needed());

  std::ifstream file;
  std::uint64_t size = 0;
  if (options.file != "-") {
    std::error_code error;
    if (std::filesystem::is_directory(options.file, error))
      throw Failure(trf("cannot read {}: it is a folder, not a file", options.file));
    file.open(options.file, std::ios::binary);
    if (!file) throw Failure(trf("cannot read {}", options.file));
    size = std::filesystem::file_size(options.file, error);
  }
  // Read through a hasher: the run's audit row keeps the file's SHA-256.
  io::Sha256Reader hashing(*(options.file == "-" ? std::cin.rdbuf() : file.rdbuf()));
  std::istream given(&hashing);
  settings.sha256 = [&hashing] { return hashing.hex(); };
  std::istream* in = &given;
  // GB18030/GBK: converted to UTF-8 into a private temporary file first, so a
  // bad byte is found before anything is imported and memory stays flat.
  ConvertedCopy converted;
  std::ifstream utf8;
  if (options.encoding == "gbk") {
    std::string pattern = (std::filesystem::temp_directory_path() / "pingan-import.XXXXXX").string();
    const int fd = ::mkstemp(pattern.data());  // mode 0600: the file may hold names and phones
    if (fd < 0) throw Failure(trf("cannot make a temporary file in {}", std::filesystem::temp_directory_path().string()));
    ::close(fd);
    converted.path = pattern;
    {
      std::ofstream out(converted.path, std::ios::binary | std::ios::trunc);
      io::gb18030_to_utf8(*in, out, settings.source);
      out.flush();
      if (!out) throw Failure(trf("cannot write {}", converted.path.string()));
    }
    utf8.open(converted.path, std::ios::binary);
    if (!utf8) throw Failure(trf("cannot read {}", converted.path.string()));
    in = &utf8;
    size = std::filesystem::file_size(converted.path);
  }
  // A progress bar on stderr, only for a person watching.
  const bool show_progress = io::stderr_is_terminal() && !context.options.quiet && size > 0;
  auto progress = [&](std::uint64_t bytes) {
    if (!show_progress) return;
    const auto percent = std::min<std::uint64_t>(100, bytes * 100 / size);
    std::cerr << '\r' << trf("importing {:3}% [{:<30}]", percent, std::string(percent * 30 / 100, '#')) << std::flush;
  };
  auto ledger = context.open(store::Ledger::Mode::write);
  try {
    const auto counts = store::import_records(ledger, context.config(), *in, settings, progress);
    if (show_progress) std::cerr << '\n';
    if (!context.options.quiet)
      std::cout << trf("imported {} ({} already there)", counts.added.describe(), counts.skipped) << '\n';
  } catch (const store::ImportRejected& rejected) {
    if (show_progress) std::cerr << '\n';
    for (const auto& problem : rejected.problems) std::cerr << "pingan: error: " << printable(problem) << '\n';
    throw;
  }
}

}  // namespace

void add_import_export_commands(CLI::App& app, Context& context) {
  auto export_options = std::make_shared<ExportOptions>();
  auto* exporter = app.add_subcommand("export", tr("Write records as JSON Lines or CSV (full fidelity, unmasked)"));
  exporter->add_option("--kind", export_options->kind, trf("{} or all", records::plurals()))->default_val("all");
  exporter->add_option("--format", export_options->format, tr("jsonl or csv (csv: one kind, no timelines)"))
      ->check(CLI::IsMember(kFileFormats))
      ->default_val("jsonl");
  export_options->period.add_to(exporter);
  exporter->add_option("--output", export_options->output, tr("write to this file (atomically, mode 0600)"));
  exporter->add_flag("--include-archive", export_options->include_archive, tr("export archived records too"));
  add_bureau_db_option(exporter, export_options->bureau_db);
  exporter->footer(tr(R"(Exports carry names and phone numbers unmasked: they are the transfer and
backup format. Records are streamed, so memory stays flat however many there are.

Examples:
  pingan export --output ledger.jsonl                 # everything, for another machine
  pingan export --kind events --format csv --month last > events.csv
  pingan export --include-archive --output all-years.jsonl)"));
  exporter->callback([&context, export_options] { run_export(context, *export_options); });

  auto import_options = std::make_shared<ImportOptions>();
  auto* importer = app.add_subcommand("import", tr("Read records from JSON Lines or CSV, all or nothing"));
  importer->add_option("FILE", import_options->file, tr("the file (- for standard input, with --format)"))->required();
  importer->add_option("--kind", import_options->kind, trf("{} or all (required for CSV)", records::plurals()));
  importer->add_option("--format", import_options->format, tr("jsonl or csv (default: from the file's ending)"))
      ->check(CLI::IsMember(kFileFormats));
  importer->add_option("--encoding", import_options->encoding,
                       tr("utf-8 (default; a BOM is skipped) or gbk: GB18030/GBK, as Excel on a Chinese Windows saves"))
      ->check(CLI::IsMember(kEncodings));
  importer->footer(tr(R"(Any bad line is reported as FILE:LINE: field: reason (up to 20) and nothing is
written (exit 2). A record whose uid is already stored is skipped, so importing
the same file twice adds nothing. Rows without a uid get one derived from
their content. Importing events alone turns each event's installs figure into
a linked install record; --kind all takes the install records as they are.

Examples:
  pingan import ledger.jsonl
  pingan import spreadsheet.csv --kind events
  pingan import 台账.csv --kind events --encoding gbk       # saved by Excel on a Chinese Windows
  pingan export | ssh other-host pingan import - --format jsonl)"));
  importer->callback([&context, import_options] { run_import(context, *import_options); });
}

}  // namespace pingan::cli
