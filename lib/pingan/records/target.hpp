#pragma once
// Targets (考核指标, SPEC §11): what a station should reach in one metric over
// a month, a quarter or a year; the report compares its figures with them.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "pingan/values.hpp"

namespace pingan::records {

// How a metric's values are kept: a count, fen, or tenths (per 10,000 residents).
enum class Unit { count, money, per_10k };

struct Metric {
  std::string_view code;  // a key of the report's totals, or installs_per_10k
  Unit unit;
};
inline constexpr std::string_view kInstallsPer10k = "installs_per_10k";

// Every metric a target may be set for, in the order lists and reports use.
const std::vector<Metric>& target_metrics();
// "events, audience, …": every metric's code.
std::string metric_codes();
// By code; InputError(field) listing the metrics otherwise.
const Metric& parse_metric(std::string_view text, std::string_view field);
// Its place in target_metrics(), for ordering.
std::size_t metric_order(std::string_view code);
// A positive value in the metric's unit: counts whole, money in yuan with at
// most two decimals (as fen), installs_per_10k with at most one (as tenths).
std::int64_t parse_target_value(const Metric& metric, std::string_view text, std::string_view field);
// A value as people read it: "300", "5000.00", "7.5".
std::string format_target_value(const Metric& metric, std::int64_t value);
// A value as JSON: a count, yuan, or a number with one decimal.
nlohmann::ordered_json target_value_json(const Metric& metric, std::int64_t value);

struct Target {
  std::int64_t id = 0;
  std::string uid;
  std::int64_t station_id = 0;
  std::string station;
  std::string metric;  // code
  Period period;       // a month, quarter or year; label as stored
  std::int64_t value = 0;
  std::string created_at;
  std::string updated_at;
};

// Keys: id, uid, station, metric, period, value.
nlohmann::ordered_json to_json(const Target& target);

}  // namespace pingan::records
