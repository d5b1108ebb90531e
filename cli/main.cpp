// pingan: the station's program. It links no database client beyond
// SQLite; a command that needs the bureau's PostgreSQL database (push,
// bureau, --bureau-db) runs pingan-bureau, installed beside it, with the
// same arguments — as git runs git-remote-https — so that every other
// command starts as fast as before (SPEC §10).
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "app.hpp"
#include "pingan/errors.hpp"
#include "pingan/i18n.hpp"

int main(int argc, char** argv) {
  return pingan::cli::main(argc, argv, [argv](const std::string&, int) -> std::unique_ptr<pingan::store::Bureau> {
    std::error_code error;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
    const auto helper = (error ? std::filesystem::path(argv[0]) : self).parent_path() / "pingan-bureau";
    std::cout.flush();
    std::cerr.flush();
    ::execv(helper.c_str(), argv);
    throw pingan::Failure(pingan::trf("cannot run {} (the bureau commands need it): {}", helper.string(),
                                      std::strerror(errno)));
  });
}
