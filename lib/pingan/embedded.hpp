#pragma once
// Files from data/ compiled into the binary (see cmake/Embed.cmake).
#include <string_view>
#include <vector>

namespace pingan::embedded {
// The content of the embedded file with this base name, or empty if none.
std::string_view get(std::string_view name);
// Base names of every embedded file, in the order given to CMake.
std::vector<std::string_view> names();
}  // namespace pingan::embedded
