// Tests for lib/pingan/io: display width, tables, CSV, atomic writes.
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
  std::vector<Column> cols = {{"站点", Align::left, true}, {"Count", Align::right, false},
                              {"Note", Align::left, true}};
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
  std::vector<Column> cols = {{"ID", Align::right, false}, {"Note", Align::left, true}};
  std::vector<std::vector<std::string>> rows = {{"1", "这是一段很长很长的备注文字，需要截断"},
                                                {"22", "short"}};
  const std::string out = render_table(cols, rows, {.max_width = 20});
  for (const auto& line : lines_of(out)) CHECK(display_width(line) <= 20);
  CHECK(out.find("…") != std::string::npos);
  CHECK(out.find("short") != std::string::npos);
  CHECK(out.find(" 1  这是") != std::string::npos);

  SUBCASE("the widest shrinkable column goes first") {
    std::vector<Column> two = {{"A", Align::left, true}, {"B", Align::left, true}};
    auto t = render_table(two, {{"aaaaaaaaaa", "bbbbbb"}}, {.max_width = 14});
    CHECK(lines_of(t)[2] == "aaaaa…  bbbbbb");
  }
  SUBCASE("columns that may not shrink stay whole") {
    std::vector<Column> fixed = {{"Date", Align::left, false}};
    auto t = render_table(fixed, {{"2024-01-01"}}, {.max_width = 5});
    CHECK(lines_of(t)[2] == "2024-01-01");
  }
}

TEST_CASE("render_table shows newlines as ⏎ and bolds headings with color") {
  std::vector<Column> cols = {{"Text", Align::left, true}, {"N", Align::right, false}};
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
