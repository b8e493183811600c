// Julia's operator tables (precedence, isoperator) and identifier character classes, as used
// by the Expr printers. The tables mirror Julia 1.11's julia-parser.scm operator lists.
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "syntax/print_internal.hpp"

namespace jl::syntax::detail {

namespace {

// One precedence level per entry, lowest first (level = index + 1). Space-separated operators;
// `dots` says whether every operator also exists in a dotted `.op` form.
struct Level {
  const char* plain;   // operators without dotted forms
  const char* dotted;  // operators that also have `.op` forms
};

const Level kLevels[] = {
    // 1 assignment
    {":= $= ~ .~", "= += -= −= *= /= //= \\= ^= ÷= %= <<= >>= >>>= |= &= ⊻= ≔ ⩴ ≕"},
    // 2 pair
    {"", "=>"},
    // 3 conditional
    {"?", ""},
    // 4 arrow
    {"-- -->",
     "← → ↔ ↚ ↛ ↞ ↠ ↢ ↣ ↦ ↤ ↮ ⇎ ⇍ ⇏ ⇐ ⇒ ⇔ ⇴ ⇶ ⇷ ⇸ ⇹ ⇺ ⇻ ⇼ ⇽ ⇾ ⇿ ⟵ ⟶ ⟷ ⟹ ⟺ ⟻ ⟼ ⟽ ⟾ ⟿ ⤀ ⤁ ⤂ ⤃ "
     "⤄ ⤅ ⤆ ⤇ ⤌ ⤍ ⤎ ⤏ ⤐ ⤑ ⤔ ⤕ ⤖ ⤗ ⤘ ⤝ ⤞ ⤟ ⤠ ⥄ ⥅ ⥆ ⥇ ⥈ ⥊ ⥋ ⥎ ⥐ ⥒ ⥓ ⥖ ⥗ ⥚ ⥛ ⥞ ⥟ ⥢ ⥤ ⥦ ⥧ ⥨ ⥩ ⥪ ⥫ "
     "⥬ ⥭ ⥰ ⧴ ⬱ ⬰ ⬲ ⬳ ⬴ ⬵ ⬶ ⬷ ⬸ ⬹ ⬺ ⬻ ⬼ ⬽ ⬾ ⬿ ⭀ ⭁ ⭂ ⭃ ⥷ ⭄ ⥺ ⭇ ⭈ ⭉ ⭊ ⭋ ⭌ ￩ ￫ ⇜ ⇝ ↜ ↝ ↩ ↪ ↫ ↬ ↼ ↽ "
     "⇀ ⇁ ⇄ ⇆ ⇇ ⇉ ⇋ ⇌ ⇚ ⇛ ⇠ ⇢ ↷ ↶ ↺ ↻"},
    // 5 lazy or
    {"|| .||", ""},
    // 6 lazy and
    {"&& .&&", ""},
    // 7 comparison
    {"<: >: in isa",
     "> < >= ≥ <= ≤ == === ≡ != ≠ !== ≢ ∈ ∉ ∋ ∌ ⊆ ⊈ ⊂ ⊄ ⊊ ∝ ∊ ∍ ∥ ∦ ∷ ∺ ∻ ∽ ∾ ≁ ≃ ≂ ≄ ≅ ≆ ≇ ≈ ≉ ≊ ≋ "
     "≌ ≍ ≎ ≐ ≑ ≒ ≓ ≖ ≗ ≘ ≙ ≚ ≛ ≜ ≝ ≞ ≟ ≣ ≦ ≧ ≨ ≩ ≪ ≫ ≬ ≭ ≮ ≯ ≰ ≱ ≲ ≳ ≴ ≵ ≶ ≷ ≸ ≹ ≺ ≻ ≼ ≽ ≾ ≿ ⊀ ⊁ ⊃ ⊅ "
     "⊇ ⊉ ⊋ ⊏ ⊐ ⊑ ⊒ ⊜ ⊩ ⊬ ⊮ ⊰ ⊱ ⊲ ⊳ ⊴ ⊵ ⊶ ⊷ ⋍ ⋐ ⋑ ⋕ ⋖ ⋗ ⋘ ⋙ ⋚ ⋛ ⋜ ⋝ ⋞ ⋟ ⋠ ⋡ ⋢ ⋣ ⋤ ⋥ ⋦ ⋧ ⋨ ⋩ ⋪ ⋫ "
     "⋬ ⋭ ⋲ ⋳ ⋴ ⋵ ⋶ ⋷ ⋸ ⋹ ⋺ ⋻ ⋼ ⋽ ⋾ ⋿ ⟈ ⟉ ⟒ ⦷ ⧀ ⧁ ⧡ ⧣ ⧤ ⧥ ⩦ ⩧ ⩪ ⩫ ⩬ ⩭ ⩮ ⩯ ⩰ ⩱ ⩲ ⩳ ⩵ ⩶ ⩷ ⩸ ⩹ ⩺ "
     "⩻ ⩼ ⩽ ⩾ ⩿ ⪀ ⪁ ⪂ ⪃ ⪄ ⪅ ⪆ ⪇ ⪈ ⪉ ⪊ ⪋ ⪌ ⪍ ⪎ ⪏ ⪐ ⪑ ⪒ ⪓ ⪔ ⪕ ⪖ ⪗ ⪘ ⪙ ⪚ ⪛ ⪜ ⪝ ⪞ ⪟ ⪠ ⪡ ⪢ ⪣ ⪤ ⪥ "
     "⪦ ⪧ ⪨ ⪩ ⪪ ⪫ ⪬ ⪭ ⪮ ⪯ ⪰ ⪱ ⪲ ⪳ ⪴ ⪵ ⪶ ⪷ ⪸ ⪹ ⪺ ⪻ ⪼ ⪽ ⪾ ⪿ ⫀ ⫁ ⫂ ⫃ ⫄ ⫅ ⫆ ⫇ ⫈ ⫉ ⫊ ⫋ ⫌ ⫍ ⫎ ⫏ ⫐ "
     "⫑ ⫒ ⫓ ⫔ ⫕ ⫖ ⫗ ⫘ ⫙ ⫷ ⫸ ⫹ ⫺ ⊢ ⊣ ⟂ ⫪ ⫫"},
    // 8 pipe <
    {"<| .<|", ""},
    // 9 pipe >
    {"|> .|>", ""},
    // 10 colon
    {": ..", "… ⁝ ⋮ ⋱ ⋰ ⋯"},
    // 11 plus
    {"$",
     "+ - − ¦ | ⊕ ⊖ ⊞ ⊟ ++ ∪ ∨ ⊔ ± ∓ ∔ ∸ ≏ ⊎ ⊻ ⊽ ⋎ ⋓ ⟇ ⧺ ⧻ ⨈ ⨢ ⨣ ⨤ ⨥ ⨦ ⨧ ⨨ ⨩ ⨪ ⨫ ⨬ ⨭ ⨮ ⨹ ⨺ ⩁ ⩂ ⩅ ⩊ "
     "⩌ ⩏ ⩐ ⩒ ⩔ ⩖ ⩗ ⩛ ⩝ ⩡ ⩢ ⩣"},
    // 12 times
    {"",
     "* / ⌿ ÷ % & · · ⋅ ∘ × \\ ∩ ∧ ⊗ ⊘ ⊙ ⊚ ⊛ ⊠ ⊡ ⊓ ∗ ∙ ∤ ⅋ ≀ ⊼ ⋄ ⋆ ⋇ ⋉ ⋊ ⋋ ⋌ ⋏ ⋒ ⟑ ⦸ ⦼ ⦾ ⦿ ⧶ ⧷ ⨇ ⨰ ⨱ "
     "⨲ ⨳ ⨴ ⨵ ⨶ ⨷ ⨸ ⨻ ⨼ ⨽ ⩀ ⩃ ⩄ ⩋ ⩍ ⩎ ⩑ ⩓ ⩕ ⩘ ⩚ ⩜ ⩞ ⩟ ⩠ ⫛ ⊍ ▷ ⨝ ⟕ ⟖ ⟗ ⨟"},
    // 13 rational
    {"", "//"},
    // 14 bitshift
    {"", "<< >> >>>"},
    // 15 power
    {"",
     "^ ↑ ↓ ⇵ ⟰ ⟱ ⤈ ⤉ ⤊ ⤋ ⤒ ⤓ ⥉ ⥌ ⥍ ⥏ ⥑ ⥔ ⥕ ⥘ ⥙ ⥜ ⥝ ⥠ ⥡ ⥣ ⥥ ⥮ ⥯ ￪ ￬"},
    // 16 decl
    {"::", ""},
    // 17 dot
    {".", ""},
};

// Unary operators (they are operators even when they have no binary precedence).
const char* kUnaryOps = "<: >: + - ! ~ ¬ √ ∛ ∜ ⋆ ± ∓ .+ .- .! .~ .¬ .√ .∛ .∜ .⋆ .± .∓";
// Further operators that have no precedence level.
const char* kOtherOps = "-> ' .' ...";

std::vector<std::string> splitWords(const char* s) {
  std::vector<std::string> out;
  std::string cur;
  for (const char* p = s; *p; ++p) {
    if (*p == ' ') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(*p);
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

bool isWordOperator(const std::string& op) {
  size_t i = 0;
  while (i < op.size()) {
    uint32_t cp;
    size_t n = decodeUtf8(op, i, cp);
    if (n == 0 || !isIdStartChar(cp)) return false;
    i += n;
  }
  return true;
}

struct Tables {
  std::unordered_map<std::string, int> prec;
  std::unordered_set<std::string> operators;
  std::unordered_set<std::string> noSuffix;
  Tables() {
    int level = 1;
    for (const Level& l : kLevels) {
      for (auto& op : splitWords(l.plain)) prec.emplace(op, level);
      for (auto& op : splitWords(l.dotted)) {
        prec.emplace(op, level);
        prec.emplace("." + op, level);
      }
      ++level;
    }
    for (auto& [op, p] : prec)
      if (!isWordOperator(op)) operators.insert(op);
    for (auto& op : splitWords(kUnaryOps)) operators.insert(op);
    for (auto& op : splitWords(kOtherOps)) operators.insert(op);
    // no-suffix?: assignment, conditional, lazy-or, lazy-and, colon, decl, dot and a few more.
    for (auto& [op, p] : prec)
      if (p == 1 || p == 3 || p == 5 || p == 6 || p == 10 || p == 16 || p == 17) noSuffix.insert(op);
    for (auto& op : splitWords("-- --> -> <: >: in isa $ ' .' ...")) noSuffix.insert(op);
  }
};

const Tables& tables() {
  static const Tables* t = new Tables;
  return *t;
}

// Characters that may follow an operator as a suffix (primes, sub/superscripts, combining marks).
bool isOpSuffixChar(uint32_t c) {
  if (c >= 0x2032 && c <= 0x2037) return true;  // primes
  if (c == 0x2057) return true;
  if (c == 0xB2 || c == 0xB3 || c == 0xB9) return true;
  if (c >= 0x2070 && c <= 0x209C) return true;  // super/subscripts
  if (c >= 0x1D62 && c <= 0x1D6A) return true;
  if (c >= 0x02B0 && c <= 0x02B8) return true;
  if (c >= 0x0300 && c <= 0x036F) return true;  // combining marks
  if (c == 0x20D0 || c == 0x20D1 || c == 0x20D6 || c == 0x20D7 || c == 0x20E1) return true;
  return false;
}

// maybe-strip-op-suffix: `+₁` -> `+`, unless the stripped operator takes no suffix.
std::string stripSuffix(std::string_view op) {
  // find the end of the leading non-suffix part
  size_t i = 0, cut = std::string::npos;
  while (i < op.size()) {
    uint32_t cp;
    size_t n = decodeUtf8(op, i, cp);
    if (n == 0) return std::string(op);
    if (i > 0 && isOpSuffixChar(cp)) {
      cut = i;
      break;
    }
    i += n;
  }
  if (cut == std::string::npos) return std::string(op);
  for (size_t j = cut; j < op.size();) {
    uint32_t cp;
    size_t n = decodeUtf8(op, j, cp);
    if (n == 0 || !isOpSuffixChar(cp)) return std::string(op);
    j += n;
  }
  std::string base(op.substr(0, cut));
  if (tables().noSuffix.count(base)) return std::string(op);
  return base;
}

bool inRange(uint32_t c, uint32_t lo, uint32_t hi) { return c >= lo && c <= hi; }

// Approximation of Unicode letter categories (Lu, Ll, Lt, Lm, Lo, Nl) for the blocks that
// occur in practice.
bool isLetterLike(uint32_t c) {
  if (inRange(c, 0xC0, 0x24F)) return c != 0xD7 && c != 0xF7;
  if (c == 0xAA || c == 0xB5 || c == 0xBA) return true;
  if (inRange(c, 0x250, 0x2AF)) return true;                     // IPA
  if (inRange(c, 0x370, 0x3FF)) return c != 0x375 && c != 0x37E && c != 0x384 && c != 0x385 && c != 0x387 && c != 0x3F6;
  if (inRange(c, 0x400, 0x52F)) return !inRange(c, 0x482, 0x489);  // Cyrillic
  if (inRange(c, 0x531, 0x587)) return true;                     // Armenian
  if (inRange(c, 0x5D0, 0x5EA)) return true;                     // Hebrew
  if (inRange(c, 0x620, 0x64A)) return true;                     // Arabic letters
  if (inRange(c, 0x904, 0x939)) return true;                     // Devanagari
  if (inRange(c, 0xE01, 0xE30)) return true;                     // Thai
  if (inRange(c, 0x10A0, 0x10FF)) return true;                   // Georgian
  if (inRange(c, 0x1100, 0x11FF)) return true;                   // Hangul Jamo
  if (inRange(c, 0x1D00, 0x1DBF)) return true;                   // phonetic extensions
  if (inRange(c, 0x1E00, 0x1FFF)) return true;                   // Latin/Greek extended
  if (inRange(c, 0x2100, 0x214F)) return c != 0x214B;           // letterlike (⅋ is an operator)
  if (inRange(c, 0x2C00, 0x2DFF)) return true;
  if (inRange(c, 0x3040, 0x30FF)) return c != 0x30FB;            // kana
  if (inRange(c, 0x3400, 0x4DBF) || inRange(c, 0x4E00, 0x9FFF)) return true;  // CJK
  if (inRange(c, 0xA000, 0xA4CF)) return true;
  if (inRange(c, 0xAC00, 0xD7A3)) return true;                   // Hangul
  if (inRange(c, 0xF900, 0xFAFF)) return true;
  if (inRange(c, 0xFF21, 0xFF3A) || inRange(c, 0xFF41, 0xFF5A)) return true;
  if (inRange(c, 0x1D400, 0x1D7CB)) return true;                 // math alphanumerics
  if (inRange(c, 0x20000, 0x2FA1F)) return true;
  return false;
}

// Category So (other symbols) for the common blocks, minus arrows.
bool isOtherSymbol(uint32_t c) {
  if (c == 0xA9 || c == 0xAE || c == 0xB0) return true;
  if (inRange(c, 0x2300, 0x23FF)) return c != 0x233F && !inRange(c, 0x2308, 0x230B) && c != 0x2329 && c != 0x232A;
  if (inRange(c, 0x2400, 0x24FF)) return true;
  if (inRange(c, 0x2500, 0x25FF)) return c != 0x25B7 && c != 0x25C1 && !inRange(c, 0x25F8, 0x25FF);
  if (inRange(c, 0x2600, 0x266E) || inRange(c, 0x2670, 0x2767)) return true;
  if (inRange(c, 0x2794, 0x27BF)) return true;
  if (inRange(c, 0x2B00, 0x2B2F)) return true;
  if (inRange(c, 0x1F300, 0x1FAFF)) return true;                 // emoji
  return false;
}

bool isCurrency(uint32_t c) {
  return inRange(c, 0xA2, 0xA5) || inRange(c, 0x20A0, 0x20C0) || c == 0x24;
}

// Whitelisted math symbols that may start identifiers.
bool isMathIdStart(uint32_t wc) {
  if (inRange(wc, 0x2140, 0x2144)) return true;
  if (wc == 0x223F || wc == 0x22BE || wc == 0x22BF || wc == 0x22A4 || wc == 0x22A5) return true;
  if (wc == 0x2202 || wc == 0x2205 || wc == 0x2206 || wc == 0x2207 || wc == 0x220E || wc == 0x220F ||
      wc == 0x2210 || wc == 0x2211 || wc == 0x221E || wc == 0x221F || inRange(wc, 0x222B, 0x2233))
    return true;
  if (inRange(wc, 0x22C0, 0x22C3) || inRange(wc, 0x25F8, 0x25FF)) return true;
  if (wc == 0x266F || wc == 0x27D8 || wc == 0x27D9 || inRange(wc, 0x27C0, 0x27C1)) return true;
  if (inRange(wc, 0x29B0, 0x29B4) || inRange(wc, 0x2A00, 0x2A06) || inRange(wc, 0x2A09, 0x2A16)) return true;
  if (wc == 0x2A1B || wc == 0x2A1C) return true;
  if (wc == 0x1D6C1 || wc == 0x1D6DB || wc == 0x1D6FB || wc == 0x1D715 || wc == 0x1D735 ||
      wc == 0x1D74F || wc == 0x1D76F || wc == 0x1D789 || wc == 0x1D7A9 || wc == 0x1D7C3)
    return true;
  if (inRange(wc, 0x207A, 0x207E) || inRange(wc, 0x208A, 0x208E)) return true;
  if (inRange(wc, 0x2220, 0x2222) || inRange(wc, 0x299B, 0x29AF)) return true;
  if (wc == 0x2118 || wc == 0x212E || inRange(wc, 0x309B, 0x309C)) return true;
  if (inRange(wc, 0x1D7CE, 0x1D7E1)) return true;
  return false;
}

}  // namespace


int operatorPrecedence(std::string_view op) {
  const auto& t = tables();
  auto it = t.prec.find(std::string(op));
  if (it != t.prec.end()) return it->second;
  std::string base = stripSuffix(op);
  if (base != op) {
    it = t.prec.find(base);
    if (it != t.prec.end()) return it->second;
  }
  return 0;
}

bool isOperator(std::string_view op) {
  const auto& t = tables();
  if (t.operators.count(std::string(op))) return true;
  std::string base = stripSuffix(op);
  return base != op && t.operators.count(base);
}

bool isIdStartChar(uint32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  if (c < 0xA1) return false;
  if (isLetterLike(c) || isCurrency(c) || isMathIdStart(c)) return true;
  if (c == 0xA6) return false;
  if (inRange(c, 0x2190, 0x21FF) || c == 0xFFFC || c == 0xFFFD) return false;
  return isOtherSymbol(c);
}

bool isIdChar(uint32_t c) {
  if (c < 0x80)
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9') || c == '!';
  if (isIdStartChar(c)) return true;
  if (inRange(c, 0x300, 0x36F) || inRange(c, 0x1AB0, 0x1AFF) || inRange(c, 0x1DC0, 0x1DFF) ||
      inRange(c, 0x20D0, 0x20FF) || inRange(c, 0xFE20, 0xFE2F))
    return true;  // combining marks
  if (c == 0xB2 || c == 0xB3 || c == 0xB9 || inRange(c, 0xBC, 0xBE)) return true;  // No
  if (inRange(c, 0x2070, 0x209C) || inRange(c, 0x1D62, 0x1D6A) || inRange(c, 0x2C7C, 0x2C7D)) return true;
  if (inRange(c, 0x2032, 0x2037) || c == 0x2057) return true;  // primes
  if (c == 0x203F || c == 0x2040 || c == 0x2054) return true;  // Pc
  if (c == 0xA8 || c == 0xAF || c == 0xB4 || c == 0xB8 || inRange(c, 0x2C2, 0x2C5) || inRange(c, 0x2D2, 0x2DF))
    return true;  // Sk
  if (inRange(c, 0x2B0, 0x2FF)) return true;
  if (inRange(c, 0x660, 0x669) || inRange(c, 0x966, 0x96F) || inRange(c, 0xFF10, 0xFF19) ||
      inRange(c, 0x1D7CE, 0x1D7FF))
    return true;  // Nd
  if (inRange(c, 0x2460, 0x249B)) return true;
  return false;
}


bool isIdentifier(std::string_view s) {
  if (s.empty() || s == "true" || s == "false") return false;
  size_t i = 0;
  bool first = true;
  while (i < s.size()) {
    uint32_t cp;
    size_t n = decodeUtf8(s, i, cp);
    if (n == 0) return false;
    if (first ? !isIdStartChar(cp) : !isIdChar(cp)) return false;
    first = false;
    i += n;
  }
  return true;
}

}  // namespace jl::syntax::detail
