#pragma once
// Printing records in the formats of SPEC §5: a table for people, JSON and CSV
// (with the record keys of the SPEC) for scripts.
#include <CLI/App.hpp>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "context.hpp"
#include "pingan/io/table.hpp"

namespace pingan::cli {

using Json = nlohmann::ordered_json;

enum class Format { table, json, csv };

// Adds --format with the given choices (default "table") to a command.
CLI::Option* add_format_option(CLI::App* command, std::string& value,
                               const std::vector<std::string>& choices = {"table", "json", "csv"});
Format parse_format(const std::string& value);

// A table column: the JSON key it shows, its headings, and how to show a value.
struct Field {
  std::string key;
  const char* zh;
  const char* en;
  io::Align align = io::Align::left;
  io::Cut cut = io::Cut::never;
  // Turns the JSON value into cell text; default: strings as they are,
  // numbers as written, lists joined with ", ", null as "".
  std::function<std::string(const Json&)> show = {};
};

// Cell text for a JSON value, as the default Field::show does.
std::string plain_text(const Json& value);

// The keys of a record, in order (a CSV header).
std::vector<std::string> json_keys(const Json& record);
// One CSV row of the record's values for `keys` (lists joined with ";",
// `money_keys` with two decimals).
std::string csv_line(const Json& record, const std::vector<std::string>& keys,
                     const std::vector<std::string>& money_keys = {});

// A money value given in yuan as "700.50".
std::string yuan_text(const Json& value);

// A list: JSON array, CSV with a header of every key, or a table of `fields`.
// `shape` is a record of the kind listed (any values): its keys make the CSV
// header even when the list is empty, so scripts always see the columns.
// `money_keys` are written with two decimals in CSV.
void print_list(Context& context, Format format, const std::vector<Json>& records, const Json& shape,
                const std::vector<Field>& fields, const std::vector<std::string>& money_keys = {});

// One record: a JSON object, a one-row CSV, or a two-column table of `fields`.
void print_record(Context& context, Format format, const Json& record, const std::vector<Field>& fields,
                  const std::vector<std::string>& money_keys = {});

}  // namespace pingan::cli
