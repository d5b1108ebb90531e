#include "pingan/suggest.hpp"

#include <algorithm>

#include "pingan/i18n.hpp"
#include "pingan/io/text_width.hpp"
#include "pingan/values.hpp"

namespace pingan {
namespace {

// Levenshtein distance, with a swap of two neighbours counting as one edit (lsit → list).
std::size_t distance(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i)
    for (std::size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.size()][b.size()];
}

}  // namespace

std::optional<std::string> closest(std::string_view word, const std::vector<std::string>& candidates) {
  const auto letters = io::code_points(word);
  if (letters.empty() || letters.size() > 64) return std::nullopt;  // no typo is that long
  const std::size_t allowed = letters.size() <= 4 ? 1 : 2;
  std::optional<std::string> best;
  std::size_t best_distance = allowed + 1;
  bool tie = false;
  for (const auto& candidate : candidates) {
    const std::size_t d = distance(letters, io::code_points(candidate));
    if (d == 0) return std::nullopt;  // not a typo of it
    if (d < best_distance) {
      best = candidate;
      best_distance = d;
      tie = false;
    } else if (d == best_distance && candidate != best) {
      tie = true;
    }
  }
  if (tie) return std::nullopt;
  return best;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  const auto found = closest(word, candidates);
  return found ? trf(" (did you mean {}?)", quoted(*found)) : "";
}

}  // namespace pingan
