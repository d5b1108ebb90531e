// pingan-bureau: pingan with the PostgreSQL client library, for the
// commands that reach a bureau's database (SPEC §10). pingan runs it; it can
// also be run directly, with the same arguments.
#include "app.hpp"
#include "pingan/store/postgres/bureau.hpp"

int main(int argc, char** argv) {
  return pingan::cli::main(argc, argv, [](const std::string& url, int busy_timeout_ms) {
    return std::make_unique<pingan::store::postgres::PostgresBureau>(url, busy_timeout_ms);
  });
}
