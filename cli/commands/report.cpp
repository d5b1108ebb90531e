// pingan report — the weekly and monthly figures superiors ask for.
#include <iostream>

#include "commands/commands.hpp"
#include "common.hpp"
#include "output.hpp"
#include "period_options.hpp"
#include "pingan/errors.hpp"
#include "pingan/i18n.hpp"
#include "pingan/io/atomic_file.hpp"
#include "pingan/report/render.hpp"
#include "pingan/records/target.hpp"
#include "pingan/store/stations.hpp"

namespace pingan::cli {

void add_report_command(CLI::App& app, Context& context) {
  struct Options {
    PeriodOptions period;
    std::string station, format, output, archive, bureau_db, rank;
    bool include_archive = false;
  };
  auto options = std::make_shared<Options>();
  auto* command = app.add_subcommand("report", tr("Summary report of a week, month or range (default: this week)"));
  options->period.add_to(command);
  command->add_option("--station", options->station, tr("only this station (name or code); default: all"));
  add_format_option(command, options->format, {"table", "markdown", "csv", "json", "html"});
  command->add_option("--output", options->output, tr("write to this file (atomically) instead of stdout"));
  command->add_flag("--include-archive", options->include_archive, tr("count archived records too"));
  command->add_option("--archive", options->archive, tr("archive database (default: config, or beside the database)"));
  command->add_option("--rank", options->rank,
                      trf("rank the stations by this metric: {} (排名通报)", records::metric_codes()));
  add_bureau_db_option(command, options->bureau_db);
  command->footer(tr(R"(Sections: totals with the change against the previous period of equal length;
by station, venue and topic; the trend by day (periods up to 31 days) or by
ISO week; cases still open on the period's last day, overdue ones marked; the
volunteers; the targets whose period holds the period's last day, with how far
each has got; with --rank, every station ranked by its target's completion.

Examples:
  pingan report                                   # this week, on the terminal
  pingan report --week last --format markdown --output 2026-W47.md
  pingan report --month 2026-11 --format html --output 2026-11.html
  pingan report --from 2026-01-01 --to 2026-12-31 --format json --include-archive
  pingan report --week last --bureau-db postgresql://pingan@10.1.2.3/pingan
  pingan report --week last --rank installs_per_10k --bureau-db postgresql://pingan@10.1.2.3/pingan)"));
  command->callback([&context, options] {
    if (options->period.from.empty() && !options->period.to.empty())
      throw InputError("--from", tr("a report over a range needs --from as well as --to"));
    refuse_ledger_as_output(context, options->output, options->archive);
    report::ReportRequest request;
    request.period = options->period.resolve(context.today()).value_or(parse_week("this", context.today()));
    request.lang = context.lang();
    request.today = context.today();
    if (!options->rank.empty()) request.rank = std::string(records::parse_metric(options->rank, "--rank").code);
    const auto model = [&] {
      if (!options->bureau_db.empty()) {
        auto& bureau = context.bureau(options->bureau_db);
        if (!options->station.empty()) request.station = bureau.find_station(options->station, "--station");
        return report::build_report(bureau.figures(), context.config(), request);
      }
      auto ledger = context.open(store::Ledger::Mode::read);
      if (!options->station.empty()) request.station = store::find_station(ledger, options->station, "--station").name;
      if (options->include_archive)
        request.include_archive = ledger.attach_archive(context.archive_path(options->archive));
      else
        context.note_archived(nullptr, request.period.from, request.period.to, options->archive);
      return report::build_report(ledger, context.config(), request);
    }();
    const bool to_file = !options->output.empty();
    const std::string& format = options->format;
    std::string text;
    if (format == "json") text = report::render_json(model);
    else if (format == "csv") text = context.csv_start() + report::render_csv(model);
    else if (format == "markdown") text = report::render_markdown(model);
    else if (format == "html") text = report::render_html(model);
    else if (to_file) text = report::render_table(model, {std::nullopt, false, context.config().ambiguous_wide.value_or(false)});
    else text = report::render_table(model, context.table_style());
    if (!to_file) {
      std::cout << text;
      return;
    }
    io::write_file_atomically(options->output, text);
    context.message(trf("report written to {}", options->output));
  });
}

}  // namespace pingan::cli
