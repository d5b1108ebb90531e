#include "common.hpp"

#include "pingan/errors.hpp"
#include "pingan/i18n.hpp"
#include "pingan/values.hpp"

namespace pingan::cli {

store::Station station_option(Context& context, store::Ledger& ledger, const std::string& option) {
  return store::find_active_station(ledger, context.station_or_default(option), "--station");
}

std::optional<std::string> station_filter(store::Ledger& ledger, const std::string& option) {
  if (option.empty()) return std::nullopt;
  return store::find_station(ledger, option, "--station").name;
}

void refuse_ledger_as_output(Context& context, const std::string& output, const std::string& archive_option) {
  if (output.empty()) return;
  std::error_code error;
  if (!std::filesystem::exists(output, error)) return;  // a new file is none of them
  const auto database = context.db_path();
  const auto archive = context.archive_path(archive_option);
  for (const auto& [file, is_archive] : {std::pair{database, false}, {archive, true}})
    for (const char* suffix : {"", "-wal", "-shm"}) {
      const std::filesystem::path protected_file = file.string() + suffix;
      if (!std::filesystem::equivalent(output, protected_file, error)) continue;
      if (!*suffix)
        throw InputError("--output", is_archive
                                         ? trf("{} is the archive database; write the output elsewhere", output)
                                         : trf("{} is the ledger database; write the output elsewhere", output));
      throw InputError("--output",
                       is_archive
                           ? trf("{} is the archive database (its {} file); write the output elsewhere", output,
                                 suffix + 1)
                           : trf("{} is the ledger database (its {} file); write the output elsewhere", output,
                                 suffix + 1));
    }
}

void require_options(const std::vector<std::string>& missing) {
  if (missing.empty()) return;
  std::string list;
  for (const auto& name : missing) list += (list.empty() ? "" : ", ") + name;
  throw InputError(missing.front(), trf("missing required field(s): {}", list));
}

void add_bureau_db_option(CLI::App* command, std::string& url) {
  command->add_option("--bureau-db", url,
                      tr("read the bureau's PostgreSQL database at this URL (every station pushed there)"));
}

}  // namespace pingan::cli
