#pragma once
// One renderer per output format; each lays out a Report's sections (any
// sections: a new one needs nothing here) without computing any figure.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "pingan/report/model.hpp"

namespace pingan::report {

std::string render_json(const Report& report, const std::vector<Section>& sections);
std::string render_csv(const Report& report, const std::vector<Section>& sections);
std::string render_markdown(const Report& report, const std::vector<Section>& sections);
std::string render_html(const Report& report, const std::vector<Section>& sections);
// For a terminal: `width` limits the tables, `color` adds ANSI emphasis.
std::string render_table(const Report& report, const std::vector<Section>& sections,
                         std::optional<std::size_t> width, bool color);

inline std::string render_json(const Report& report) { return render_json(report, report.sections()); }
inline std::string render_csv(const Report& report) { return render_csv(report, report.sections()); }
inline std::string render_markdown(const Report& report) { return render_markdown(report, report.sections()); }
inline std::string render_html(const Report& report) { return render_html(report, report.sections()); }
inline std::string render_table(const Report& report, std::optional<std::size_t> width, bool color) {
  return render_table(report, report.sections(), width, color);
}

}  // namespace pingan::report
