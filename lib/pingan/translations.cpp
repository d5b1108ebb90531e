// The one translation table: every English text a person reads (messages,
// errors, prompts, help) with its Chinese. The English text is the key, so a
// message reads naturally where it is written; a Chinese text may reorder the
// arguments with {0}, {1}. tests/e2e/test_translations.sh checks that every
// tr()/trf() text in lib/ and cli/ is here, and nothing else is; the unit
// tests check the placeholders match.
//
// Errors keep the `FIELD: reason` form: only the reason is here, the field is
// the option's name. Words of the reports are in report/text.cpp (keyed by
// figure), vocabulary labels in the config.
#include "pingan/i18n.hpp"

#include <array>

namespace pingan {
namespace {

constexpr auto kTable = std::to_array<Translation>({
    // --- the program: global options, help, parse errors, prompts, common options
    {"cannot tell the home folder: set $HOME or ${}", "无法确定主目录：请设置 $HOME 或 ${}"},
    {"no bureau database: give --bureau-db URL, set $PINGAN_BUREAU_DB or config bureau.url", "没有分局数据库：请给出 --bureau-db URL，或设置 $PINGAN_BUREAU_DB 或配置项 bureau.url"},
    {"cannot make a scratch folder in {}", "无法在 {} 建立临时文件夹"},
    {"note: part of this period's records are in the archive {}; add --include-archive to include them", "注意：该时段有部分记录已归档到 {}，加 --include-archive 一并统计"},
    {"must be a UTC time like 2026-11-28T09:30:00Z", "必须是 UTC 时间，例如 2026-11-28T09:30:00Z"},
    {"not given and no default station is set (pingan init --station NAME)", "未给出，也没有设置默认派出所（pingan init --station 名称）"},
    {"cannot run {} (the bureau commands need it): {}", "无法运行 {}（分局命令需要它）：{}"},
    {"Usage", "用法"},
    {"OPTIONS", "选项"},
    {"SUBCOMMAND", "子命令"},
    {"SUBCOMMANDS", "子命令"},
    {"Positionals", "参数"},
    {"REQUIRED", "必填"},
    {"Subcommands", "子命令"},
    {"Options", "选项"},
    {"print this help and exit", "显示本帮助并退出"},
    {"print the version and exit", "显示版本号并退出"},
    {"pingan (平安): keep the ledger of a station's anti-fraud outreach work "
     "(反诈宣传台账) and report on it.",
     "pingan（平安）：派出所反诈宣传工作台账，登记并生成统计报表。"},
    {"database file (default: $PINGAN_DB, config, ~/.local/share/pingan/pingan.db)",
     "数据库文件（默认：$PINGAN_DB、配置文件、~/.local/share/pingan/pingan.db）"},
    {"config file (default: $PINGAN_CONFIG, ~/.config/pingan/config.toml)",
     "配置文件（默认：$PINGAN_CONFIG、~/.config/pingan/config.toml）"},
    {"language of everything you read: zh or en", "界面语言：zh（中文）或 en（英文）"},
    {"never colour the output", "不使用彩色输出"},
    {"no confirmations or progress messages", "不显示确认和进度信息"},
    {"start CSV output with a UTF-8 BOM, for Excel (config csv.bom)",
     "CSV 输出以 UTF-8 BOM 开头，便于 Excel 打开（配置项 csv.bom）"},
    {R"(Exit codes: 0 ok, 1 runtime failure, 2 bad usage or input, 3 record not found,
4 database still busy after the busy timeout.

Examples:
  pingan init --station 吉日嘎朗图派出所 --officer 寇小青
  pingan event add --venue 工地 --place 安置房工地 --audience 60 --installs 25
  pingan event list --week this
Run `pingan COMMAND --help` for a command's options and examples.)",
     R"(退出码：0 成功，1 运行失败，2 用法或输入有误，3 记录不存在，
4 等待超时后数据库仍被占用。

示例：
  pingan init --station 吉日嘎朗图派出所 --officer 寇小青
  pingan event add --venue 工地 --place 安置房工地 --audience 60 --installs 25
  pingan event list --week 本周
运行 `pingan 命令 --help` 查看该命令的选项和示例。)"},
    {"unknown option {} for {}{} (see {} --help)", "{1} 没有选项 {0}{2}（见 {3} --help）"},
    {"unexpected argument {} for {} (see {} --help)", "{1} 不接受参数 {0}（见 {2} --help）"},
    {"unknown command {} for {}{} (see {} --help)", "{1} 没有子命令 {0}{2}（见 {3} --help）"},
    {"needs a value", "缺少取值"},
    {"given more than once", "只能给一次"},
    {"{} is not one of {}", "{} 不是可选值之一（{}）"},
    {"is required", "必须给出"},
    {"{} is not a valid value", "{} 不是有效的值"},
    {"must not be empty", "不能为空"},
    {"cannot write to standard output: {}", "无法写入标准输出：{}"},
    {"cannot write to standard output", "无法写入标准输出"},
    {"must be zh or en, not {}", "只能是 zh 或 en，不能是 {}"},
    // --- commands: events, installs, cases, stations, init, report, targets, vocab, log,
    //     maintenance, import/export, bureau
    // --- commands: volunteers
    // --- values, vocabularies, config, suggestions
    {"must be \"zh\" or \"en\"", "只能是 \"zh\" 或 \"en\""},
    {"must be a table", "必须是一个表"},
    {"must be an array of tables ([[{}]])", "必须是表数组（[[{}]]）"},
    {"{} may hold only a-z, 0-9 and _", "{} 只能含 a-z、0-9 和 _"},
    {"{} also names {}: each code and label must name one {}", "{} 也是 {} 的名称：每个代码和名称只能对应一个{}"},
    {"must be a string", "必须是字符串"},
    {"must be a number of points, whole or with one decimal", "必须是积分数，整数或一位小数"},
    {"must be a number of points from 0 to 1000, whole or with one decimal", "必须是 0 到 1000 的积分数，整数或一位小数"},
    {"must be true or false", "只能是 true 或 false"},
    {"must be a whole number from {} to {}", "必须是 {} 到 {} 的整数"},
    {"unknown key", "未知的配置项"},
    {"cannot read config {}", "无法读取配置文件 {}"},
    {"is a folder, not a config file", "是文件夹，不是配置文件"},
    {", ", "、"},
    {" (did you mean {} = {}?)", "（是不是 {} = {}？）"},
    {"unknown venue {}{}; valid: {}", "未知的场所 {}{}；可选：{}"},
    {"unknown topic {}{}; valid: {}", "未知的宣传主题 {}{}；可选：{}"},
    {"unknown category {}{}; valid: {}", "未知的类别 {}{}；可选：{}"},
    {"unknown duty {}{}; valid: {}", "未知的职责 {}{}；可选：{}"},
    {"unknown volunteer_group {}{}; valid: {}", "未知的义警队伍 {}{}；可选：{}"},
    {"unknown {} {}{}; valid: {}", "未知的{} {}{}；可选：{}"},
    {"{} is outside {} … {}", "{} 超出范围（{} … {}）"},
    {"not a valid week: {}", "不是有效的周：{}"},
    {"{} does not exist ({} has {} weeks)", "{} 不存在（{} 年只有 {} 周）"},
    {"not a valid date: {}", "不是有效的日期：{}"},
    {"{} is after today ({})", "{} 晚于今天（{}）"},
    {"not a valid month: {}", "不是有效的月份：{}"},
    {"not a valid year: {}", "不是有效的年份：{}"},
    {"not a valid quarter: {} (e.g. 2026-Q4)", "不是有效的季度：{}（例如 2026-Q4）"},
    {"not a month, quarter or year: {} (e.g. 2026-11, 2026-Q4, 2026)", "不是月份、季度或年份：{}（例如 2026-11、2026-Q4、2026）"},
    {"{} is before --from ({})", "{} 早于 --from（{}）"},
    {"must not be negative", "不能为负数"},
    {"not a whole number: {}", "不是整数：{}"},
    {"must be at most {}", "不能超过 {}"},
    {"not a valid id: {}", "不是有效的编号：{}"},
    {"must be at least 1", "至少为 1"},
    {"not an amount of money: {}", "不是有效的金额：{}"},
    {"at most two decimals: {}", "最多两位小数：{}"},
    {"must be at most {} yuan", "不能超过 {} 元"},
    {"not valid utf-8", "不是有效的 UTF-8 文本"},
    {"contains a control character ({})", "含有控制字符（{}）"},
    {"too long: {} characters (at most {})", "太长：{} 个字符（最多 {} 个）"},
    {"contains a bidi control character ({})", "含有双向控制字符（{}）"},
    {"contains a zero-width character ({})", "含有零宽字符（{}）"},
    {"not a phone number (digits, spaces, + - ( ) only; at most 30)", "不是电话号码（只能有数字、空格和 + - ( )，最多 30 个）"},
    {" (did you mean {}?)", "（是不是 {}？）"},
    // --- records and the store
    // --- io, views, reports, completion
    {"Print a shell completion script", "输出 shell 自动补全脚本"},
    {"bash, zsh or fish", "bash、zsh 或 fish"},
    {R"(Examples:
  source <(pingan completion bash)
  pingan completion fish > ~/.config/fish/completions/pingan.fish)", R"(示例：
  source <(pingan completion bash)
  pingan completion fish > ~/.config/fish/completions/pingan.fish)"},
    {"cannot write {}: {}", "无法写入 {}：{}"},
    {"unterminated quoted cell", "引号未闭合"},
    {"this system cannot convert GB18030 (iconv)", "本系统无法转换 GB18030 编码（iconv）"},
    {"cannot read {}: a read error", "无法读取 {}：读取出错"},
    {"not GBK/GB18030 text at byte {} (is it UTF-8 already? then leave out --encoding)", "第 {} 字节处不是 GBK/GB18030 文本（如果已经是 UTF-8，请去掉 --encoding）"},
    {"cannot write the converted copy of {}", "无法写入 {} 转换后的副本"},
});

}  // namespace

std::span<const Translation> translations() { return kTable; }

}  // namespace pingan
