//===- Sections.cpp - libbpf's section-name matching ----------------------===//
//
// Walks Sections.def in order; the first row that matches decides.
//
//===----------------------------------------------------------------------===//

#include "verifiable/Model/Sections.h"
#include "verifiable/Model/TracingCtx.h"

namespace verifiable {
namespace model {

namespace {

enum class Match { Exact, Plus };

enum SectionFlags : unsigned {
  SF_NONE = 0,
  SF_SLEEPABLE = 1u << 0,
  SF_XDP_FRAGS = 1u << 1,
  SF_ATTACH_BTF = 1u << 2,
  SF_USDT = 1u << 3,
};

struct SectionRow {
  std::string_view Pattern;
  Match Kind;
  ProgType Type;
  AttachType Attach;
  unsigned Flags;
};

constexpr SectionRow SectionRows[] = {
#define SECTION(Pattern, MatchKind, PT, AT, Flags)                             \
  {Pattern, Match::MatchKind, ProgType::PT, AttachType::AT, Flags},
#include "Sections.def"
};

bool matches(const SectionRow &Row, std::string_view Section) {
  if (Row.Kind == Match::Exact)
    return Section == Row.Pattern;
  if (Section.substr(0, Row.Pattern.size()) != Row.Pattern)
    return false;
  return Section.size() == Row.Pattern.size() ||
         Section[Row.Pattern.size()] == '/';
}

} // namespace

std::optional<SectionInfo> progTypeFromSection(std::string_view Section) {
  // libbpf: a leading '?' only turns automatic loading off.
  if (!Section.empty() && Section.front() == '?')
    Section.remove_prefix(1);
  for (const SectionRow &Row : SectionRows) {
    if (!matches(Row, Section))
      continue;
    SectionInfo Info;
    Info.Type = Row.Type;
    Info.Attach = Row.Attach;
    Info.Sleepable = Row.Flags & SF_SLEEPABLE;
    Info.XdpFrags = Row.Flags & SF_XDP_FRAGS;
    Info.AttachBtf = Row.Flags & SF_ATTACH_BTF;
    // Typed by BTF: modelled where the context is described from the
    // target kernel's BTF at analysis time (TracingCtx.h).
    Info.Modeled =
        Info.AttachBtf ? isBtfCtxModeled(Info) : isProgTypeModeled(Row.Type);
    Info.Pattern = Row.Pattern;
    return Info;
  }
  return std::nullopt;
}

} // namespace model
} // namespace verifiable
