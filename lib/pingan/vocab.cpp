#include "pingan/vocab.hpp"

#include <algorithm>

#include "pingan/errors.hpp"
#include "pingan/i18n.hpp"
#include "pingan/suggest.hpp"
#include "pingan/values.hpp"

namespace pingan {
namespace {

bool ascii_iequals(std::string_view a, std::string_view b) {
  return std::ranges::equal(a, b, [](char x, char y) {
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
    return lower(x) == lower(y);
  });
}

// Spaces, tabs and the ideographic space (U+3000) that Chinese input
// methods type.
std::string_view trim(std::string_view s) {
  constexpr std::string_view kWide = "\u3000";
  for (;;) {
    if (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    else if (s.starts_with(kWide)) s.remove_prefix(kWide.size());
    else if (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    else if (s.ends_with(kWide)) s.remove_suffix(kWide.size());
    else return s;
  }
}

// "unknown venue "xyz" (did you mean …?); valid: …" in the user's language.
std::string unknown_term(std::string_view vocabulary, const std::string& value, const std::string& suggestion,
                         const std::string& valid) {
  if (vocabulary == "venue") return trf("unknown venue {}{}; valid: {}", value, suggestion, valid);
  if (vocabulary == "topic") return trf("unknown topic {}{}; valid: {}", value, suggestion, valid);
  if (vocabulary == "category") return trf("unknown category {}{}; valid: {}", value, suggestion, valid);
  if (vocabulary == "duty") return trf("unknown duty {}{}; valid: {}", value, suggestion, valid);
  if (vocabulary == "volunteer_group") return trf("unknown volunteer_group {}{}; valid: {}", value, suggestion, valid);
  return trf("unknown {} {}{}; valid: {}", vocabulary, value, suggestion, valid);
}

}  // namespace

void Vocabulary::add(Term term) {
  for (auto& existing : terms_) {
    if (existing.code == term.code) {
      existing = std::move(term);
      return;
    }
  }
  terms_.push_back(std::move(term));
}

const Term* Vocabulary::find(std::string_view code) const {
  for (const auto& term : terms_)
    if (term.code == code) return &term;
  return nullptr;
}

const Term& Vocabulary::resolve(std::string_view input, std::string_view field) const {
  const auto wanted = trim(input);
  for (const auto& term : terms_)
    if (term.code == wanted || term.zh == wanted || ascii_iequals(term.en, wanted) ||
        ascii_iequals(term.code, wanted))
      return term;
  // The valid ones as the user names them: Chinese labels in Chinese, codes in English.
  std::string valid;
  std::vector<std::string> names;  // codes and labels, for a suggestion
  for (const auto& term : terms_) {
    valid += (valid.empty() ? "" : tr(", ")) + (language() == Lang::zh ? term.zh : term.code);
    names.insert(names.end(), {term.code, term.zh, term.en});
  }
  std::string suggestion;
  if (const auto near = closest(wanted, names))
    for (const auto& term : terms_)
      if (term.code == *near || term.zh == *near || term.en == *near) {
        suggestion = *near == term.code ? trf(" (did you mean {}?)", pingan::quoted(*near))
                                        : trf(" (did you mean {} = {}?)", pingan::quoted(*near), term.code);
        break;
      }
  throw InputError(std::string(field), unknown_term(kind_, pingan::quoted(wanted), suggestion, valid));
}

std::optional<Vocabulary::Clash> Vocabulary::clash(std::string_view code) const {
  const Term* term = find(code);
  if (!term) return std::nullopt;
  // What resolve() matches: a code or an English label in any ASCII case, a
  // Chinese label exactly (compared in any case too, to stay simple).
  const std::pair<const char*, const std::string*> names[] = {
      {"code", &term->code}, {"zh", &term->zh}, {"en", &term->en}};
  for (const auto& other : terms_) {
    if (other.code == term->code) continue;
    for (const auto& [key, name] : names)
      for (const std::string* taken : {&other.code, &other.zh, &other.en})
        if (ascii_iequals(*name, *taken)) return Clash{key, *name, other.code};
  }
  return std::nullopt;
}

std::string Vocabulary::label(std::string_view code, Lang lang) const {
  const Term* term = find(code);
  return term ? term->label(lang) : std::string(code);
}

std::string Vocabulary::describe(Lang lang) const {
  std::string out;
  for (const auto& term : terms_)
    out += (out.empty() ? "" : ", ") + term.code + " (" + term.label(lang) + ")";
  return out;
}

}  // namespace pingan
