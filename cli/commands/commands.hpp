#pragma once
// Each file in commands/ adds one noun's subcommands to the app.
#include <CLI/App.hpp>

#include "context.hpp"

namespace pingan::cli {

void add_init_command(CLI::App& app, Context& context);
void add_station_commands(CLI::App& app, Context& context);
void add_event_commands(CLI::App& app, Context& context);
void add_install_commands(CLI::App& app, Context& context);
void add_case_commands(CLI::App& app, Context& context);
// volunteer, task, duty, points: the volunteer police team (平安义警).
void add_volunteer_team_commands(CLI::App& app, Context& context);
void add_target_commands(CLI::App& app, Context& context);
void add_vocab_command(CLI::App& app, Context& context);
void add_log_command(CLI::App& app, Context& context);
void add_manpage_command(CLI::App& app);
void add_report_command(CLI::App& app, Context& context);
void add_maintenance_commands(CLI::App& app, Context& context);
void add_import_export_commands(CLI::App& app, Context& context);
void add_completion_command(CLI::App& app, Context& context);
// bureau init|status, push: a bureau's database on PostgreSQL (SPEC §10).
void add_bureau_commands(CLI::App& app, Context& context);

}  // namespace pingan::cli
