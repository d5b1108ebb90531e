#include "pingan/io/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include "pingan/errors.hpp"

namespace pingan::io {
namespace {

[[noreturn]] void fail(const std::filesystem::path& path, int err) {
  throw Failure("cannot write " + path.string() + ": " + std::strerror(err));
}

// False with errno set on failure; retries short and interrupted writes.
bool write_all(int fd, std::string_view content) {
  while (!content.empty()) {
    ssize_t n = ::write(fd, content.data(), content.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    content.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

}  // namespace

void write_file_atomically(const std::filesystem::path& path, std::string_view content,
                           unsigned mode) {
  // The temporary file lives next to the target so rename() stays atomic
  // (same file system).
  std::string tmp = path.string() + ".tmp.XXXXXX";
  int fd = ::mkstemp(tmp.data());
  if (fd < 0) fail(path, errno);

  // On any error: keep errno, drop the temporary file, report the target.
  auto give_up = [&] {
    const int err = errno;
    if (fd >= 0) ::close(fd);
    ::unlink(tmp.c_str());
    fail(path, err);
  };
  if (!write_all(fd, content)) give_up();
  if (::fchmod(fd, static_cast<mode_t>(mode)) != 0) give_up();
  if (::fsync(fd) != 0) give_up();  // data on disk before the name points at it
  const int rc = ::close(fd);
  fd = -1;
  if (rc != 0) give_up();
  if (::rename(tmp.c_str(), path.c_str()) != 0) give_up();

  // Make the rename itself durable. Some file systems cannot sync a folder
  // (EINVAL); the new content is in place either way.
  std::filesystem::path dir = path.parent_path();
  if (dir.empty()) dir = ".";
  int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd < 0) fail(path, errno);
  if (::fsync(dfd) != 0 && errno != EINVAL) {
    int err = errno;
    ::close(dfd);
    fail(path, err);
  }
  ::close(dfd);
}

}  // namespace pingan::io
