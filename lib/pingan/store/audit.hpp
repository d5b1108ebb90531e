#pragma once
// The audit table (SPEC §6): every change to a record, written in the same
// transaction as the change.
#include <nlohmann/json.hpp>
#include <string_view>

#include "pingan/store/ledger.hpp"

namespace pingan::store {

// `before`/`after` are the record as JSON; null when there is none.
void record_audit(Ledger& ledger, std::string_view action, std::string_view kind,
                  std::string_view uid, const nlohmann::ordered_json& before,
                  const nlohmann::ordered_json& after);

}  // namespace pingan::store
