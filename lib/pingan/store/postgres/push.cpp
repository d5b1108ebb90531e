// A push (SPEC §10): what changed in a station's ledger since its last push,
// sent in one PostgreSQL transaction with the mark of how far it got, so a
// push killed at any moment and run again neither loses nor double-counts
// anything. Rows go in batches: COPY into a temporary table, then one
// INSERT … ON CONFLICT per batch.
#include <fmt/format.h>

#include <algorithm>

#include "pingan/store/postgres/bureau.hpp"
#include "pingan/store/push.hpp"

namespace pingan::store::postgres {
namespace {

using records::Kind;
using records::Table;

// Records per batch: one COPY and one upsert each.
constexpr std::size_t kBatch = 10000;

std::string quoted_name(std::string_view name) { return fmt::format("\"{}\"", name); }

std::string join(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& part : parts) out += (out.empty() ? "" : ", ") + part;
  return out;
}

const records::Reference* reference_of(const Table& table, std::string_view column) {
  for (const auto& reference : table.references)
    if (reference.column == column) return &reference;
  return nullptr;
}

// A staged column as the bureau stores it: a reference (sent as the natural
// key) becomes the bureau's id.
std::string stored_value(const Table& table, std::string_view column) {
  if (const auto* reference = reference_of(table, column))
    return fmt::format("(SELECT r.id FROM pingan.{} r WHERE r.{} = s.{})", reference->table,
                       quoted_name(reference->by), quoted_name(column));
  return "s." + quoted_name(column);
}

// A temporary table shaped like `table`'s columns, references as text; a
// child's starts with its parent's uid.
std::string create_stage(const Table& table, bool child) {
  std::vector<std::string> columns;
  if (child) columns.push_back("''::text AS parent_uid");
  for (auto column : table.columns) columns.push_back(quoted_name(column));
  std::string sql = fmt::format("CREATE TEMP TABLE stage_{0} ON COMMIT DROP AS SELECT {1} FROM pingan.{0} WITH NO DATA",
                                table.name, join(columns));
  for (const auto& reference : table.references)
    sql += fmt::format("; ALTER TABLE stage_{} ALTER COLUMN {} TYPE text", table.name, quoted_name(reference.column));
  return sql;
}

// The conflict key: stations are matched by name, records by uid.
std::string_view natural_key(const Kind& kind) { return &kind == &records::station_kind() ? "name" : "uid"; }

std::string upsert(const Kind& kind) {
  const Table& table = kind.table;
  std::vector<std::string> columns, values, updates, old_values, new_values;
  for (auto column : table.columns) {
    columns.push_back(quoted_name(column));
    values.push_back(stored_value(table, column));
    if (column == "uid" || column == "created_at" || column == natural_key(kind)) continue;
    updates.push_back(fmt::format("{0} = excluded.{0}", quoted_name(column)));
    old_values.push_back("t." + quoted_name(column));
    new_values.push_back("excluded." + quoted_name(column));
  }
  // An unchanged record is not written again (a rerun after a kill, an
  // archived record sent once more).
  return fmt::format("INSERT INTO pingan.{0} AS t ({1}) SELECT {2} FROM stage_{0} s ON CONFLICT ({3}) DO UPDATE SET {4} "
                     "WHERE ({5}) IS DISTINCT FROM ({6})",
                     table.name, join(columns), join(values), quoted_name(natural_key(kind)), join(updates),
                     join(old_values), join(new_values));
}

// A record the bureau holds under another uid with the same identifying
// values (kinds.hpp, Table::unique_by) gives way to the one sent.
std::string replace_same(const Kind& kind) {
  const Table& table = kind.table;
  std::vector<std::string> same;
  for (auto column : table.unique_by)
    same.push_back(fmt::format("t.{0} = {1}", quoted_name(column), stored_value(table, column)));
  std::string conditions;
  for (const auto& each : same) conditions += each + " AND ";
  return fmt::format("DELETE FROM pingan.{0} t USING stage_{0} s WHERE {1}t.uid <> s.uid", table.name, conditions);
}

// The parent's id by its uid, one index lookup a row: a join would let the
// planner, which knows nothing of a fresh temporary table, scan the whole
// parent table for every batch.
std::string insert_children(const Kind& kind, const Table& child) {
  std::vector<std::string> columns{quoted_name(child.parent_key)},
      values{fmt::format("(SELECT p.id FROM pingan.{} p WHERE p.uid = s.parent_uid)", kind.table.name)};
  for (auto column : child.columns) {
    columns.push_back(quoted_name(column));
    values.push_back(stored_value(child, column));
  }
  return fmt::format("INSERT INTO pingan.{0} ({1}) SELECT {2} FROM stage_{0} s", child.name, join(columns),
                     join(values));
}

// A text[] literal: {"a","b"}.
std::string text_array(const std::vector<std::string>& values) {
  std::string out = "{";
  for (const auto& value : values) {
    if (out.size() > 1) out += ',';
    out += '"';
    for (char c : value) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += '"';
  }
  return out + "}";
}

// Rows into a stage table, a batch at a time: `flush` runs after each COPY.
class Stager {
 public:
  Stager(Connection& connection, const Table& table, bool child, std::function<void(std::size_t)> flush)
      : connection_(connection), flush_(std::move(flush)) {
    std::vector<std::string> columns;
    if (child) columns.push_back("parent_uid");
    for (auto column : table.columns) columns.push_back(quoted_name(column));
    copy_ = fmt::format("COPY stage_{} ({}) FROM STDIN", table.name, join(columns));
    truncate_ = fmt::format("TRUNCATE stage_{}", table.name);
  }
  void add(const TextRow& row) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i > 0) data_ += '\t';
      append_copy_value(data_, row[i]);
    }
    data_ += '\n';
    if (++rows_ == kBatch) send();
  }
  void send() {
    if (rows_ == 0) return;
    connection_.copy_in(copy_, data_);
    flush_(rows_);
    connection_.exec(truncate_);
    data_.clear();
    rows_ = 0;
  }

 private:
  Connection& connection_;
  std::function<void(std::size_t)> flush_;
  std::string copy_, truncate_, data_;
  std::size_t rows_ = 0;
};

}  // namespace

PushCounts PostgresBureau::push(Ledger& ledger, bool dry_run, const std::string& now, const PushProgress& progress) {
  require_schema();
  PushCounts counts;
  ledger.read([&] {  // one snapshot of the ledger (and its archive)
    OutgoingChanges changes(ledger);
    const std::string source = changes.source_uid();
    const std::int64_t mark = changes.mark();
    connection_.transaction(
        [&] {
          if (!dry_run) connection_.exec("INSERT INTO source (uid) VALUES ($1) ON CONFLICT DO NOTHING", {source});
          // Locks this source's row: a second push of the same ledger waits.
          auto pushed = connection_.exec(
              std::string("SELECT mark FROM source WHERE uid = $1") + (dry_run ? "" : " FOR UPDATE"), {source});
          std::int64_t since = pushed.rows() > 0 ? pushed.integer(0, 0) : 0;
          // A ledger behind its mark was restored from a backup: send it all.
          if (mark < since) since = 0;

          std::vector<std::vector<std::string>> deleted;
          std::int64_t total = 0;
          for (const auto& kind : records::kinds()) {
            counts.sent[kind] = changes.count(kind, since);
            total += counts.sent[kind];
            deleted.push_back(since == 0 ? std::vector<std::string>{} : changes.deleted(kind, since));
            counts.deleted += static_cast<std::int64_t>(deleted.back().size());
          }
          if (dry_run) return;

          std::int64_t done = 0;
          if (progress) progress(done, total);
          connection_.exec("CREATE TEMP TABLE pushed (uid text PRIMARY KEY) ON COMMIT DROP");
          for (const auto& kind : records::kinds()) {
            if (counts.sent[kind] == 0) continue;
            connection_.exec(create_stage(kind.table, false));
            const std::string upsert_sql = upsert(kind);
            const std::string replace_sql = kind.table.unique_by.empty() ? "" : replace_same(kind);
            const std::string remember = fmt::format("INSERT INTO pushed SELECT uid FROM stage_{} ON CONFLICT DO NOTHING",
                                                     kind.table.name);
            Stager records(connection_, kind.table, false, [&](std::size_t rows) {
              if (!replace_sql.empty()) connection_.exec(replace_sql);
              connection_.exec(upsert_sql);
              if (!kind.children.empty()) connection_.exec(remember);
              done += static_cast<std::int64_t>(rows);
              if (progress) progress(done, total);
            });
            changes.rows(kind, kind.table, since, [&](const TextRow& row) { records.add(row); });
            records.send();
            // A changed record's children are replaced whole.
            for (const auto& child : kind.children) {
              connection_.exec(fmt::format("DELETE FROM pingan.{0} c USING pingan.{1} p, pushed u "
                                           "WHERE c.{2} = p.id AND p.uid = u.uid",
                                           child.name, kind.table.name, quoted_name(child.parent_key)));
              connection_.exec(create_stage(child, true));
              const std::string insert_sql = insert_children(kind, child);
              Stager rows(connection_, child, true, [&](std::size_t) { connection_.exec(insert_sql); });
              changes.rows(kind, child, since, [&](const TextRow& row) { rows.add(row); });
              rows.send();
            }
            connection_.exec("TRUNCATE pushed");
          }
          // Deletions last, the kinds that name others first.
          for (std::size_t k = records::kinds().size(); k-- > 0;) {
            if (deleted[k].empty()) continue;
            connection_.exec(fmt::format("DELETE FROM pingan.{} WHERE uid = ANY($1::text[])",
                                         records::kinds()[k].table.name),
                             {text_array(deleted[k])});
          }
          connection_.exec("UPDATE source SET mark = $2, last_push = $3 WHERE uid = $1",
                           {source, std::to_string(mark), now});
          // The contact counts for every station of the ledger.
          const Table& stations = records::station_kind().table;
          const auto name = static_cast<std::size_t>(std::ranges::find(stations.columns, "name") - stations.columns.begin());
          changes.rows(records::station_kind(), stations, 0, [&](const TextRow& row) {
            connection_.exec("INSERT INTO source_station SELECT $1, id FROM station WHERE name = $2 "
                             "ON CONFLICT DO NOTHING",
                             {source, row[name]});
          });
        },
        dry_run);
  });
  return counts;
}

}  // namespace pingan::store::postgres
