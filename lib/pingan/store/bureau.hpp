#pragma once
// A bureau's database (SPEC §10): the stations' ledgers pushed into one
// PostgreSQL database, and read back for reports. The engine stays behind
// this interface (store/postgres/ implements it, in the pingan-bureau
// program only, so that the station commands never load the client library).
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "pingan/records/kinds.hpp"
#include "pingan/store/figure_source.hpp"
#include "pingan/store/ledger.hpp"
#include "pingan/store/targets.hpp"
#include "pingan/values.hpp"

namespace pingan::store {

// What a push sent (or, dry, would send): records per kind, and deletions.
struct PushCounts {
  records::KindCounts sent;
  std::int64_t deleted = 0;
};

// Records done out of the total, as a push goes.
using PushProgress = std::function<void(std::int64_t done, std::int64_t total)>;

struct StationStatus {
  std::string station;
  std::optional<std::string> last_push;  // UTC ISO 8601, as the pushing station's clock gave it
  std::int64_t records = 0;              // events, installs, cases, volunteers, tasks and duties held
};

class Bureau {
 public:
  virtual ~Bureau() = default;
  // Creates or migrates the bureau's schema; returns its version. A schema
  // newer than this build knows is refused.
  virtual int init() = 0;
  // Sends what changed in `ledger` (with its archive attached, when it has
  // one) since this ledger's last push, in one transaction with the mark of
  // how far it got. `now` stamps the contact.
  virtual PushCounts push(Ledger& ledger, bool dry_run, const std::string& now, const PushProgress& progress) = 0;
  // Every station, by name.
  virtual std::vector<StationStatus> status() = 0;
  // The report's figures over the whole bureau.
  virtual FigureSource& figures() = 0;
  // Copies the bureau's records into `scratch` (a new, empty ledger) with
  // the bureau's ids: those of a dated kind whose date is within [from, to]
  // (either end open), every station and volunteer. For the lists and export
  // of a bureau, which then run on it as on a station's ledger.
  virtual void copy_into(Ledger& scratch, std::optional<Date> from, std::optional<Date> to) = 0;
  // A station's name by name or code; InputError naming `field` (and the bureau's stations) otherwise.
  virtual std::string find_station(const std::string& name_or_code, const std::string& field) = 0;
  // The names of the stations not retired, by name.
  virtual std::vector<std::string> active_stations() = 0;
  // Sets targets directly in the bureau (SPEC §11) with the rules of a
  // ledger's set_targets (store/targets.hpp), in one transaction.
  virtual std::vector<SetTarget> set_targets(const std::vector<records::Target>& targets, std::string_view field) = 0;
};

// The URL as it may be shown: any password replaced by "***".
std::string redact_url(const std::string& url);

}  // namespace pingan::store
