# Helpers of the targets tests (test_targets*.sh): a report's targets and
# ranking rows as arrays, compared with hand-computed values.
#
# Numbers are compared after rounding to 9 decimals (both sides), so that a
# quotient like 28/30 is written as the division it is.
N='walk(if type == "number" then (. * 1e9 | round) / 1e9 else . end)'
want() { jq -nc "$1 | $N" || fail "bad expected value: $1"; }   # a jq expression, normalised
targets_of() {  # REPORT_JSON: the targets rows as arrays, in the report's order
  jq -ec "[.targets[] | [.station, .metric, .period, .target, .actual, .completion, .expected, .status]] | $N" \
    <<<"$1" || fail "no targets section in: ${1:0:300}"
}
ranking_of() {  # REPORT_JSON: the ranking rows as arrays; rows tied on rank put in station order
  jq -e '.ranking | map(.rank) | . == sort' <<<"$1" >/dev/null || fail "ranking not ordered by rank: $(jq -c .ranking <<<"$1")"
  jq -ec "[.ranking[] | [.rank, .station, .metric, .actual, .target, .completion, .per_10k, .bottom]]
          | sort_by(.[0], .[1]) | $N" <<<"$1" || fail "no ranking section in: ${1:0:300}"
}
