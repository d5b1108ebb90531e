#include "prompt.hpp"

#include <iostream>

#include "pingan/errors.hpp"
#include "pingan/i18n.hpp"
#include "pingan/values.hpp"

namespace pingan::cli {

std::string ask(const std::string& field, const std::string& question,
                const std::function<void(const std::string&)>& accept) {
  for (;;) {
    std::cerr << trf("{}: ", question) << std::flush;
    std::string answer;
    if (!std::getline(std::cin, answer)) {
      std::cerr << '\n';
      throw InputError(field, tr("no answer (end of input); nothing was written"));
    }
    try {
      accept(answer);
      return answer;
    } catch (const InputError& error) {
      std::cerr << "  " << printable(error.reason) << '\n';
    }
  }
}

bool confirm(const std::string& question) {
  std::cerr << question << " [y/N] " << std::flush;
  std::string answer;
  if (!std::getline(std::cin, answer)) return false;
  return answer == "y" || answer == "Y" || answer == "yes" || answer == "是";
}

}  // namespace pingan::cli
