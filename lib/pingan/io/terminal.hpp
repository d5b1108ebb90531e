#pragma once
// What the CLI needs to know about its terminal. Reads the environment, so
// only the CLI calls it; the library takes the results as plain values.
#include <cstddef>
#include <optional>

namespace pingan::io {

bool stdin_is_terminal();
bool stdout_is_terminal();
bool stderr_is_terminal();
// Width for tables: $COLUMNS if set and valid, else the terminal's width
// (ioctl), else nothing. Only meaningful when stdout is a terminal.
std::optional<std::size_t> terminal_columns();
// Colour on stdout: only when it is a terminal, NO_COLOR is unset (or empty)
// and `no_color_flag` is false.
bool use_color(bool no_color_flag);

}  // namespace pingan::io
