// pingan archive | backup | check — the jobs cron runs.
#include <fmt/format.h>

#include <filesystem>
#include <iostream>

#include "commands/commands.hpp"
#include "pingan/errors.hpp"
#include "pingan/i18n.hpp"
#include "pingan/store/archive.hpp"
#include "pingan/store/maintenance.hpp"
#include "pingan/records/kinds.hpp"

namespace pingan::cli {
namespace {

// "365d" → today minus 365 days.
Date older_than(const std::string& text, Date today) {
  if (text.size() < 2 || text.back() != 'd')
    throw InputError("--older-than", trf("give a number of days, like 365d, not \"{}\"", text));
  return today.plus_days(-parse_count(text.substr(0, text.size() - 1), "--older-than"));
}

}  // namespace

void add_maintenance_commands(CLI::App& app, Context& context) {
  struct ArchiveOptions {
    std::string before, older_than, archive;
    bool dry_run = false;
  };
  auto archive_options = std::make_shared<ArchiveOptions>();
  auto* archive = app.add_subcommand("archive", tr("Move old records into the archive database"));
  archive->add_option("--before", archive_options->before, tr("move records dated before this day"));
  archive->add_option("--older-than", archive_options->older_than, tr("move records older than this many days: 365d"));
  archive->add_option("--archive", archive_options->archive,
                      tr("archive database (default: config archive.path, or pingan-archive.db beside the database)"));
  archive->add_flag("--dry-run", archive_options->dry_run, tr("only count what would move"));
  archive->footer(tr(R"(Moves events (with their topics, officers and linked installs), standalone
installs and finished cases (with their timelines) dated before the cutoff.
Open cases never move. Safe to rerun, to run while others write, and to
interrupt: every record is always in the database or the archive.
Lists and reports read the archive too with --include-archive.

Examples:
  pingan archive --older-than 365d
  pingan archive --before 2026-01-01 --dry-run)"));
  archive->callback([&context, archive_options] {
    const auto& options = *archive_options;
    if (options.before.empty() == options.older_than.empty())
      throw InputError("--before", tr("give exactly one of --before D or --older-than Nd"));
    const Date cutoff = options.before.empty() ? older_than(options.older_than, context.today())
                                               : parse_date(options.before, context.today(), "--before", true);
    auto ledger = context.open(store::Ledger::Mode::read);
    const auto target = context.archive_path(options.archive);
    const auto moved = options.dry_run ? store::count_archivable(ledger, cutoff)
                                       : store::archive_records(ledger, target, cutoff);
    // -q silences the confirmation of a real run; a dry run's counts are its answer.
    if (options.dry_run || !context.options.quiet)
      std::cout << (options.dry_run ? trf("would archive {} dated before {} into {}", moved.describe(records::archives),
                                          cutoff.iso(), target.string())
                                    : trf("archived {} dated before {} into {}", moved.describe(records::archives),
                                          cutoff.iso(), target.string()))
                << '\n';
  });

  struct BackupOptions {
    std::string destination;
    bool force = false;
  };
  auto backup_options = std::make_shared<BackupOptions>();
  auto* backup = app.add_subcommand("backup", tr("Write a verified snapshot of the database"));
  backup->add_option("DEST", backup_options->destination, tr("the backup file"))->required();
  backup->add_flag("--force", backup_options->force, tr("replace DEST if it exists"));
  backup->footer(tr(R"(Consistent even while others write; checked (integrity and foreign keys)
before it is put in place, with mode 0600.

Examples:
  pingan backup /var/backups/pingan/$(date +%F).db
  pingan backup latest.db --force)"));
  backup->callback([&context, backup_options] {
    auto ledger = context.open(store::Ledger::Mode::read);
    if (std::filesystem::weakly_canonical(backup_options->destination) ==
        std::filesystem::weakly_canonical(context.archive_path("")))
      throw InputError("DEST", tr("that is the archive database; back up to another file"));
    const auto counts = store::backup_database(ledger, backup_options->destination, backup_options->force);
    if (context.options.quiet) return;
    std::cout << trf("backup written to {} ({}; check ok)", backup_options->destination, counts.describe()) << '\n';
  });

  auto* check = app.add_subcommand("check", tr("Check the database's integrity, foreign keys and schema version"));
  check->footer(tr("Exit code 1 when a problem is found.\n\nExamples:\n  pingan check\n  pingan --db backup.db check"));
  check->callback([&context] {
    const auto path = context.db_path();
    // The file as it is, not opened as a ledger: that would migrate (so
    // change) a file with an older or no pingan schema instead of naming it.
    const auto result = store::check_file(path, context.config().busy_timeout_ms);
    const auto& problems = result.problems;
    if (!problems.empty()) {
      for (std::size_t i = 1; i < problems.size(); ++i) std::cerr << "pingan: problem: " << problems[i] << '\n';
      throw Failure(path.string() + ": " + problems.front() +
                    (problems.size() > 1 ? trf(" (and {} more)", problems.size() - 1) : ""));
    }
    std::cout << trf("{}: ok (schema {}; {})", path.string(), store::schema_version(), result.counts.describe()) << '\n';
  });
}

}  // namespace pingan::cli
