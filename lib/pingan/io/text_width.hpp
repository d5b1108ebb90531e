#pragma once
// Display width of UTF-8 text in a terminal (CJK characters take two columns).
#include <cstddef>
#include <string>
#include <string_view>

namespace pingan::io {

// Columns the text takes on a terminal. Invalid bytes count as one column.
std::size_t display_width(std::string_view text);

// The longest prefix of `text` that fits in `width` columns; if the text had to
// be cut, the result ends with "…" (one column) and still fits.
std::string truncate_to_width(std::string_view text, std::size_t width);

}  // namespace pingan::io
