#include "pingan/records/uid.hpp"

#include <cctype>

#include "pingan/errors.hpp"
#include "pingan/i18n.hpp"

namespace pingan::records {

bool is_uuid(std::string_view text) {
  if (text.size() != 36) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash ? text[i] != '-' : !std::isxdigit(static_cast<unsigned char>(text[i]))) return false;
  }
  return true;
}

std::string parse_uid(std::string_view text, std::string_view field) {
  const std::string_view suffix = "-installs";
  const std::string_view base = text.ends_with(suffix) ? text.substr(0, text.size() - suffix.size()) : text;
  if (!is_uuid(base))
    throw InputError(std::string(field), tr("must be a UUID like 6f1c2a70-9b1e-4c3d-8e2f-0a1b2c3d4e5f "
                                            "(or one followed by -installs)"));
  return std::string(text);
}

}  // namespace pingan::records
