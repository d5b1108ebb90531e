// The bureau's small pure pieces (SPEC §10): a URL as it may be shown, and
// values in COPY's text format.
#include <doctest/doctest.h>

#include "pingan/store/bureau.hpp"
#include "pingan/store/postgres/connection.hpp"

using pingan::store::redact_url;
using pingan::store::postgres::append_copy_value;

TEST_CASE("a bureau URL is shown without its password") {
  CHECK(redact_url("postgresql://pingan:S3cret@10.1.2.3/pingan?sslmode=require") ==
        "postgresql://pingan:***@10.1.2.3/pingan?sslmode=require");
  CHECK(redact_url("postgres://u:p%40ss@host:5432/db") == "postgres://u:***@host:5432/db");
  CHECK(redact_url("postgresql:///pingan?host=/tmp&password=S3cret&user=x") ==
        "postgresql:///pingan?host=/tmp&password=***&user=x");
  CHECK(redact_url("host=/tmp dbname=pingan password=S3cret") == "host=/tmp dbname=pingan password=***");
  CHECK(redact_url("host=/tmp password = 'a b' dbname=x") == "host=/tmp password = *** dbname=x");
  CHECK(redact_url("postgresql://pingan@10.1.2.3/pingan") == "postgresql://pingan@10.1.2.3/pingan");
}

TEST_CASE("COPY text values escape what would end a field or a row") {
  std::string out;
  append_copy_value(out, std::string("a\tb\nc\rd\\e"));
  CHECK(out == "a\\tb\\nc\\rd\\\\e");
  out.clear();
  append_copy_value(out, std::nullopt);
  CHECK(out == "\\N");
  out.clear();
  append_copy_value(out, std::string("\\N"));  // the text, not NULL
  CHECK(out == "\\\\N");
  out.clear();
  append_copy_value(out, std::string("格桑花 \u202e"));  // a bidi override passes as it is
  CHECK(out == "格桑花 \u202e");
}
