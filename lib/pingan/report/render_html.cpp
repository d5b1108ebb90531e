// The report as one self-contained HTML5 page (SPEC §5, Reports): inline CSS
// and inline SVG charts, no scripts, no network, laid out for A4 printing and
// for any screen down to a phone's.
// Every figure comes from the Report and is written with text.hpp's formats;
// this file only computes layout (chart scales and coordinates).
#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pingan/io/text_width.hpp"
#include "pingan/report/html.hpp"
#include "pingan/report/render.hpp"
#include "pingan/report/text.hpp"

namespace pingan::report {

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

namespace {

// ---------------------------------------------------------------- text

std::string esc(std::string_view text) { return escape_html(text); }

// At most `max` code points, with "…" when cut.
std::string truncate(std::string_view text, std::size_t max) {
  const auto points = io::code_points(text);
  if (points.size() <= max) return std::string(text);
  std::string out;
  for (std::size_t i = 0; i + 1 < max; ++i) out += points[i];
  return out + "…";
}

// Rough width of text at font size `size`: Latin about 0.6 em, CJK 1 em.
double text_width(std::string_view text, double size) {
  double width = 0;
  for (auto point : io::code_points(text)) width += point.size() == 1 ? 0.6 * size : 1.0 * size;
  return width;
}

// The text cut (with "…") to about `max_width` at font size `size`.
std::string fit(std::string_view text, double max_width, double size) {
  if (text_width(text, size) <= max_width) return std::string(text);
  std::string out;
  double width = size;  // room for "…"
  for (auto point : io::code_points(text)) {
    width += point.size() == 1 ? 0.6 * size : 1.0 * size;
    if (width > max_width) break;
    out += point;
  }
  return out + "…";
}

std::string num(double value) { return fmt::format("{:.1f}", value); }

// ---------------------------------------------------------------- tables

// Every cell stays on one line on screen, where a wide table scrolls in its
// box. On paper it cannot scroll, so descriptive text (a category, a metric)
// may wrap there ("wrap"); numbers, dates, the row's label (the first column)
// and station names never do: a name broken between two characters misreads.
const char* cell_class(const Column& column, bool first) {
  if (column.align == io::Align::right) return " class=\"num\"";
  if (column.fit == Fit::whole) return " class=\"nowrap\"";
  const bool may_wrap = column.kind == Kind::text && !first && column.key != "station";
  return may_wrap ? " class=\"wrap\"" : "";
}

std::string badge(const std::string& text) { return "<span class=\"badge\">" + esc(text) + "</span>"; }

// A rate as a bar filled to it (at most full), with the rate written beside.
std::string progress_bar(const Cell& cell, const std::string& text) {
  const double filled = std::clamp(cell.rate.value_or(0.0), 0.0, 1.0) * 100;
  return fmt::format("<span class=\"progress\"><span style=\"width:{}%\"></span></span> {}", num(filled), esc(text));
}

// A set flag shows as a badge and names its row's class (e.g. overdue); a
// value to notice marks its row as an alert.
std::string table(const TextTable& text, const std::string& css_class) {
  // The box scrolls sideways on a narrow screen rather than the whole page.
  std::string out = "<div class=\"scroll\"><table" + (css_class.empty() ? "" : " class=\"" + css_class + "\"") +
                    ">\n<thead><tr>";
  for (const auto& column : text.columns)  // a heading never wraps: no "wrap"
    out += fmt::format("<th{}>{}</th>", cell_class(column, true), esc(column.heading));
  out += "</tr></thead>\n<tbody>\n";
  for (const auto& row : text.rows) {
    std::string classes, cells;
    const auto r = static_cast<std::size_t>(&row - text.rows.data());
    for (std::size_t c = 0; c < row.size(); ++c) {
      const Column& column = text.columns[c];
      const Cell& cell = text.cells[r][c];
      const bool flagged = column.kind == Kind::flag && !row[c].empty();
      if (flagged) classes += (classes.empty() ? "" : " ") + column.key;
      if (cell.alert && classes.find("alert") == std::string::npos) classes += (classes.empty() ? "" : " ") + std::string("alert");
      const std::string content = flagged                           ? badge(row[c])
                                  : column.progress && !cell.null ? progress_bar(cell, row[c])
                                                                  : esc(row[c]);
      cells += fmt::format("<td{}>{}</td>", cell_class(column, c == 0), content);
    }
    out += (classes.empty() ? "<tr>" : "<tr class=\"" + classes + "\">") + cells + "</tr>\n";
  }
  return out + "</tbody>\n</table></div>\n";
}

// ---------------------------------------------------------------- charts

struct Point {
  std::string label;
  std::int64_t value = 0;
  std::string short_label;  // for dense charts; the label when empty
  std::string value_text{};  // the value as written; group_thousands(value) when empty
};

std::string value_text(const Point& point) {
  return point.value_text.empty() ? group_thousands(point.value) : point.value_text;
}

// An axis from 0 to `top` in `ticks` steps of 1, 2 or 5 × 10^n (at least 1).
struct Axis {
  std::int64_t top = 1;
  std::int64_t step = 1;
  int ticks = 1;
};

Axis axis_for(std::int64_t max) {
  if (max <= 0) return {};
  const double wanted = static_cast<double>(max) / 4;
  std::int64_t magnitude = 1;
  while (static_cast<double>(magnitude) * 10 <= wanted) magnitude *= 10;
  std::int64_t step = magnitude * 10;
  for (std::int64_t m : {1, 2, 5})
    if (static_cast<double>(m * magnitude) >= wanted) {
      step = m * magnitude;
      break;
    }
  const auto ticks = static_cast<int>((max + step - 1) / step);
  return {step * ticks, step, ticks};
}

enum class Style { bars, line };

// "11-23 周一" → {"11-23", "周一"}: a label in at most two lines, cut at its first space.
std::vector<std::string> two_lines(const std::string& label) {
  const auto space = label.find(' ');
  if (space == std::string::npos) return {label};
  return {label.substr(0, space), label.substr(space + 1)};
}

// "2026-11-23" → "11-23", "2026-W48" → "W48"; other keys as they are.
std::string short_key(const std::string& key) {
  const bool dated = key.size() > 5 && key[4] == '-' &&
                     std::all_of(key.begin(), key.begin() + 4, [](char c) { return c >= '0' && c <= '9'; });
  return dated ? key.substr(5) : key;
}

std::string svg_open(double width, double height, const std::string& caption) {
  return fmt::format(
      "<svg viewBox=\"0 0 {} {}\" width=\"100%\" "
      "preserveAspectRatio=\"xMidYMid meet\" role=\"img\" aria-label=\"{}\">\n",
      num(width), num(height), esc(caption));
}

// A column (or line) chart of one value per point, on a 0-based y axis scaled
// to the largest value.
std::string column_chart(const std::vector<Point>& points, const std::string& caption, const char* color,
                         Style style) {
  constexpr double kWidth = 720, kPlotHeight = 160, kTop = 22, kRight = 14, kFont = 11;
  const std::size_t n = points.size();
  std::int64_t max = 0;
  for (const auto& p : points) max = std::max(max, p.value);
  const Axis axis = axis_for(max);

  double left = text_width(group_thousands(axis.top), kFont) + 14;
  const double rough_slot = (kWidth - left - kRight) / static_cast<double>(std::max<std::size_t>(n, 1));

  // x labels: the label in two lines under each point when there is room,
  // otherwise the short label turned by 45°, thinned so that none overlap.
  bool upright = true;
  for (const auto& p : points)
    for (const auto& line : two_lines(p.label))
      if (text_width(line, kFont) > rough_slot - 4) upright = false;
  const std::size_t every = upright ? 1 : std::max<std::size_t>(1, static_cast<std::size_t>(16.0 / rough_slot + 0.999));
  double label_room = 2 * kFont + 12, first_reach = 0;
  std::vector<std::string> labels;
  for (const auto& p : points) {
    labels.push_back(upright ? p.label : truncate(p.short_label.empty() ? p.label : p.short_label, 12));
    if (upright) continue;
    const double reach = text_width(labels.back(), kFont - 1) * 0.72;
    label_room = std::max(label_room, reach + 18);
    if (labels.size() == 1) first_reach = reach;
  }
  left = std::max(left, first_reach - rough_slot / 2 + 4);
  const double plot_width = kWidth - left - kRight;
  const double slot = plot_width / static_cast<double>(std::max<std::size_t>(n, 1));
  const double height = kTop + kPlotHeight + label_room;
  const double base = kTop + kPlotHeight;
  const auto y_of = [&](std::int64_t value) {
    return base - kPlotHeight * static_cast<double>(value) / static_cast<double>(axis.top);
  };
  const auto x_of = [&](std::size_t i) { return left + slot * (static_cast<double>(i) + 0.5); };

  std::string out = svg_open(kWidth, height, caption);
  out += fmt::format("<g font-size=\"{}\" fill=\"#4b5563\">\n", num(kFont));
  // Grid and y labels.
  for (int t = 0; t <= axis.ticks; ++t) {
    const std::int64_t value = axis.step * t;
    const double y = y_of(value);
    out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"1\"/>\n",
                       num(left), num(y), num(kWidth - kRight), num(y), t == 0 ? "#6b7280" : "#e5e7eb");
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", num(left - 6), num(y + 4),
                       esc(group_thousands(value)));
  }
  // Values.
  const bool show_values = n <= 16;
  if (style == Style::bars) {
    const double bar = std::max(1.0, slot * 0.64);
    for (std::size_t i = 0; i < n; ++i) {
      const double y = y_of(points[i].value);
      out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"2\" fill=\"{}\">"
                         "<title>{}: {}</title></rect>\n",
                         num(x_of(i) - bar / 2), num(y), num(bar), num(base - y), color, esc(points[i].label),
                         esc(group_thousands(points[i].value)));
    }
  } else if (n > 0) {
    std::string line, area = fmt::format("{},{}", num(x_of(0)), num(base));
    for (std::size_t i = 0; i < n; ++i) {
      const std::string xy = fmt::format("{},{}", num(x_of(i)), num(y_of(points[i].value)));
      line += (i ? " " : "") + xy;
      area += " " + xy;
    }
    area += fmt::format(" {},{}", num(x_of(n - 1)), num(base));
    out += fmt::format("<polygon points=\"{}\" fill=\"{}\" fill-opacity=\"0.12\"/>\n", area, color);
    out += fmt::format("<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2.5\" "
                       "stroke-linejoin=\"round\"/>\n",
                       line, color);
    const double radius = n <= 31 ? 3.5 : 2;
    for (std::size_t i = 0; i < n; ++i)
      out += fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"#fff\" stroke=\"{}\" stroke-width=\"2\">"
                         "<title>{}: {}</title></circle>\n",
                         num(x_of(i)), num(y_of(points[i].value)), num(radius), color, esc(points[i].label),
                         esc(group_thousands(points[i].value)));
  }
  if (show_values)
    for (std::size_t i = 0; i < n; ++i)
      out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"#111827\">{}</text>\n",
                         num(x_of(i)), num(y_of(points[i].value) - 6), esc(group_thousands(points[i].value)));
  // x labels.
  for (std::size_t i = 0; i < n; i += every) {
    const double x = x_of(i);
    if (upright) {
      const auto lines = two_lines(labels[i]);
      for (std::size_t l = 0; l < lines.size(); ++l)
        out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n", num(x),
                           num(base + kFont + 4 + static_cast<double>(l) * (kFont + 3)), esc(lines[l]));
    } else {
      out += fmt::format("<text x=\"{0}\" y=\"{1}\" font-size=\"{2}\" text-anchor=\"end\" "
                         "transform=\"rotate(-45 {0} {1})\">{3}</text>\n",
                         num(x + 3), num(base + 12), num(kFont - 1), esc(labels[i]));
    }
  }
  return out + "</g>\n</svg>\n";
}

// Horizontal bars, one row per point, scaled to the largest value; a value
// below zero (a deduction) has no bar.
std::string bar_chart(const std::vector<Point>& points, const std::string& caption, const char* color) {
  constexpr double kWidth = 720, kRow = 26, kBar = 16, kFont = 12, kPad = 6, kRight = 70;
  std::int64_t max = 0;
  double label_width = 0;
  std::vector<std::string> labels;
  for (const auto& p : points) {
    max = std::max(max, p.value);
    labels.push_back(fit(p.label, kWidth * 0.35, kFont));
    label_width = std::max(label_width, text_width(labels.back(), kFont));
  }
  const double left = label_width + 12;
  const double span = kWidth - left - kRight;
  const double height = kPad * 2 + kRow * static_cast<double>(points.size());

  std::string out = svg_open(kWidth, height, caption);
  out += fmt::format("<g font-size=\"{}\" fill=\"#374151\">\n", num(kFont));
  out += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#6b7280\" stroke-width=\"1\"/>\n",
                     num(left), num(kPad / 2), num(height - kPad / 2));
  for (std::size_t i = 0; i < points.size(); ++i) {
    const double y = kPad + kRow * static_cast<double>(i);
    const double width =
        max > 0 && points[i].value > 0 ? span * static_cast<double>(points[i].value) / static_cast<double>(max) : 0;
    const double middle = y + kRow / 2;
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", num(left - 8),
                       num(middle + kFont * 0.35), esc(labels[i]));
    out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"2\" fill=\"{}\">"
                       "<title>{}: {}</title></rect>\n",
                       num(left), num(middle - kBar / 2), num(width), num(kBar), color, esc(points[i].label),
                       esc(value_text(points[i])));
    out += fmt::format("<text x=\"{}\" y=\"{}\" fill=\"#111827\">{}</text>\n", num(left + width + 6),
                       num(middle + kFont * 0.35), esc(value_text(points[i])));
  }
  return out + "</g>\n</svg>\n";
}

std::string figure(const std::string& svg, const std::string& caption) {
  return "<figure class=\"chart\">\n<figcaption>" + esc(caption) + "</figcaption>\n" + svg + "</figure>\n";
}

// What some sections show above their table: the totals' headline cards,
// charts, the open cases' legend.
std::string extras(const Report& report, const Section& section) {
  const auto t = [&report](std::string_view key) { return term(key, report.lang); };
  std::string out;
  if (section.key == "totals") {
    const auto& now = section.comparison->now;
    const auto& before = section.comparison->before;
    out += "<div class=\"cards\">\n";
    for (std::size_t i = 0; i < now.size(); ++i) {
      const auto& key = now[i].key;
      if (key != "events" && key != "audience" && key != "installs" && key != "amount_recovered") continue;
      out += "<div class=\"card\"><div class=\"k\">" + esc(t(key)) + "</div><div class=\"v\">" +
             esc(format_figure(now[i])) + "</div><div class=\"c\">" + esc(t("change")) + " " +
             esc(format_change(now[i], before[i])) + "</div></div>\n";
    }
    out += "</div>\n";
  } else if (section.key == "by_venue") {
    std::vector<Point> points;
    for (const auto& row : report.by_venue) points.push_back({row.label, row.events, {}});
    const std::string caption = t("events") + " · " + section.title;
    out += figure(bar_chart(points, caption, "#d97706"), caption);
  } else if (section.key == "trend") {
    std::vector<Point> installs, audience;
    for (const auto& row : report.trend) {
      installs.push_back({row.label, row.installs, short_key(row.key)});
      audience.push_back({row.label, row.audience, short_key(row.key)});
    }
    const std::string installs_caption = t("installs") + " · " + section.title;
    const std::string audience_caption = t("audience") + " · " + section.title;
    out += "<div class=\"charts\">\n";
    out += figure(column_chart(installs, installs_caption, "#1d4ed8", Style::bars), installs_caption);
    out += figure(column_chart(audience, audience_caption, "#0f766e", Style::line), audience_caption);
    out += "</div>\n";
  } else if (section.key == "by_duty") {
    std::vector<Point> points;
    for (const auto& row : report.by_duty)
      points.push_back({row.label, row.points, {}, format_figure({"points", Kind::tenths, row.points, {}})});
    const std::string caption = t("points") + " · " + section.title;
    out += figure(bar_chart(points, caption, "#b45309"), caption);
  } else if (section.key == "open_cases") {
    out += "<p class=\"note\">" + badge(t("overdue")) + " " + esc(t("age_days")) + " &gt; " +
           esc(std::to_string(report.overdue_days)) + "</p>\n";
  }
  return out;
}

// A section's charts and table, or a word that it has none.
std::string section_body(const Report& report, const Section& section) {
  const auto text = text_table(section);
  if (text.rows.empty()) return "<p class=\"none\">" + esc(term("none", report.lang)) + "</p>\n";
  return extras(report, section) +
         table(text, section.key == "totals" ? "totals" : section.key == "open_cases" ? "cases" : "");
}

// ---------------------------------------------------------------- page

constexpr std::string_view kStyle = R"css(
:root { --ink: #1f2937; --muted: #6b7280; --line: #d1d5db; --head: #f3f4f6; --accent: #1d4ed8; --warn: #b91c1c; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
/* A4's width on screen, wider where a table needs it and the screen has room;
   never wider than the screen (a wider table scrolls in its box). */
body {
  margin: 0 auto; padding: 24px 28px; width: fit-content; min-width: min(210mm, 100%); max-width: 100%;
  color: var(--ink); background: #fff;
  font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "Noto Sans", sans-serif;
  font-size: 10.5pt; line-height: 1.5;
}
header { border-bottom: 3px solid var(--accent); padding-bottom: 6pt; margin-bottom: 10pt; }
h1 { font-size: 20pt; margin: 0 0 4pt; letter-spacing: 0.02em; }
h2 { font-size: 13pt; margin: 18pt 0 6pt; padding-left: 7pt; border-left: 4px solid var(--accent); }
/* A heading (or the legend under it) never ends a page: it goes with what follows. */
h2, h3, .note { break-after: avoid; page-break-after: avoid; }
.meta { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: 1pt 10pt; color: #374151; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; }
/* As many cards a row as fit (four on A4, two on a phone). */
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(9.5em, 1fr)); gap: 8pt; margin: 10pt 0 4pt; }
.card { border: 1px solid var(--line); border-radius: 4pt; padding: 6pt 8pt; break-inside: avoid; }
.card .k { color: var(--muted); font-size: 9pt; }
.card .v { font-size: 15pt; font-weight: 700; font-variant-numeric: tabular-nums; white-space: nowrap; }
.card .c { color: var(--muted); font-size: 8.5pt; }
.scroll { overflow-x: auto; margin: 4pt 0 8pt; }
table { width: 100%; border-collapse: collapse; font-variant-numeric: tabular-nums;
        break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { padding: 3pt 6pt; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top;
         white-space: nowrap; }
th { background: var(--head); font-weight: 600; border-bottom: 1.5px solid #9ca3af; }
th.num, td.num { text-align: right; }
.nowrap { white-space: nowrap; }
tbody tr:nth-child(even) td { background: #fafafa; }
tbody tr.overdue td, tbody tr.alert td { background: #fef2f2; }
tr.alert td:first-child { box-shadow: inset 3px 0 0 var(--warn); }
.progress { display: inline-block; width: 60pt; height: 8pt; margin-right: 4pt; vertical-align: middle;
            background: #e5e7eb; border-radius: 4pt; overflow: hidden; }
.progress span { display: block; height: 100%; background: var(--accent); }
tr.alert .progress span { background: var(--warn); }
tr.overdue td:first-child { box-shadow: inset 3px 0 0 var(--warn); }
.badge { display: inline-block; padding: 0 6pt; border-radius: 3pt; background: var(--warn); color: #fff;
         font-size: 8.5pt; font-weight: 700; white-space: nowrap; }
.none { color: var(--muted); margin: 2pt 0 8pt; }
.note { color: var(--muted); font-size: 9pt; margin: 0 0 4pt; }
figure.chart { margin: 6pt 0 12pt; break-inside: avoid; page-break-inside: avoid; }
figure.chart figcaption { font-size: 9.5pt; font-weight: 600; color: #374151; margin-bottom: 2pt; }
figure.chart svg { display: block; width: 100%; max-width: 100%; height: auto; }
.charts { display: grid; grid-template-columns: 1fr; gap: 0; }
@page { size: A4; margin: 15mm; }
@media (max-width: 600px) {
  body { padding: 12px; }
  th, td { padding: 3pt 4pt; }
}
@media print {
  body { width: auto; min-width: 0; padding: 0; font-size: 10pt; }
  h2 { margin-top: 12pt; }
  section { break-inside: auto; }
  /* Paper cannot scroll (and a scroll box would not break across pages):
     the table fits the page, descriptive text wrapping, names whole. */
  .scroll { overflow: visible; }
  table { font-size: 9pt; }
  th, td { padding: 2pt 4pt; }
  td.wrap { white-space: normal; min-width: 7em; }
}
)css";

}  // namespace

std::string render_html(const Report& report, const std::vector<Section>& sections) {
  const Lang lang = report.lang;
  const auto t = [lang](std::string_view key) { return term(key, lang); };
  const std::string station = report.station.value_or(t("all_stations"));
  const auto range = [](const Period& p) { return p.from.iso() + " – " + p.to.iso(); };

  std::string out;
  out.reserve(32 * 1024);
  out += "<!DOCTYPE html>\n<html lang=\"";
  out += lang == Lang::zh ? "zh-CN" : "en";
  out += "\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<title>" + esc(t("title") + " · " + report.period.label + " · " + station) + "</title>\n";
  out += "<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n";

  // Header.
  out += "<header>\n<h1>" + esc(t("title")) + "</h1>\n<dl class=\"meta\">\n";
  out += "<dt>" + esc(t("period")) + "</dt><dd><strong>" + esc(report.period.label) + "</strong> (" +
         esc(range(report.period)) + ")</dd>\n";
  out += "<dt>" + esc(t("station")) + "</dt><dd>" + esc(station) + "</dd>\n";
  out += "<dt>" + esc(t("previous")) + "</dt><dd>" + esc(report.previous_period.label) + " (" +
         esc(range(report.previous_period)) + ")</dd>\n";
  out += "</dl>\n</header>\n";

  for (const auto& section : sections) {
    if (section.optional && section.rows.empty()) continue;
    out += "<section id=\"" + esc(section.key) + "\">\n<h2>" + esc(section.title) + "</h2>\n";
    out += section_body(report, section);
    // A compound section's parts, each under a heading of its own.
    for (const auto& part : section.parts)
      out += "<h3 id=\"" + esc(section.key + "-" + part.key) + "\">" + esc(part.title) + "</h3>\n" +
             section_body(report, part);
    out += "</section>\n";
  }
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace pingan::report
