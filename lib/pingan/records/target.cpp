#include "pingan/records/target.hpp"

#include "pingan/errors.hpp"
#include "pingan/i18n.hpp"
#include "pingan/records/volunteer.hpp"
#include "pingan/suggest.hpp"

namespace pingan::records {

const std::vector<Metric>& target_metrics() {
  static const std::vector<Metric> metrics = {
      {"events", Unit::count},         {"audience", Unit::count},          {"materials", Unit::count},
      {"installs", Unit::count},       {"cases_finished", Unit::count},    {"amount_recovered", Unit::money},
      {kInstallsPer10k, Unit::per_10k},
  };
  return metrics;
}

const Metric& parse_metric(std::string_view text, std::string_view field) {
  for (const auto& metric : target_metrics())
    if (metric.code == text) return metric;
  std::vector<std::string> codes;
  for (const auto& metric : target_metrics()) codes.emplace_back(metric.code);
  throw InputError(std::string(field),
                   trf("unknown metric {}{}; valid: {}", quoted(text), did_you_mean(text, codes), metric_codes()));
}

std::string metric_codes() {
  std::string codes;
  for (const auto& metric : target_metrics()) codes += (codes.empty() ? "" : ", ") + std::string(metric.code);
  return codes;
}

std::size_t metric_order(std::string_view code) {
  const auto& metrics = target_metrics();
  for (std::size_t i = 0; i < metrics.size(); ++i)
    if (metrics[i].code == code) return i;
  return metrics.size();
}

std::int64_t parse_target_value(const Metric& metric, std::string_view text, std::string_view field) {
  std::int64_t value = 0;
  switch (metric.unit) {
    case Unit::count: value = parse_count(text, field); break;
    case Unit::money: value = parse_money(text, field); break;
    case Unit::per_10k: {
      const auto tenths = tenths_of(text);
      if (!tenths || *tenths < 0 || *tenths > 100000)
        throw InputError(std::string(field), trf("give installs per 10,000 residents with at most one decimal, "
                                                 "like 8 or 7.5, not {}",
                                                 quoted(text)));
      value = *tenths;
    }
  }
  if (value <= 0) throw InputError(std::string(field), tr("a target must be above 0"));
  return value;
}

std::string format_target_value(const Metric& metric, std::int64_t value) {
  switch (metric.unit) {
    case Unit::money: return format_yuan(value);
    case Unit::per_10k: return format_tenths(value);
    case Unit::count: break;
  }
  return std::to_string(value);
}

nlohmann::ordered_json target_value_json(const Metric& metric, std::int64_t value) {
  switch (metric.unit) {
    case Unit::money: return fen_to_yuan(value);
    case Unit::per_10k: return tenths_json(value);
    case Unit::count: break;
  }
  return value;
}

nlohmann::ordered_json to_json(const Target& target) {
  return {{"id", target.id},
          {"uid", target.uid},
          {"station", target.station},
          {"metric", target.metric},
          {"period", target.period.label},
          {"value", target_value_json(parse_metric(target.metric, "metric"), target.value)}};
}

}  // namespace pingan::records
