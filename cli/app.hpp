#pragma once
#include "context.hpp"

namespace pingan::cli {

// Runs pingan with these arguments; returns the exit code. `connector`
// reaches a bureau's database (SPEC §10).
int main(int argc, char** argv, BureauConnector connector);

}  // namespace pingan::cli
