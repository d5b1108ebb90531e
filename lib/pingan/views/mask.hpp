#pragma once
// Masking of personal data in every list, show and report (SPEC §5):
// 格桑花 → 格某某, 王五 → 王某, Liu Wei → L***, 13812345678 → 138****5678.
#include <string>
#include <string_view>

namespace pingan {

std::string mask_name(std::string_view name);
std::string mask_phone(std::string_view phone);

}  // namespace pingan
