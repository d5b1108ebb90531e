// Tests for lib/pingan/io: display width, tables, CSV, atomic writes, SHA-256.
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iconv.h>
#include <sstream>

#include "pingan/errors.hpp"
#include "pingan/io/atomic_file.hpp"
#include "pingan/io/csv.hpp"
#include "pingan/io/encoding.hpp"
#include "pingan/io/sha256.hpp"
#include "pingan/io/table.hpp"
#include "pingan/io/terminal.hpp"
#include "pingan/io/text_width.hpp"

using namespace pingan::io;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Display column where `needle` starts in `line`.
std::size_t column_of(const std::string& line, const std::string& needle) {
  auto pos = line.find(needle);
  REQUIRE(pos != std::string::npos);
  return display_width(std::string_view(line).substr(0, pos));
}

std::vector<std::vector<std::string>> read_all(const std::string& text,
                                               std::vector<std::size_t>* lines = nullptr) {
  std::istringstream in(text);
  CsvReader reader(in);
  std::vector<std::vector<std::string>> records;
  while (auto rec = reader.next()) {
    records.push_back(*rec);
    if (lines) lines->push_back(reader.line());
  }
  return records;
}

// A fresh folder under the system temp dir, removed at scope exit.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "pingan-test-XXXXXX").string();
    REQUIRE(mkdtemp(tmpl.data()) != nullptr);
    path = tmpl;
  }
  ~TempDir() { fs::remove_all(path); }
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

}  // namespace

TEST_CASE("display_width") {
  CHECK(display_width("") == 0);
  CHECK(display_width("abc") == 3);
  CHECK(display_width("吉日嘎朗图派出所") == 16);
  CHECK(display_width("A派出所1") == 8);
  CHECK(display_width("…") == 1);
  CHECK(display_width("e\xCC\x81") == 1);  // e + combining acute accent
  CHECK(display_width("\xFF\xFE") == 2);     // invalid bytes: one column each
  CHECK(display_width("\x1b[31m超期\x1b[0m") == 4);  // colour escapes take no column
  CHECK(display_width("\x1b[超") == 3);              // not an escape: "[" and 超 count as ever
  CHECK(truncate_to_width("\x1b[31m吉日嘎朗图\x1b[0m", 5) == "\x1b[31m吉日\x1b[0m…");  // the colour ends
}

TEST_CASE("truncate_to_width") {
  CHECK(truncate_to_width("hello", 10) == "hello");
  CHECK(truncate_to_width("hello", 5) == "hello");
  CHECK(truncate_to_width("hello", 4) == "hel…");
  CHECK(truncate_to_width("hello", 0) == "");
  CHECK(truncate_to_width("hello", 1) == "…");

  SUBCASE("CJK is never split and the result fits") {
    const std::string text = "吉日嘎朗图派出所";
    for (std::size_t w = 1; w < 16; ++w) {
      std::string cut = truncate_to_width(text, w);
      CHECK(display_width(cut) <= w);
      CHECK(cut.size() >= 3);
      CHECK(cut.substr(cut.size() - 3) == "…");
      CHECK(text.starts_with(cut.substr(0, cut.size() - 3)));  // whole code points only
    }
    CHECK(truncate_to_width(text, 6) == "吉日…");
    CHECK(truncate_to_width(text, 5) == "吉日…");
  }
}

TEST_CASE("render_table aligns by display width") {
  std::vector<Column> cols = {{"站点", Align::left, Cut::first}, {"Count", Align::right, Cut::never},
                              {"Note", Align::left, Cut::first}};
  std::vector<std::vector<std::string>> rows = {
      {"吉日嘎朗图派出所", "12", "ok"}, {"HQ", "3", "中文备注"}, {"A派出所", "1234", ""}};
  const std::string out = render_table(cols, rows);
  auto lines = lines_of(out);
  REQUIRE(lines.size() == 5);
  CHECK(out.back() == '\n');

  // Column 2 is right-aligned and 5 columns wide, starting after 16 + 2.
  CHECK(column_of(lines[0], "Count") == 18);
  CHECK(column_of(lines[2], "12") == 21);
  CHECK(column_of(lines[3], "3") == 22);
  CHECK(column_of(lines[4], "1234") == 19);
  // Column 3 starts at the same display column in every line.
  CHECK(column_of(lines[0], "Note") == 25);
  CHECK(column_of(lines[2], "ok") == 25);
  CHECK(column_of(lines[3], "中文备注") == 25);

  // Rule: one "─" per column of width, two spaces between.
  CHECK(lines[1] == std::string("────────────────  ─────  ────────"));

  // Trailing spaces are trimmed (last row has an empty last cell).
  for (const auto& line : lines) CHECK((line.empty() || line.back() != ' '));
  CHECK(lines[4] == "A派出所" + std::string(9 + 2 + 1, ' ') + "1234");
}

TEST_CASE("render_table narrows shrinkable columns to max_width") {
  std::vector<Column> cols = {{"ID", Align::right, Cut::never}, {"Note", Align::left, Cut::first}};
  std::vector<std::vector<std::string>> rows = {{"1", "这是一段很长很长的备注文字，需要截断"},
                                                {"22", "short"}};
  const std::string out = render_table(cols, rows, {.max_width = 20});
  for (const auto& line : lines_of(out)) CHECK(display_width(line) <= 20);
  CHECK(out.find("…") != std::string::npos);
  CHECK(out.find("short") != std::string::npos);
  CHECK(out.find(" 1  这是") != std::string::npos);

  SUBCASE("the widest shrinkable column goes first") {
    std::vector<Column> two = {{"A", Align::left, Cut::first}, {"B", Align::left, Cut::first}};
    auto t = render_table(two, {{"aaaaaaaaaa", "bbbbbb"}}, {.max_width = 14});
    CHECK(lines_of(t)[2] == "aaaaa…  bbbbbb");
  }
  SUBCASE("columns that may not shrink stay whole") {
    std::vector<Column> fixed = {{"Date", Align::left, Cut::never}};
    auto t = render_table(fixed, {{"2024-01-01"}}, {.max_width = 5});
    CHECK(lines_of(t)[2] == "2024-01-01");
  }
}

namespace {

// Columns a terminal gives the line, counted apart from the code under test:
// East Asian wide and fullwidth characters (CJK, 、，) two, anything else one.
std::size_t terminal_width(const std::string& line) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < line.size();) {
    const auto lead = static_cast<unsigned char>(line[i]);
    const std::size_t n = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    char32_t cp = n == 1 ? lead : lead & (0xFF >> (n + 1));
    for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(line[i + k]) & 0x3F);
    const bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                      (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                      (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6);
    width += wide ? 2 : 1;
    i += n;
  }
  return width;
}

// The columns' widths, read from a table's rule of "─".
std::vector<std::size_t> rule_widths(const std::string& table) {
  std::vector<std::size_t> widths;
  std::istringstream rule(lines_of(table).at(1));
  for (std::string dashes; rule >> dashes;) widths.push_back(dashes.size() / std::string("─").size());
  return widths;
}

// An event list as `event list` shows it: ids, dates and numbers whole,
// names (station, venue) cut late, free text (place, topics) first.
const std::vector<Column> kEventColumns = {
    {"编号", Align::right, Cut::never}, {"日期", Align::left, Cut::never},   {"派出所", Align::left, Cut::late},
    {"场所", Align::left, Cut::late},   {"地点", Align::left, Cut::first},   {"受众", Align::right, Cut::never},
    {"主题", Align::left, Cut::first}};
const std::vector<std::vector<std::string>> kEventRows = {
    {"33", "2026-11-23", "吉日嘎朗图派出所", "工地", "吉日嘎朗图镇安置房项目工地", "52", "刷单返利、虚假贷款、国家反诈中心APP使用"},
    {"36", "2026-11-25", "达拉特旗公安局情报指挥中心", "街头", "树林召镇街头反诈宣传", "190", "境外来电、刷单返利"},
    {"39", "2026-11-26", "呼和木独派出所", "派出所窗口", "呼和木独派出所窗口", "18", "国家反诈中心APP使用"},
    {"42", "2026-11-28", "树林召派出所", "社区", "滨河社区", "7", ""}};
constexpr std::size_t kStation = 2, kPlace = 4, kTopics = 6;

}  // namespace

TEST_CASE("render_table fits max_width: free text gives way first, names only when it cannot") {
  const std::vector<std::size_t> natural = rule_widths(render_table(kEventColumns, kEventRows));
  REQUIRE(natural == std::vector<std::size_t>{4, 10, 26, 10, 26, 4, 39});  // 119 columns and 12 between

  for (std::size_t width = 30; width <= 140; ++width) {
    CAPTURE(width);
    const std::string out = render_table(kEventColumns, kEventRows, {.max_width = width});
    for (const auto& line : lines_of(out)) {
      CHECK(terminal_width(line) <= width);
      CHECK((line.empty() || line.back() != ' '));
    }
    if (out.find("─") == std::string::npos) continue;  // shown as blocks (below)
    const auto widths = rule_widths(out);
    // Ids, dates and numbers are never cut.
    for (std::size_t c : {0, 1, 5}) CHECK(widths[c] == natural[c]);
    // A name is cut only when no free-text column is wider, and only once
    // free text is down to 10 columns.
    if (widths[kStation] < natural[kStation]) {
      CHECK(widths[kPlace] <= std::max<std::size_t>(10, widths[kStation]));
      CHECK(widths[kTopics] <= std::max<std::size_t>(10, widths[kStation]));
      CHECK(widths[kPlace] <= 10);
      CHECK(widths[kTopics] <= 10);
    }
  }

  SUBCASE("the widest free-text column goes first") {
    const std::string out = render_table(kEventColumns, kEventRows, {.max_width = 121});  // 10 too wide
    const auto widths = rule_widths(out);
    CHECK(widths[kTopics] == 29);
    CHECK(widths[kPlace] == 26);
    CHECK(out.find("吉日嘎朗图镇安置房项目工地") != std::string::npos);
    CHECK(out.find("刷单返利、虚假贷款、国家反诈…") != std::string::npos);
    CHECK(out.find("达拉特旗公安局情报指挥中心") != std::string::npos);
  }
  SUBCASE("names stay whole as long as free text can give the room") {
    const std::string out = render_table(kEventColumns, kEventRows, {.max_width = 86});
    const auto widths = rule_widths(out);
    CHECK(widths == std::vector<std::size_t>{4, 10, 26, 10, 10, 4, 10});
    CHECK(out.find("达拉特旗公安局情报指挥中心") != std::string::npos);
    CHECK(out.find("  吉日嘎朗…  ") != std::string::npos);
    // One column less, and the widest name gives it.
    CHECK(rule_widths(render_table(kEventColumns, kEventRows, {.max_width = 85}))[kStation] == 25);
  }
  SUBCASE("too narrow for the table even cut: one block of heading and value per row") {
    const std::string out = render_table(kEventColumns, kEventRows, {.max_width = 40});
    const auto lines = lines_of(out);
    CHECK(out.find("─") == std::string::npos);
    CHECK(lines[0] == "编号    33");
    CHECK(lines[2] == "派出所  吉日嘎朗图派出所");
    CHECK(lines[6] == "主题    刷单返利、虚假贷款、国家反诈中…");  // cut to 32 columns
    CHECK(lines[7] == "");  // blocks apart by an empty line
    CHECK(lines[8] == "编号    36");
    CHECK(out.find("主题    \n") == std::string::npos);  // an empty value leaves no padding
    CHECK(out.find("主题\n") != std::string::npos);
  }
}

TEST_CASE("render_table pads no column beyond its heading and values, and never the last") {
  const std::vector<Column> cols = {{"Name", Align::left, Cut::late}, {"Note", Align::left, Cut::first}};
  const std::string out = render_table(cols, {{"李某某", "ok"}, {"HQ", ""}});
  const auto lines = lines_of(out);
  CHECK(lines[0] == "Name    Note");
  CHECK(lines[1] == "──────  ────");
  CHECK(lines[2] == "李某某  ok");
  CHECK(lines[3] == "HQ");

  SUBCASE("a coloured cell takes only its text's width") {
    // The escapes around a red flag once counted as columns: the last column
    // grew by 7 and the names were cut to make room for nothing.
    const std::vector<Column> flagged = {{"派出所", Align::left, Cut::late}, {"超期", Align::left, Cut::never}};
    const std::string red = render_table(flagged, {{"吉日嘎朗图派出所", "\x1b[31m超期\x1b[0m"}}, {.max_width = 22});
    CHECK(lines_of(red)[1] == "────────────────  ────");
    CHECK(lines_of(red)[2] == "吉日嘎朗图派出所  \x1b[31m超期\x1b[0m");
  }
}

TEST_CASE("render_table for a terminal that shows ambiguous characters wide: ASCII only") {
  const TableStyle style{.max_width = 80, .color = false, .ambiguous_wide = true};
  const std::string out = render_table(kEventColumns, kEventRows, style);
  for (const char* wide : {"─", "…", "█"}) CHECK(out.find(wide) == std::string::npos);
  const auto lines = lines_of(out);
  CHECK(lines[1].starts_with("----  ----------  "));
  CHECK(out.find("...") != std::string::npos);  // cut text ends with "..."
  for (const auto& line : lines) CHECK(terminal_width(line) <= 80);
  // Values with such characters are made ASCII too, before being measured.
  const std::string dash = render_table({{"A"}, {"B"}}, {{"—", "x"}, {"±0 → 1", "y"}}, style);
  CHECK(lines_of(dash)[2] == "-         x");
  CHECK(lines_of(dash)[3] == "+-0 -> 1  y");

  CHECK(ascii_ambiguous("11-23…11-29 — ±0 · “引号”") == "11-23...11-29 - +-0 - \"引号\"");
  CHECK(truncate_to_width("吉日嘎朗图派出所", 9, "...") == "吉日嘎...");
  CHECK(truncate_to_width("hello", 2, "...") == "..");
}

TEST_CASE("render_table shows newlines as ⏎ and bolds headings with color") {
  std::vector<Column> cols = {{"Text", Align::left, Cut::first}, {"N", Align::right, Cut::never}};
  auto out = render_table(cols, {{"a\nb\r\nc", "7"}});
  auto lines = lines_of(out);
  REQUIRE(lines.size() == 3);
  CHECK(lines[2] == "a⏎b⏎c  7");

  auto colored = render_table(cols, {{"x", "1"}}, {.max_width = std::nullopt, .color = true});
  CHECK(lines_of(colored)[0] == "\x1b[1mText  N\x1b[0m");
  CHECK(lines_of(colored)[2] == "x     1");
}

TEST_CASE("csv_cell quoting and formula protection") {
  CHECK(csv_cell("plain") == "plain");
  CHECK(csv_cell("") == "");
  CHECK(csv_cell("吉日嘎朗图派出所") == "吉日嘎朗图派出所");
  CHECK(csv_cell("a,b") == "\"a,b\"");
  CHECK(csv_cell("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_cell("two\nlines") == "\"two\nlines\"");
  CHECK(csv_cell("=1+1") == "'=1+1");
  CHECK(csv_cell("+1") == "'+1");
  CHECK(csv_cell("-1+2") == "'-1+2");
  CHECK(csv_cell("@SUM(A1)") == "'@SUM(A1)");
  CHECK(csv_cell("\tx") == "'\tx");
  CHECK(csv_cell("\rx") == "\"'\rx\"");
  CHECK(csv_cell("=HYPERLINK(\"x\",\"y\")") == "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
  // Plain numbers are data, not formulas.
  CHECK(csv_cell("-3") == "-3");
  CHECK(csv_cell("-0.50") == "-0.50");
  CHECK(csv_cell("42") == "42");
  CHECK(csv_cell("-") == "'-");
  CHECK(csv_cell("-3.") == "'-3.");
  CHECK(csv_cell("-1e5") == "'-1e5");

  CHECK(csv_row({"a", "b,c", "-3"}) == "a,\"b,c\",-3\n");
  CHECK(csv_row({}) == "\n");
}

TEST_CASE("CsvReader round trip and line numbers") {
  const std::vector<std::vector<std::string>> records = {
      {"id", "note", "station"},
      {"1", "a,b", "say \"hi\""},
      {"2", "line one\nline two\nline three", "吉日嘎朗图派出所"},
      {"3", "", "end"},
  };
  std::string text;
  for (const auto& r : records) text += csv_row(r);

  std::vector<std::size_t> lines;
  CHECK(read_all(text, &lines) == records);
  CHECK(lines == std::vector<std::size_t>{1, 2, 3, 6});

  SUBCASE("CRLF, BOM, blank line, no final newline") {
    std::vector<std::size_t> l;
    auto got = read_all("\xEF\xBB\xBFid,name\r\n\r\n1,\"x\r\ny\"\r\n2,z", &l);
    REQUIRE(got.size() == 4);
    CHECK(got[0] == std::vector<std::string>{"id", "name"});
    CHECK(got[1] == std::vector<std::string>{""});
    CHECK(got[2] == std::vector<std::string>{"1", "x\r\ny"});
    CHECK(got[3] == std::vector<std::string>{"2", "z"});
    CHECK(l == std::vector<std::size_t>{1, 2, 3, 5});
  }
  SUBCASE("bytes that only look like a BOM start are kept") {
    CHECK(read_all("\xEF\xBB" "x,y\n") == std::vector<std::vector<std::string>>{{"\xEF\xBBx", "y"}});
  }
  SUBCASE("a first line shorter than a BOM loses nothing of the next") {
    CHECK(read_all("a\nbc\n") == std::vector<std::vector<std::string>>{{"a"}, {"bc"}});
    CHECK(read_all("\n1") == std::vector<std::vector<std::string>>{{""}, {"1"}});
  }
  SUBCASE("reading into one vector reuses it, row after row") {
    std::istringstream in("a,b,c\nd\ne,f\n");
    CsvReader reader(in);
    std::vector<std::string> cells;
    std::vector<std::vector<std::string>> got;
    while (reader.next(cells)) got.push_back(cells);
    CHECK(got == std::vector<std::vector<std::string>>{{"a", "b", "c"}, {"d"}, {"e", "f"}});
    CHECK(in.eof());
    CHECK_FALSE(in.bad());
  }
  SUBCASE("empty input") { CHECK(read_all("").empty()); }
  SUBCASE("empty cells") {
    CHECK(read_all(",,\n") == std::vector<std::vector<std::string>>{{"", "", ""}});
  }
}

TEST_CASE("CsvReader reports an unterminated quote with its line") {
  std::istringstream in("a,b\nc,\"open\nstill open\n");
  CsvReader reader(in);
  CHECK(reader.next().has_value());
  try {
    reader.next();
    FAIL("expected InputError");
  } catch (const pingan::InputError& e) {
    CHECK(e.field == "line 2");
    CHECK(e.reason == "unterminated quoted cell");
  }
}

TEST_CASE("write_file_atomically") {
  TempDir dir;
  const fs::path file = dir.path / "export.csv";

  write_file_atomically(file, "first version\n", 0600);
  CHECK(slurp(file) == "first version\n");
  struct stat st{};
  REQUIRE(::stat(file.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);

  write_file_atomically(file, "二\n", 0644);
  CHECK(slurp(file) == "二\n");
  REQUIRE(::stat(file.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0644);

  write_file_atomically(file, "");
  CHECK(slurp(file).empty());

  // Only the target is left behind: no temporary files.
  CHECK(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()) == 1);

  SUBCASE("missing folder fails with Failure naming the path") {
    const fs::path bad = dir.path / "no-such-folder" / "out.csv";
    try {
      write_file_atomically(bad, "x");
      FAIL("expected Failure");
    } catch (const pingan::Failure& e) {
      CHECK(std::string(e.what()).starts_with("cannot write " + bad.string() + ": "));
    }
    CHECK(!fs::exists(bad));
  }
}

TEST_CASE("terminal_columns and use_color follow the environment") {
  // Keep the caller's environment intact.
  const char* old = std::getenv("COLUMNS");
  const std::string saved = old ? old : "";
  ::setenv("COLUMNS", "77", 1);
  CHECK(terminal_columns() == std::optional<std::size_t>(77));
  ::setenv("COLUMNS", "abc", 1);
  CHECK(terminal_columns() != std::optional<std::size_t>(0));  // invalid: ignored
  if (old) ::setenv("COLUMNS", saved.c_str(), 1);
  else ::unsetenv("COLUMNS");

  CHECK_FALSE(use_color(true));  // --no-color always wins
}

TEST_CASE("GB18030 to UTF-8: a character cut by a block's end, bad bytes named, GBK told from UTF-8") {
  // "a" then 40,000 two-byte characters: one of them straddles the 64 KiB block end.
  std::string utf8 = "a";
  for (int i = 0; i < 40000; ++i) utf8 += i % 2 ? "宣" : "传";
  utf8 += "\n派出所 €\n";
  iconv_t to_gb = iconv_open("GB18030", "UTF-8");
  REQUIRE(to_gb != reinterpret_cast<iconv_t>(-1));
  std::string gb(utf8.size() * 2, '\0');
  char* in = utf8.data();
  char* out = gb.data();
  std::size_t in_left = utf8.size(), out_left = gb.size();
  REQUIRE(iconv(to_gb, &in, &in_left, &out, &out_left) != static_cast<std::size_t>(-1));
  iconv_close(to_gb);
  gb.resize(gb.size() - out_left);
  std::istringstream source(gb);
  std::ostringstream converted;
  pingan::io::gb18030_to_utf8(source, converted, "sheet.csv");
  CHECK(converted.str() == utf8);

  CHECK(pingan::io::looks_like_gb18030(gb.substr(1, 100)));
  CHECK_FALSE(pingan::io::looks_like_gb18030("date,station"));  // ASCII: could be anything
  std::istringstream broken("ok\n\x80\xff");
  std::ostringstream ignored;
  CHECK_THROWS_WITH_AS(pingan::io::gb18030_to_utf8(broken, ignored, "sheet.csv"), doctest::Contains("at byte 4"),
                       pingan::InputError);
  std::istringstream cut("\xd0");  // the first byte of a character, then the end
  CHECK_THROWS_AS(pingan::io::gb18030_to_utf8(cut, ignored, "sheet.csv"), pingan::InputError);
}

TEST_CASE("Sha256 matches FIPS 180-4's examples, however the bytes are fed") {
  auto digest = [](std::string_view text, std::size_t piece) {
    Sha256 sha;
    for (std::size_t at = 0; at < text.size(); at += piece) sha.update(text.substr(at, piece));
    return sha.hex();
  };
  CHECK(digest("", 1) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(digest("abc", 1) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  const std::string two_blocks = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";  // 56 bytes: padding spills
  for (std::size_t piece : {1, 3, 55, 56, 64})
    CHECK(digest(two_blocks, piece) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  const std::string million(1000000, 'a');
  CHECK(digest(million, 4096) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  CHECK(digest("平安", 1) == digest("平安", 6));
}
