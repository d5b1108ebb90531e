#pragma once
// Honour certificates (荣誉证书) for volunteers (SPEC §9): one printable A4
// page each, in Chinese, as one self-contained HTML file.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "pingan/values.hpp"

namespace pingan::report {

struct Certificate {
  std::string name;
  std::string station;  // the issuer
  std::int64_t rank = 0;
  std::int64_t points = 0;  // tenths
  std::optional<std::string> group_label;
};

// "2026年" for a whole year, "2026年11月" for a whole month, otherwise
// "2026-11-01至2026-11-30".
std::string period_words(const Period& period);

// One page per certificate, in order; inline CSS (@page A4), no scripts, no
// URLs, every value escaped. `issued_on` is YYYY-MM-DD (InputError otherwise).
std::string render_certificates(const std::vector<Certificate>& certificates, const Period& period,
                                const std::string& issued_on);

}  // namespace pingan::report
