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
    // common options, prompts, output (cli/common, period_options, prompt, output)
    {"do not ask (needed without a terminal)", "不再询问（没有终端时必须给出）"},
    {"Examples:\n  pingan {} delete 12 --yes", "示例：\n  pingan {} delete 12 --yes"},
    {"{} needs --yes when there is no terminal to confirm on", "{} 需要 --yes 才能删除（没有终端可供确认）"},
    {"Delete {}?", "删除{}？"},
    {"not confirmed; nothing deleted", "未确认，未删除任何记录"},
    {"{} is the archive database; write the output elsewhere", "{} 是归档数据库，请输出到别的文件"},
    {"{} is the ledger database; write the output elsewhere", "{} 是台账数据库，请输出到别的文件"},
    {"{} is the archive database (its {} file); write the output elsewhere",
     "{} 是归档数据库的 {} 文件，请输出到别的文件"},
    {"{} is the ledger database (its {} file); write the output elsewhere",
     "{} 是台账数据库的 {} 文件，请输出到别的文件"},
    {"missing required field(s): {}", "缺少必填项：{}"},
    {"read the bureau's PostgreSQL database at this URL (every station pushed there)",
     "读取该 URL 处分局的 PostgreSQL 数据库（各派出所推送的全部数据）"},
    {"ISO week: 2026-W48, this or last (本周, 上周)", "ISO 周：2026-W48、本周（this）或上周（last）"},
    {"month: 2026-11, this or last (本月, 上月)", "月份：2026-11、本月（this）或上月（last）"},
    {"quarter: 2026-Q4, this or last (本季度, 上季度)", "季度：2026-Q4、本季度（this）或上季度（last）"},
    {"year: 2026, this or last (今年, 去年)", "年份：2026、今年（this）或去年（last）"},
    {"first day (inclusive)", "起始日期（含当天）"},
    {"last day (inclusive)", "截止日期（含当天）"},
    {"give only one of --week, --month, --quarter, --year or --from/--to",
     "--week、--month、--quarter、--year 和 --from/--to 只能给其中一种"},
    {"{} is before --from {}", "{} 早于 --from {}"},
    {"{}: ", "{}："},
    {"no answer (end of input); nothing was written", "没有回答（输入已结束），未写入任何内容"},
    {"output format", "输出格式"},
    {"Field", "字段"},
    {"Value", "内容"},
    // event
    {"where: a venue code or label (工地, night_market, …)", "场所：代码或名称（工地、night_market……）"},
    {"the place's name or address", "地点名称或地址"},
    {"people reached (受众人数)", "覆盖人数"},
    {"2026-11-28, 2026/11/28, 2026年11月28日, today, 昨天, -3d",
     "日期：2026-11-28、2026/11/28、2026年11月28日、今天、昨天、-3d"},
    {"station name or code (default: config defaults.station)", "派出所名称或代码（默认：配置项 defaults.station）"},
    {"leaflets and brochures handed out (发放资料份数)", "发放资料份数（宣传单、手册）"},
    {"people helped to install the 国家反诈中心 app here", "现场帮助下载注册国家反诈中心 APP 的人数"},
    {"topic code or label; repeatable, or a comma list", "宣传主题代码或名称；可重复给出，或用逗号分隔"},
    {"officer taking part; repeatable, or a comma list", "参加的民警；可重复给出，或用逗号分隔"},
    {"free text, may span lines", "自由填写，可以多行"},
    {"volunteer police who staffed it (their outreach duty); repeatable, or a comma list",
     "参加的义警（记为宣传履职）；可重复给出，或用逗号分隔"},
    {"Station [{}]", "派出所 [{}]"},
    {"Venues: {}", "可选场所：{}"},
    {"Venue", "场所"},
    {"Place", "地点"},
    {"Audience (people reached)", "受众人数"},
    {"no points rule for duty outreach in the config", "配置文件中没有 outreach（宣传）履职的积分规则"},
    {"added event", "已登记宣传活动"},
    {"Outreach events (宣传活动): add, list, show, edit, delete",
     "宣传活动：登记（add）、列表（list）、查看（show）、修改（edit）、删除（delete）"},
    {"Record an outreach event", "登记一次宣传活动"},
    {R"(Required: --venue, --place, --audience (asked for on a terminal when left out).

Examples:
  pingan event add --venue 工地 --place "吉日嘎朗图镇安置房工地" --audience 60 \
      --materials 120 --installs 25 --topic brushing,fake_loan --officer 寇小青
  pingan event add --venue night_market --place 树林召夜市 --audience 200 --date 昨天
  pingan event add            # on a terminal: asks for what is missing)",
     R"(必填：--venue、--place、--audience（在终端上没给出时会逐项询问）。

示例：
  pingan event add --venue 工地 --place "吉日嘎朗图镇安置房工地" --audience 60 \
      --materials 120 --installs 25 --topic brushing,fake_loan --officer 寇小青
  pingan event add --venue 夜市 --place 树林召夜市 --audience 200 --date 昨天
  pingan event add            # 在终端上：逐项询问缺少的内容)"},
    {"List events, oldest first", "列出宣传活动，按日期从早到晚"},
    {"only this station (name or code)", "只看该派出所（名称或代码）"},
    {"only this venue", "只看该场所"},
    {"only events with this topic", "只看有该宣传主题的活动"},
    {"at most this many events", "最多列出的活动条数"},
    {"list archived events too", "已归档的活动也列出"},
    {R"(Examples:
  pingan event list --week this
  pingan event list --month 2026-11 --venue 夜市 --format csv > november.csv
  pingan event list --from 2026-11-01 --to 2026-11-15 --format json)",
     R"(示例：
  pingan event list --week 本周
  pingan event list --month 2026-11 --venue 夜市 --format csv > november.csv
  pingan event list --from 2026-11-01 --to 2026-11-15 --format json)"},
    {"Show one event", "查看一次宣传活动"},
    {"the event's id", "宣传活动编号"},
    {"Examples:\n  pingan event show 12\n  pingan event show 12 --format json",
     "示例：\n  pingan event show 12\n  pingan event show 12 --format json"},
    {"Change fields of an event (only the options given)", "修改宣传活动（只改给出的选项）"},
    {R"(--topic and --officer replace the whole list; --note "" clears the note.

Examples:
  pingan event edit 12 --audience 80
  pingan event edit 12 --topic elder_care,illegal_fundraising --installs 30)",
     R"(--topic 和 --officer 会替换整个列表；--note "" 清空备注。

示例：
  pingan event edit 12 --audience 80
  pingan event edit 12 --topic elder_care,illegal_fundraising --installs 30)"},
    {"volunteers added: {}", "已记录义警履职：{} 人"},
    {"nothing changed; nothing written", "没有变化，未修改。"},
    {"updated event", "已修改宣传活动"},
    {"Delete an event with its linked installs", "删除宣传活动及其关联的下载注册记录"},
    {"do not ask for confirmation (needed without a terminal)", "不再询问确认（没有终端时必须给出）"},
    {"Examples:\n  pingan event delete 12\n  pingan event delete 12 --yes    # from a script",
     "示例：\n  pingan event delete 12\n  pingan event delete 12 --yes    # 在脚本中"},
    {"event delete needs --yes when there is no terminal to confirm on", "没有终端可供确认，event delete 需要加 --yes"},
    {"Delete event {}?", "删除宣传活动 {}？"},
    {"Nothing deleted.", "未删除。"},
    {"deleted event #{}", "已删除宣传活动 #{}"},
    // install
    {"App installs (国家反诈中心 APP 下载注册): add, list", "国家反诈中心 APP 下载注册：登记（add）、列表（list）"},
    {"Record people helped to install and register the app", "登记帮助群众下载注册 APP 的人数"},
    {"how many people (required)", "人数（必填）"},
    {"2026-11-28, today, 昨天, -3d … (default: today)", "日期：2026-11-28、今天、昨天、-3d……（默认：今天）"},
    {"where (default: front_desk, 派出所窗口)", "场所（默认：front_desk，派出所窗口）"},
    {"the place's name", "地点名称"},
    {"the event it happened at: takes its date, station and venue", "所属宣传活动：沿用该活动的日期、派出所和场所"},
    {"free text", "自由填写"},
    {R"(Installs at an event are best given with `event add --installs N`; this
command is for the front desk, home visits and the like.

Examples:
  pingan install add --count 3                       # at the front desk today
  pingan install add --count 12 --venue 社区 --place 幸福里社区 --date 昨天
  pingan install add --count 5 --event 12            # late additions to event 12)",
     R"(宣传活动现场的下载注册最好用 `event add --installs N` 登记；本命令用于
派出所窗口、入户走访等场合。

示例：
  pingan install add --count 3                       # 今天在派出所窗口
  pingan install add --count 12 --venue 社区 --place 幸福里社区 --date 昨天
  pingan install add --count 5 --event 12            # 给 12 号活动补登)"},
    {"added install #{}", "已登记下载注册 #{}"},
    {"List install records, oldest first", "列出下载注册记录，按日期从早到晚"},
    {"list archived records too", "已归档的记录也列出"},
    {"Examples:\n  pingan install list --week this\n  pingan install list --month last --format csv",
     "示例：\n  pingan install list --week 本周\n  pingan install list --month 上月 --format csv"},
    // case
    {R"(
Good to know:
  A refund of a minor's game top-ups or live-stream tips is decided by the
  platform (Civil Code arts. 19-20). It asks for the guardian's and the child's
  ID, proof of their relationship and the payment records; police help collect
  and file this evidence.
  96110 is the national anti-fraud warning line; an emergency stop-payment holds
  the receiving account for 48 hours.
  Paid "refund helper" services are themselves a known scam: warn the family.)",
     R"(
须知：
  未成年人游戏充值、直播打赏能否退款由平台决定（《民法典》第十九、二十条）。
  平台要求提供监护人和孩子的身份证件、亲子关系证明以及支付记录；民警协助
  收集、提交这些证据。
  96110 是全国反诈预警专线；紧急止付可将收款账户冻结 48 小时。
  有偿“代理退款”服务本身就是常见骗局：请提醒家属。)"},
    {"overdue", "超期"},
    {"Name", "姓名"},
    {"Categories: {}", "可选类别：{}"},
    {"Category", "类别"},
    {"Amount (yuan)", "涉及金额（元）"},
    {"unknown status {}; valid: open (未办结), closed (已办结), all (全部), "
     "submitted (已提交平台), refunded (已退款), rejected (被拒绝), withdrawn (已撤回)",
     "未知的状态 {}；可选：open（未办结）、closed（已办结）、all（全部）、"
     "submitted（已提交平台）、refunded（已退款）、rejected（被拒绝）、withdrawn（已撤回）"},
    {"Refund-assistance cases (退费/挽损求助): open, update, edit, delete, list, show",
     "求助案件（退费/挽损求助）：受理（open）、推进（update）、修改（edit）、删除（delete）、列表（list）、查看（show）"},
    {R"(Examples:
  pingan case open --name 格桑花 --category minor_game_topup --amount 700 --platform 微信支付
  pingan case update 3 --status submitted --note "证据已提交平台"
  pingan case list --status open
  pingan case show 3)",
     R"(示例：
  pingan case open --name 格桑花 --category 未成年人游戏充值 --amount 700 --platform 微信支付
  pingan case update 3 --status 已提交平台 --note "证据已提交平台"
  pingan case list --status 未办结
  pingan case show 3)"},
    {"Open a case for a resident who asks for help getting money back", "为求助追回钱款的群众受理求助案件"},
    {"the person asking for help (shown masked: 王某)", "求助人姓名（显示时打码：王某）"},
    {"code or label: minor_game_topup (未成年人游戏充值), …", "类别代码或名称：minor_game_topup（未成年人游戏充值）……"},
    {"money at stake: 700, 700.5, ¥700.50, 700元", "涉及金额：700、700.5、¥700.50、700元"},
    {"contact phone (shown masked: 138****5678)", "联系电话（显示时打码：138****5678）"},
    {"the platform or bank, e.g. 微信支付", "平台或银行，如微信支付"},
    {"date opened (default: today)", "受理日期（默认：今天）"},
    {"officer in charge (default: config defaults.officer)", "经办民警（默认：配置项 defaults.officer）"},
    {R"(Required: --name, --category, --amount (asked for on a terminal when left out).

Examples:
  pingan case open --name 格桑花 --phone 13812345678 --category minor_game_topup \
      --amount 700 --platform 微信支付 --note "孩子用家长微信余额充值游戏"
  pingan case open --name 王五 --category 电信网络诈骗止付挽损 --amount ¥12000.50)",
     R"(必填：--name、--category、--amount（在终端上没给出时会逐项询问）。

示例：
  pingan case open --name 格桑花 --phone 13812345678 --category 未成年人游戏充值 \
      --amount 700 --platform 微信支付 --note "孩子用家长微信余额充值游戏"
  pingan case open --name 王五 --category 电信网络诈骗止付挽损 --amount ¥12000.50)"},
    {"opened case", "已受理求助案件"},
    {"Correct a case's details (not its timeline: case update moves it along)",
     "更正求助案件的信息（不改进展：推进案件用 case update）"},
    {"the case's id", "求助案件编号"},
    {"the person asking for help", "求助人姓名"},
    {"contact phone (\"\" clears it)", "联系电话（\"\" 清空）"},
    {"code or label", "类别代码或名称"},
    {"money at stake (not below what was recovered)", "涉及金额（不能低于已挽损金额）"},
    {"the platform or bank (\"\" clears it)", "平台或银行（\"\" 清空）"},
    {"officer in charge (\"\" clears it)", "经办民警（\"\" 清空）"},
    {"free text (\"\" clears it)", "自由填写（\"\" 清空）"},
    {"Examples:\n  pingan case edit 3 --amount 750 --note \"家长补充了一笔充值记录\"\n"
     "  pingan case edit 3 --name 格桑花 --phone 13812345678",
     "示例：\n  pingan case edit 3 --amount 750 --note \"家长补充了一笔充值记录\"\n"
     "  pingan case edit 3 --name 格桑花 --phone 13812345678"},
    {"updated case", "已更新求助案件"},
    {"Delete a case with its timeline", "删除求助案件及其进展记录"},
    {"case #{}", "求助案件 #{}"},
    {"deleted case #", "已删除求助案件 #"},
    {"Move a case along: submitted, refunded, rejected, withdrawn",
     "推进求助案件：已提交平台（submitted）、已退款（refunded）、被拒绝（rejected）、已撤回（withdrawn）"},
    {"open, submitted, refunded, rejected or withdrawn",
     "open（已受理）、submitted（已提交平台）、refunded（已退款）、rejected（被拒绝）或 withdrawn（已撤回）"},
    {"with refunded: money returned (default: the full amount)", "状态为 refunded 时：挽损金额（默认：全部涉及金额）"},
    {"date of this step (default: today)", "这一步的日期（默认：今天）"},
    {"what happened, kept in the timeline", "办理情况，记入进展"},
    {"who did it (default: config defaults.officer)", "经办人（默认：配置项 defaults.officer）"},
    {"allow leaving a final status (refunded, rejected, withdrawn)",
     "允许改动已办结的状态（refunded、rejected、withdrawn）"},
    {R"(Lifecycle: open → submitted (evidence filed with the platform or bank)
           → refunded | rejected;  open or submitted → withdrawn.

Examples:
  pingan case update 3 --status submitted --note "证据已提交平台"
  pingan case update 3 --status refunded --recovered 650 --date 2026-11-27
  pingan case update 3 --status submitted --reopen --note "平台复核")",
     R"(办理流程：open（已受理）→ submitted（证据已提交平台或银行）
           → refunded（已退款）| rejected（被拒绝）；open 或 submitted → withdrawn（已撤回）。

示例：
  pingan case update 3 --status 已提交平台 --note "证据已提交平台"
  pingan case update 3 --status 已退款 --recovered 650 --date 2026-11-27
  pingan case update 3 --status 已提交平台 --reopen --note "平台复核")"},
    {"List cases by opening date, with the age of unfinished ones", "按受理日期列出求助案件，未办结的显示已过天数"},
    {"open (not finished: open or submitted), closed (finished), all, or one status",
     "open（未办结：已受理或已提交平台）、closed（已办结）、all（全部），或某一个状态"},
    {"list archived cases too", "已归档的案件也列出"},
    {R"(Names and phones are masked. Unfinished cases older than config
cases.overdue_days (default 7) are marked overdue.

Examples:
  pingan case list --status open
  pingan case list --month this --format csv)",
     R"(姓名和电话打码显示。未办结且超过配置项 cases.overdue_days（默认 7）天的
案件标为超期。

示例：
  pingan case list --status 未办结
  pingan case list --month 本月 --format csv)"},
    {"Show a case with its timeline", "查看求助案件及其进展"},
    {"show the full name and phone number", "显示完整姓名和电话号码"},
    {"Examples:\n  pingan case show 3\n  pingan case show 3 --reveal   # to call the family back",
     "示例：\n  pingan case show 3\n  pingan case show 3 --reveal   # 需要给家属回电时"},
    {"Timeline", "进展"},
    {"Date", "日期"},
    {"Status", "状态"},
    {"Recovered", "挽损金额"},
    {"By", "经办"},
    {"Note", "备注"},
    // station
    {"added station #", "已登记派出所 #"},
    {"Register and list police stations", "登记和列出派出所"},
    {"Register a station", "登记一个派出所"},
    {"the station's name", "派出所名称"},
    {"a short code to type instead of the name", "简短代码，可代替名称输入"},
    {"the bureau it belongs to", "所属分局"},
    {"residents of its jurisdiction (辖区人口)", "辖区人口"},
    {R"(Examples:
  pingan station add 吉日嘎朗图派出所 --code jrglt --bureau 杭锦旗公安局 --population 42000
  pingan station add "Shulinzhao Station" --code slz)",
     R"(示例：
  pingan station add 吉日嘎朗图派出所 --code jrglt --bureau 杭锦旗公安局 --population 42000
  pingan station add 树林召派出所 --code slz)"},
    {"Change a station's name, code, bureau or population", "修改派出所的名称、代码、所属分局或辖区人口"},
    {"the station (name or code)", "派出所（名称或代码）"},
    {"a new name", "新名称"},
    {"a new code", "新代码"},
    {"Examples:\n  pingan station edit slz --population 38500\n  pingan station edit 树林召派出所 --code slz2",
     "示例：\n  pingan station edit slz --population 38500\n  pingan station edit 树林召派出所 --code slz2"},
    {"updated station #", "已修改派出所 #"},
    {"Retire a station: kept for history and reports, no new records",
     "撤销派出所：保留历史记录并计入报表，不能再登记新记录"},
    {"bring a retired station back into service", "恢复已撤销的派出所"},
    {"Examples:\n  pingan station retire slz\n  pingan station retire slz --undo",
     "示例：\n  pingan station retire slz\n  pingan station retire slz --undo"},
    {"back in service: station #", "已恢复派出所 #"},
    {"retired station #", "已撤销派出所 #"},
    {"List the registered stations", "列出已登记的派出所"},
    {"Examples:\n  pingan station list\n  pingan station list --format json",
     "示例：\n  pingan station list\n  pingan station list --format json"},
    // init
    {"Create the database; register your station and save defaults", "创建数据库，登记本派出所并保存默认值"},
    {"your station's name, registered and made the default", "本派出所名称：登记并设为默认派出所"},
    {"your name, the default officer of new records", "你的姓名：作为新记录的默认民警"},
    {R"(Examples:
  pingan init --station 吉日嘎朗图派出所 --officer 寇小青
  pingan --db /srv/pingan/station.db init)",
     R"(示例：
  pingan init --station 吉日嘎朗图派出所 --officer 寇小青
  pingan --db /srv/pingan/station.db init)"},
    {"defaults saved in {}", "默认值已保存到 {}"},
    {"database ready: {}", "数据库已就绪：{}"},
    // report
    {"Summary report of a week, month or range (default: this week)", "一周、一个月或一段时间的统计报表（默认：本周）"},
    {"only this station (name or code); default: all", "只看该派出所（名称或代码）；默认：全部"},
    {"write to this file (atomically) instead of stdout", "写入该文件（整体写入），不输出到屏幕"},
    {"count archived records too", "已归档的记录也统计在内"},
    {"archive database (default: config, or beside the database)", "归档数据库（默认：配置文件所设，或数据库旁的文件）"},
    {"rank the stations by this metric: {} (排名通报)", "按该指标给各派出所排名（排名通报）：{}"},
    {R"(Sections: totals with the change against the previous period of equal length;
by station, venue and topic; the trend by day (periods up to 31 days) or by
ISO week; cases still open on the period's last day, overdue ones marked; the
volunteers; the targets whose period holds the period's last day, with how far
each has got; with --rank, every station ranked by its target's completion.

Examples:
  pingan report                                   # this week, on the terminal
  pingan report --week last --format markdown --output 2026-W47.md
  pingan report --month 2026-11 --format html --output 2026-11.html
  pingan report --from 2026-01-01 --to 2026-12-31 --format json --include-archive
  pingan report --week last --bureau-db postgresql://pingan@10.1.2.3/pingan
  pingan report --week last --rank installs_per_10k --bureau-db postgresql://pingan@10.1.2.3/pingan)",
     R"(报表内容：合计数及与上一个等长时段的对比；按派出所、场所和宣传主题分列；
按日（时段不超过 31 天）或按 ISO 周的走势；时段最后一天仍未办结的求助案件，
超期的加标记；义警情况；考核周期包含时段最后一天的考核指标及完成进度；
加 --rank 时，按考核指标完成率给各派出所排名。

示例：
  pingan report                                   # 本周，显示在终端上
  pingan report --week 上周 --format markdown --output 2026-W47.md
  pingan report --month 2026-11 --format html --output 2026-11.html
  pingan report --from 2026-01-01 --to 2026-12-31 --format json --include-archive
  pingan report --week 上周 --bureau-db postgresql://pingan@10.1.2.3/pingan
  pingan report --week 上周 --rank installs_per_10k --bureau-db postgresql://pingan@10.1.2.3/pingan)"},
    {"a report over a range needs --from as well as --to", "按时间段出报表时，给了 --to 也要给 --from"},
    {"report written to {}", "报表已写入 {}"},
    // target
    {"a target needs its period: give one of --month, --quarter or --year",
     "考核指标需要考核周期：请给出 --month、--quarter 或 --year 之一"},
    {"give only one of --month, --quarter or --year", "--month、--quarter 和 --year 只能给其中一个"},
    {"Set and list the stations' targets (考核指标)", "设定和列出各派出所的考核指标"},
    {"Set a target for one station or every station in service", "为一个派出所或所有在用的派出所设定考核指标"},
    {"what is counted: {}", "考核的指标：{}"},
    {"the target: a count, yuan for amount_recovered, installs per 10,000 residents",
     "目标值：一般为数量；amount_recovered 以元计；installs_per_10k 为每万人下载注册数"},
    {"for a month: 2026-11, this or last (本月, 上月)", "按月：2026-11、本月（this）或上月（last）"},
    {"for a quarter: 2026-Q4, this or last (本季度, 上季度)", "按季度：2026-Q4、本季度（this）或上季度（last）"},
    {"for a year: 2026, this or last (今年, 去年)", "按年：2026、今年（this）或去年（last）"},
    {"only this station (default: every station in service)", "只设该派出所（默认：所有在用的派出所）"},
    {R"(Setting a target again for the same station, metric and period replaces it.

Examples:
  pingan target set installs 300 --month 2026-11                 # every station
  pingan target set installs_per_10k 8 --quarter 2026-Q4 --station slz
  pingan target set amount_recovered 50000 --year 2026
  pingan target set events 12 --month this --bureau-db postgresql://pingan@10.1.2.3/pingan)",
     R"(同一派出所、同一指标、同一考核周期再次设定时，替换原来的目标值。

示例：
  pingan target set installs 300 --month 2026-11                 # 所有派出所
  pingan target set installs_per_10k 8 --quarter 2026-Q4 --station slz
  pingan target set amount_recovered 50000 --year 2026
  pingan target set events 12 --month 本月 --bureau-db postgresql://pingan@10.1.2.3/pingan)"},
    {"no station in service to set a target for", "没有在用的派出所可以设定考核指标"},
    {"set target #", "已设定考核指标 #"},
    {" (was {})", "（原为 {}）"},
    {"List the targets (those whose period overlaps the one given)", "列出考核指标（考核周期与所给时段有重叠的）"},
    {"Examples:\n  pingan target list\n  pingan target list --quarter this --format csv",
     "示例：\n  pingan target list\n  pingan target list --quarter 本季度 --format csv"},
    {"Delete a target", "删除考核指标"},
    {"the target's id", "考核指标编号"},
    {"target #{}", "考核指标 #{}"},
    {"deleted target #", "已删除考核指标 #"},
    // vocab
    {"The codes and labels that venues, topics, categories … take", "场所、宣传主题、类别等可用的代码和名称"},
    {"venues, topics, categories, statuses, duties, groups or metrics (default: all)",
     "venues（场所）、topics（宣传主题）、categories（类别）、statuses（状态）、duties（职责）、"
     "groups（队伍）或 metrics（指标）（默认：全部）"},
    {R"(Codes and the labels in either language are accepted wherever a value of the
vocabulary is asked for; your config file may add entries or relabel them.

Examples:
  pingan vocab venues
  pingan vocab --format csv > vocabularies.csv)",
     R"(凡需要填写词表中的值，代码和中英文名称都可以用；配置文件可以增加条目或修改名称。

示例：
  pingan vocab venues
  pingan vocab --format csv > vocabularies.csv)"},
    {"unknown vocabulary {}; valid: {}", "未知的词表 {}；可选：{}"},
    // log
    {"The audit trail: every change, who made it and when (newest first)",
     "审计记录：每次修改的内容、操作人和时间（最新的在前）"},
    {"only records of this kind: {} (or run)", "只看该类记录：{}（或 run）"},
    {"only this record: its uid, or its id with --kind", "只看该条记录：给出其 uid，或与 --kind 一起给出编号"},
    {"only changes made by this user", "只看该用户所做的修改"},
    {R"(Changes show each field as before → after; names and phones of people in
cases are masked as everywhere else. Periods are days of the change (local time).

Examples:
  pingan log --week this
  pingan log --kind case --record 3
  pingan log --user kouxq --month last --format csv)",
     R"(变更按字段显示为 修改前 → 修改后；求助案件中的姓名和电话与别处一样打码显示。
时段按修改发生的日期（本地时间）计。

示例：
  pingan log --week 本周
  pingan log --kind case --record 3
  pingan log --user kouxq --month 上月 --format csv)"},
    {"unknown kind {}; valid: {}, run", "未知的记录类别 {}；可选：{}、run"},
    {"an id needs --kind (or give the record's uid)", "给编号时需要同时给 --kind（或者给出记录的 uid）"},
    // archive, backup, check
    {"give a number of days, like 365d, not \"{}\"", "请给出天数，如 365d，而不是 \"{}\""},
    {"Move old records into the archive database", "把旧记录移入归档数据库"},
    {"move records dated before this day", "移走该日期之前的记录"},
    {"move records older than this many days: 365d", "移走早于这么多天的记录：365d"},
    {"archive database (default: config archive.path, or pingan-archive.db beside the database)",
     "归档数据库（默认：配置项 archive.path，或数据库旁的 pingan-archive.db）"},
    {"only count what would move", "只统计会移走多少记录，不实际移动"},
    {R"(Moves events (with their topics, officers and linked installs), standalone
installs and finished cases (with their timelines) dated before the cutoff.
Open cases never move. Safe to rerun, to run while others write, and to
interrupt: every record is always in the database or the archive.
Lists and reports read the archive too with --include-archive.

Examples:
  pingan archive --older-than 365d
  pingan archive --before 2026-01-01 --dry-run)",
     R"(移走截止日期之前的宣传活动（连同其宣传主题、民警和关联的下载注册）、
单独登记的下载注册和已办结的求助案件（连同其进展）。未办结的案件不会移走。
可以重复运行、在别人写入时运行，也可以中途打断：每条记录始终在数据库或
归档中。列表和报表加 --include-archive 时也读取归档。

示例：
  pingan archive --older-than 365d
  pingan archive --before 2026-01-01 --dry-run)"},
    {"give exactly one of --before D or --older-than Nd", "--before D 和 --older-than Nd 必须给且只能给一个"},
    {"would archive {} dated before {} into {}", "将把 {1} 之前的 {0} 归档到 {2}"},
    {"archived {} dated before {} into {}", "已把 {1} 之前的 {0} 归档到 {2}"},
    {"Write a verified snapshot of the database", "写出一份经过校验的数据库快照（备份）"},
    {"the backup file", "备份文件"},
    {"replace DEST if it exists", "DEST 已存在时覆盖"},
    {R"(Consistent even while others write; checked (integrity and foreign keys)
before it is put in place, with mode 0600.

Examples:
  pingan backup /var/backups/pingan/$(date +%F).db
  pingan backup latest.db --force)",
     R"(别人正在写入时备份也是一致的；放到位之前先校验（完整性和外键），
文件权限为 0600。

示例：
  pingan backup /var/backups/pingan/$(date +%F).db
  pingan backup latest.db --force)"},
    {"that is the archive database; back up to another file", "这是归档数据库，请备份到别的文件"},
    {"backup written to {} ({}; check ok)", "备份已写入 {}（{}；校验通过）"},
    {"Check the database's integrity, foreign keys and schema version", "检查数据库的完整性、外键和结构版本"},
    {"Exit code 1 when a problem is found.\n\nExamples:\n  pingan check\n  pingan --db backup.db check",
     "发现问题时退出码为 1。\n\n示例：\n  pingan check\n  pingan --db backup.db check"},
    {" (and {} more)", "（另有 {} 个问题）"},
    {"{}: ok (schema {}; {})", "{}：正常（结构版本 {}；{}）"},
    // export, import
    {"unknown kind \"{}\"; valid: {}, all", "未知的记录类别 \"{}\"；可选：{}、all"},
    {"CSV holds one kind of record: give --kind {}", "CSV 只能放一类记录：请用 --kind 指定其中一类：{}"},
    {"exported to {}", "已导出到 {}"},
    {"cannot tell the format from \"{}\": give --format jsonl or csv", "无法从 \"{}\" 判断格式：请给出 --format jsonl 或 csv"},
    {"cannot read {}: it is a folder, not a file", "无法读取 {}：这是文件夹，不是文件"},
    {"cannot read {}", "无法读取 {}"},
    {"cannot make a temporary file in {}", "无法在 {} 中创建临时文件"},
    {"cannot write {}", "无法写入 {}"},
    {"importing {:3}% [{:<30}]", "正在导入 {:3}% [{:<30}]"},
    {"imported {} ({} already there)", "已导入 {}（{} 条已存在）"},
    {"Write records as JSON Lines or CSV (full fidelity, unmasked)", "把记录导出为 JSON Lines 或 CSV（内容完整，不打码）"},
    {"{} or all", "{} 或 all"},
    {"jsonl or csv (csv: one kind, no timelines)", "jsonl 或 csv（csv：只能一类记录，不含进展）"},
    {"write to this file (atomically, mode 0600)", "写入该文件（整体写入，权限 0600）"},
    {"export archived records too", "已归档的记录也导出"},
    {R"(Exports carry names and phone numbers unmasked: they are the transfer and
backup format. Records are streamed, so memory stays flat however many there are.

Examples:
  pingan export --output ledger.jsonl                 # everything, for another machine
  pingan export --kind events --format csv --month last > events.csv
  pingan export --include-archive --output all-years.jsonl)",
     R"(导出的姓名和电话号码不打码：这是用于迁移和备份的格式。记录逐条写出，
记录再多，占用内存也不会增加。

示例：
  pingan export --output ledger.jsonl                 # 全部记录，迁移到另一台电脑
  pingan export --kind events --format csv --month 上月 > events.csv
  pingan export --include-archive --output all-years.jsonl)"},
    {"Read records from JSON Lines or CSV, all or nothing", "从 JSON Lines 或 CSV 导入记录：要么全部导入，要么一条不导"},
    {"the file (- for standard input, with --format)", "要导入的文件（- 表示标准输入，需同时给 --format）"},
    {"{} or all (required for CSV)", "{} 或 all（CSV 必须给出）"},
    {"jsonl or csv (default: from the file's ending)", "jsonl 或 csv（默认：按文件扩展名判断）"},
    {"utf-8 (default; a BOM is skipped) or gbk: GB18030/GBK, as Excel on a Chinese Windows saves",
     "utf-8（默认；开头的 BOM 会跳过）或 gbk：GB18030/GBK，中文 Windows 上 Excel 保存的就是这种编码"},
    {R"(Any bad line is reported as FILE:LINE: field: reason (up to 20) and nothing is
written (exit 2). A record whose uid is already stored is skipped, so importing
the same file twice adds nothing. Rows without a uid get one derived from
their content. Importing events alone turns each event's installs figure into
a linked install record; --kind all takes the install records as they are.

Examples:
  pingan import ledger.jsonl
  pingan import spreadsheet.csv --kind events
  pingan import 台账.csv --kind events --encoding gbk       # saved by Excel on a Chinese Windows
  pingan export | ssh other-host pingan import - --format jsonl)",
     R"(有错的行按 文件:行号: 字段: 原因 报告（最多 20 条），此时什么也不写入（退出码 2）。
uid 已存在的记录会跳过，所以同一个文件导入两次不会重复。没有 uid 的行按内容
生成一个。只导入宣传活动时，每次活动的下载注册数会变成一条关联的下载注册
记录；--kind all 时按文件中的下载注册记录原样导入。

示例：
  pingan import ledger.jsonl
  pingan import spreadsheet.csv --kind events
  pingan import 台账.csv --kind events --encoding gbk       # 中文 Windows 上 Excel 保存的文件
  pingan export | ssh other-host pingan import - --format jsonl)"},
    // bureau, push
    {"the bureau's PostgreSQL database (default: $PINGAN_BUREAU_DB, config bureau.url)",
     "分局的 PostgreSQL 数据库（默认：$PINGAN_BUREAU_DB、配置项 bureau.url）"},
    {"A bureau's database on PostgreSQL: set it up, see who pushed", "分局的 PostgreSQL 数据库：建库，查看各派出所的推送情况"},
    {"Create or migrate the bureau's schema", "创建或升级分局数据库的结构"},
    {"Examples:\n  pingan bureau init --bureau-db postgresql://pingan@10.1.2.3/pingan",
     "示例：\n  pingan bureau init --bureau-db postgresql://pingan@10.1.2.3/pingan"},
    {"bureau database ready, schema version {}", "分局数据库已就绪，结构版本 {}"},
    {"Each station's last push; silent ones marked", "各派出所最近一次推送；久未推送的加标记"},
    {R"(A station is stale when it has not pushed for more than config
bureau.stale_days (default 7) days.

Examples:
  pingan bureau status
  pingan bureau status --format json)",
     R"(派出所超过配置项 bureau.stale_days（默认 7）天没有推送，即标为逾期未推送。

示例：
  pingan bureau status
  pingan bureau status --format json)"},
    {"Send what changed since the last push to the bureau's database", "把上次推送以来的变化发送到分局数据库"},
    {"only count what would be sent", "只统计会发送多少，不实际发送"},
    {R"(Every record kind goes, matched by uid: new records are added, edited ones
replaced, deleted ones deleted; archived records stay in the bureau (the
first push sends the archive's too). A push killed at any moment and run
again neither loses nor double-counts anything.

Examples:
  pingan push
  pingan push --dry-run --format json
  scripts/cron-push                # from cron: see the README)",
     R"(各类记录都会推送，按 uid 对应：新记录添加，修改过的替换，删除的同样删除；
已归档的记录留在分局（第一次推送时也发送归档中的记录）。推送随时中断后再运行，
既不会丢失也不会重复计数。

示例：
  pingan push
  pingan push --dry-run --format json
  scripts/cron-push                # 由 cron 定时运行：见 README)"},
    {"would push {}, {} deleted", "将推送 {}，删除 {} 条"},
    {"pushed {}, {} deleted", "已推送 {}，删除 {} 条"},
    // manpage (hidden; the manual itself stays English)
    {"Print the manual page pingan(1) in troff", "以 troff 格式输出手册页 pingan(1)"},
    {"Examples:\n  pingan manpage > pingan.1 && man -l pingan.1", "示例：\n  pingan manpage > pingan.1 && man -l pingan.1"},
    // --- commands: volunteers
    {"task #{}", "任务 #{}"},
    {"deleted task #", "已删除任务 #"},
    {"the duty's id", "履职记录编号"},
    {"duty #{}", "履职记录 #{}"},
    {"deleted duty #", "已删除履职 #"},
    {"name at least one volunteer", "至少指定一名义警"},
    {"no points rule for duty {} in the config", "配置文件中没有职责 {} 的积分规则"},
    {"excellent", "优秀"},
    {"qualified", "合格"},
    {"improve", "待提高"},
    {"Adjustment", "积分调整"},
    {"Volunteer police (平安义警): roster, leaderboard, assessment", "平安义警：名册、积分排行、积分考评"},
    {"Register a volunteer", "登记义警"},
    {"the volunteer's name (asked for on a terminal when left out)", "义警姓名（未给出时在终端上询问）"},
    {"phone (shown masked: 138****5678)", "电话（显示时隐去中间四位：138****5678）"},
    {"security_guard (保安), parent (家长), grid_worker (网格员), …",
     "队伍：保安（security_guard）、家长（parent）、网格员（grid_worker）等"},
    {"employer or organisation", "工作单位或组织"},
    {"day they joined (default: today)", "加入日期（默认：今天）"},
    {R"(Examples:
  pingan volunteer add 巴图 --group grid_worker --phone 13812345678
  pingan volunteer add 王芳 --group 家长 --org 实验小学 --joined 2026-03-01)",
     R"(示例：
  pingan volunteer add 巴图 --group 网格员 --phone 13812345678
  pingan volunteer add 王芳 --group 家长 --org 实验小学 --joined 2026-03-01)"},
    {"added volunteer #{}  {}", "已登记义警 #{}  {}"},
    {"List volunteers (default: the active ones)", "列出义警（默认：在队的）"},
    {"only this station", "只看该派出所"},
    {"active, left or all", "active（在队）、left（已退出）或 all（全部）"},
    {"only this group", "只看该队伍"},
    {"Examples:\n  pingan volunteer list\n  pingan volunteer list --status all --format csv",
     "示例：\n  pingan volunteer list\n  pingan volunteer list --status all --format csv"},
    {"Show a volunteer with their duty log and points by duty", "查看义警：履职记录及按职责汇总的积分"},
    {"id or name", "编号或姓名"},
    {"show the phone number unmasked", "显示完整电话号码"},
    {"Examples:\n  pingan volunteer show 3\n  pingan volunteer show 巴图 --format json",
     "示例：\n  pingan volunteer show 3\n  pingan volunteer show 巴图 --format json"},
    {"Duty log", "履职记录"},
    {"Change a volunteer's details (only the options given)", "修改义警信息（只改给出的选项）"},
    {"the volunteer's name", "义警姓名"},
    {"phone", "电话"},
    {"group", "队伍"},
    {"day they joined", "加入日期"},
    {"station name or code", "派出所名称或代码"},
    {"Examples:\n  pingan volunteer edit 3 --group party_member\n  pingan volunteer edit 巴图 --phone 13900001111",
     "示例：\n  pingan volunteer edit 3 --group 党员\n  pingan volunteer edit 巴图 --phone 13900001111"},
    {"updated volunteer #{}  {}", "已修改义警 #{}  {}"},
    {"A volunteer leaves the team (kept for history)", "义警退出队伍（记录保留）"},
    {"their last active day (default: today)", "最后在队日期（默认：今天）"},
    {"undo: active again", "撤销退出，恢复在队"},
    {"Examples:\n  pingan volunteer leave 3 --date 2026-10-31\n  pingan volunteer leave 3 --rejoin",
     "示例：\n  pingan volunteer leave 3 --date 2026-10-31\n  pingan volunteer leave 3 --rejoin"},
    {"goes with leaving, not with --rejoin", "只用于退出，不能与 --rejoin 同用"},
    {"{} is before they joined ({})", "{} 早于其加入日期（{}）"},
    {"rejoined volunteer #{}  {}", "已恢复义警 #{}  {}"},
    {"volunteer left #{}  {}", "义警已退出 #{}  {}"},
    {"The assessment (积分考评): every active volunteer, graded", "积分考评：每名在队义警评定等次"},
    {"The leaderboard (积分排行) of a period", "一个时段的积分排行"},
    {"at most this many rows", "最多列出的行数"},
    {"count archived participations too", "也统计已归档的履职"},
    {R"(Default period: this year. Grades: excellent (优秀) from config
volunteers.excellent points (default 60), qualified (合格) from volunteers.qualified
(default 20), else improve (待提高).

Examples:
  pingan volunteer review --year 2026
  pingan volunteer review --year last --format csv)",
     R"(默认时段：今年。等次：积分达到配置项 volunteers.excellent（默认 60）为优秀（excellent），
达到 volunteers.qualified（默认 20）为合格（qualified），其余为待提高（improve）。

示例：
  pingan volunteer review --year 2026
  pingan volunteer review --year 去年 --format csv)"},
    {R"(Default period: this month. Equal points share a rank (1, 2, 2, 4), then more
hours first, then name.

Examples:
  pingan volunteer board
  pingan volunteer board --month last --limit 10 --format json)",
     R"(默认时段：本月。积分相同则名次并列（1、2、2、4），并列时时长多的在前，再按姓名排序。

示例：
  pingan volunteer board
  pingan volunteer board --month 上月 --limit 10 --format json)"},
    {"Honour certificates (荣誉证书), one A4 page each", "荣誉证书，每人一页 A4"},
    {"the first N of the board (all tied at the cut too)", "排行前 N 名（与第 N 名并列的也包括在内）"},
    {"only this grade: excellent", "只看该等次：excellent（优秀）"},
    {"the HTML file to write", "要写入的 HTML 文件"},
    {"count archived participations", "统计时包括已归档的履职"},
    {R"(Default period: this year. Open the file in a browser and print it: one page
per volunteer, in Chinese, with the station, the period, the points and the rank.

Examples:
  pingan volunteer certificates --year 2026 --top 3 --output 2026-荣誉证书.html
  pingan volunteer certificates --year last --grade excellent --output certificates.html)",
     R"(默认时段：今年。用浏览器打开文件并打印：每名义警一页，中文，写明派出所、时段、积分和名次。

示例：
  pingan volunteer certificates --year 2026 --top 3 --output 2026-荣誉证书.html
  pingan volunteer certificates --year 去年 --grade excellent --output 荣誉证书.html)"},
    {"give one of --top N or --grade excellent", "请给出 --top N 或 --grade excellent，二者选一"},
    {"no volunteer qualifies in {}", "{} 没有符合条件的义警"},
    {"{} certificates → {}", "{} 张荣誉证书 → {}"},
    {"Tasks posted to the volunteer team: add, notice, join, done, list",
     "义警任务：发布（add）、通知（notice）、报名（join）、完成（done）、列表（list）"},
    {"Post a task to the team", "向义警队伍发布任务"},
    {"patrol (参与治安巡防), outreach, opinion, mediation, assistance, intelligence",
     "patrol（参与治安巡防）、outreach、opinion、mediation、assistance、intelligence，也可写中文名称"},
    {"the task's day (may be in the future)", "任务日期（可以是将来的日期）"},
    {"where", "地点"},
    {"how many volunteers it needs (default: no limit)", "需要的义警人数（默认：不限）"},
    {"expected hours, 0-24 in steps of 0.5", "预计时长（小时），0-24，以 0.5 为单位"},
    {R"(Examples:
  pingan task add --duty patrol --date 2026-12-05 --place 树林召夜市 --slots 4 --hours 2
  pingan task add --duty 宣传防范知识 --date 明天 --place 幸福里社区)",
     R"(示例：
  pingan task add --duty 参与治安巡防 --date 2026-12-05 --place 树林召夜市 --slots 4 --hours 2
  pingan task add --duty 宣传防范知识 --date 明天 --place 幸福里社区)"},
    {"Duties: {}", "职责：{}"},
    {"Duty", "职责"},
    {"must be at least 1", "至少为 1"},
    {"added task #{}  {}  {}  {}", "已发布任务 #{}  {}  {}  {}"},
    {"Print the task as a notice to paste into the team's group chat", "打印任务通知，可粘贴到义警群聊"},
    {"the task's id", "任务编号"},
    {"Examples:\n  pingan task notice 4 | xclip -selection clipboard",
     "示例：\n  pingan task notice 4 | xclip -selection clipboard"},
    {"Record who took part and award their points", "登记实际参加的义警并计入积分"},
    {"Sign volunteers up for a task", "为义警报名任务"},
    {"id or name; repeatable, or a comma list", "编号或姓名；可多次给出，或用逗号分隔"},
    {"hours each served (default: the task's)", "每人服务时长（默认：任务的时长）"},
    {R"(Walk-ins who never joined count too; joined but absent get nothing. Run it
again to add a late attendee: a volunteer is credited once per task.

Examples:
  pingan task done 4 --volunteer 巴图,王芳 --hours 2.5)",
     R"(未报名但到场的也计入；报名但未到场的不计分。可再次运行以补登迟到的义警：
每名义警每个任务只计一次。

示例：
  pingan task done 4 --volunteer 巴图,王芳 --hours 2.5)"},
    {"Beyond the task's --slots is refused (exit 2, nothing written).\n\n"
     "Examples:\n  pingan task join 4 --volunteer 巴图 --volunteer 王芳",
     "超出任务 --slots 名额的报名会被拒绝（退出码 2，不写入任何内容）。\n\n"
     "示例：\n  pingan task join 4 --volunteer 巴图 --volunteer 王芳"},
    {"task {} is on {}, after today", "任务 {} 的日期是 {}，晚于今天"},
    {"task done #{}", "任务已完成 #{}"},
    {"joined task #{}  {}{}", "已报名 #{}  {}{}"},
    {"List tasks, oldest first", "列出任务，日期早的在前"},
    {"open, done or all", "open（未完成）、done（已完成）或 all（全部）"},
    {"list archived tasks too", "也列出已归档的任务"},
    {"Examples:\n  pingan task list --status open\n  pingan task list --month this --format json",
     "示例：\n  pingan task list --status open\n  pingan task list --month 本月 --format json"},
    {"Show a task with who signed up", "查看任务及报名的义警"},
    {"Examples:\n  pingan task show 4", "示例：\n  pingan task show 4"},
    {"Delete a task (a done task's participations go with it)", "删除任务（已完成任务的履职记录一并删除）"},
    {"Volunteers' participations in a duty (履职), recorded directly", "直接登记义警履职"},
    {"Record a participation (no task)", "登记一次履职（不经任务）"},
    {"patrol, outreach, opinion, mediation, assistance, intelligence",
     "patrol、outreach、opinion、mediation、assistance、intelligence，也可写中文名称"},
    {"the day (default: today)", "日期（默认：今天）"},
    {"hours served, 0-24 in steps of 0.5", "服务时长（小时），0-24，以 0.5 为单位"},
    {"the outreach event it was part of", "所属宣传活动的编号"},
    {"the information reported was adopted (bonus points)", "报送的信息被采纳（加分）"},
    {R"(Points follow the duty's rule in the config when recorded (kept afterwards).

Examples:
  pingan duty add --volunteer 巴图 --duty patrol --hours 2 --place 树林召夜市
  pingan duty add --volunteer 王芳 --duty intelligence --adopted)",
     R"(积分按登记时配置文件中该职责的规则计算，之后规则改动不影响已登记的积分。

示例：
  pingan duty add --volunteer 巴图 --duty 参与治安巡防 --hours 2 --place 树林召夜市
  pingan duty add --volunteer 王芳 --duty 报送情报信息 --adopted)"},
    {"Volunteer (name or id)", "义警（姓名或编号）"},
    {"only for a duty with an adoption bonus (intelligence)", "只适用于有采纳加分的职责（intelligence）"},
    {"added duty #{}  {}  {} points", "已记录履职 #{}  {}  {} 分"},
    {"Delete a participation (its points go with it)", "删除一次履职（其积分一并删除）"},
    {"Points adjustments for volunteers (audited)", "义警积分调整（记入审计记录）"},
    {"Award or deduct points by hand, with a reason", "手工加分或扣分，须写明原因"},
    {"points, may be negative or have one decimal: 5, -3, 2.5", "积分，可为负数，最多一位小数：5、-3、2.5"},
    {"why (required)", "原因（必填）"},
    {"Examples:\n  pingan points adjust --volunteer 巴图 --points 5 --reason \"协助抓获嫌疑人\"\n"
     "  pingan points adjust --volunteer 3 --points -2 --reason \"重复登记\"",
     "示例：\n  pingan points adjust --volunteer 巴图 --points 5 --reason \"协助抓获嫌疑人\"\n"
     "  pingan points adjust --volunteer 3 --points -2 --reason \"重复登记\""},
    {"Points (may be negative)", "积分（可为负数）"},
    {"Reason", "原因"},
    {"adjusted points #{}  {}  {}{}", "已调整积分 #{}  {}  {}{}"},
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
    {"must be open or done", "只能是 open 或 done"},
    {"more than the task's slots", "超过了任务的名额"},
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
    {"Print a shell completion script", "输出 shell 自动补全脚本"},
    {"bash, zsh or fish", "bash、zsh 或 fish"},
    {R"(Examples:
  source <(pingan completion bash)
  pingan completion fish > ~/.config/fish/completions/pingan.fish)", R"(示例：
  source <(pingan completion bash)
  pingan completion fish > ~/.config/fish/completions/pingan.fish)"},
    {"unterminated quoted cell", "引号未闭合"},
    {"this system cannot convert GB18030 (iconv)", "本系统无法转换 GB18030 编码（iconv）"},
    {"not GBK/GB18030 text at byte {} (is it UTF-8 already? then leave out --encoding)", "第 {} 字节处不是 GBK/GB18030 文本（如果已经是 UTF-8，请去掉 --encoding）"},
    {"cannot write the converted copy of {}", "无法写入 {} 转换后的副本"},
});

}  // namespace

std::span<const Translation> translations() { return kTable; }

}  // namespace pingan
