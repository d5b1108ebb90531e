#include "pingan/records/kinds.hpp"

#include <fmt/format.h>

#include "pingan/i18n.hpp"
#include "pingan/store/cases.hpp"
#include "pingan/store/events.hpp"
#include "pingan/store/installs.hpp"
#include "pingan/store/stations.hpp"
#include "pingan/store/targets.hpp"
#include "pingan/store/volunteers.hpp"

namespace pingan::records {

const std::vector<Kind>& kinds() {
  static const std::vector<Kind> table = {
      {"station", "stations",
       {"station", "", {"uid", "name", "code", "bureau", "population", "retired", "created_at"}, {}},
       {},
       "",
       {},
       store::station_shape,
       store::export_stations,
       store::import_station,
       ""},
      {"event", "events",
       {"event", "",
        {"uid", "date", "station_id", "venue", "place", "audience", "materials", "note", "created_at", "updated_at"},
        {{"station_id", "station", "name"}}},
       {{"event_topic", "event_id", {"position", "topic"}, {}},
        {"event_officer", "event_id", {"position", "officer"}, {}}},
       "date < ?1",
       {},
       store::event_shape,
       store::export_events,
       store::import_event,
       "date"},
      {"install", "installs",
       {"install", "",
        {"uid", "date", "station_id", "venue", "place", "count", "event_id", "note", "created_at", "updated_at"},
        {{"station_id", "station", "name"}, {"event_id", "event", "uid"}}},
       {},
       "date < ?1 AND event_id IS NULL",
       {"event_id"},
       store::install_shape,
       store::export_installs,
       store::import_install,
       "date"},
      {"case", "cases",
       {"refund_case", "",
        {"uid", "opened", "station_id", "name", "phone", "category", "platform", "amount_fen", "recovered_fen",
         "status", "status_date", "officer", "note", "created_at", "updated_at"},
        {{"station_id", "station", "name"}}},
       {{"case_update", "case_id", {"seq", "date", "status", "recovered_fen", "note", "by", "recorded_at"}, {}}},
       "status IN ('refunded', 'rejected', 'withdrawn') AND status_date < ?1",
       {},
       store::case_shape,
       store::export_cases,
       store::import_case,
       "opened"},
      {"volunteer", "volunteers",
       {"volunteer", "",
        {"uid", "name", "phone", "station_id", "group_code", "org", "joined", "left_on", "note", "created_at",
         "updated_at"},
        {{"station_id", "station", "name"}}},
       {},
       "",
       {},
       store::volunteer_shape,
       store::export_volunteers,
       store::import_volunteer,
       ""},
      {"task", "tasks",
       {"task", "",
        {"uid", "date", "station_id", "duty", "place", "slots", "hours_tenths", "status", "note", "created_at",
         "updated_at"},
        {{"station_id", "station", "name"}}},
       {{"task_signup", "task_id", {"position", "volunteer_id"}, {{"volunteer_id", "volunteer", "uid"}}}},
       "status = 'done' AND date < ?1",
       {},
       store::task_shape,
       store::export_tasks,
       store::import_task,
       "date"},
      {"duty", "duties",
       {"duty", "",
        {"uid", "date", "station_id", "volunteer_id", "duty", "hours_tenths", "points_tenths", "place", "event_id",
         "task_id", "adopted", "reason", "note", "created_at", "updated_at"},
        {{"station_id", "station", "name"},
         {"volunteer_id", "volunteer", "uid"},
         {"event_id", "event", "uid"},
         {"task_id", "task", "uid"}}},
       {},
       "date < ?1 AND task_id IS NULL AND event_id IS NULL",
       {"task_id", "event_id"},
       store::duty_shape,
       store::export_duties,
       store::import_duty,
       "date"},
      // Targets never archive: a report compares a period with them.
      {"target", "targets",
       {"target", "",
        {"uid", "station_id", "metric", "period", "first_day", "last_day", "value", "created_at", "updated_at"},
        {{"station_id", "station", "name"}},
        {"station_id", "metric", "period"}},
       {},
       "",
       {},
       store::target_shape,
       store::export_targets,
       store::import_target,
       ""},
  };
  return table;
}

const Kind& station_kind() { return kinds()[0]; }
const Kind& event_kind() { return kinds()[1]; }
const Kind& install_kind() { return kinds()[2]; }
const Kind& case_kind() { return kinds()[3]; }
const Kind& volunteer_kind() { return kinds()[4]; }
const Kind& task_kind() { return kinds()[5]; }
const Kind& duty_kind() { return kinds()[6]; }
const Kind& target_kind() { return kinds()[7]; }

const Kind* find_kind(std::string_view name) {
  for (const auto& kind : kinds())
    if (kind.name == name || kind.plural == name) return &kind;
  return nullptr;
}

const Kind& kind_of_table(std::string_view table) {
  for (const auto& kind : kinds())
    if (kind.table.name == table) return kind;
  throw std::logic_error(fmt::format("no record kind keeps table {}", table));
}

std::string plurals(const std::function<bool(const Kind&)>& keep) {
  std::string out;
  for (const auto& kind : kinds())
    if (!keep || keep(kind)) out += fmt::format("{}{}", out.empty() ? "" : ", ", kind.plural);
  return out;
}

std::string not_found(const Kind& kind, std::int64_t id) {
  if (&kind == &station_kind()) return trf("station {} not found", id);
  if (&kind == &event_kind()) return trf("event {} not found", id);
  if (&kind == &install_kind()) return trf("install {} not found", id);
  if (&kind == &case_kind()) return trf("case {} not found", id);
  if (&kind == &volunteer_kind()) return trf("volunteer {} not found", id);
  if (&kind == &task_kind()) return trf("task {} not found", id);
  if (&kind == &duty_kind()) return trf("duty {} not found", id);
  if (&kind == &target_kind()) return trf("target {} not found", id);
  return fmt::format("{} {} not found", kind.name, id);
}

std::string count_of(const Kind& kind, std::int64_t count) {
  if (&kind == &station_kind()) return trf("{} stations", count);
  if (&kind == &event_kind()) return trf("{} events", count);
  if (&kind == &install_kind()) return trf("{} installs", count);
  if (&kind == &case_kind()) return trf("{} cases", count);
  if (&kind == &volunteer_kind()) return trf("{} volunteers", count);
  if (&kind == &task_kind()) return trf("{} tasks", count);
  if (&kind == &duty_kind()) return trf("{} duties", count);
  if (&kind == &target_kind()) return trf("{} targets", count);
  return fmt::format("{} {}", count, kind.plural);
}

bool archives(const Kind& kind) { return !kind.archive_due.empty() || !kind.moves_with.empty(); }

KindCounts::KindCounts() : counts_(kinds().size(), 0) {}

std::int64_t& KindCounts::operator[](const Kind& kind) { return counts_[&kind - kinds().data()]; }
std::int64_t KindCounts::operator[](const Kind& kind) const { return counts_[&kind - kinds().data()]; }

std::int64_t KindCounts::total() const {
  std::int64_t sum = 0;
  for (auto n : counts_) sum += n;
  return sum;
}

std::string KindCounts::describe(const std::function<bool(const Kind&)>& keep) const {
  const std::string separator = tr(", ");  // 、 in Chinese, as vocabulary lists
  std::string out;
  for (const auto& kind : kinds())
    if (!keep || keep(kind)) out += (out.empty() ? "" : separator) + count_of(kind, (*this)[kind]);
  return out;
}

}  // namespace pingan::records
