#include "pingan/report/certificates.hpp"

#include <fmt/format.h>

#include <string_view>

#include "pingan/records/volunteer.hpp"
#include "pingan/report/html.hpp"

namespace pingan::report {
namespace {

// The page is a little shorter than A4 so that rounding never spills a
// certificate onto a second sheet.
constexpr std::string_view kStyle = R"css(
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; background: #fff; color: #1f2937;
  font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", "Noto Sans CJK SC", serif; }
.certificate { width: 210mm; height: 296mm; padding: 14mm; overflow: hidden;
  page-break-after: always; break-after: page; page-break-inside: avoid; break-inside: avoid; }
.certificate:last-child { page-break-after: auto; break-after: auto; }
.frame { height: 100%; border: 2.5mm double #b91c1c; outline: 0.6mm solid #d4a017; outline-offset: -5mm;
  padding: 34mm 24mm 26mm; display: flex; flex-direction: column; }
h1 { margin: 0 0 22mm; text-align: center; color: #b91c1c; font-size: 46pt; letter-spacing: 0.35em;
  text-indent: 0.35em; font-weight: 700; }
.name { margin: 0 0 8mm; font-size: 20pt; }
.name strong { font-size: 24pt; padding: 0 2mm; border-bottom: 0.4mm solid #1f2937; }
.group { font-size: 13pt; color: #4b5563; }
.text { margin: 0; font-size: 18pt; line-height: 2.1; text-indent: 2em; text-align: justify; }
.issuer { margin-top: auto; text-align: right; font-size: 17pt; line-height: 2; }
)css";

std::string page(const Certificate& certificate, const std::string& period, const std::string& date) {
  std::string out = "<section class=\"certificate\">\n<div class=\"frame\">\n<h1>荣誉证书</h1>\n";
  out += "<p class=\"name\"><strong>" + escape_html(certificate.name) + "</strong>";
  if (certificate.group_label) out += "<span class=\"group\">（" + escape_html(*certificate.group_label) + "）</span>";
  out += " 同志：</p>\n";
  out += "<p class=\"text\">" +
         escape_html(fmt::format("在{}平安义警工作中积极履职，累计积分{}分，排名第{}名，特发此证，以资鼓励。", period,
                                 records::format_tenths(certificate.points), certificate.rank)) +
         "</p>\n";
  out += "<div class=\"issuer\"><div>" + escape_html(certificate.station) + "</div><div>" + escape_html(date) +
         "</div></div>\n";
  return out + "</div>\n</section>\n";
}

}  // namespace

std::string period_words(const Period& period) {
  const Date& from = period.from;
  const Date& to = period.to;
  if (from.day == 1 && to.year == from.year && to.day == days_in_month(to.year, to.month)) {
    if (from.month == 1 && to.month == 12) return fmt::format("{}年", from.year);
    if (to.month == from.month) return fmt::format("{}年{}月", from.year, from.month);
  }
  return from.iso() + "至" + to.iso();
}

std::string render_certificates(const std::vector<Certificate>& certificates, const Period& period,
                                const std::string& issued_on) {
  const Date issued = parse_iso_date(issued_on, "issued_on");
  const std::string date = fmt::format("{}年{}月{}日", issued.year, issued.month, issued.day);
  const std::string words = period_words(period);
  std::string out = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>荣誉证书 · " +
                    escape_html(words) + "</title>\n<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n";
  for (const auto& certificate : certificates) out += page(certificate, words, date);
  return out + "</body>\n</html>\n";
}

}  // namespace pingan::report
