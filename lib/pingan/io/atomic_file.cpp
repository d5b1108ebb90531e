#include "pingan/io/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "pingan/errors.hpp"
#include "pingan/i18n.hpp"

namespace pingan::io {
namespace {

constexpr std::size_t kBufferSize = 1 << 16;

[[noreturn]] void fail(const std::filesystem::path& path, int err) {
  throw Failure(trf("cannot write {}: {}", path.string(), std::strerror(err)));
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

AtomicFile::AtomicFile(std::filesystem::path path, unsigned mode)
    : path_(std::move(path)), temporary_(path_.string() + ".tmp.XXXXXX"), mode_(mode) {
  // Next to the target so that rename() stays atomic (same file system).
  fd_ = ::mkstemp(temporary_.data());
  if (fd_ < 0) fail(path_, errno);
  buffer_.reserve(kBufferSize);
}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) {
    ::close(fd_);
    ::unlink(temporary_.c_str());
  }
}

void AtomicFile::write(std::string_view content) {
  buffer_.append(content);
  if (buffer_.size() >= kBufferSize) flush();
}

void AtomicFile::flush() {
  if (!write_all(fd_, buffer_)) give_up();
  buffer_.clear();
}

// Keeps errno, drops the temporary file, reports the target.
void AtomicFile::give_up() {
  const int err = errno;
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  ::unlink(temporary_.c_str());
  fail(path_, err);
}

void AtomicFile::commit() {
  flush();
  if (::fchmod(fd_, static_cast<mode_t>(mode_)) != 0) give_up();
  if (::fsync(fd_) != 0) give_up();  // data on disk before the name points at it
  const int rc = ::close(fd_);
  fd_ = -1;
  if (rc != 0 || ::rename(temporary_.c_str(), path_.c_str()) != 0) {
    const int err = errno;
    ::unlink(temporary_.c_str());
    fail(path_, err);
  }
  // Make the rename itself durable. Some file systems cannot sync a folder
  // (EINVAL); the new content is in place either way.
  std::filesystem::path dir = path_.parent_path();
  if (dir.empty()) dir = ".";
  const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd < 0) fail(path_, errno);
  if (::fsync(dfd) != 0 && errno != EINVAL) {
    const int err = errno;
    ::close(dfd);
    fail(path_, err);
  }
  ::close(dfd);
}

void write_file_atomically(const std::filesystem::path& path, std::string_view content, unsigned mode) {
  AtomicFile file(path, mode);
  file.write(content);
  file.commit();
}

}  // namespace pingan::io
