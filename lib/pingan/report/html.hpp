#pragma once
// What the HTML pages (the report, the certificates) share.
#include <string>
#include <string_view>

namespace pingan::report {

// Text for HTML element content and attribute values alike: & < > " ' escaped.
std::string escape_html(std::string_view text);

}  // namespace pingan::report
