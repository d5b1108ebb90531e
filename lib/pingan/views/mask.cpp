#include "pingan/views/mask.hpp"

#include <utf8proc.h>

#include "pingan/io/text_width.hpp"

namespace pingan {
namespace {

// Chinese, Japanese and Korean scripts start at U+2E80; names in the scripts
// before it (Latin, Cyrillic, …) are masked to their initial.
bool is_cjk(std::string_view c) {
  utf8proc_int32_t code = 0;
  utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(c.data()), static_cast<utf8proc_ssize_t>(c.size()), &code);
  return code >= 0x2E80;
}

}  // namespace

std::string mask_name(std::string_view name) {
  const auto chars = io::code_points(name);
  if (chars.empty()) return "";
  // Latin-script names: the initial alone, so neither length nor surname shows.
  if (!is_cjk(chars.front())) return std::string(chars.front()) + "***";
  // Chinese names: the surname, then 某 for each further character.
  std::string out(chars.front());
  for (std::size_t i = 1; i < chars.size(); ++i) out += "某";
  return chars.size() == 1 ? out + "某" : out;
}

std::string mask_phone(std::string_view phone) {
  const auto chars = io::code_points(phone);
  // Mobile numbers (11 digits and more) keep the carrier prefix and the last
  // four digits, as banks print them; shorter ones only the last two, so that
  // at least half is always hidden.
  const std::size_t keep_front = chars.size() >= 11 ? 3 : 0;
  const std::size_t keep_back = chars.size() >= 11 ? 4 : std::min<std::size_t>(2, chars.size() / 2);
  std::string out;
  for (std::size_t i = 0; i < chars.size(); ++i)
    out += (i < keep_front || i >= chars.size() - keep_back) ? chars[i] : std::string_view("*");
  return out;
}

}  // namespace pingan
