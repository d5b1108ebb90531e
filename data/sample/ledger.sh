#!/usr/bin/env bash
# pingan sample ledger (示例台账), drawn from the regional police news page the
# project started from: 杭锦旗 吉日嘎朗图派出所's talks on construction sites,
# 达拉特旗公安局情报指挥中心's street stalls, early and night markets and
# nursing-home visits in 树林召镇, and 海拉尔分局's stations with their 平安义警
# volunteers. Five ISO weeks, 2026-W44 to 2026-W48 (the current week), so the
# weekly report has earlier weeks to compare with.
#
# Usage:  PINGAN=build/pingan PINGAN_DB=/tmp/x/pingan.db PINGAN_CONFIG=/tmp/x/config.toml \
#           bash data/sample/ledger.sh
# It only runs $PINGAN commands. Every date is explicit and no later than
# SAMPLE_TODAY; PINGAN_TODAY defaults to it (scripts/demo reads the line below).
SAMPLE_TODAY=2026-11-28

set -euo pipefail

: "${PINGAN:?set PINGAN to the pingan binary, e.g. PINGAN=build/pingan}"
# Never load sample data into someone's real ledger by accident.
: "${PINGAN_DB:?set PINGAN_DB to a new database file (the sample is not for a real ledger)}"
export PINGAN_TODAY="${PINGAN_TODAY:-$SAMPLE_TODAY}"

pingan() {
  "$PINGAN" "$@" || {
    local rc=$?
    echo "ledger.sh: failed (exit $rc): pingan $*" >&2
    exit "$rc"
  }
}
ev() { pingan event add "$@"; }

# ── Stations (派出所) ────────────────────────────────────────────────────────
# With the population of their jurisdiction (辖区人口) where they have one:
# the intelligence and command centre serves the whole banner.
pingan station add 吉日嘎朗图派出所 --code jrglt --bureau 杭锦旗公安局 --population 16000
pingan station add 呼和木独派出所 --code hhmd --bureau 杭锦旗公安局 --population 12500
pingan station add 达拉特旗公安局情报指挥中心 --code dlt-qbzx --bureau 达拉特旗公安局
pingan station add 树林召派出所 --code slz --bureau 达拉特旗公安局 --population 64000
pingan station add 正阳派出所 --code zy --bureau 海拉尔分局 --population 40000
pingan station add 向华派出所 --code xh --bureau 海拉尔分局 --population 36000

# The database's own station and officer (written into $PINGAN_CONFIG).
pingan init --station 吉日嘎朗图派出所 --officer 寇小青

# ── Outreach events (宣传活动) ───────────────────────────────────────────────
# Volunteers (平安义警) are listed among the officers as 义警NAME.

# 2026-W44 (10-26 … 11-01)
ev --date 2026-10-26 --station jrglt --venue construction_site --place 吉日嘎朗图镇安置房项目工地 \
   --audience 48 --materials 90 --installs 21 --topic brushing,fake_loan,app_usage --officer 寇小青,巴图 \
   --note "午休时间在工棚前讲解，结合市内近期刷单返利案例。"
ev --date 2026-10-27 --station zy --venue community --place 正阳街道社区活动室 \
   --audience 65 --materials 120 --installs 14 --topic impersonate_officials,elder_care,app_usage \
   --officer 李春洋,义警张伟 --note "义警队员协助组织居民到场。"
ev --date 2026-10-28 --station dlt-qbzx --venue market --place 树林召镇早市 \
   --audience 150 --materials 260 --installs 22 --topic overseas_calls,elder_care --officer 闫钟,陈晓东
ev --date 2026-10-29 --station xh --venue school --place 向华辖区中心小学 \
   --audience 320 --materials 330 --installs 0 --topic minor_spending,game_trading --officer 刘超,其其格 \
   --note "面向四至六年级学生，宣传册带回家给家长。"
ev --date 2026-10-30 --station hhmd --venue bank --place 呼和木独镇农村信用社网点 \
   --audience 36 --materials 60 --installs 9 --topic investment,fake_credit,overseas_calls --officer 苏日娜 \
   --note "与网点柜员沟通大额转账劝阻和96110预警的衔接。"
ev --date 2026-10-31 --station slz --venue village --place 树林召镇村委会广场 \
   --audience 80 --materials 150 --installs 17 --topic illegal_fundraising,elder_care,fake_loan --officer 白永强,孟和
ev --date 2026-11-01 --station zy --venue market --place 海拉尔区农贸市场 \
   --audience 210 --materials 300 --installs 26 --topic fake_shopping,fake_customer_service,app_usage \
   --officer 吴玉波,李春洋,义警刘芳

# 2026-W45 (11-02 … 11-08)
ev --date 2026-11-02 --station jrglt --venue village --place 吉日嘎朗图镇嘎查党群服务中心 \
   --audience 42 --materials 70 --installs 11 --topic illegal_fundraising,elder_care,app_usage --officer 寇小青 \
   --note "蒙汉双语讲解。"
ev --date 2026-11-03 --station dlt-qbzx --venue street --place 树林召镇步行街 \
   --audience 180 --materials 300 --installs 31 --topic brushing,overseas_calls,app_usage --officer 闫钟,乌云其木格
ev --date 2026-11-04 --station xh --venue enterprise --place 辖区乳制品加工企业 \
   --audience 95 --materials 110 --installs 23 --topic brushing,romance,fake_boss --officer 刘超,义警赵磊 \
   --note "向财务人员重点讲解冒充领导要求转账的案例。"
ev --date 2026-11-05 --station zy --venue online --place 正阳派出所警民联系群 \
   --audience 400 --materials 0 --installs 0 --topic fake_customer_service,fake_loan --officer 李春洋 \
   --note "在辖区微信群推送反诈提示并在线答疑。"
ev --date 2026-11-05 --station hhmd --venue front_desk --place 呼和木独派出所户籍窗口 \
   --audience 25 --materials 40 --installs 12 --topic app_usage,fake_credit --officer 高建华
ev --date 2026-11-06 --station slz --venue school --place 树林召镇第二中学 \
   --audience 280 --materials 300 --installs 0 --topic minor_spending,game_trading,brushing --officer 孟和
ev --date 2026-11-07 --station jrglt --venue construction_site --place 库布其光伏项目施工现场 \
   --audience 120 --materials 200 --installs 46 --topic brushing,fake_loan,app_usage --officer 寇小青,巴图,王海军 \
   --note "工友多为外地人员，逐一帮助下载“国家反诈中心”APP并开启来电预警。"
ev --date 2026-11-08 --station zy --venue nursing_home --place 正阳街道养老服务中心 \
   --audience 40 --materials 60 --installs 6 --topic elder_care,illegal_fundraising --officer 吴玉波,义警张伟

# 2026-W46 (11-09 … 11-15)
ev --date 2026-11-09 --station dlt-qbzx --venue nursing_home --place 树林召镇敬老院 \
   --audience 38 --materials 50 --installs 5 --topic elder_care,illegal_fundraising --officer 陈晓东,乌云其木格
ev --date 2026-11-10 --station xh --venue community --place 向华辖区社区广场 \
   --audience 110 --materials 160 --installs 19 --topic investment,romance,overseas_calls --officer 其其格,义警赵磊
ev --date 2026-11-11 --station zy --venue enterprise --place 正阳街道辖区快递网点 \
   --audience 30 --materials 40 --installs 8 --topic fake_customer_service,fake_shopping --officer 李春洋,义警刘芳 \
   --note "“双十一”期间，请快递员提醒收件人谨防冒充客服“理赔”“退款”。"
ev --date 2026-11-12 --station jrglt --venue market --place 吉日嘎朗图镇集市 \
   --audience 160 --materials 240 --installs 28 --topic fake_loan,illegal_fundraising,overseas_calls --officer 王海军,巴图
ev --date 2026-11-13 --station hhmd --venue village --place 呼和木独镇嘎查村委会 \
   --audience 55 --materials 90 --installs 13 --topic elder_care,fake_credit --officer 苏日娜,高建华
ev --date 2026-11-13 --station slz --venue bank --place 树林召镇银行网点 \
   --audience 45 --materials 80 --installs 10 --topic investment,impersonate_officials --officer 白永强
ev --date 2026-11-14 --station dlt-qbzx --venue night_market --place 树林召镇夜市 \
   --audience 230 --materials 350 --installs 37 --topic brushing,overseas_calls,app_usage --officer 闫钟,陈晓东 \
   --note "天冷，摊位设在夜市入口暖棚旁。"
ev --date 2026-11-15 --station zy --venue school --place 正阳街道辖区中学 \
   --audience 360 --materials 380 --installs 0 --topic minor_spending,game_trading --officer 吴玉波,李春洋

# 2026-W47 (11-16 … 11-22)
ev --date 2026-11-16 --station xh --venue front_desk --place 向华派出所办证大厅 \
   --audience 28 --materials 35 --installs 15 --topic app_usage --officer 其其格
ev --date 2026-11-17 --station jrglt --venue enterprise --place 吉日嘎朗图镇工业园区企业 \
   --audience 70 --materials 100 --installs 20 --topic fake_boss,brushing,fake_credit --officer 寇小青,王海军
ev --date 2026-11-18 --station dlt-qbzx --venue community --place 树林召镇滨河社区 \
   --audience 85 --materials 140 --installs 16 --topic elder_care,impersonate_officials --officer 乌云其木格
ev --date 2026-11-18 --station zy --venue community --place 正阳街道社区 \
   --audience 75 --materials 100 --installs 12 --topic romance,investment --officer 李春洋,义警张伟,义警刘芳
ev --date 2026-11-19 --station slz --venue construction_site --place 树林召镇棚户区改造工地 \
   --audience 60 --materials 90 --installs 24 --topic brushing,fake_loan --officer 孟和,白永强 \
   --note "冬季停工前，工友结算工资返乡，提醒勿信网贷“刷流水”。"
ev --date 2026-11-20 --station hhmd --venue school --place 呼和木独镇学校 \
   --audience 240 --materials 250 --installs 0 --topic minor_spending,game_trading --officer 苏日娜 \
   --note "向家长说明未成年人充值退费需准备的证据材料。"
ev --date 2026-11-20 --station xh --venue hospital --place 辖区社区卫生服务中心 \
   --audience 50 --materials 80 --installs 7 --topic elder_care,fake_shopping --officer 刘超 \
   --note "保健品、“免费体检”骗局。"
ev --date 2026-11-21 --station dlt-qbzx --venue market --place 树林召镇早市 \
   --audience 170 --materials 260 --installs 25 --topic overseas_calls,elder_care,illegal_fundraising --officer 闫钟,陈晓东
ev --date 2026-11-22 --station zy --venue street --place 正阳街道步行街 \
   --audience 140 --materials 220 --installs 22 --topic brushing,fake_loan,app_usage --officer 吴玉波,义警张伟

# 2026-W48 (11-23 … 11-29), the current week: the events of the news page.
ev --date 2026-11-23 --station jrglt --venue construction_site --place 吉日嘎朗图镇安置房项目工地 \
   --audience 52 --materials 100 --installs 23 --topic brushing,fake_loan,app_usage --officer 寇小青,巴图 \
   --note "结合近期市内几起典型电信诈骗案件，讲解诈骗套路和受害人被骗时的心理；叮嘱工友不贪便宜、不信网络刷单和网上贷款、不泄露账号和验证码。"
ev --date 2026-11-24 --station jrglt --venue construction_site --place 镇区道路改造工地 \
   --audience 38 --materials 70 --installs 16 --topic brushing,fake_loan,app_usage --officer 寇小青,王海军 \
   --note "教工友使用APP的来电预警、APP自检、风险查询和网上报案功能。"
ev --date 2026-11-24 --station xh --venue village --place 向华辖区牧业村 \
   --audience 45 --materials 80 --installs 11 --topic elder_care,illegal_fundraising,fake_credit --officer 刘超,义警赵磊
ev --date 2026-11-25 --station dlt-qbzx --venue street --place 树林召镇街头反诈宣传摊 \
   --audience 190 --materials 320 --installs 29 --topic overseas_calls,brushing,app_usage --officer 闫钟,乌云其木格 \
   --note "“接到00开头的境外电话，十有八九是诈骗。”"
ev --date 2026-11-25 --station zy --venue bank --place 正阳街道辖区银行网点 \
   --audience 40 --materials 60 --installs 9 --topic investment,fake_credit,impersonate_officials --officer 李春洋
ev --date 2026-11-26 --station dlt-qbzx --venue nursing_home --place 树林召镇养老院 \
   --audience 46 --materials 80 --installs 8 --topic elder_care,illegal_fundraising --officer 闫钟,陈晓东 \
   --note "“关爱老人、反诈宣传”：讲解卖假药、免费赠送礼品、以旧换新等养老诈骗，发放防范养老诈骗宣传册。"
ev --date 2026-11-26 --station hhmd --venue front_desk --place 呼和木独派出所窗口 \
   --audience 18 --materials 30 --installs 10 --topic app_usage,minor_spending --officer 高建华
ev --date 2026-11-27 --station dlt-qbzx --venue night_market --place 树林召镇夜市 \
   --audience 260 --materials 400 --installs 41 --topic overseas_calls,brushing,fake_shopping,app_usage \
   --officer 闫钟,陈晓东,乌云其木格 \
   --note "警灯下摆“反诈宣传摊”，市民驻足拍照打卡，转发到朋友圈、抖音。"
ev --date 2026-11-27 --station jrglt --venue construction_site --place 库布其光伏项目施工现场 \
   --audience 85 --materials 150 --installs 34 --topic brushing,fake_loan,app_usage --officer 寇小青,巴图
ev --date 2026-11-28 --station slz --venue community --place 树林召镇滨河社区 \
   --audience 70 --materials 110 --installs 14 --topic elder_care,fake_boss --officer 白永强,孟和
ev --date 2026-11-28 --station zy --venue community --place 正阳街道平安义警反诈宣讲点 \
   --audience 120 --materials 180 --installs 21 --topic romance,impersonate_officials,app_usage \
   --officer 吴玉波,李春洋,义警张伟,义警刘芳 --note "义警队员参与宣讲，按任务记积分。"

# ── App installs outside events (front desk, home visits) ─────────────────────
pingan install add --count 4 --date 2026-11-17 --station hhmd --note "户籍窗口办事群众"
pingan install add --count 6 --date 2026-11-20 --station zy --venue community --place 正阳街道网格员入户
pingan install add --count 5 --date 2026-11-24 --station hhmd --note "户籍窗口办事群众"
pingan install add --count 9 --date 2026-11-26 --station jrglt --venue village --place 吉日嘎朗图镇牧户走访

# ── Refund-assistance cases ───────────────────────────────────────────────────
# 呼和木独派出所: a child spent 700 yuan of a parent's WeChat balance on game
# top-ups; the officer filed the evidence with the platform and the money came
# back three days later.
pingan case open --date 2026-11-19 --station hhmd --name 格桑花 --phone 13812345678 \
  --category minor_game_topup --amount 700 --platform 微信支付 --officer 高建华 \
  --note "孩子用家长微信余额充值游戏"
pingan case update 1 --status submitted --date 2026-11-20 --officer 高建华 \
  --note "监护人和孩子身份证、亲子关系证明、支付记录已提交平台"
pingan case update 1 --status refunded --date 2026-11-23 --officer 高建华 --note "平台全额退回"
pingan case open --date 2026-11-12 --station zy --name 王五 --phone 15004701234 \
  --category fraud_stop_payment --amount 12000.50 --platform 某银行 --officer 李春洋 \
  --note "刷单返利被骗，96110 预警后紧急止付"
pingan case update 2 --status submitted --date 2026-11-12 --officer 李春洋 --note "已申请止付，冻结48小时"
pingan case open --date 2026-11-25 --station slz --name 李秀兰 --category minor_livestream_tip --amount 2380 \
  --platform 某直播平台 --officer 白永强 --note "孙子直播打赏"
pingan case update 3 --status submitted --date 2026-11-26 --officer 白永强
pingan case update 3 --status refunded --recovered 1900 --date 2026-11-28 --officer 白永强 --note "平台退回大部分"
pingan case open --date 2026-11-27 --station jrglt --name 张建军 --category shopping_refund --amount 356.80 \
  --platform 某电商平台 --officer 寇小青
pingan case open --date 2026-11-18 --station xh --name 赵大勇 --category other --amount 1500 --officer 刘超 \
  --note "付费“退费代办”反被骗，已提醒家属"
pingan case update 5 --status withdrawn --date 2026-11-24 --officer 刘超 --note "本人撤回求助"

# ── Volunteer police (平安义警): 正阳派出所 and 向华派出所, the pilot stations ──
# Residents from the six groups the programme recruits from; tasks posted to
# the team's group chat, participations and the points they earned.
pingan volunteer add 巴图 --station zy --group grid_worker --org 正阳街道 --joined 2026-03-01 --phone 13947001111
pingan volunteer add 王芳 --station zy --group parent --org 正阳小学家委会 --joined 2026-03-01
pingan volunteer add 李强 --station zy --group delivery_rider --org 美团骑手站 --joined 2026-04-15
pingan volunteer add 陈静 --station zy --group property --org 河东小区物业 --joined 2026-05-10
pingan volunteer add 乌云 --station xh --group security_guard --org 向华商场 --joined 2026-03-20
pingan volunteer add 刘洋 --station xh --group courier --org 顺丰向华网点 --joined 2026-06-01
pingan volunteer add 张敏 --station xh --group party_member --joined 2026-03-20

pingan task add --station zy --duty patrol --date 2026-11-21 --place 正阳夜市 --slots 3 --hours 2 --note 夜市防盗防骗巡逻
pingan task join 1 --volunteer 巴图,王芳,李强
pingan task done 1 --volunteer 巴图,李强,陈静
pingan task add --station xh --duty outreach --date 2026-11-25 --place 向华商场门口 --hours 3 --note 反诈宣传摊
pingan task join 2 --volunteer 乌云,张敏
pingan task done 2 --volunteer 乌云,张敏,刘洋
pingan task add --station zy --duty assistance --date 2026-12-02 --place 正阳街道独居老人家 --slots 2 --hours 2
pingan task join 3 --volunteer 王芳
pingan duty add --volunteer 巴图 --duty intelligence --adopted --date 2026-11-23 --note "发现可疑“刷单”招募点"
pingan duty add --volunteer 王芳 --duty opinion --date 2026-11-24
pingan duty add --volunteer 张敏 --duty mediation --date 2026-11-26 --place 向华小区
pingan points adjust --volunteer 刘洋 --points 2 --reason "协助找回走失老人" --date 2026-11-27

# ── Targets (考核指标) set by the bureaus for November, the quarter and the year ──
pingan target set installs 150 --month 2026-11                     # every station
pingan target set installs 250 --month 2026-11 --station dlt-qbzx  # the command centre's own
pingan target set events 24 --quarter 2026-Q4
pingan target set installs_per_10k 30 --quarter 2026-Q4 --station zy
pingan target set amount_recovered 5000 --year 2026 --station zy
