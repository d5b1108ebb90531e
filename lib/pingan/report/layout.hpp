#pragma once
// The report as people read it, shared by the markdown, terminal and HTML
// renderers so all three show the same figures in the same words.
#include <string>
#include <vector>

#include "pingan/report/model.hpp"

namespace pingan::report {

// A section's shown columns and each row's cells as text.
struct TextTable {
  std::vector<Column> columns;
  std::vector<std::vector<std::string>> rows;
};

// Header lines (title, period, station).
std::vector<std::string> header_lines(const Report& report);
TextTable text_table(const Section& section);

}  // namespace pingan::report
