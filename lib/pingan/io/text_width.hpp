#pragma once
// Display width of UTF-8 text in a terminal (CJK characters take two columns).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pingan::io {

// The text split into its code points, each as its bytes. Invalid UTF-8 is
// taken one byte at a time.
std::vector<std::string_view> code_points(std::string_view text);

// Columns the text takes on a terminal. Invalid bytes count as one column,
// colour escapes (ESC [ … m) as none.
std::size_t display_width(std::string_view text);

// The longest prefix of `text` that fits in `width` columns; if the text had to
// be cut, the result ends with `ellipsis` and still fits.
std::string truncate_to_width(std::string_view text, std::size_t width, std::string_view ellipsis = "…");

// For a terminal that shows East Asian ambiguous characters two columns wide
// (config ui.ambiguous_wide): the text with those pingan writes ("─", "…",
// "█", "—", "±", "→") and the common ones of Chinese text ("·", "“", "”", "‘",
// "’") replaced by ASCII, which every terminal shows one column wide.
std::string ascii_ambiguous(std::string_view text);

}  // namespace pingan::io
