// pingan completion bash|zsh|fish: shell completion generated from the
// command tree, so it never falls out of step with the commands.
#include <iostream>
#include <sstream>

#include "commands/commands.hpp"
#include "pingan/records/kinds.hpp"
#include "pingan/records/target.hpp"

namespace pingan::cli {
namespace {

struct Node {
  std::string path;  // "event add"
  std::vector<std::string> subcommands;
  std::vector<std::string> options;
  std::string description;
};

void collect(const CLI::App* app, const std::string& path, std::vector<Node>& out) {
  Node node{path, {}, {}, app->get_description()};
  for (const auto* option : app->get_options()) {
    for (const auto& name : option->get_lnames()) node.options.push_back("--" + name);
    for (const auto& name : option->get_snames()) node.options.push_back("-" + name);
  }
  for (const auto* sub : app->get_subcommands({})) node.subcommands.push_back(sub->get_name());
  out.push_back(node);
  for (const auto* sub : app->get_subcommands({}))
    collect(sub, path.empty() ? sub->get_name() : path + " " + sub->get_name(), out);
}

std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& word : words) out += (out.empty() ? "" : " ") + word;
  return out;
}

// The values an option takes (vocabulary codes, formats, …), by option name.
using Values = std::vector<std::pair<std::string, std::vector<std::string>>>;

Values option_values(Context& context) {
  auto codes = [](const Vocabulary& vocabulary) {
    std::vector<std::string> out;
    for (const auto& term : vocabulary.terms()) out.push_back(term.code);
    return out;
  };
  const Config& config = context.config();
  std::vector<std::string> kinds{"all"}, metrics;
  for (const auto& kind : records::kinds())
    if (&kind != &records::station_kind()) kinds.emplace_back(kind.plural);
  for (const auto& metric : records::target_metrics()) metrics.emplace_back(metric.code);
  return {{"--venue", codes(config.venues)},
          {"--topic", codes(config.topics)},
          {"--category", codes(config.categories)},
          {"--duty", codes(config.duties)},
          {"--group", codes(config.volunteer_groups)},
          {"--format", {"table", "json", "csv", "markdown", "html", "jsonl"}},
          {"--lang", {"zh", "en"}},
          {"--status", {"open", "closed", "all", "submitted", "refunded", "rejected", "withdrawn", "active", "left", "done"}},
          {"--kind", kinds},
          {"--rank", metrics},
          {"--grade", {"excellent", "qualified"}}};
}

// What a command's own arguments (not its options) take: words, or files.
struct Positional {
  std::string path;  // "target set"
  std::vector<std::string> words;
  bool files = false;
};

std::vector<Positional> positional_values() {
  std::vector<std::string> metrics;
  for (const auto& metric : records::target_metrics()) metrics.emplace_back(metric.code);
  return {{"completion", {"bash", "zsh", "fish"}},
          {"vocab", {"venues", "topics", "categories", "statuses", "duties", "groups", "metrics"}},
          {"target set", metrics},
          {"import", {}, true},
          {"backup", {}, true}};
}

std::string bash_script(const std::vector<Node>& nodes, const Values& values, const std::vector<Positional>& positionals) {
  std::ostringstream out;
  out << "# bash completion for pingan; load with: source <(pingan completion bash)\n"
      << "_pingan() {\n"
      << "  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} path=\"\" word i args=0\n"
      << "  case \"$prev\" in\n";
  for (const auto& [option, words] : values)
    out << "    " << option << ") COMPREPLY=($(compgen -W \"" << join(words) << "\" -- \"$cur\")); return ;;\n";
  out << "    --db|--config|--output|--archive) COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n"
      << "  esac\n"
      << "  for ((i = 1; i < COMP_CWORD; i++)); do\n"
      << "    word=${COMP_WORDS[i]}\n"
      << "    case \"${path:+$path }$word\" in\n";
  for (const auto& node : nodes)
    if (!node.path.empty()) out << "      \"" << node.path << "\") path=\"" << node.path << "\" ;;\n";
  // Any other word that is no option nor an option's value is an argument of the command.
  out << "      *) [[ $word != -* && ${COMP_WORDS[i-1]} != -* ]] && args=$((args + 1)) ;;\n"
      << "    esac\n  done\n  local words\n  case \"$path\" in\n";
  for (const auto& node : nodes)
    out << "    \"" << node.path << "\") words=\"" << join(node.subcommands) << ' ' << join(node.options) << "\" ;;\n";
  out << "  esac\n"
      << "  # A command's own arguments: their values, or file names.\n"
      << "  if [[ $cur != -* ]]; then\n    case \"$path\" in\n";
  for (const auto& positional : positionals) {
    out << "      \"" << positional.path << "\") ";
    if (positional.files) out << "COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n";
    else out << "(( args == 0 )) && COMPREPLY=($(compgen -W \"" << join(positional.words) << "\" -- \"$cur\")); return ;;\n";
  }
  out << "    esac\n  fi\n"
      << "  COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n}\ncomplete -o filenames -F _pingan pingan\n";
  return out.str();
}

std::string fish_script(const std::vector<Node>& nodes) {
  std::ostringstream out;
  out << "# fish completion for pingan; load with: pingan completion fish | source\n"
      << "complete -c pingan -f\n";
  for (const auto& node : nodes) {
    // fish: a word is offered when the command line so far is exactly the node's path.
    const std::string condition = node.path.empty() ? "__fish_use_subcommand"
                                                    : "__fish_seen_subcommand_from " + node.path.substr(node.path.rfind(' ') + 1);
    for (const auto& sub : node.subcommands) out << "complete -c pingan -n '" << condition << "' -a " << sub << '\n';
    for (const auto& option : node.options)
      if (option.starts_with("--")) out << "complete -c pingan -n '" << condition << "' -l " << option.substr(2) << '\n';
  }
  return out.str();
}

std::string zsh_script(const std::vector<Node>& nodes) {
  std::ostringstream out;
  out << "#compdef pingan\n# zsh completion for pingan; load with: source <(pingan completion zsh)\n"
      << "_pingan() {\n  local path=\"\" word\n"
      << "  for word in ${words[2,CURRENT-1]}; do\n    case \"${path:+$path }$word\" in\n";
  for (const auto& node : nodes)
    if (!node.path.empty()) out << "      \"" << node.path << "\") path=\"" << node.path << "\" ;;\n";
  out << "    esac\n  done\n  case \"$path\" in\n";
  for (const auto& node : nodes)
    out << "    \"" << node.path << "\") compadd -- " << join(node.subcommands) << ' ' << join(node.options) << " ;;\n";
  out << "  esac\n}\ncompdef _pingan pingan\n";
  return out.str();
}

}  // namespace

void add_completion_command(CLI::App& app, Context& context) {
  auto shell = std::make_shared<std::string>();
  auto* command = app.add_subcommand("completion", "Print a shell completion script");
  command->add_option("SHELL", *shell, "bash, zsh or fish")->required()->check(CLI::IsMember({"bash", "zsh", "fish"}));
  command->footer(R"(Examples:
  source <(pingan completion bash)
  pingan completion fish > ~/.config/fish/completions/pingan.fish)");
  command->callback([&app, &context, shell] {
    std::vector<Node> nodes;
    collect(&app, "", nodes);
    if (*shell == "bash") std::cout << bash_script(nodes, option_values(context), positional_values());
    else if (*shell == "zsh") std::cout << zsh_script(nodes);
    else std::cout << fish_script(nodes);
  });
}

}  // namespace pingan::cli
