#pragma once
// Targets and the ranking of stations in a report (SPEC §11): the figures
// against each station's targets, and its sections.
#include "pingan/report/model.hpp"

namespace pingan::report {

// Fills report.targets (and report.ranking for request.rank) from `source`;
// runs inside source.read_snapshot, after report.period and report.station are set.
void add_targets(Report& report, store::FigureSource& source, const ReportRequest& request);

Section targets_section(const Report& report);
Section ranking_section(const Report& report);

}  // namespace pingan::report
