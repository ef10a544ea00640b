# Sourced by scripts/test.sh and scripts/sanitize.sh: adds the counts of a
# lit run's summary, saved in file $1, to the caller's passed, failed and
# skipped; a run that printed no summary counts as one failure.
lit_count() {
  local v
  v=$(sed -n "s/^ *$1 *: *\([0-9]*\).*/\1/p" "$2" | tail -1)
  echo "${v:-0}"
}

add_lit_counts() {
  local out=$1
  passed=$((passed + $(lit_count Passed "$out") +
    $(lit_count 'Expectedly Failed' "$out")))
  failed=$((failed + $(lit_count Failed "$out") +
    $(lit_count 'Unexpectedly Passed' "$out") +
    $(lit_count Unresolved "$out") + $(lit_count 'Timed Out' "$out")))
  skipped=$((skipped + $(lit_count Unsupported "$out")))
  grep -q "Total Discovered Tests" "$out" || failed=$((failed + 1))
}
