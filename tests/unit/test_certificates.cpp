// Honour certificates (荣誉证书, SPEC §9): one printable A4 page per
// volunteer, in Chinese, self-contained and escaped.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <string>

#include "pingan/errors.hpp"
#include "pingan/report/certificates.hpp"

using pingan::Date;
using pingan::Period;
using namespace pingan::report;

namespace {

bool has(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

std::size_t occurrences(const std::string& haystack, const std::string& needle) {
  std::size_t count = 0;
  for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + needle.size()))
    ++count;
  return count;
}

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

const Period kYear{Date{2026, 1, 1}, Date{2026, 12, 31}, "2026"};

std::vector<Certificate> three() {
  return {{"格桑花", "城关派出所", 1, 865, std::string("家长")},
          {"<script>alert(1)</script>", "城关派出所", 2, 620, std::nullopt},
          {"王五", "东城\"派出所\" & <b>", 2, 620, std::string("<i>物业</i>")}};
}

}  // namespace

TEST_CASE("certificates: one page each, in Chinese") {
  const std::string html = render_certificates(three(), kYear, "2026-12-31");
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(has(html, "<meta charset=\"utf-8\">"));
  CHECK(has(html, "lang=\"zh-CN\""));
  CHECK(occurrences(html, "<section class=\"certificate\">") == 3);
  CHECK(occurrences(html, "<h1>荣誉证书</h1>") == 3);
  CHECK(has(html, "@page { size: A4"));
  CHECK(has(html, "page-break-after: always"));
  CHECK(has(html, "<strong>格桑花</strong><span class=\"group\">（家长）</span> 同志："));
  CHECK(has(html, "在2026年平安义警工作中积极履职，累计积分86.5分，排名第1名，特发此证，以资鼓励。"));
  CHECK(has(html, "累计积分62分，排名第2名"));
  CHECK(has(html, "<div>城关派出所</div><div>2026年12月31日</div>"));
}

TEST_CASE("certificates: every value escaped, nothing that runs or loads") {
  const std::string html = render_certificates(three(), kYear, "2026-12-31");
  const std::string folded = lower(html);
  CHECK_FALSE(has(folded, "<script"));
  CHECK(has(html, "<strong>&lt;script&gt;alert(1)&lt;/script&gt;</strong> 同志："));
  CHECK(has(html, "东城&quot;派出所&quot; &amp; &lt;b&gt;"));
  CHECK(has(html, "（&lt;i&gt;物业&lt;/i&gt;）"));
  CHECK_FALSE(has(folded, "<b>"));
  CHECK_FALSE(has(folded, "<i>"));
  CHECK_FALSE(has(folded, "http:"));
  CHECK_FALSE(has(folded, "https:"));
  CHECK_FALSE(has(folded, "url("));
  CHECK_FALSE(has(folded, "<link"));
  CHECK_FALSE(has(folded, "<img"));
}

TEST_CASE("certificates: the period in words") {
  CHECK(period_words(kYear) == "2026年");
  CHECK(period_words({Date{2026, 11, 1}, Date{2026, 11, 30}, "2026-11"}) == "2026年11月");
  CHECK(period_words({Date{2024, 2, 1}, Date{2024, 2, 29}, "2024-02"}) == "2024年2月");
  CHECK(period_words({Date{2026, 11, 1}, Date{2026, 11, 29}, "x"}) == "2026-11-01至2026-11-29");
  CHECK(period_words({Date{2026, 11, 23}, Date{2026, 11, 29}, "2026-W48"}) == "2026-11-23至2026-11-29");
  CHECK(period_words({Date{2026, 10, 1}, Date{2026, 12, 31}, "2026-Q4"}) == "2026-10-01至2026-12-31");
  CHECK(period_words({Date{2025, 12, 1}, Date{2026, 1, 31}, "x"}) == "2025-12-01至2026-01-31");
  const std::string html = render_certificates(three(), {Date{2026, 11, 1}, Date{2026, 11, 30}, "2026-11"}, "2026-12-01");
  CHECK(has(html, "在2026年11月平安义警工作中"));
}

TEST_CASE("certificates: none gives a page-less document; a bad date is refused") {
  const std::string html = render_certificates({}, kYear, "2026-12-31");
  CHECK(occurrences(html, "<section class=\"certificate\">") == 0);
  CHECK(has(html, "</html>"));
  CHECK_THROWS_AS(render_certificates(three(), kYear, "2026-13-01"), pingan::InputError);
}
