#pragma once
// Small helpers shared by the SQLite record modules for NULL-able columns.
#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace pingan::store::sqlite {

inline std::optional<std::string> optional_text(const SQLite::Column& column) {
  if (column.isNull()) return std::nullopt;
  return column.getString();
}

inline void bind_optional(SQLite::Statement& statement, int index, const std::optional<std::string>& value) {
  if (value) statement.bind(index, *value);
  else statement.bind(index);
}

}  // namespace pingan::store::sqlite
