#pragma once
// Writes a file so that readers see either the old content or the whole new
// one: a temporary file in the same folder, fsync, then rename.
#include <filesystem>
#include <string_view>

namespace pingan::io {

// Throws Failure naming the path on any I/O error; the temporary file is
// removed then. `mode` applies to the new file (e.g. 0600 for exports).
void write_file_atomically(const std::filesystem::path& path, std::string_view content,
                           unsigned mode = 0644);

}  // namespace pingan::io
