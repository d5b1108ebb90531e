#pragma once
// One renderer per output format; each lays out a Report's sections (any
// sections: a new one needs nothing here) without computing any figure.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "pingan/io/table.hpp"
#include "pingan/report/model.hpp"

namespace pingan::report {

std::string render_json(const Report& report, const std::vector<Section>& sections);
std::string render_csv(const Report& report, const std::vector<Section>& sections);
std::string render_markdown(const Report& report, const std::vector<Section>& sections);
std::string render_html(const Report& report, const std::vector<Section>& sections);
// For a terminal: the style's width limits the tables, its color adds ANSI
// emphasis, and with ambiguous_wide the whole text is ASCII where East Asian
// ambiguous characters would be (io::ascii_ambiguous, bars of "#").
std::string render_table(const Report& report, const std::vector<Section>& sections, const io::TableStyle& style);

inline std::string render_json(const Report& report) { return render_json(report, report.sections()); }
inline std::string render_csv(const Report& report) { return render_csv(report, report.sections()); }
inline std::string render_markdown(const Report& report) { return render_markdown(report, report.sections()); }
inline std::string render_html(const Report& report) { return render_html(report, report.sections()); }
inline std::string render_table(const Report& report, const io::TableStyle& style) {
  return render_table(report, report.sections(), style);
}

}  // namespace pingan::report
