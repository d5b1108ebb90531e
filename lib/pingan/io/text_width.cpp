#include "pingan/io/text_width.hpp"

#include <utf8proc.h>

namespace pingan::io {
namespace {

struct Glyph {
  std::size_t bytes;
  std::size_t width;
};

// One code point at `pos`. Invalid UTF-8 is taken one byte at a time, one
// column each, so bad input never hangs or misaligns by much.
Glyph glyph_at(std::string_view text, std::size_t pos) {
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

std::string truncate_to_width(std::string_view text, std::size_t width) {
  if (width == 0) return {};
  if (display_width(text) <= width) return std::string(text);
  // Keep whole code points while they fit, leaving one column for "…".
  const std::size_t budget = width - 1;
  std::size_t used = 0, pos = 0;
  while (pos < text.size()) {
    Glyph g = glyph_at(text, pos);
    if (used + g.width > budget) break;
    used += g.width;
    pos += g.bytes;
  }
  return std::string(text.substr(0, pos)) + "…";
}

}  // namespace pingan::io
