// pingan vocab [NAME] — the vocabularies' codes and labels in both
// languages, the user's config entries included (SPEC §5).
#include "commands/commands.hpp"
#include "output.hpp"
#include "pingan/errors.hpp"
#include "pingan/i18n.hpp"
#include "pingan/records/case.hpp"
#include "pingan/records/target.hpp"
#include "pingan/report/text.hpp"

namespace pingan::cli {
namespace {

const std::vector<Field> kVocabFields = {
    {"vocabulary", "词表", "Vocabulary"},
    {"code", "代码", "Code"},
    {"zh", "中文", "Chinese", io::Align::left, io::Cut::late},
    {"en", "英文", "English", io::Align::left, io::Cut::late},
};

// Every vocabulary by the name `pingan vocab NAME` takes, in that order.
std::vector<std::pair<std::string, std::vector<Term>>> vocabularies(const Config& config) {
  std::vector<Term> statuses, metrics;
  for (const char* status : records::kCaseStatuses)
    statuses.push_back({status, std::string(records::status_label_zh(status)), status});
  for (const auto& metric : records::target_metrics())
    metrics.push_back({std::string(metric.code), report::term(metric.code, Lang::zh), report::term(metric.code, Lang::en)});
  return {{"venues", config.venues.terms()},
          {"topics", config.topics.terms()},
          {"categories", config.categories.terms()},
          {"statuses", statuses},
          {"duties", config.duties.terms()},
          {"groups", config.volunteer_groups.terms()},
          {"metrics", metrics}};
}

}  // namespace

void add_vocab_command(CLI::App& app, Context& context) {
  struct Options {
    std::string name, format;
  };
  auto options = std::make_shared<Options>();
  auto* command = app.add_subcommand("vocab", tr("The codes and labels that venues, topics, categories … take"));
  command->add_option("NAME", options->name, tr("venues, topics, categories, statuses, duties, groups or metrics (default: all)"));
  add_format_option(command, options->format);
  command->footer(tr(R"(Codes and the labels in either language are accepted wherever a value of the
vocabulary is asked for; your config file may add entries or relabel them.

Examples:
  pingan vocab venues
  pingan vocab --format csv > vocabularies.csv)"));
  command->callback([&context, options] {
    const auto all = vocabularies(context.config());
    std::string names;
    for (const auto& [name, terms] : all) names += (names.empty() ? "" : ", ") + name;
    if (!options->name.empty() &&
        std::ranges::find(all, options->name, &std::pair<std::string, std::vector<Term>>::first) == all.end())
      throw InputError("NAME", trf("unknown vocabulary {}; valid: {}", pingan::quoted(options->name), names));
    std::vector<Json> records;
    for (const auto& [name, terms] : all) {
      if (!options->name.empty() && name != options->name) continue;
      for (const auto& term : terms)
        records.push_back({{"vocabulary", name}, {"code", term.code}, {"zh", term.zh}, {"en", term.en}});
    }
    const Json shape = {{"vocabulary", ""}, {"code", ""}, {"zh", ""}, {"en", ""}};
    print_list(context, parse_format(options->format), records, shape, kVocabFields);
  });
}

}  // namespace pingan::cli
