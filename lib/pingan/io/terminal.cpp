#include "pingan/io/terminal.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <charconv>
#include <cstdlib>
#include <cstring>

namespace pingan::io {

bool stdin_is_terminal() { return isatty(STDIN_FILENO) == 1; }
bool stdout_is_terminal() { return isatty(STDOUT_FILENO) == 1; }
bool stderr_is_terminal() { return isatty(STDERR_FILENO) == 1; }

std::optional<std::size_t> terminal_columns() {
  // $COLUMNS wins so users (and tests) can force a width.
  if (const char* env = std::getenv("COLUMNS"); env && *env) {
    std::size_t value = 0;
    const char* end = env + std::strlen(env);
    auto [ptr, ec] = std::from_chars(env, end, value);
    if (ec == std::errc() && ptr == end && value > 0) return value;
  }
  winsize ws{};
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return std::nullopt;
}

bool use_color(bool no_color_flag) {
  const char* no_color = std::getenv("NO_COLOR");  // https://no-color.org
  return !no_color_flag && (no_color == nullptr || *no_color == '\0') && stdout_is_terminal();
}

}  // namespace pingan::io
