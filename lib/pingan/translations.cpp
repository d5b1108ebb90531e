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
    {" (did you mean {}?)", "（是不是 {}？）"},
    // --- records and the store
    // --- io, views, reports, completion
});

}  // namespace

std::span<const Translation> translations() { return kTable; }

}  // namespace pingan
