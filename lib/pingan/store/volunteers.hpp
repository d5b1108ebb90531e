#pragma once
// The volunteer police team (平安义警): volunteers, tasks and participations
// (duties), each audited; the leaderboard and the assessment.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pingan/config.hpp"
#include "pingan/records/kinds.hpp"
#include "pingan/records/volunteer.hpp"
#include "pingan/store/ledger.hpp"
#include "pingan/store/report_figures.hpp"

namespace pingan::store {

using records::Duty;
using records::Task;
using records::Volunteer;

// ---- volunteers
Volunteer add_volunteer(Ledger& ledger, Volunteer volunteer);
// NotFound("volunteer N not found").
Volunteer get_volunteer(Ledger& ledger, std::int64_t id);
// By id, or by name when one volunteer of that name is at the station (any
// station when `station_id` is 0); InputError(field) listing the closest
// names otherwise.
Volunteer find_volunteer(Ledger& ledger, std::string_view text, std::int64_t station_id, std::string_view field);
struct VolunteerFilter {
  std::optional<std::string> station;  // by name
  std::string status = "active";       // active, left or all (as of `today`)
  Date today;
  std::optional<std::string> group;
};
std::vector<Volunteer> list_volunteers(Ledger& ledger, const VolunteerFilter& filter);
// Stores the changed fields (audited; nothing when nothing changed). Left
// before joined, or participations outside the days active, is InputError
// naming `field`.
std::optional<Volunteer> update_volunteer(Ledger& ledger, const Volunteer& changed, std::string_view field);

// ---- participations (duties) and points adjustments
// Inserts the participation (points computed by the caller from the rule in
// force), after checking the volunteer was active on its date (InputError
// naming `field`; an adjustment is not a participation and needs no check);
// audited.
Duty add_duty(Ledger& ledger, Duty duty, std::string_view field = "--volunteer");
Duty get_duty(Ledger& ledger, std::int64_t id);
void delete_duty(Ledger& ledger, std::int64_t id);
struct DutyFilter {
  std::optional<Date> from, to;
  std::optional<std::string> station;  // by name
  std::optional<std::int64_t> volunteer_id;
  std::optional<std::int64_t> event_id;
};
// Oldest first, from the archive too when it is attached.
void for_each_duty(Ledger& ledger, const DutyFilter& filter, const std::function<void(const Duty&)>& visit);

// The participations linked to an event follow its date and station
// (audited); `remove` deletes them instead (the event is being deleted).
void follow_event(Ledger& ledger, std::int64_t event_id, Date date, std::int64_t station_id, bool remove);

// ---- tasks
Task add_task(Ledger& ledger, Task task);
Task get_task(Ledger& ledger, std::int64_t id);
struct TaskFilter {
  std::optional<Date> from, to;
  std::optional<std::string> station;
  std::string status = "all";  // open, done or all
};
std::vector<Task> list_tasks(Ledger& ledger, const TaskFilter& filter);
// Signs volunteers up (each once); beyond the task's slots is InputError
// naming --volunteer, nothing written.
Task join_task(Ledger& ledger, std::int64_t id, const std::vector<std::int64_t>& volunteer_ids);
// Records who took part (a volunteer credited once per task) with the
// points of the duty's rule, and marks the task done.
Task finish_task(Ledger& ledger, std::int64_t id, const std::vector<std::int64_t>& volunteer_ids,
                 std::optional<std::int64_t> hours, const DutyRule& rule);
// Deletes the task; a done task's participations go with it.
void delete_task(Ledger& ledger, std::int64_t id);

// ---- the leaderboard and the assessment
// The leaderboard (report::queries::board) on one snapshot of the ledger
// and its attached archive.
std::vector<BoardRow> board(Ledger& ledger, Date from, Date to, const std::optional<std::string>& station,
                            std::optional<Date> active_on = std::nullopt);

// The kinds table's hooks (records/kinds.cpp).
nlohmann::ordered_json volunteer_shape(const records::ExportScope& scope);
void export_volunteers(Ledger& ledger, const records::ExportScope& scope, const records::Visit& visit);
void import_volunteer(Importer& importer, const Fields& fields, const std::string& uid);
nlohmann::ordered_json task_shape(const records::ExportScope& scope);
void export_tasks(Ledger& ledger, const records::ExportScope& scope, const records::Visit& visit);
void import_task(Importer& importer, const Fields& fields, const std::string& uid);
nlohmann::ordered_json duty_shape(const records::ExportScope& scope);
void export_duties(Ledger& ledger, const records::ExportScope& scope, const records::Visit& visit);
void import_duty(Importer& importer, const Fields& fields, const std::string& uid);

}  // namespace pingan::store
