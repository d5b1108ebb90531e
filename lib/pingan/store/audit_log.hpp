#pragma once
// Reading the audit trail (SPEC §5, `pingan log`): every change to a record
// as it was written, newest first.
#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "pingan/records/kinds.hpp"
#include "pingan/store/ledger.hpp"
#include "pingan/values.hpp"

namespace pingan::store {

struct AuditEntry {
  std::int64_t id = 0;
  std::string at;  // UTC, 2026-11-28T09:30:00Z
  std::string user;
  std::string action;  // add, edit, delete, status, import, archive
  std::string kind;    // a record kind's name, or "run" for a whole archive or import run
  std::string record_uid;
  std::optional<std::int64_t> record_id;  // while the record is in the database
  nlohmann::ordered_json before;          // the record's stored fields; null when none
  nlohmann::ordered_json after;
};

struct AuditFilter {
  std::optional<Date> from, to;  // the local day of the change
  std::optional<std::string> kind;
  // One record's history: its own rows and the runs (import, archive) whose
  // uids name it, whatever `kind` says of the rest.
  std::optional<std::string> record_uid;
  std::optional<std::string> user;
};

// Newest first.
void for_each_audit(Ledger& ledger, const AuditFilter& filter, const std::function<void(const AuditEntry&)>& visit);
// The uid of the record of `kind` with this id; NotFound otherwise.
std::string record_uid(Ledger& ledger, const records::Kind& kind, std::int64_t id);

}  // namespace pingan::store
