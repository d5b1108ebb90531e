#pragma once
// The audit trail as `pingan log` shows it (SPEC §5): what each change did,
// field by field, masked like every other output.
#include <nlohmann/json.hpp>

#include "pingan/store/audit_log.hpp"

namespace pingan::views {

// field: [before, after] — every field of a record added or deleted (or of a
// run), the fields that differ for an edit. A case's name and phone and a
// volunteer's phone are masked.
nlohmann::ordered_json audit_changes(const store::AuditEntry& entry);

// Keys: id, at, user, action, kind, record_uid, record_id, changes.
nlohmann::ordered_json to_json(const store::AuditEntry& entry);

}  // namespace pingan::views
