#pragma once
// The language of everything a person reads: messages, errors, prompts and
// help (SPEC §3). The English text is the key into the one translation table
// (translations.cpp); machine formats (JSON, CSV keys, codes) never go
// through here.
#include <fmt/format.h>

#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace pingan {

enum class Lang { zh, en };

// Set once by the program when it knows the user's language (--lang, config
// ui.lang, $LANG); English until then, as in the unit tests.
void set_language(Lang lang);
Lang language();

// `english` in the current language. Every text passed here is a key of the
// table: tests/e2e/test_translations.sh checks that none is missing.
std::string tr(std::string_view english);

// tr() of a fmt format string, then formatted. A translation may reorder the
// arguments with {0}, {1}.
template <typename... Args>
std::string trf(std::string_view english, Args&&... args) {
  return fmt::format(fmt::runtime(tr(english)), std::forward<Args>(args)...);
}

// One English text and its Chinese, as the table holds them.
struct Translation {
  std::string_view en;
  std::string_view zh;
};
std::span<const Translation> translations();

}  // namespace pingan
