// libFuzzer target: the import reader (store::import_records) on the same
// bytes read as a JSON Lines file and as a CSV file of one kind (the first
// byte picks it), into a temporary ledger. Only pingan::InputError (bad
// input) and pingan::Failure (the engine's errors, translated) may escape;
// anything else, a crash or a sanitizer report is a finding.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>

#include "pingan/config.hpp"
#include "pingan/errors.hpp"
#include "pingan/records/kinds.hpp"
#include "pingan/store/import.hpp"
#include "pingan/store/ledger.hpp"

namespace {

namespace fs = std::filesystem;
using namespace pingan;

// Thrown to roll back each run's import, so that every input meets the same
// fresh ledger (one registered station) without creating a database each time.
struct Rollback {};

const Date kToday{2026, 11, 28};

struct Fixture {
  fs::path folder;
  Config config = default_config();
  store::Ledger ledger;

  Fixture() : folder(make_folder()), ledger(open(folder)) {
    std::istringstream station(
        R"({"kind":"station","uid":"4f8c2a4e-6a43-4c55-9a39-2f9d8e7b1c01","name":"吉日嘎朗图派出所","code":"jrglt"})"
        "\n");
    store::translate_engine_errors([&] {
      store::import_records(ledger, config, station, {"fuzz", store::FileFormat::jsonl, nullptr, kToday});
    });
  }

  static fs::path make_folder() {
    std::string pattern = (fs::temp_directory_path() / "pingan-fuzz.XXXXXX").string();
    if (!mkdtemp(pattern.data())) std::abort();
    return pattern;
  }
  static store::Ledger open(const fs::path& folder) {
    return store::Ledger(folder / "pingan.db", store::Ledger::Mode::write,
                         {1000, "fuzz", [] { return std::string("2026-11-28T09:30:00Z"); }});
  }

  void import(std::istream& in, store::FileFormat format, const records::Kind* kind) {
    const store::ImportOptions options{"fuzz", format, kind, kToday};
    try {
      store::translate_engine_errors([&] {
        ledger.write([&] {
          store::import_records(ledger, config, in, options);
          throw Rollback{};
        });
      });
    } catch (const Rollback&) {
    } catch (const InputError&) {
    } catch (const Failure&) {
    }
  }
};

// Never destroyed (libFuzzer may exit from anywhere); its folder goes at exit.
Fixture& fixture() {
  static Fixture* const made = [] {
    auto* f = new Fixture;
    std::atexit([] {
      std::error_code error;
      fs::remove_all(fixture().folder, error);
    });
    return f;
  }();
  return *made;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  Fixture& f = fixture();
  {
    std::istringstream in(text);
    f.import(in, store::FileFormat::jsonl, nullptr);
  }
  if (size > 0) {
    const auto& kinds = records::kinds();
    std::istringstream in(text.substr(1));
    f.import(in, store::FileFormat::csv, &kinds[data[0] % kinds.size()]);
  }
  return 0;
}
