#include "pingan/io/encoding.hpp"

#include <iconv.h>

#include <cerrno>
#include <memory>
#include <vector>

#include "pingan/errors.hpp"
#include "pingan/i18n.hpp"

namespace pingan::io {
namespace {

// glibc's converter from GB18030 to UTF-8, closed when done.
struct Converter {
  iconv_t handle = iconv_open("UTF-8", "GB18030");
  Converter() {
    if (handle == reinterpret_cast<iconv_t>(-1)) throw Failure(tr("this system cannot convert GB18030 (iconv)"));
  }
  ~Converter() { iconv_close(handle); }
  Converter(const Converter&) = delete;
  Converter& operator=(const Converter&) = delete;
};

}  // namespace

bool looks_like_gb18030(std::string_view bytes) {
  bool beyond_ascii = false;
  for (unsigned char c : bytes) beyond_ascii = beyond_ascii || c >= 0x80;
  if (!beyond_ascii) return false;
  Converter converter;
  std::string input(bytes);
  std::vector<char> output(bytes.size() * 4 + 16);
  char* in = input.data();
  char* out = output.data();
  std::size_t in_left = input.size(), out_left = output.size();
  return iconv(converter.handle, &in, &in_left, &out, &out_left) != static_cast<std::size_t>(-1) && in_left == 0;
}

void gb18030_to_utf8(std::istream& in, std::ostream& out, const std::string& source) {
  Converter converter;
  constexpr std::size_t kBlock = 1 << 16;
  std::string pending;  // bytes read, not yet converted (a character cut by the block's end)
  std::vector<char> output(kBlock * 4);
  std::uint64_t offset = 0;  // of pending's first byte in the file
  std::vector<char> block(kBlock);
  for (;;) {
    in.read(block.data(), static_cast<std::streamsize>(block.size()));
    if (in.bad()) throw Failure(trf("cannot read {}: a read error", source));
    const auto got = static_cast<std::size_t>(in.gcount());
    const bool end = got == 0;
    pending.append(block.data(), got);
    char* from = pending.data();
    std::size_t from_left = pending.size();
    while (from_left > 0) {
      char* to = output.data();
      std::size_t to_left = output.size();
      const std::size_t result = iconv(converter.handle, &from, &from_left, &to, &to_left);
      out.write(output.data(), static_cast<std::streamsize>(output.size() - to_left));
      if (result != static_cast<std::size_t>(-1)) break;
      if (errno == E2BIG) continue;  // the output block is full: write it and go on
      if (errno == EINVAL && !end) break;  // a character cut by the block's end: read on
      throw InputError(source, trf("not GBK/GB18030 text at byte {} (is it UTF-8 already? then leave out --encoding)",
                                   offset + static_cast<std::uint64_t>(from - pending.data()) + 1));
    }
    offset += static_cast<std::uint64_t>(from - pending.data());
    pending.erase(0, static_cast<std::size_t>(from - pending.data()));
    if (end) break;
  }
  if (!out) throw Failure(trf("cannot write the converted copy of {}", source));
}

}  // namespace pingan::io
