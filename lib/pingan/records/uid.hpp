#pragma once
// Record uids (SPEC §4): stable across export and import.
#include <string>
#include <string_view>

namespace pingan::records {

// The canonical 36-character hexadecimal UUID form, any version.
bool is_uuid(std::string_view text);
// A uid given in a file: a UUID, or a UUID followed by "-installs" (an
// event's linked install); InputError(field) otherwise, never echoing more
// than the start of the value.
std::string parse_uid(std::string_view text, std::string_view field);

}  // namespace pingan::records
