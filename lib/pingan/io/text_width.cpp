#include "pingan/io/text_width.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <iterator>
#include <utility>

namespace pingan::io {
namespace {

struct Glyph {
  std::size_t bytes;
  std::size_t width;
};

// One code point at `pos`. Invalid UTF-8 is taken one byte at a time, one
// column each, so bad input never hangs or misaligns by much. A colour escape
// (ESC [ … m, which tables put around a red cell) is one glyph of no width.
Glyph glyph_at(std::string_view text, std::size_t pos) {
  if (text[pos] == '\x1b' && pos + 1 < text.size() && text[pos + 1] == '[') {
    std::size_t end = pos + 2;  // parameters 0x20-0x3F, then a final byte 0x40-0x7E
    while (end < text.size() && text[end] >= 0x20 && text[end] <= 0x3f) ++end;
    if (end < text.size() && text[end] >= 0x40 && text[end] <= 0x7e) return {end + 1 - pos, 0};
  }
  utf8proc_int32_t cp = 0;
  auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
                            static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
  if (n <= 0) return {1, 1};
  int w = utf8proc_charwidth(cp);  // 0 for combining marks, 2 for CJK
  return {static_cast<std::size_t>(n), w < 0 ? 1 : static_cast<std::size_t>(w)};
}

}  // namespace

std::vector<std::string_view> code_points(std::string_view text) {
  std::vector<std::string_view> out;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t bytes = glyph_at(text, pos).bytes;
    out.push_back(text.substr(pos, bytes));
    pos += bytes;
  }
  return out;
}

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    Glyph g = glyph_at(text, pos);
    width += g.width;
    pos += g.bytes;
  }
  return width;
}

std::string truncate_to_width(std::string_view text, std::size_t width, std::string_view ellipsis) {
  if (display_width(text) <= width) return std::string(text);
  const std::size_t mark = display_width(ellipsis);
  if (width < mark) return std::string(width, '.');
  // Keep whole code points while they fit, leaving room for the ellipsis.
  const std::size_t budget = width - mark;
  std::size_t used = 0, pos = 0;
  while (pos < text.size()) {
    Glyph g = glyph_at(text, pos);
    if (used + g.width > budget) break;
    used += g.width;
    pos += g.bytes;
  }
  std::string out(text.substr(0, pos));
  // A colour begun in the kept part ends with it.
  if (out.find('\x1b') != std::string::npos) out += "\x1b[0m";
  return out + std::string(ellipsis);
}

std::string ascii_ambiguous(std::string_view text) {
  // The East Asian ambiguous characters pingan writes itself (rules, cuts,
  // bars, "—" for none, "±0", "→" in the audit log) and the common ones of
  // Chinese text; each becomes ASCII of the width it is measured at here.
  static const std::pair<std::string_view, std::string_view> kAscii[] = {
      {"─", "-"}, {"…", "..."}, {"█", "#"}, {"—", "-"}, {"–", "-"}, {"±", "+-"}, {"→", "->"},
      {"·", "-"}, {"“", "\""}, {"”", "\""}, {"‘", "'"}, {"’", "'"},
  };
  std::string out;
  out.reserve(text.size());
  for (const auto point : code_points(text)) {
    const auto* found = std::ranges::find(kAscii, point, &std::pair<std::string_view, std::string_view>::first);
    out += found != std::end(kAscii) ? found->second : point;
  }
  return out;
}

}  // namespace pingan::io
