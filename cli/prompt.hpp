#pragma once
// Interactive questions on a terminal, for fields the user left out.
#include <functional>
#include <string>

namespace pingan::cli {

// Asks `question` on stderr and reads a line from stdin until `accept`
// returns without throwing InputError (whose reason is shown before asking
// again). End of input throws InputError(field, "no answer …").
// Returns the accepted answer.
std::string ask(const std::string& field, const std::string& question,
                const std::function<void(const std::string&)>& accept);

// A yes/no question; end of input or anything but y/yes/是 is no.
bool confirm(const std::string& question);

}  // namespace pingan::cli
