// pingan completion bash|zsh|fish: shell completion generated from the
// command tree, so it never falls out of step with the commands.
#include <iostream>
#include <sstream>

#include "commands/commands.hpp"
#include "pingan/i18n.hpp"
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

// What a word takes: these words, or file names. `after` is an option (its
// value: "--venue") or a command (its first argument: "target set"). Every
// shell's script is written from these lists, so the shells offer the same.
struct Values {
  std::string after;
  std::vector<std::string> words;
  bool files = false;
};

std::vector<Values> option_values(Context& context) {
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
          {"--grade", {"excellent", "qualified"}},
          {"--db", {}, true},
          {"--config", {}, true},
          {"--output", {}, true},
          {"--archive", {}, true}};
}

std::vector<Values> positional_values() {
  std::vector<std::string> metrics;
  for (const auto& metric : records::target_metrics()) metrics.emplace_back(metric.code);
  return {{"completion", {"bash", "zsh", "fish"}},
          {"vocab", {"venues", "topics", "categories", "statuses", "duties", "groups", "metrics"}},
          {"target set", metrics},
          {"import", {}, true},
          {"backup", {}, true}};
}

// The three scripts share one plan: an option's value; else find the command
// (the longest path of words so far) and count its arguments; a command's own
// argument; else the command's subcommands and options.

std::string bash_offer(const Values& values) {
  if (values.files) return "COMPREPLY=($(compgen -f -- \"$cur\"))";
  return "COMPREPLY=($(compgen -W \"" + join(values.words) + "\" -- \"$cur\"))";
}

std::string bash_script(const std::vector<Node>& nodes, const std::vector<Values>& options,
                        const std::vector<Values>& positionals) {
  std::ostringstream out;
  out << "# bash completion for pingan; load with: source <(pingan completion bash)\n"
      << "_pingan() {\n"
      << "  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} path=\"\" word i args=0\n"
      << "  case \"$prev\" in\n";
  for (const auto& option : options) out << "    " << option.after << ") " << bash_offer(option) << "; return ;;\n";
  out << "  esac\n"
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
  for (const auto& positional : positionals)
    out << "      \"" << positional.after << "\") " << (positional.files ? "" : "(( args == 0 )) && ")
        << bash_offer(positional) << "; return ;;\n";
  out << "    esac\n  fi\n"
      << "  COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n}\ncomplete -o filenames -F _pingan pingan\n";
  return out.str();
}

std::string zsh_offer(const Values& values) { return values.files ? "_files" : "compadd -- " + join(values.words); }

std::string zsh_script(const std::vector<Node>& nodes, const std::vector<Values>& options,
                       const std::vector<Values>& positionals) {
  std::ostringstream out;
  out << "#compdef pingan\n"
      << "# zsh completion for pingan; load with: source <(pingan completion zsh) after compinit,\n"
      << "# or save it as _pingan in a folder of $fpath\n"
      << "_pingan() {\n"
      << "  # cmd, not path: zsh ties $path to $PATH\n"
      << "  local cur=${words[CURRENT]} cmd=\"\" word i args=0\n"
      << "  case \"${words[CURRENT-1]}\" in\n";
  for (const auto& option : options) out << "    " << option.after << ") " << zsh_offer(option) << "; return ;;\n";
  out << "  esac\n"
      << "  for ((i = 2; i < CURRENT; i++)); do\n"
      << "    word=${words[i]}\n"
      << "    case \"${cmd:+$cmd }$word\" in\n";
  for (const auto& node : nodes)
    if (!node.path.empty()) out << "      \"" << node.path << "\") cmd=\"" << node.path << "\" ;;\n";
  out << "      *) [[ $word != -* && ${words[i-1]} != -* ]] && args=$((args + 1)) ;;\n"
      << "    esac\n  done\n"
      << "  if [[ $cur != -* ]]; then\n    case \"$cmd\" in\n";
  for (const auto& positional : positionals)
    out << "      \"" << positional.after << "\") " << (positional.files ? "" : "(( args == 0 )) && ")
        << zsh_offer(positional) << "; return ;;\n";
  out << "    esac\n  fi\n  case \"$cmd\" in\n";
  for (const auto& node : nodes)
    out << "    \"" << node.path << "\") compadd -- " << join(node.subcommands) << ' ' << join(node.options) << " ;;\n";
  out << "  esac\n}\n"
      // Autoloaded from $fpath the file's text is _pingan's body: define it and complete now.
      << "if [[ $zsh_eval_context[-1] == loadautofunc ]]; then _pingan \"$@\"; else compdef _pingan pingan; fi\n";
  return out.str();
}

std::string fish_offer(const Values& values) {
  return values.files ? "__fish_complete_path $cur" : "printf '%s\\n' " + join(values.words);
}

std::string fish_script(const std::vector<Node>& nodes, const std::vector<Values>& options,
                        const std::vector<Values>& positionals) {
  std::ostringstream out;
  out << "# fish completion for pingan; load with: pingan completion fish | source\n"
      << "function __pingan_complete\n"
      << "    set -l words (commandline -opc)\n"
      << "    set -l cur (commandline -ct)\n"
      << "    switch $words[-1]\n";
  for (const auto& option : options)
    out << "        case " << option.after << "\n            " << fish_offer(option) << "; return\n";
  out << "    end\n"
      << "    set -l cmd ''\n    set -l args 0\n"
      << "    for i in (seq 2 (count $words))\n"
      << "        switch (string trim -- \"$cmd $words[$i]\")\n";
  for (const auto& node : nodes)
    if (!node.path.empty())
      out << "            case '" << node.path << "'\n                set cmd '" << node.path << "'\n";
  out << "            case '*'\n"
      << "                string match -q -- '-*' $words[$i] $words[(math $i - 1)]; or set args (math $args + 1)\n"
      << "        end\n    end\n"
      << "    if not string match -q -- '-*' $cur\n        switch $cmd\n";
  for (const auto& positional : positionals)
    out << "            case '" << positional.after << "'\n                "
        << (positional.files ? "" : "test $args -eq 0; and ") << fish_offer(positional) << "; return\n";
  out << "        end\n    end\n    switch $cmd\n";
  for (const auto& node : nodes)
    out << "        case '" << node.path << "'\n            printf '%s\\n' " << join(node.subcommands) << ' '
        << join(node.options) << '\n';
  out << "    end\nend\n"
      << "complete -c pingan -f -a '(__pingan_complete)'\n";
  return out.str();
}

}  // namespace

void add_completion_command(CLI::App& app, Context& context) {
  auto shell = std::make_shared<std::string>();
  auto* command = app.add_subcommand("completion", tr("Print a shell completion script"));
  command->add_option("SHELL", *shell, tr("bash, zsh or fish"))->required()->check(CLI::IsMember({"bash", "zsh", "fish"}));
  command->footer(tr(R"(Examples:
  source <(pingan completion bash)
  pingan completion fish > ~/.config/fish/completions/pingan.fish)"));
  command->callback([&app, &context, shell] {
    std::vector<Node> nodes;
    collect(&app, "", nodes);
    const auto options = option_values(context);
    const auto positionals = positional_values();
    if (*shell == "bash") std::cout << bash_script(nodes, options, positionals);
    else if (*shell == "zsh") std::cout << zsh_script(nodes, options, positionals);
    else std::cout << fish_script(nodes, options, positionals);
  });
}

}  // namespace pingan::cli
