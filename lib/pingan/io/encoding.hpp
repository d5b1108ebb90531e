#pragma once
// Text in GB18030 (GBK's superset): what Excel on a Chinese Windows saves a
// spreadsheet as. pingan keeps UTF-8 inside; import converts such files.
#include <istream>
#include <ostream>
#include <string>
#include <string_view>

namespace pingan::io {

// Is `bytes` valid GB18030 text with at least one character beyond ASCII
// (so that it is not UTF-8 by accident)?
bool looks_like_gb18030(std::string_view bytes);

// Copies `in` to `out`, converted from GB18030 to UTF-8 a block at a time;
// InputError(source) naming the byte where `in` stops being GB18030.
void gb18030_to_utf8(std::istream& in, std::ostream& out, const std::string& source);

}  // namespace pingan::io
