#pragma once
// One renderer per output format; each lays out a Report without computing
// any figure of its own.
#include <cstddef>
#include <optional>
#include <string>

#include "pingan/report/model.hpp"

namespace pingan::report {

std::string render_json(const Report& report);
std::string render_csv(const Report& report);
std::string render_markdown(const Report& report);
std::string render_html(const Report& report);
// For a terminal: `width` limits the tables, `color` adds ANSI emphasis.
std::string render_table(const Report& report, std::optional<std::size_t> width, bool color);

}  // namespace pingan::report
