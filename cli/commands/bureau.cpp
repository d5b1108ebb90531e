// pingan bureau init|status, pingan push — a bureau's database on
// PostgreSQL (SPEC §10). These run in pingan-bureau (see Context::bureau).
#include <fmt/format.h>
#include <unistd.h>

#include <iostream>

#include "commands/commands.hpp"
#include "output.hpp"
#include "pingan/i18n.hpp"
#include "pingan/io/terminal.hpp"

namespace pingan::cli {
namespace {

std::string bureau_db_help() {
  return tr("the bureau's PostgreSQL database (default: $PINGAN_BUREAU_DB, config bureau.url)");
}

const std::vector<Field> kStatusFields = {
    {"station", "派出所", "Station", io::Align::left, io::Cut::late},
    {"last_push", "最近推送", "Last push"},
    {"days_since_push", "距今天数", "Days since", io::Align::right},
    {"records", "记录数", "Records", io::Align::right},
    {"stale", "逾期未推送", "Stale", io::Align::left, io::Cut::never,
     [](const Json& value) { return value.get<bool>() ? std::string("*") : std::string(); }},
};

// A progress bar on stderr, redrawn in place; only on a terminal.
class ProgressBar {
 public:
  explicit ProgressBar(bool shown) : shown_(shown) {}
  ~ProgressBar() {
    if (drawn_) std::cerr << '\n';
  }
  void operator()(std::int64_t done, std::int64_t total) {
    if (!shown_ || total == 0) return;
    constexpr int kWidth = 30;
    const int filled = static_cast<int>(done * kWidth / total);
    std::cerr << '\r' << '[' << std::string(static_cast<std::size_t>(filled), '#')
              << std::string(static_cast<std::size_t>(kWidth - filled), ' ') << "] " << done << '/' << total
              << std::flush;
    drawn_ = true;
  }

 private:
  bool shown_;
  bool drawn_ = false;
};

}  // namespace

void add_bureau_commands(CLI::App& app, Context& context) {
  auto* bureau = app.add_subcommand("bureau", tr("A bureau's database on PostgreSQL: set it up, see who pushed"));
  bureau->require_subcommand(1);

  auto url = std::make_shared<std::string>();
  auto* init = bureau->add_subcommand("init", tr("Create or migrate the bureau's schema"));
  init->add_option("--bureau-db", *url, bureau_db_help());
  init->footer(tr("Examples:\n  pingan bureau init --bureau-db postgresql://pingan@10.1.2.3/pingan"));
  init->callback([&context, url] {
    const int version = context.bureau(*url).init();
    context.message(trf("bureau database ready, schema version {}", version));
  });

  struct StatusOptions {
    std::string url, format;
  };
  auto status_options = std::make_shared<StatusOptions>();
  auto* status = bureau->add_subcommand("status", tr("Each station's last push; silent ones marked"));
  status->add_option("--bureau-db", status_options->url, bureau_db_help());
  add_format_option(status, status_options->format);
  status->footer(tr(R"(A station is stale when it has not pushed for more than config
bureau.stale_days (default 7) days.

Examples:
  pingan bureau status
  pingan bureau status --format json)"));
  status->callback([&context, status_options] {
    const Date today = context.today();
    std::vector<Json> rows;
    for (const auto& station : context.bureau(status_options->url).status()) {
      Json row{{"station", station.station}, {"last_push", nullptr}, {"days_since_push", nullptr},
               {"records", station.records}, {"stale", true}};
      if (station.last_push) {
        const auto days = today.days() - parse_iso_date(station.last_push->substr(0, 10), "last_push").days();
        row["last_push"] = *station.last_push;
        row["days_since_push"] = days;
        row["stale"] = days > context.config().stale_days;
      }
      rows.push_back(row);
    }
    const Json shape{{"station", ""}, {"last_push", ""}, {"days_since_push", 0}, {"records", 0}, {"stale", false}};
    print_list(context, parse_format(status_options->format), rows, shape, kStatusFields);
  });

  struct PushOptions {
    std::string url, format, archive;
    bool dry_run = false;
  };
  auto push_options = std::make_shared<PushOptions>();
  auto* push = app.add_subcommand("push", tr("Send what changed since the last push to the bureau's database"));
  push->add_option("--bureau-db", push_options->url, bureau_db_help());
  push->add_flag("--dry-run", push_options->dry_run, tr("only count what would be sent"));
  push->add_option("--archive", push_options->archive, tr("archive database (default: config, or beside the database)"));
  add_format_option(push, push_options->format, {"table", "json"});
  push->footer(tr(R"(Every record kind goes, matched by uid: new records are added, edited ones
replaced, deleted ones deleted; archived records stay in the bureau (the
first push sends the archive's too). A push killed at any moment and run
again neither loses nor double-counts anything.

Examples:
  pingan push
  pingan push --dry-run --format json
  scripts/cron-push                # from cron: see the README)"));
  push->callback([&context, push_options] {
    auto& bureau = context.bureau(push_options->url);
    auto ledger = context.open(store::Ledger::Mode::read);
    ledger.attach_archive(context.archive_path(push_options->archive));
    const bool json = push_options->format == "json";
    store::PushCounts counts;
    {
      ProgressBar bar(!push_options->dry_run && !context.options.quiet && isatty(STDERR_FILENO));
      counts = bureau.push(ledger, push_options->dry_run, ledger.now(),
                           [&](std::int64_t done, std::int64_t total) { bar(done, total); });
    }
    if (json) {
      Json out = Json::object();
      for (const auto& kind : records::kinds()) out[std::string(kind.plural)] = counts.sent[kind];
      out["deleted"] = counts.deleted;
      std::cout << out.dump() << '\n';
      return;
    }
    std::cout << (push_options->dry_run ? trf("would push {}, {} deleted", counts.sent.describe(), counts.deleted)
                                        : trf("pushed {}, {} deleted", counts.sent.describe(), counts.deleted))
              << '\n';
  });
}

}  // namespace pingan::cli
