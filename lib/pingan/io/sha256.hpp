#pragma once
// SHA-256 (FIPS 180-4), fed a block at a time: the fingerprint of an
// imported file that its audit row keeps (SPEC §6), the same as sha256sum's.
#include <array>
#include <cstdint>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

namespace pingan::io {

class Sha256 {
 public:
  Sha256();
  void update(std::string_view bytes);
  // The digest as 64 lowercase hex digits; the object is spent afterwards.
  std::string hex();

 private:
  void compress(const unsigned char* block);
  std::array<std::uint32_t, 8> state_;
  std::array<unsigned char, 64> buffer_{};
  std::size_t buffered_ = 0;
  std::uint64_t length_ = 0;  // bytes fed so far
};

// Reads `source` a block at a time and hashes every byte it hands on, so a
// file is fingerprinted as it is read, once. A read error of `source` (an
// exception from its buffer) passes through to the stream reading this one.
class Sha256Reader : public std::streambuf {
 public:
  explicit Sha256Reader(std::streambuf& source) : source_(source), block_(1 << 16) {}
  // The digest of what was read so far.
  std::string hex() const { return Sha256(sha_).hex(); }

 protected:
  int_type underflow() override;

 private:
  std::streambuf& source_;
  Sha256 sha_;
  std::vector<char> block_;
};

}  // namespace pingan::io
