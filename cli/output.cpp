#include "output.hpp"

#include <algorithm>
#include <iostream>

#include "pingan/i18n.hpp"
#include "pingan/io/csv.hpp"
#include "pingan/values.hpp"

namespace pingan::cli {
namespace {

std::string csv_text(const std::string& key, const Json& value, const std::vector<std::string>& money_keys) {
  if (value.is_number() && std::ranges::find(money_keys, key) != money_keys.end()) return yuan_text(value);
  if (value.is_array()) {
    std::string out;
    for (const auto& item : value) out += (out.empty() ? "" : ";") + plain_text(item);
    return out;
  }
  return plain_text(value);
}

void print_csv(Context& context, const std::vector<Json>& records, const Json& shape,
               const std::vector<std::string>& money_keys) {
  std::cout << context.csv_start();
  const auto keys = json_keys(shape);
  std::cout << io::csv_row(keys);
  for (const auto& record : records) std::cout << csv_line(record, keys, money_keys);
}

std::string cell(const Field& field, const Json& record) {
  const Json value = record.value(field.key, Json());
  return field.show ? field.show(value) : plain_text(value);
}

}  // namespace

std::vector<std::string> json_keys(const Json& record) {
  std::vector<std::string> keys;
  for (const auto& item : record.items()) keys.push_back(item.key());
  return keys;
}

std::string csv_line(const Json& record, const std::vector<std::string>& keys,
                     const std::vector<std::string>& money_keys) {
  std::vector<std::string> cells;
  for (const auto& key : keys) cells.push_back(csv_text(key, record.value(key, Json()), money_keys));
  return io::csv_row(cells);
}

CLI::Option* add_format_option(CLI::App* command, std::string& value, const std::vector<std::string>& choices) {
  value = "table";
  return command->add_option("--format", value, tr("output format"))
      ->check(CLI::IsMember(choices))
      ->capture_default_str();
}

Format parse_format(const std::string& value) {
  if (value == "json") return Format::json;
  if (value == "csv") return Format::csv;
  return Format::table;
}

std::string yuan_text(const Json& value) {
  if (!value.is_number()) return plain_text(value);
  // Money reaches JSON as yuan (fen / 100, exact below 2^53 fen); rounding
  // back to fen gives the exact two decimals.
  const double yuan = value.get<double>();
  return format_yuan(static_cast<Fen>(yuan * 100 + (yuan < 0 ? -0.5 : 0.5)));
}

std::string plain_text(const Json& value) {
  if (value.is_null()) return "";
  if (value.is_string()) return value.get<std::string>();
  if (value.is_array()) {
    std::string out;
    for (const auto& item : value) out += (out.empty() ? "" : ", ") + plain_text(item);
    return out;
  }
  return value.dump();
}

void print_list(Context& context, Format format, const std::vector<Json>& records, const Json& shape,
                const std::vector<Field>& fields, const std::vector<std::string>& money_keys) {
  if (format == Format::json) {
    std::cout << Json(records).dump(2) << '\n';
    return;
  }
  if (format == Format::csv) {
    print_csv(context, records, shape, money_keys);
    return;
  }
  std::vector<io::Column> columns;
  for (const auto& field : fields)
    columns.push_back({context.lang() == Lang::zh ? field.zh : field.en, field.align, field.cut});
  std::vector<std::vector<std::string>> rows;
  for (const auto& record : records) {
    auto& row = rows.emplace_back();
    for (const auto& field : fields) row.push_back(cell(field, record));
  }
  std::cout << io::render_table(columns, rows, context.table_style());
}

void print_record(Context& context, Format format, const Json& record, const std::vector<Field>& fields,
                  const std::vector<std::string>& money_keys) {
  if (format == Format::json) {
    std::cout << record.dump(2) << '\n';
    return;
  }
  if (format == Format::csv) {
    print_csv(context, {record}, record, money_keys);
    return;
  }
  const bool zh = context.lang() == Lang::zh;
  std::vector<std::vector<std::string>> rows;
  for (const auto& field : fields) rows.push_back({zh ? field.zh : field.en, cell(field, record)});
  std::cout << io::render_table({{tr("Field")}, {tr("Value"), io::Align::left, io::Cut::first}}, rows,
                                context.table_style());
}

}  // namespace pingan::cli
