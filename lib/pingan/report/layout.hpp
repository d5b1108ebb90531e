#pragma once
// The report as titled tables of text, shared by the markdown and terminal
// renderers so both show the same figures in the same words.
#include <string>
#include <vector>

#include "pingan/io/table.hpp"
#include "pingan/report/model.hpp"

namespace pingan::report {

struct Section {
  std::string key;  // totals, by_station, by_venue, by_topic, trend, open_cases
  std::string title;
  std::vector<io::Column> columns;
  std::vector<std::vector<std::string>> rows;
};

// Header lines (title, period, station) and then the sections in SPEC order.
std::vector<std::string> header_lines(const Report& report);
std::vector<Section> layout(const Report& report);

}  // namespace pingan::report
