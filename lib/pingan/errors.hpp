#pragma once
// Every failure the library reports is one of these types; cli/main.cpp maps
// them to exit codes in one place.
#include <stdexcept>
#include <string>

namespace pingan {

struct Error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Bad input from the user (exit 2). `field` names the option, key or column.
struct InputError : Error {
  std::string field;
  std::string reason;
  InputError(std::string field_, std::string reason_)
      : Error(field_.empty() ? reason_ : field_ + ": " + reason_),
        field(std::move(field_)), reason(std::move(reason_)) {}
};

// A record asked for by id or uid does not exist (exit 3).
struct NotFound : Error {
  using Error::Error;
};

// The database stayed locked past the busy timeout (exit 4).
struct Busy : Error {
  using Error::Error;
};

// Anything else at run time: I/O, a corrupt or too new database (exit 1).
struct Failure : Error {
  using Error::Error;
};

}  // namespace pingan
