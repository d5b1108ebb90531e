#pragma once
// Vocabularies (venues, topics, case categories): stable codes with a label in
// each language. Input may name an entry by code or by either label.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pingan/i18n.hpp"

namespace pingan {

struct Term {
  std::string code;
  std::string zh;
  std::string en;
  const std::string& label(Lang lang) const { return lang == Lang::zh ? zh : en; }
};

class Vocabulary {
 public:
  Vocabulary() = default;
  explicit Vocabulary(std::string kind) : kind_(std::move(kind)) {}

  // Adds an entry, or replaces the labels of the entry with the same code.
  void add(Term term);
  const std::vector<Term>& terms() const { return terms_; }
  const Term* find(std::string_view code) const;
  // The code for a code or a label (case-insensitive for ASCII); InputError
  // naming `field` and listing the valid codes otherwise.
  const Term& resolve(std::string_view input, std::string_view field) const;
  // A code or label of the entry `code` that also names another entry, which
  // would make input ambiguous: its key ("code", "zh" or "en"), the text and
  // the other entry's code.
  struct Clash {
    std::string key;
    std::string text;
    std::string other_code;
  };
  std::optional<Clash> clash(std::string_view code) const;
  // Label of a code; the code itself when unknown (e.g. removed from config).
  std::string label(std::string_view code, Lang lang) const;
  // "construction_site (工地), night_market (夜市), …"
  std::string describe(Lang lang) const;

 private:
  std::string kind_;
  std::vector<Term> terms_;
};

}  // namespace pingan
