#pragma once
// "Did you mean …?" for a mistyped command, option or vocabulary value.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pingan {

// The candidate closest to `word` by edit distance over code points (so 工低
// is one edit from 工地), when it is close enough to be a typo: at most one
// edit for short words, two for longer ones; nothing otherwise or on a tie.
std::optional<std::string> closest(std::string_view word, const std::vector<std::string>& candidates);

// " (did you mean \"list\"?)", or "" when nothing is close.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace pingan
