#pragma once
// Writes a file so that readers see either the old content or the whole new
// one: a temporary file in the same folder, fsync, then rename.
#include <filesystem>
#include <string>
#include <string_view>

namespace pingan::io {

// A file being written; it takes the target's name only on commit(). If the
// object is destroyed before (an error, an exception), the temporary file is
// removed and the target is untouched. Errors throw Failure naming the target.
class AtomicFile {
 public:
  AtomicFile(std::filesystem::path path, unsigned mode = 0644);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  // Buffered; may be called many times (for streaming output).
  void write(std::string_view content);
  void commit();

 private:
  void flush();
  [[noreturn]] void give_up();

  std::filesystem::path path_;
  std::string temporary_;
  std::string buffer_;
  unsigned mode_;
  int fd_ = -1;
};

// The whole content at once.
void write_file_atomically(const std::filesystem::path& path, std::string_view content,
                           unsigned mode = 0644);

}  // namespace pingan::io
