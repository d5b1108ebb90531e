#include "pingan/report/text.hpp"

#include <fmt/format.h>

#include <array>
#include <cstdlib>

namespace pingan::report {
namespace {

struct Term {
  std::string_view key;
  const char* zh;
  const char* en;
  // A shorter English column heading, where the words would make a table too
  // wide for an 80-column terminal ("" for a period: its label alone).
  const char* en_heading = nullptr;
};

// The Chinese words are the ones stations use in their own reports.
constexpr std::array kTerms = {
    Term{"events", "宣传场次", "Events"},
    Term{"audience", "覆盖人数", "People reached", "Audience"},
    Term{"materials", "发放资料", "Materials handed out", "Materials"},
    Term{"installs", "下载注册", "App installs", "Installs"},
    Term{"cases_opened", "受理求助", "Cases opened"},
    Term{"cases_finished", "办结案件", "Cases finished"},
    Term{"amount_claimed", "涉及金额", "Amount claimed"},
    Term{"amount_recovered", "挽损金额", "Amount recovered"},
    Term{"recovery_rate", "挽损率", "Recovery rate"},
    Term{"title", "反诈宣传工作统计", "Anti-fraud outreach report"},
    Term{"period", "统计周期", "Period"},
    Term{"station", "派出所", "Station"},
    Term{"last_push", "最近推送", "Last push"},
    Term{"all_stations", "全部派出所", "All stations"},
    Term{"totals", "总体情况", "Totals"},
    Term{"this_period", "本期", "This period", ""},
    Term{"previous", "上期", "Previous period", ""},
    Term{"change", "环比", "Change"},
    Term{"by_station", "分派出所", "By station"},
    Term{"by_venue", "分场所", "By venue"},
    Term{"by_topic", "分宣传主题", "By topic"},
    Term{"trend_day", "每日趋势", "Daily trend"},
    Term{"trend_week", "每周趋势", "Weekly trend"},
    Term{"open_cases", "未办结求助案件", "Open cases"},
    Term{"key", "代码", "Key"},
    Term{"opened", "受理日期", "Opened"},
    Term{"name", "求助人", "Name"},
    Term{"category", "类别", "Category"},
    Term{"amount", "涉及金额", "Amount"},
    Term{"status", "状态", "Status"},
    Term{"age_days", "天数", "Age (days)", "Age"},
    Term{"overdue", "超期", "Overdue"},
    Term{"none", "无", "None"},
    Term{"id", "编号", "ID"},
    Term{"day", "日期", "Day"},
    Term{"week", "周", "Week"},
    Term{"venue", "场所", "Venue"},
    Term{"topic", "主题", "Topic"},
    Term{"volunteers", "义警", "Volunteer police"},
    Term{"active", "在册义警", "Active volunteers"},
    Term{"joined", "新加入", "Joined"},
    Term{"participations", "履职次数", "Participations", "Duties"},
    Term{"hours", "服务时长（小时）", "Hours"},
    Term{"points", "积分", "Points"},
    Term{"by_duty", "分职责", "By duty"},
    Term{"duty", "职责", "Duty"},
    Term{"adjustment", "积分调整", "Points adjustments"},
    Term{"top", "积分排行", "Top volunteers"},
    Term{"rank", "排名", "Rank"},
    Term{"volunteer", "义警", "Volunteer"},
    Term{"volunteer_group", "队伍", "Group"},
    // Targets and the ranking (SPEC §11).
    Term{"targets", "考核指标完成情况", "Targets"},
    Term{"ranking", "排名通报", "Ranking"},
    Term{"installs_per_10k", "每万人注册数", "Installs per 10,000 residents"},
    Term{"metric", "指标", "Metric"},
    Term{"target_period", "考核周期", "Period"},
    Term{"target", "目标", "Target"},
    Term{"actual", "完成数", "Actual"},
    Term{"completion", "完成率", "Completion"},
    Term{"expected", "时间进度", "Expected"},
    Term{"met", "已完成", "met"},
    Term{"ahead", "超进度", "ahead"},
    Term{"behind", "落后", "behind"},
    Term{"per_10k", "每万人", "Per 10,000"},
    Term{"bottom", "后三位", "Bottom 3"},
};

std::string cell_text(const Column& column, const Cell& cell) {
  const Kind kind = kind_of(column, cell);
  if (cell.null && kind != Kind::text && kind != Kind::date) return "—";
  switch (kind) {
    case Kind::text: return cell.label.empty() ? cell.text : cell.label;
    case Kind::date: return cell.text;
    case Kind::flag: return cell.value ? column.heading : "";
    case Kind::number: return std::to_string(cell.value);
    default: return format_figure({column.key, kind, cell.value, cell.rate});
  }
}

}  // namespace

std::string term(std::string_view key, Lang lang) {
  for (const auto& entry : kTerms)
    if (entry.key == key) return lang == Lang::zh ? entry.zh : entry.en;
  return std::string(key);
}

std::string heading(std::string_view key, Lang lang) {
  for (const auto& entry : kTerms)
    if (entry.key == key && lang == Lang::en && entry.en_heading) return entry.en_heading;
  return term(key, lang);
}

std::string group_thousands(std::int64_t value) {
  // Through the unsigned magnitude, so the most negative value has one too.
  const std::uint64_t magnitude = value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
  const std::string digits = std::to_string(magnitude);
  std::string out = value < 0 ? "-" : "";
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string format_figure(const Figure& figure) {
  switch (figure.kind) {
    case Kind::count:
      return group_thousands(figure.value);
    case Kind::money:
      return fmt::format("{}.{:02d}", group_thousands(figure.value / 100), std::abs(figure.value % 100));
    case Kind::rate:
      return figure.rate ? fmt::format("{:.1f}%", *figure.rate * 100) : "—";
    case Kind::tenths: {
      const std::string whole = (figure.value < 0 && figure.value > -10 ? "-" : "") + group_thousands(figure.value / 10);
      return figure.value % 10 == 0 ? whole : fmt::format("{}.{}", whole, std::abs(figure.value % 10));
    }
    default:
      break;  // not a figure
  }
  return "";
}

std::string format_change(const Figure& now, const Figure& before) {
  if (now.kind == Kind::rate) {
    if (!now.rate || !before.rate) return "—";
    return fmt::format("{:+.1f} pp", (*now.rate - *before.rate) * 100);
  }
  const std::int64_t delta = now.value - before.value;
  if (delta == 0) return "±0";
  const Figure difference{now.key, now.kind, delta < 0 ? -delta : delta, {}};
  std::string out = (delta < 0 ? "−" : "+") + format_figure(difference);
  if (before.value != 0) {
    const double percent = static_cast<double>(delta < 0 ? -delta : delta) * 100 / static_cast<double>(before.value);
    out += fmt::format(" ({}{:.1f}%)", delta < 0 ? "−" : "+", percent);
  }
  return out;
}

std::vector<std::string> header_lines(const Report& report) {
  const Lang lang = report.lang;
  return {
      term("title", lang),
      fmt::format("{}: {} ({} … {})", term("period", lang), report.period.label, report.period.from.iso(),
                  report.period.to.iso()),
      fmt::format("{}: {}", term("station", lang), report.station.value_or(term("all_stations", lang))),
  };
}

TextTable text_table(const Section& section) {
  TextTable table;
  for (const auto& column : section.columns)
    if (column.shown) table.columns.push_back(column);
  for (const auto& row : section.rows) {
    auto& texts = table.rows.emplace_back();
    auto& cells = table.cells.emplace_back();
    for (std::size_t c = 0; c < section.columns.size(); ++c)
      if (section.columns[c].shown) {
        texts.push_back(cell_text(section.columns[c], row.cells[c]));
        cells.push_back(row.cells[c]);
      }
  }
  return table;
}

}  // namespace pingan::report
