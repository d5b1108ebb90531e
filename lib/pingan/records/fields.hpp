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

// Calls `apply(value, name)` when the field `key` was given: a record's
// rules set exactly the fields given (an edit keeps the others).
template <typename Apply>
void when_given(const TextFields& fields, std::string_view key, Apply apply) {
  if (auto value = fields.text(key)) apply(*value, fields.name(key));
}

// An optional text field: `parse(value, name)`, nothing when that is empty
// (an edit's "" clears the field).
template <typename Parse>
std::optional<std::string> optional_text(const std::string& value, const std::string& name, Parse parse) {
  if (value.empty()) return std::nullopt;
  std::string parsed = parse(value, name);
  if (parsed.empty()) return std::nullopt;
  return parsed;
}

// The items of a list field: "a,b，c、d;e" and repeated options → {"a", "b",
// "c", "d", "e"}, trimmed, no empties (CSV joins lists with ";").
std::vector<std::string> split_items(const std::vector<std::string>& values);

}  // namespace pingan::records
