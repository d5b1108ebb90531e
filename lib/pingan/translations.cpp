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
    // records: cases, kinds, targets, uids, volunteers
    {"case {}", "第 {} 号求助案件"},
    {"the case", "该求助案件"},
    {"unknown status \"{}\"; valid: open (已受理), submitted (已提交平台), refunded (已退款), "
     "rejected (被拒绝), withdrawn (已撤回)",
     "未知的状态 \"{}\"；可选：open（已受理）、submitted（已提交平台）、refunded（已退款）、"
     "rejected（被拒绝）、withdrawn（已撤回）"},
    {"{} is already {}", "{}已是 {} 状态"},
    {"{} is {}, a final status; add --reopen to change it", "{}已是最终状态 {}；如需更改请加 --reopen"},
    {"{} cannot go from {} to {} (open → submitted → refunded | rejected; open or submitted → withdrawn)",
     "{}不能从 {} 改为 {}（open → submitted → refunded | rejected；open 或 submitted → withdrawn）"},
    {"only goes with --status refunded", "只能与 --status refunded 一起使用"},
    {"{} is more than the case's amount {}", "{} 超过了该案件的涉及金额 {}"},
    {"a refund must recover more than 0; use --status rejected instead",
     "已退款的挽损金额必须大于 0；未能挽回请改用 --status rejected"},
    {"{} is before the case's last update ({})", "{} 早于该案件上次更新的日期（{}）"},
    {"{} is after today ({})", "{} 晚于今天（{}）"},
    {"must begin with the opening entry (status open, dated as opened)",
     "必须以受理记录开头（状态为 open，日期为受理日期）"},
    {"station {} not found", "没有编号为 {} 的派出所"},
    {"event {} not found", "没有编号为 {} 的宣传活动"},
    {"install {} not found", "没有编号为 {} 的下载注册记录"},
    {"case {} not found", "没有编号为 {} 的求助案件"},
    {"volunteer {} not found", "没有编号为 {} 的义警"},
    {"task {} not found", "没有编号为 {} 的任务"},
    {"duty {} not found", "没有编号为 {} 的履职记录"},
    {"target {} not found", "没有编号为 {} 的考核指标"},
    {"{} stations", "派出所 {} 个"},
    {"{} events", "宣传活动 {} 场"},
    {"{} installs", "下载注册 {} 条"},
    {"{} cases", "求助案件 {} 件"},
    {"{} volunteers", "义警 {} 名"},
    {"{} tasks", "任务 {} 项"},
    {"{} duties", "履职 {} 条"},
    {"{} targets", "考核指标 {} 项"},
    {"unknown metric {}{}; valid: {}", "未知的指标 {}{}；可选：{}"},
    {"give installs per 10,000 residents with at most one decimal, like 8 or 7.5, not {}",
     "请给出每万人下载注册数，最多一位小数，如 8 或 7.5，不能是 {}"},
    {"a target must be above 0", "考核指标必须大于 0"},
    {"must be a UUID like 6f1c2a70-9b1e-4c3d-8e2f-0a1b2c3d4e5f (or one followed by -installs)",
     "必须是 UUID，如 6f1c2a70-9b1e-4c3d-8e2f-0a1b2c3d4e5f（或其后加 -installs）"},
    {"give hours from 0 to 24 in steps of 0.5, like 2 or 2.5, not {}",
     "时长须在 0 到 24 小时之间、以 0.5 为单位，如 2 或 2.5，不能是 {}"},
    {"give points with at most one decimal, like 5, -3 or 2.5 (not 0), not {}",
     "积分最多一位小数，如 5、-3 或 2.5（不能为 0），不能是 {}"},
    {"give points from 0 with at most one decimal, like 4 or 4.5, not {}",
     "积分须不小于 0、最多一位小数，如 4 或 4.5，不能是 {}"},
    // the ledger: opening, locks, engine errors
    {"no database at {} (add a record or run `pingan init` first)",
     "{} 处没有数据库（请先登记一条记录或运行 `pingan init`）"},
    {"cannot create folder {}: {}", "无法创建文件夹 {}：{}"},
    {"cannot create database {}: {}", "无法创建数据库 {}：{}"},
    {"{} has schema version {}, newer than this pingan knows ({}); use a newer pingan",
     "{} 的数据库结构版本为 {}，比本程序所知的版本（{}）新；请使用更新版本的 pingan"},
    {"{} is an SQLite database but not a pingan ledger; left untouched",
     "{} 是 SQLite 数据库，但不是 pingan 台账数据库；未作任何改动"},
    {"{} is an empty database (add a record or run `pingan init` first)",
     "{} 是空数据库（请先登记一条记录或运行 `pingan init`）"},
    {"cannot switch {} to WAL mode", "无法将 {} 切换为 WAL 模式"},
    {"archive {} has schema version {}, this pingan expects {}",
     "归档文件 {} 的数据库结构版本为 {}，本程序需要版本 {}"},
    {"database is busy: {}", "数据库被占用：{}"},
    {"database: {}", "数据库出错：{}"},
    // the store: import
    {"must be text, a number or true/false", "必须是文本、数字或 true/false"},
    {"must be a list of text", "必须是文本列表"},
    {"not a UTC timestamp like 2026-11-28T09:30:00Z", "不是 UTC 时间戳（如 2026-11-28T09:30:00Z）"},
    {"not a valid time of day", "不是有效的时刻"},
    {"must be one of {}, not \"{}\"", "必须是 {} 之一，不能是 \"{}\""},
    {"looks like UTF-16 text: save it as UTF-8", "看起来是 UTF-16 文本：请另存为 UTF-8"},
    {"looks like binary data, not text", "看起来是二进制数据，不是文本"},
    {"looks like GBK (GB18030) text, as Excel on a Chinese Windows saves: use --encoding gbk",
     "看起来是 GBK（GB18030）文本（中文 Windows 上的 Excel 会这样保存）：请加 --encoding gbk"},
    {"not valid UTF-8 (save the file as UTF-8)", "不是有效的 UTF-8（请将文件另存为 UTF-8）"},
    {"unknown column \"{}\" for {}; valid: {}", "{1} 没有 \"{0}\" 这一列；可用的列：{2}"},
    {"cannot read {}: a read error", "无法读取 {}：读取出错"},
    {"the file is empty", "文件是空的"},
    {"not valid JSON", "不是有效的 JSON"},
    {"must be a JSON object", "必须是 JSON 对象"},
    {"has {} cells, the header {}", "有 {} 个单元格，而表头有 {} 个"},
    {"has no header row (the first line names the columns)", "没有表头行（第一行应是各列的名称）"},
    {"{} bad line; nothing was imported", "{} 行有误，未导入任何记录"},
    {"{} bad lines; nothing was imported", "{} 行有误，未导入任何记录"},
    {"CSV holds one kind of record: give --kind {}", "CSV 文件只能包含一种记录：请给出 --kind {}"},
    // the store: archive, backup, check, push
    {"cannot open {}: {}", "无法打开 {}：{}"},
    {"another pingan archive is running on {}", "另一个 pingan 归档正在处理 {}"},
    {"archive copy of {} incomplete; nothing deleted", "{} 未完整复制到归档文件；未删除任何记录"},
    {"archive copy of {} incomplete ({} of {}); nothing deleted",
     "{0} 未完整复制到归档文件（{1}/{2}）；未删除任何记录"},
    {"the archive must be another file than the database", "归档文件不能是数据库文件本身"},
    {"integrity: {}", "完整性检查：{}"},
    {"foreign key: a row of {} refers to a missing {}", "外键：{} 中有一行引用了不存在的 {}"},
    {"foreign key: {} row {} refers to a missing {}", "外键：{} 第 {} 行引用了不存在的 {}"},
    {"schema version 0: not a pingan database (this pingan expects {})",
     "数据库结构版本为 0：不是 pingan 数据库（本程序需要版本 {}）"},
    {"schema version {} (this pingan expects {})", "数据库结构版本为 {}（本程序需要版本 {}）"},
    {"no database at {}", "{} 处没有数据库"},
    {"cannot write {}: cannot create folder {}: {}", "无法写入 {}：无法创建文件夹 {}：{}"},
    {"{} exists; add --force to replace it", "{} 已存在；如要替换请加 --force"},
    {"{} is a database in use; back up to another file", "{} 是正在使用的数据库；请备份到另一个文件"},
    {"cannot write {}: {}", "无法写入 {}：{}"},
    {"the backup failed its check: {}", "备份未通过检查：{}"},
    {"this database has archived records but its archive is not found: give --archive PATH",
     "本数据库有已归档的记录，但找不到归档文件：请给出 --archive PATH"},
    // the store: cases, events, installs, stations, targets, volunteers
    {"{} is below the {} already recovered", "{} 低于已挽回的 {}"},
    {"must be a non-empty list", "必须是非空列表"},
    {"entries must be objects", "每一项都必须是对象"},
    {"{} is not the timeline's last status ({})", "{} 不是时间线上的最后状态（{}）"},
    {"{} is not what the timeline recovered ({})", "{} 与时间线上的挽损金额（{}）不符"},
    {"{} is less than the {} installs recorded separately for event {} (see pingan install list)",
     "{0} 少于宣传活动 {2} 另行登记的下载注册数 {1}（见 pingan install list）"},
    {"no event with uid {}", "没有 uid 为 {} 的宣传活动"},
    {"a uid ending in -installs names the install of the event with that uid; this record is not linked to it",
     "以 -installs 结尾的 uid 专指同名宣传活动的下载注册记录；本记录并未关联该宣传活动"},
    {"\"{}\" is already used by station \"{}\"", "\"{}\" 已被派出所 \"{}\" 使用"},
    {"a population must be above 0", "辖区人口必须大于 0"},
    {"station {} was retired on {} and takes no new records (pingan station retire {} --undo)",
     "派出所 {} 已于 {} 停用，不再接受新记录（恢复：pingan station retire {} --undo）"},
    {"unknown station \"{}\"; none registered yet (pingan station add NAME)",
     "未知的派出所 \"{}\"；尚未登记任何派出所（pingan station add NAME）"},
    {"unknown station \"{}\"; registered: {}", "未知的派出所 \"{}\"；已登记：{}"},
    {"station {} has no population for an {} target (pingan station edit {} --population N)",
     "派出所 {} 没有辖区人口数，无法设置 {} 考核指标（pingan station edit {} --population N）"},
    {"{} names {} volunteers; give the id (pingan volunteer list)",
     "名为 {} 的义警有 {} 名；请给出编号（pingan volunteer list）"},
    {"no volunteer {}; none registered yet (pingan volunteer add NAME)",
     "没有义警 {}；尚未登记任何义警（pingan volunteer add NAME）"},
    {"no volunteer {}; closest: {}", "没有义警 {}；最接近的：{}"},
    {"{} is before the day they joined ({})", "{} 早于加入日期（{}）"},
    {"{} has participations on {} … {}, outside the days active", "{} 在 {} … {} 有履职记录，超出了在岗期间"},
    {"{} was not active on {} (joined {}, left {})", "{} 在 {} 不在岗（{} 加入，{} 退出）"},
    {"{} was not active on {} (joined {})", "{} 在 {} 不在岗（{} 加入）"},
    {"task {} is done; record late attendees with pingan task done {} --volunteer …",
     "任务 {} 已完成；迟到的参加者请用 pingan task done {} --volunteer … 登记"},
    {"{} is not active on the task's day {} (joined {}, left {})", "{} 在任务当天 {} 不在岗（{} 加入，{} 退出）"},
    {"{} is not active on the task's day {} (joined {})", "{} 在任务当天 {} 不在岗（{} 加入）"},
    {"task {} has {} slot(s), {} taken: {} cannot all join", "任务 {} 共有 {} 个名额，已报 {} 个：{} 人无法全部加入"},
    {"is before the day the volunteer joined", "早于该义警的加入日期"},
    {"no record with uid {}", "没有 uid 为 {} 的记录"},
    {"must be at least 1", "至少为 1"},
    {"must be open or done", "只能是 open 或 done"},
    {"more than the task's slots", "超过了任务的名额"},
    {"must be true or false", "只能是 true 或 false"},
    {"only for a duty with an adoption bonus (intelligence)", "只适用于有采纳加分的职责（intelligence）"},
    {"an adjustment needs a reason", "积分调整必须写明原因"},
    {"{} was not active on {}", "{} 在 {} 不在岗"},
    // the bureau (PostgreSQL)
    {"the bureau database has schema version {}, newer than this pingan knows ({}): update pingan",
     "分局数据库的结构版本为 {}，比本程序所知的版本（{}）新：请更新 pingan"},
    {"the bureau database has no pingan schema: run `pingan bureau init`",
     "分局数据库中没有 pingan 的表结构：请运行 `pingan bureau init`"},
    {"the bureau database has schema version {}: run `pingan bureau init` to migrate it",
     "分局数据库的结构版本为 {}：请运行 `pingan bureau init` 升级"},
    {"unknown station {} in the bureau database; it has none yet (pingan push)",
     "分局数据库中没有派出所 {}；其中还没有任何派出所（pingan push）"},
    {"unknown station {} in the bureau database; it has: {}", "分局数据库中没有派出所 {}；现有：{}"},
    {"the bureau gave a non-integer {}", "分局数据库返回了非整数值 {}"},
    {"cannot reach the bureau database {}: {}", "无法连接分局数据库 {}：{}"},
    {"out of memory", "内存不足"},
    {"the bureau database stayed busy: {}", "分局数据库一直被占用：{}"},
    {"the bureau database refused a copy: {}", "分局数据库拒绝了数据复制：{}"},
    {"the bureau database refused a statement: {}", "分局数据库拒绝执行语句：{}"},
    {"station {} has no population for an {} target (push it from a ledger where `pingan station edit` gave it one)",
     "派出所 {} 没有辖区人口数，无法设置 {} 考核指标（请从已用 `pingan station edit` 设置辖区人口的台账推送）"},
    // --- io, views, reports, completion
});

}  // namespace

std::span<const Translation> translations() { return kTable; }

}  // namespace pingan
