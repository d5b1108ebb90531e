#pragma once
// Text fields of a record as they come in: options on the command line,
// answers to prompts, or the keys of an imported line. A record kind's rules
// read them through this one interface, so every way in obeys the same rules.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pingan::records {

class TextFields {
 public:
  virtual ~TextFields() = default;
  // The value, or nothing when the field was not given ("" when given empty).
  virtual std::optional<std::string> text(std::string_view key) const = 0;
  // A list field (topics, officers): each item; nothing when not given.
  virtual std::optional<std::vector<std::string>> list(std::string_view key) const = 0;
  // How an error names the field: "--venue" for an option, "venue" in a file.
  virtual std::string name(std::string_view key) const = 0;
};

// The items of a list field: "a,b，c、d;e" and repeated options → {"a", "b",
// "c", "d", "e"}, trimmed, no empties (CSV joins lists with ";").
std::vector<std::string> split_items(const std::vector<std::string>& values);

}  // namespace pingan::records
