// The lexer (see lexer.hpp). Structure follows JuliaSyntax.jl's tokenizer: one function per
// family of leading characters, longest match for operators, a stack of string states for
// interpolation.
#include "syntax/lexer.hpp"

#include <algorithm>
#include <cstring>

namespace jl::syntax {

namespace {
// Generated from Julia's operator precedence tables: {code point, class}.
static const struct { uint32_t cp; Prec prec; } kUnicodeOps[] = {
  {0xA6, Prec::Plus}, {0xAC, Prec::Unary}, {0xB1, Prec::Plus}, {0xB7, Prec::Times}, {0xD7, Prec::Times},
  {0xF7, Prec::Times}, {0x387, Prec::Times}, {0x2026, Prec::Colon}, {0x205D, Prec::Colon}, {0x214B, Prec::Times},
  {0x2190, Prec::Arrow}, {0x2191, Prec::Power}, {0x2192, Prec::Arrow}, {0x2193, Prec::Power}, {0x2194, Prec::Arrow},
  {0x219A, Prec::Arrow}, {0x219B, Prec::Arrow}, {0x219C, Prec::Arrow}, {0x219D, Prec::Arrow}, {0x219E, Prec::Arrow},
  {0x21A0, Prec::Arrow}, {0x21A2, Prec::Arrow}, {0x21A3, Prec::Arrow}, {0x21A4, Prec::Arrow}, {0x21A6, Prec::Arrow},
  {0x21A9, Prec::Arrow}, {0x21AA, Prec::Arrow}, {0x21AB, Prec::Arrow}, {0x21AC, Prec::Arrow}, {0x21AE, Prec::Arrow},
  {0x21B6, Prec::Arrow}, {0x21B7, Prec::Arrow}, {0x21BA, Prec::Arrow}, {0x21BB, Prec::Arrow}, {0x21BC, Prec::Arrow},
  {0x21BD, Prec::Arrow}, {0x21C0, Prec::Arrow}, {0x21C1, Prec::Arrow}, {0x21C4, Prec::Arrow}, {0x21C6, Prec::Arrow},
  {0x21C7, Prec::Arrow}, {0x21C9, Prec::Arrow}, {0x21CB, Prec::Arrow}, {0x21CC, Prec::Arrow}, {0x21CD, Prec::Arrow},
  {0x21CE, Prec::Arrow}, {0x21CF, Prec::Arrow}, {0x21D0, Prec::Arrow}, {0x21D2, Prec::Arrow}, {0x21D4, Prec::Arrow},
  {0x21DA, Prec::Arrow}, {0x21DB, Prec::Arrow}, {0x21DC, Prec::Arrow}, {0x21DD, Prec::Arrow}, {0x21E0, Prec::Arrow},
  {0x21E2, Prec::Arrow}, {0x21F4, Prec::Arrow}, {0x21F5, Prec::Power}, {0x21F6, Prec::Arrow}, {0x21F7, Prec::Arrow},
  {0x21F8, Prec::Arrow}, {0x21F9, Prec::Arrow}, {0x21FA, Prec::Arrow}, {0x21FB, Prec::Arrow}, {0x21FC, Prec::Arrow},
  {0x21FD, Prec::Arrow}, {0x21FE, Prec::Arrow}, {0x21FF, Prec::Arrow}, {0x2208, Prec::Comparison}, {0x2209, Prec::Comparison},
  {0x220A, Prec::Comparison}, {0x220B, Prec::Comparison}, {0x220C, Prec::Comparison}, {0x220D, Prec::Comparison}, {0x2212, Prec::Plus},
  {0x2213, Prec::Plus}, {0x2214, Prec::Plus}, {0x2217, Prec::Times}, {0x2218, Prec::Times}, {0x2219, Prec::Times},
  {0x221A, Prec::Unary}, {0x221B, Prec::Unary}, {0x221C, Prec::Unary}, {0x221D, Prec::Comparison}, {0x2224, Prec::Times},
  {0x2225, Prec::Comparison}, {0x2226, Prec::Comparison}, {0x2227, Prec::Times}, {0x2228, Prec::Plus}, {0x2229, Prec::Times},
  {0x222A, Prec::Plus}, {0x2237, Prec::Comparison}, {0x2238, Prec::Plus}, {0x223A, Prec::Comparison}, {0x223B, Prec::Comparison},
  {0x223D, Prec::Comparison}, {0x223E, Prec::Comparison}, {0x2240, Prec::Times}, {0x2241, Prec::Comparison}, {0x2242, Prec::Comparison},
  {0x2243, Prec::Comparison}, {0x2244, Prec::Comparison}, {0x2245, Prec::Comparison}, {0x2246, Prec::Comparison}, {0x2247, Prec::Comparison},
  {0x2248, Prec::Comparison}, {0x2249, Prec::Comparison}, {0x224A, Prec::Comparison}, {0x224B, Prec::Comparison}, {0x224C, Prec::Comparison},
  {0x224D, Prec::Comparison}, {0x224E, Prec::Comparison}, {0x224F, Prec::Plus}, {0x2250, Prec::Comparison}, {0x2251, Prec::Comparison},
  {0x2252, Prec::Comparison}, {0x2253, Prec::Comparison}, {0x2254, Prec::Assign}, {0x2255, Prec::Assign}, {0x2256, Prec::Comparison},
  {0x2257, Prec::Comparison}, {0x2258, Prec::Comparison}, {0x2259, Prec::Comparison}, {0x225A, Prec::Comparison}, {0x225B, Prec::Comparison},
  {0x225C, Prec::Comparison}, {0x225D, Prec::Comparison}, {0x225E, Prec::Comparison}, {0x225F, Prec::Comparison}, {0x2260, Prec::Comparison},
  {0x2261, Prec::Comparison}, {0x2262, Prec::Comparison}, {0x2263, Prec::Comparison}, {0x2264, Prec::Comparison}, {0x2265, Prec::Comparison},
  {0x2266, Prec::Comparison}, {0x2267, Prec::Comparison}, {0x2268, Prec::Comparison}, {0x2269, Prec::Comparison}, {0x226A, Prec::Comparison},
  {0x226B, Prec::Comparison}, {0x226C, Prec::Comparison}, {0x226D, Prec::Comparison}, {0x226E, Prec::Comparison}, {0x226F, Prec::Comparison},
  {0x2270, Prec::Comparison}, {0x2271, Prec::Comparison}, {0x2272, Prec::Comparison}, {0x2273, Prec::Comparison}, {0x2274, Prec::Comparison},
  {0x2275, Prec::Comparison}, {0x2276, Prec::Comparison}, {0x2277, Prec::Comparison}, {0x2278, Prec::Comparison}, {0x2279, Prec::Comparison},
  {0x227A, Prec::Comparison}, {0x227B, Prec::Comparison}, {0x227C, Prec::Comparison}, {0x227D, Prec::Comparison}, {0x227E, Prec::Comparison},
  {0x227F, Prec::Comparison}, {0x2280, Prec::Comparison}, {0x2281, Prec::Comparison}, {0x2282, Prec::Comparison}, {0x2283, Prec::Comparison},
  {0x2284, Prec::Comparison}, {0x2285, Prec::Comparison}, {0x2286, Prec::Comparison}, {0x2287, Prec::Comparison}, {0x2288, Prec::Comparison},
  {0x2289, Prec::Comparison}, {0x228A, Prec::Comparison}, {0x228B, Prec::Comparison}, {0x228D, Prec::Times}, {0x228E, Prec::Plus},
  {0x228F, Prec::Comparison}, {0x2290, Prec::Comparison}, {0x2291, Prec::Comparison}, {0x2292, Prec::Comparison}, {0x2293, Prec::Times},
  {0x2294, Prec::Plus}, {0x2295, Prec::Plus}, {0x2296, Prec::Plus}, {0x2297, Prec::Times}, {0x2298, Prec::Times},
  {0x2299, Prec::Times}, {0x229A, Prec::Times}, {0x229B, Prec::Times}, {0x229C, Prec::Comparison}, {0x229E, Prec::Plus},
  {0x229F, Prec::Plus}, {0x22A0, Prec::Times}, {0x22A1, Prec::Times}, {0x22A2, Prec::Comparison}, {0x22A3, Prec::Comparison},
  {0x22A9, Prec::Comparison}, {0x22AC, Prec::Comparison}, {0x22AE, Prec::Comparison}, {0x22B0, Prec::Comparison}, {0x22B1, Prec::Comparison},
  {0x22B2, Prec::Comparison}, {0x22B3, Prec::Comparison}, {0x22B4, Prec::Comparison}, {0x22B5, Prec::Comparison}, {0x22B6, Prec::Comparison},
  {0x22B7, Prec::Comparison}, {0x22BB, Prec::Plus}, {0x22BC, Prec::Times}, {0x22BD, Prec::Plus}, {0x22C4, Prec::Times},
  {0x22C5, Prec::Times}, {0x22C6, Prec::Times}, {0x22C7, Prec::Times}, {0x22C9, Prec::Times}, {0x22CA, Prec::Times},
  {0x22CB, Prec::Times}, {0x22CC, Prec::Times}, {0x22CD, Prec::Comparison}, {0x22CE, Prec::Plus}, {0x22CF, Prec::Times},
  {0x22D0, Prec::Comparison}, {0x22D1, Prec::Comparison}, {0x22D2, Prec::Times}, {0x22D3, Prec::Plus}, {0x22D5, Prec::Comparison},
  {0x22D6, Prec::Comparison}, {0x22D7, Prec::Comparison}, {0x22D8, Prec::Comparison}, {0x22D9, Prec::Comparison}, {0x22DA, Prec::Comparison},
  {0x22DB, Prec::Comparison}, {0x22DC, Prec::Comparison}, {0x22DD, Prec::Comparison}, {0x22DE, Prec::Comparison}, {0x22DF, Prec::Comparison},
  {0x22E0, Prec::Comparison}, {0x22E1, Prec::Comparison}, {0x22E2, Prec::Comparison}, {0x22E3, Prec::Comparison}, {0x22E4, Prec::Comparison},
  {0x22E5, Prec::Comparison}, {0x22E6, Prec::Comparison}, {0x22E7, Prec::Comparison}, {0x22E8, Prec::Comparison}, {0x22E9, Prec::Comparison},
  {0x22EA, Prec::Comparison}, {0x22EB, Prec::Comparison}, {0x22EC, Prec::Comparison}, {0x22ED, Prec::Comparison}, {0x22EE, Prec::Colon},
  {0x22EF, Prec::Colon}, {0x22F0, Prec::Colon}, {0x22F1, Prec::Colon}, {0x22F2, Prec::Comparison}, {0x22F3, Prec::Comparison},
  {0x22F4, Prec::Comparison}, {0x22F5, Prec::Comparison}, {0x22F6, Prec::Comparison}, {0x22F7, Prec::Comparison}, {0x22F8, Prec::Comparison},
  {0x22F9, Prec::Comparison}, {0x22FA, Prec::Comparison}, {0x22FB, Prec::Comparison}, {0x22FC, Prec::Comparison}, {0x22FD, Prec::Comparison},
  {0x22FE, Prec::Comparison}, {0x22FF, Prec::Comparison}, {0x233F, Prec::Times}, {0x25B7, Prec::Times}, {0x27C2, Prec::Comparison},
  {0x27C7, Prec::Plus}, {0x27C8, Prec::Comparison}, {0x27C9, Prec::Comparison}, {0x27D1, Prec::Times}, {0x27D2, Prec::Comparison},
  {0x27D5, Prec::Times}, {0x27D6, Prec::Times}, {0x27D7, Prec::Times}, {0x27F0, Prec::Power}, {0x27F1, Prec::Power},
  {0x27F5, Prec::Arrow}, {0x27F6, Prec::Arrow}, {0x27F7, Prec::Arrow}, {0x27F9, Prec::Arrow}, {0x27FA, Prec::Arrow},
  {0x27FB, Prec::Arrow}, {0x27FC, Prec::Arrow}, {0x27FD, Prec::Arrow}, {0x27FE, Prec::Arrow}, {0x27FF, Prec::Arrow},
  {0x2900, Prec::Arrow}, {0x2901, Prec::Arrow}, {0x2902, Prec::Arrow}, {0x2903, Prec::Arrow}, {0x2904, Prec::Arrow},
  {0x2905, Prec::Arrow}, {0x2906, Prec::Arrow}, {0x2907, Prec::Arrow}, {0x2908, Prec::Power}, {0x2909, Prec::Power},
  {0x290A, Prec::Power}, {0x290B, Prec::Power}, {0x290C, Prec::Arrow}, {0x290D, Prec::Arrow}, {0x290E, Prec::Arrow},
  {0x290F, Prec::Arrow}, {0x2910, Prec::Arrow}, {0x2911, Prec::Arrow}, {0x2912, Prec::Power}, {0x2913, Prec::Power},
  {0x2914, Prec::Arrow}, {0x2915, Prec::Arrow}, {0x2916, Prec::Arrow}, {0x2917, Prec::Arrow}, {0x2918, Prec::Arrow},
  {0x291D, Prec::Arrow}, {0x291E, Prec::Arrow}, {0x291F, Prec::Arrow}, {0x2920, Prec::Arrow}, {0x2944, Prec::Arrow},
  {0x2945, Prec::Arrow}, {0x2946, Prec::Arrow}, {0x2947, Prec::Arrow}, {0x2948, Prec::Arrow}, {0x2949, Prec::Power},
  {0x294A, Prec::Arrow}, {0x294B, Prec::Arrow}, {0x294C, Prec::Power}, {0x294D, Prec::Power}, {0x294E, Prec::Arrow},
  {0x294F, Prec::Power}, {0x2950, Prec::Arrow}, {0x2951, Prec::Power}, {0x2952, Prec::Arrow}, {0x2953, Prec::Arrow},
  {0x2954, Prec::Power}, {0x2955, Prec::Power}, {0x2956, Prec::Arrow}, {0x2957, Prec::Arrow}, {0x2958, Prec::Power},
  {0x2959, Prec::Power}, {0x295A, Prec::Arrow}, {0x295B, Prec::Arrow}, {0x295C, Prec::Power}, {0x295D, Prec::Power},
  {0x295E, Prec::Arrow}, {0x295F, Prec::Arrow}, {0x2960, Prec::Power}, {0x2961, Prec::Power}, {0x2962, Prec::Arrow},
  {0x2963, Prec::Power}, {0x2964, Prec::Arrow}, {0x2965, Prec::Power}, {0x2966, Prec::Arrow}, {0x2967, Prec::Arrow},
  {0x2968, Prec::Arrow}, {0x2969, Prec::Arrow}, {0x296A, Prec::Arrow}, {0x296B, Prec::Arrow}, {0x296C, Prec::Arrow},
  {0x296D, Prec::Arrow}, {0x296E, Prec::Power}, {0x296F, Prec::Power}, {0x2970, Prec::Arrow}, {0x2977, Prec::Arrow},
  {0x297A, Prec::Arrow}, {0x29B7, Prec::Comparison}, {0x29B8, Prec::Times}, {0x29BC, Prec::Times}, {0x29BE, Prec::Times},
  {0x29BF, Prec::Times}, {0x29C0, Prec::Comparison}, {0x29C1, Prec::Comparison}, {0x29E1, Prec::Comparison}, {0x29E3, Prec::Comparison},
  {0x29E4, Prec::Comparison}, {0x29E5, Prec::Comparison}, {0x29F4, Prec::Arrow}, {0x29F6, Prec::Times}, {0x29F7, Prec::Times},
  {0x29FA, Prec::Plus}, {0x29FB, Prec::Plus}, {0x2A07, Prec::Times}, {0x2A08, Prec::Plus}, {0x2A1D, Prec::Times},
  {0x2A1F, Prec::Times}, {0x2A22, Prec::Plus}, {0x2A23, Prec::Plus}, {0x2A24, Prec::Plus}, {0x2A25, Prec::Plus},
  {0x2A26, Prec::Plus}, {0x2A27, Prec::Plus}, {0x2A28, Prec::Plus}, {0x2A29, Prec::Plus}, {0x2A2A, Prec::Plus},
  {0x2A2B, Prec::Plus}, {0x2A2C, Prec::Plus}, {0x2A2D, Prec::Plus}, {0x2A2E, Prec::Plus}, {0x2A30, Prec::Times},
  {0x2A31, Prec::Times}, {0x2A32, Prec::Times}, {0x2A33, Prec::Times}, {0x2A34, Prec::Times}, {0x2A35, Prec::Times},
  {0x2A36, Prec::Times}, {0x2A37, Prec::Times}, {0x2A38, Prec::Times}, {0x2A39, Prec::Plus}, {0x2A3A, Prec::Plus},
  {0x2A3B, Prec::Times}, {0x2A3C, Prec::Times}, {0x2A3D, Prec::Times}, {0x2A40, Prec::Times}, {0x2A41, Prec::Plus},
  {0x2A42, Prec::Plus}, {0x2A43, Prec::Times}, {0x2A44, Prec::Times}, {0x2A45, Prec::Plus}, {0x2A4A, Prec::Plus},
  {0x2A4B, Prec::Times}, {0x2A4C, Prec::Plus}, {0x2A4D, Prec::Times}, {0x2A4E, Prec::Times}, {0x2A4F, Prec::Plus},
  {0x2A50, Prec::Plus}, {0x2A51, Prec::Times}, {0x2A52, Prec::Plus}, {0x2A53, Prec::Times}, {0x2A54, Prec::Plus},
  {0x2A55, Prec::Times}, {0x2A56, Prec::Plus}, {0x2A57, Prec::Plus}, {0x2A58, Prec::Times}, {0x2A5A, Prec::Times},
  {0x2A5B, Prec::Plus}, {0x2A5C, Prec::Times}, {0x2A5D, Prec::Plus}, {0x2A5E, Prec::Times}, {0x2A5F, Prec::Times},
  {0x2A60, Prec::Times}, {0x2A61, Prec::Plus}, {0x2A62, Prec::Plus}, {0x2A63, Prec::Plus}, {0x2A66, Prec::Comparison},
  {0x2A67, Prec::Comparison}, {0x2A6A, Prec::Comparison}, {0x2A6B, Prec::Comparison}, {0x2A6C, Prec::Comparison}, {0x2A6D, Prec::Comparison},
  {0x2A6E, Prec::Comparison}, {0x2A6F, Prec::Comparison}, {0x2A70, Prec::Comparison}, {0x2A71, Prec::Comparison}, {0x2A72, Prec::Comparison},
  {0x2A73, Prec::Comparison}, {0x2A74, Prec::Assign}, {0x2A75, Prec::Comparison}, {0x2A76, Prec::Comparison}, {0x2A77, Prec::Comparison},
  {0x2A78, Prec::Comparison}, {0x2A79, Prec::Comparison}, {0x2A7A, Prec::Comparison}, {0x2A7B, Prec::Comparison}, {0x2A7C, Prec::Comparison},
  {0x2A7D, Prec::Comparison}, {0x2A7E, Prec::Comparison}, {0x2A7F, Prec::Comparison}, {0x2A80, Prec::Comparison}, {0x2A81, Prec::Comparison},
  {0x2A82, Prec::Comparison}, {0x2A83, Prec::Comparison}, {0x2A84, Prec::Comparison}, {0x2A85, Prec::Comparison}, {0x2A86, Prec::Comparison},
  {0x2A87, Prec::Comparison}, {0x2A88, Prec::Comparison}, {0x2A89, Prec::Comparison}, {0x2A8A, Prec::Comparison}, {0x2A8B, Prec::Comparison},
  {0x2A8C, Prec::Comparison}, {0x2A8D, Prec::Comparison}, {0x2A8E, Prec::Comparison}, {0x2A8F, Prec::Comparison}, {0x2A90, Prec::Comparison},
  {0x2A91, Prec::Comparison}, {0x2A92, Prec::Comparison}, {0x2A93, Prec::Comparison}, {0x2A94, Prec::Comparison}, {0x2A95, Prec::Comparison},
  {0x2A96, Prec::Comparison}, {0x2A97, Prec::Comparison}, {0x2A98, Prec::Comparison}, {0x2A99, Prec::Comparison}, {0x2A9A, Prec::Comparison},
  {0x2A9B, Prec::Comparison}, {0x2A9C, Prec::Comparison}, {0x2A9D, Prec::Comparison}, {0x2A9E, Prec::Comparison}, {0x2A9F, Prec::Comparison},
  {0x2AA0, Prec::Comparison}, {0x2AA1, Prec::Comparison}, {0x2AA2, Prec::Comparison}, {0x2AA3, Prec::Comparison}, {0x2AA4, Prec::Comparison},
  {0x2AA5, Prec::Comparison}, {0x2AA6, Prec::Comparison}, {0x2AA7, Prec::Comparison}, {0x2AA8, Prec::Comparison}, {0x2AA9, Prec::Comparison},
  {0x2AAA, Prec::Comparison}, {0x2AAB, Prec::Comparison}, {0x2AAC, Prec::Comparison}, {0x2AAD, Prec::Comparison}, {0x2AAE, Prec::Comparison},
  {0x2AAF, Prec::Comparison}, {0x2AB0, Prec::Comparison}, {0x2AB1, Prec::Comparison}, {0x2AB2, Prec::Comparison}, {0x2AB3, Prec::Comparison},
  {0x2AB4, Prec::Comparison}, {0x2AB5, Prec::Comparison}, {0x2AB6, Prec::Comparison}, {0x2AB7, Prec::Comparison}, {0x2AB8, Prec::Comparison},
  {0x2AB9, Prec::Comparison}, {0x2ABA, Prec::Comparison}, {0x2ABB, Prec::Comparison}, {0x2ABC, Prec::Comparison}, {0x2ABD, Prec::Comparison},
  {0x2ABE, Prec::Comparison}, {0x2ABF, Prec::Comparison}, {0x2AC0, Prec::Comparison}, {0x2AC1, Prec::Comparison}, {0x2AC2, Prec::Comparison},
  {0x2AC3, Prec::Comparison}, {0x2AC4, Prec::Comparison}, {0x2AC5, Prec::Comparison}, {0x2AC6, Prec::Comparison}, {0x2AC7, Prec::Comparison},
  {0x2AC8, Prec::Comparison}, {0x2AC9, Prec::Comparison}, {0x2ACA, Prec::Comparison}, {0x2ACB, Prec::Comparison}, {0x2ACC, Prec::Comparison},
  {0x2ACD, Prec::Comparison}, {0x2ACE, Prec::Comparison}, {0x2ACF, Prec::Comparison}, {0x2AD0, Prec::Comparison}, {0x2AD1, Prec::Comparison},
  {0x2AD2, Prec::Comparison}, {0x2AD3, Prec::Comparison}, {0x2AD4, Prec::Comparison}, {0x2AD5, Prec::Comparison}, {0x2AD6, Prec::Comparison},
  {0x2AD7, Prec::Comparison}, {0x2AD8, Prec::Comparison}, {0x2AD9, Prec::Comparison}, {0x2ADB, Prec::Times}, {0x2AEA, Prec::Comparison},
  {0x2AEB, Prec::Comparison}, {0x2AF7, Prec::Comparison}, {0x2AF8, Prec::Comparison}, {0x2AF9, Prec::Comparison}, {0x2AFA, Prec::Comparison},
  {0x2B30, Prec::Arrow}, {0x2B31, Prec::Arrow}, {0x2B32, Prec::Arrow}, {0x2B33, Prec::Arrow}, {0x2B34, Prec::Arrow},
  {0x2B35, Prec::Arrow}, {0x2B36, Prec::Arrow}, {0x2B37, Prec::Arrow}, {0x2B38, Prec::Arrow}, {0x2B39, Prec::Arrow},
  {0x2B3A, Prec::Arrow}, {0x2B3B, Prec::Arrow}, {0x2B3C, Prec::Arrow}, {0x2B3D, Prec::Arrow}, {0x2B3E, Prec::Arrow},
  {0x2B3F, Prec::Arrow}, {0x2B40, Prec::Arrow}, {0x2B41, Prec::Arrow}, {0x2B42, Prec::Arrow}, {0x2B43, Prec::Arrow},
  {0x2B44, Prec::Arrow}, {0x2B47, Prec::Arrow}, {0x2B48, Prec::Arrow}, {0x2B49, Prec::Arrow}, {0x2B4A, Prec::Arrow},
  {0x2B4B, Prec::Arrow}, {0x2B4C, Prec::Arrow}, {0xFFE9, Prec::Arrow}, {0xFFEA, Prec::Power}, {0xFFEB, Prec::Arrow},
  {0xFFEC, Prec::Power},
};

bool isAsciiDigit(uint32_t c) { return c >= '0' && c <= '9'; }
bool isHex(uint32_t c) { return isAsciiDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool isBin(uint32_t c) { return c == '0' || c == '1'; }
bool isOct(uint32_t c) { return c >= '0' && c <= '7'; }

struct KwEntry { const char* name; K kind; };
const KwEntry kKeywords[] = {
    {"baremodule", K::Baremodule}, {"begin", K::Begin}, {"break", K::Break}, {"catch", K::Catch},
    {"const", K::Const}, {"continue", K::Continue}, {"do", K::Do}, {"else", K::Else},
    {"elseif", K::Elseif}, {"end", K::End}, {"export", K::Export}, {"finally", K::Finally},
    {"for", K::For}, {"function", K::Function}, {"global", K::Global}, {"if", K::If},
    {"import", K::Import}, {"let", K::Let}, {"local", K::Local}, {"macro", K::Macro},
    {"module", K::Module}, {"public", K::Public}, {"quote", K::Quote}, {"return", K::Return},
    {"struct", K::Struct}, {"try", K::Try}, {"using", K::Using}, {"while", K::While},
    {"abstract", K::Abstract}, {"as", K::As}, {"doc", K::Doc}, {"mutable", K::Mutable},
    {"outer", K::Outer}, {"primitive", K::Primitive}, {"type", K::Type}, {"var", K::Var},
    {"true", K::True}, {"false", K::False},
};

// ASCII operators, longest first within each leading character (found by linear search).
struct AsciiOp { const char* text; Prec prec; };
const AsciiOp kAsciiOps[] = {
    {">>>=", Prec::Assign}, {"<-->", Prec::Arrow}, {"===", Prec::Comparison}, {"!==", Prec::Comparison},
    {"//=", Prec::Assign}, {"<<=", Prec::Assign}, {">>=", Prec::Assign}, {">>>", Prec::Bitshift},
    {"-->", Prec::Arrow}, {"<--", Prec::Arrow}, {"...", Prec::None},
    {"==", Prec::Comparison}, {"=>", Prec::Pair}, {"+=", Prec::Assign}, {"-=", Prec::Assign},
    {"*=", Prec::Assign}, {"/=", Prec::Assign}, {"|=", Prec::Assign}, {"^=", Prec::Assign},
    {"%=", Prec::Assign}, {"\\=", Prec::Assign}, {"&=", Prec::Assign}, {":=", Prec::Assign},
    {"$=", Prec::Assign}, {"||", Prec::LazyOr}, {"&&", Prec::LazyAnd}, {"<:", Prec::Comparison},
    {">:", Prec::Comparison}, {">=", Prec::Comparison}, {"<=", Prec::Comparison},
    {"!=", Prec::Comparison}, {"<|", Prec::Pipe}, {"|>", Prec::Pipe}, {"..", Prec::Colon},
    {"++", Prec::Plus}, {"//", Prec::Rational}, {"<<", Prec::Bitshift}, {">>", Prec::Bitshift},
    {"::", Prec::Decl}, {"->", Prec::Unary},
    {"=", Prec::Assign}, {"~", Prec::Assign}, {"?", Prec::Cond}, {">", Prec::Comparison},
    {"<", Prec::Comparison}, {":", Prec::Colon}, {"$", Prec::Plus}, {"+", Prec::Plus},
    {"-", Prec::Plus}, {"|", Prec::Plus}, {"*", Prec::Times}, {"/", Prec::Times},
    {"%", Prec::Times}, {"\\", Prec::Times}, {"&", Prec::Times}, {"^", Prec::Power},
    {".", Prec::Dot}, {"!", Prec::Unary},
};

bool isAsciiOpStart(uint32_t c) {
  return c < 128 && c && std::strchr("=+-*/\\^<>!~|&%$:?.", static_cast<int>(c)) != nullptr;
}

// Operators that take no suffix characters (Tokenize's `optakessuffix` exclusions).
bool opTakesSuffix(std::string_view op, Prec p) {
  if (p == Prec::Assign || p == Prec::Decl || p == Prec::Where || p == Prec::Dot) return false;
  static const char* const kNo[] = {"...", "?", "<:", ">:", "&&", "||", "in", "isa", ":", "..",
                                    "$", "!", "->", "¬", "√", "∛", "∜"};
  for (const char* s : kNo)
    if (op == s) return false;
  return true;
}

bool isDottableOpStart(uint32_t c) {
  if (c == '?' || c == '$' || c == ':' || c == '\'') return false;
  return isAsciiOpStart(c) || unicodeOpPrec(c) != Prec::None;
}

bool isSpaceCp(uint32_t c) {
  return c == ' ' || c == '\t' || c == 0xA0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F ||
         c == 0x205F || c == 0x3000 || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF ||
         c == '\v' || c == '\f';
}
}  // namespace

uint32_t decodeUtf8(std::string_view s, size_t i, size_t* len) {
  size_t n = s.size();
  if (i >= n) { if (len) *len = 0; return 0; }
  unsigned c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) { if (len) *len = 1; return c; }
  int need = (c >= 0xC2 && c < 0xE0) ? 1 : (c >= 0xE0 && c < 0xF0) ? 2 : (c >= 0xF0 && c < 0xF5) ? 3 : -1;
  if (need < 0 || i + static_cast<size_t>(need) >= n) {
    if (len) *len = 1;
    return 0xFFFD;
  }
  uint32_t cp = c & (0x3Fu >> need);
  for (int k = 1; k <= need; ++k) {
    unsigned d = static_cast<unsigned char>(s[i + k]);
    if ((d & 0xC0) != 0x80) { if (len) *len = 1; return 0xFFFD; }
    cp = (cp << 6) | (d & 0x3F);
  }
  if (len) *len = static_cast<size_t>(need) + 1;
  return cp;
}

Prec unicodeOpPrec(uint32_t cp) {
  if (cp < 0x80) return Prec::None;
  size_t lo = 0, hi = sizeof(kUnicodeOps) / sizeof(kUnicodeOps[0]);
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (kUnicodeOps[mid].cp < cp) lo = mid + 1; else hi = mid;
  }
  if (lo < sizeof(kUnicodeOps) / sizeof(kUnicodeOps[0]) && kUnicodeOps[lo].cp == cp) return kUnicodeOps[lo].prec;
  return Prec::None;
}

bool isOpSuffixChar(uint32_t c) {
  if (c < 0xA1) return false;
  if (c >= 0x300 && c <= 0x36F) return true;  // combining marks
  if ((c >= 0x2080 && c <= 0x208E) || (c >= 0x2090 && c <= 0x209C)) return true;  // subscripts
  if ((c >= 0x2070 && c <= 0x207F) || c == 0xB2 || c == 0xB3 || c == 0xB9) return true;  // superscripts
  if (c >= 0x2032 && c <= 0x2037) return true;  // primes
  if (c == 0x2057) return true;
  if ((c >= 0x1D2C && c <= 0x1D6A) || (c >= 0x1D9C && c <= 0x1DBF)) return true;  // modifier letters
  if (c == 0x2C7C || c == 0x2C7D || c == 0xA71B || c == 0xA71C || c == 0xA71D) return true;
  if (c == 0x2B0 || c == 0x2B2 || c == 0x2B3 || c == 0x2B7 || c == 0x2B8 || (c >= 0x2E1 && c <= 0x2E3)) return true;
  return false;
}

bool isIdStartChar(uint32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  if (c == 0xFFFD || isSpaceCp(c)) return false;
  if (c < 0xC0) {
    // Latin-1: only ª µ º are letters.
    return c == 0xAA || c == 0xB5 || c == 0xBA;
  }
  if (c == 0xD7 || c == 0xF7) return false;
  if (unicodeOpPrec(c) != Prec::None) return false;
  if (c >= 0x300 && c <= 0x36F) return false;  // combining marks continue, never start
  if ((c >= 0x2000 && c <= 0x206F) && !(c >= 0x2032 && c <= 0x2037)) return false;  // punctuation
  if ((c >= 0x2080 && c <= 0x209C) || (c >= 0x2070 && c <= 0x207F)) return false;
  if ((c >= 0x27E6 && c <= 0x27EF) || (c >= 0x3008 && c <= 0x3011) || (c >= 0x3014 && c <= 0x301B)) return false;
  if (c == 0xFF08 || c == 0xFF09 || c == 0xFF3B || c == 0xFF3D) return false;
  if (c >= 0x2032 && c <= 0x2037) return false;  // primes continue identifiers only
  return true;
}

bool isIdChar(uint32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || isAsciiDigit(c) || c == '!';
  if (isIdStartChar(c)) return true;
  if (c >= 0x300 && c <= 0x36F) return true;
  if ((c >= 0x2080 && c <= 0x209C) || (c >= 0x2070 && c <= 0x207F) || c == 0xB2 || c == 0xB3 || c == 0xB9) return true;
  if (c >= 0x2032 && c <= 0x2037) return true;
  if (c == 0x2057) return true;
  return false;
}

const char* kindName(K k) {
  switch (k) {
    case K::EndMarker: return "end of input";
    case K::NewlineWs: return "newline";
    case K::Error: return "error";
    case K::Identifier: return "identifier";
    case K::Integer: case K::BinInt: case K::HexInt: case K::OctInt: case K::Float: case K::Float32: return "number";
    case K::Char: return "character literal";
    case K::StringChunk: case K::CmdChunk: return "string";
    case K::LBracket: return "[";
    case K::RBracket: return "]";
    case K::LBrace: return "{";
    case K::RBrace: return "}";
    case K::LParen: return "(";
    case K::RParen: return ")";
    case K::DQuote: return "\"";
    case K::TripleDQuote: return "\"\"\"";
    case K::Backtick: return "`";
    case K::TripleBacktick: return "```";
    case K::Comma: return ",";
    case K::Semicolon: return ";";
    case K::At: return "@";
    case K::Op: return "operator";
    default: break;
  }
  for (const auto& kw : kKeywords)
    if (kw.kind == k) return kw.name;
  return "token";
}

bool isContextualKeyword(K k) { return k >= K::Abstract && k <= K::Var; }
bool isReservedWord(K k) { return (k >= K::Baremodule && k <= K::While) || k == K::True || k == K::False; }
bool isKeyword(K k) { return k >= K::Baremodule && k <= K::False; }
bool isLiteral(K k) { return (k >= K::Integer && k <= K::CmdChunk) || k == K::True || k == K::False; }

// ---------------------------------------------------------------------------------------
Lexer::Lexer(std::string_view src, size_t start) : src_(src), pos_(std::min(start, src.size())) {
  for (size_t i = 0; i < pos_; ++i)
    if (src_[i] == '\n') ++line_;
}

uint32_t Lexer::peekCp(size_t at, size_t* len) const {
  if (at >= src_.size()) { if (len) *len = 0; return 0xFFFFFFFF; }
  return decodeUtf8(src_, at, len);
}

Token Lexer::make(K k, size_t start) {
  Token t;
  t.kind = k;
  t.start = static_cast<uint32_t>(start);
  t.end = static_cast<uint32_t>(pos_);
  t.spaceBefore = pendingSpace_;
  t.line = line_;
  for (size_t i = start; i < pos_; ++i)
    if (src_[i] == '\n') ++line_;
  pendingSpace_ = false;
  lastKind_ = k;
  lastWordOp_ = false;
  lastAdjointOp_ = false;
  return t;
}

Token Lexer::makeOp(size_t start, std::string_view opText, Prec p, bool dotted) {
  // Suffix characters (`+₁`, `≤′`).
  bool suffixed = false;
  size_t opStart = pos_ - opText.size();
  if (opTakesSuffix(opText, p)) {
    size_t len = 0;
    while (pos_ < src_.size() && isOpSuffixChar(peekCp(pos_, &len))) { pos_ += len; suffixed = true; }
  }
  Token t = make(K::Op, start);
  t.prec = p;
  t.dotted = dotted;
  t.suffixed = suffixed;
  if (suffixed) {
    std::string full(opText);
    full.append(src_.substr(opStart + opText.size(), pos_ - opStart - opText.size()));
    t.op = Symbol(full);
  } else {
    t.op = Symbol(opText);
  }
  return t;
}

Token Lexer::makeError(size_t start, const char* msg) {
  if (pos_ == start && pos_ < src_.size()) {
    size_t len = 1;
    peekCp(pos_, &len);
    pos_ += std::max<size_t>(len, 1);
  }
  Token t = make(K::Error, start);
  t.error = msg;
  return t;
}

void Lexer::skipTrivia() {
  while (pos_ < src_.size()) {
    unsigned char c = static_cast<unsigned char>(src_[pos_]);
    if (c == ' ' || c == '\t') { ++pos_; pendingSpace_ = true; continue; }
    if (c == '\r' && pos_ + 1 < src_.size() && src_[pos_ + 1] == '\n') return;  // newline token
    if (c == '\r') { ++pos_; pendingSpace_ = true; continue; }
    if (c == '#') {
      if (pos_ + 1 < src_.size() && src_[pos_ + 1] == '=') {
        size_t p = pos_ + 2;
        int depth = 1;
        while (p < src_.size() && depth > 0) {
          if (src_[p] == '#' && p + 1 < src_.size() && src_[p + 1] == '=') { ++depth; p += 2; }
          else if (src_[p] == '=' && p + 1 < src_.size() && src_[p + 1] == '#') { --depth; p += 2; }
          else {
            if (src_[p] == '\n') ++line_;
            ++p;
          }
        }
        if (depth > 0) {
          // Unterminated: leave it for lexToken to report.
          for (size_t i = pos_; i < p; ++i)
            if (src_[i] == '\n') --line_;
          return;
        }
        pos_ = p;
      } else {
        while (pos_ < src_.size() && src_[pos_] != '\n' && !(src_[pos_] == '\r' && pos_ + 1 < src_.size() && src_[pos_ + 1] == '\n')) ++pos_;
      }
      pendingSpace_ = true;
      continue;
    }
    if (c >= 0x80) {
      size_t len = 0;
      uint32_t cp = peekCp(pos_, &len);
      if (isSpaceCp(cp) && cp != 0x85 && cp != 0x2028 && cp != 0x2029) { pos_ += len; pendingSpace_ = true; continue; }
    }
    return;
  }
}

Token Lexer::next() {
  if (!strings_.empty() && strings_.back().parenDepth == 0) return stringChunk();
  skipTrivia();
  Token t = lexToken();
  if (!strings_.empty() && t.kind == K::LParen) ++strings_.back().parenDepth;
  if (!strings_.empty() && t.kind == K::RParen && strings_.back().parenDepth > 0) --strings_.back().parenDepth;
  return t;
}

bool Lexer::stringTerminates(const StringState& s) const {
  if (pos_ >= src_.size() || src_[pos_] != s.delim) return false;
  if (!s.triple) return true;
  return pos_ + 2 < src_.size() && src_[pos_ + 1] == s.delim && src_[pos_ + 2] == s.delim;
}

Token Lexer::stringChunk() {
  StringState& st = strings_.back();
  size_t start = pos_;
  if (afterDollar_) {
    afterDollar_ = false;
    // After `$` inside a string: `$(` or `$name`.
    if (pos_ < src_.size() && src_[pos_] == '(') {
      ++pos_;
      st.parenDepth = 1;
      return make(K::LParen, start);
    }
    size_t len = 0;
    uint32_t cp = peekCp(pos_, &len);
    if (pos_ < src_.size() && isIdStartChar(cp)) return lexIdentifier(start);
  }
  if (pos_ >= src_.size()) return make(K::EndMarker, start);
  if (!st.raw && src_[pos_] == '$') {
    ++pos_;
    Token t = make(K::Op, start);
    t.prec = Prec::Plus;
    t.op = Symbol("$");
    afterDollar_ = true;
    return t;
  }
  if (stringTerminates(st)) {
    pos_ += st.triple ? 3 : 1;
    K k = st.delim == '"' ? (st.triple ? K::TripleDQuote : K::DQuote) : (st.triple ? K::TripleBacktick : K::Backtick);
    strings_.pop_back();
    return make(k, start);
  }
  // Escaped newline in a non-raw string: `\` newline and following indentation vanish.
  while (!st.raw && pos_ + 1 < src_.size() && src_[pos_] == '\\' &&
         (src_[pos_ + 1] == '\n' || src_[pos_ + 1] == '\r')) {
    pos_ += 2;
    if (src_[pos_ - 1] == '\r' && pos_ < src_.size() && src_[pos_] == '\n') ++pos_;
    while (pos_ < src_.size() && (src_[pos_] == ' ' || src_[pos_] == '\t')) ++pos_;
    for (size_t i = start; i < pos_; ++i)
      if (src_[i] == '\n') ++line_;
    start = pos_;
    if (pos_ >= src_.size() || stringTerminates(st) || src_[pos_] == '$') return stringChunk();
  }
  K chunkKind = st.delim == '`' ? K::CmdChunk : K::StringChunk;
  while (pos_ < src_.size()) {
    char c = src_[pos_];
    if (st.triple && (c == '\n' || c == '\r')) {
      ++pos_;
      if (c == '\r' && pos_ < src_.size() && src_[pos_] == '\n') ++pos_;
      break;
    }
    if (stringTerminates(st)) break;
    if (st.raw) {
      if (c == '\\') {
        size_t n = 0;
        while (pos_ < src_.size() && src_[pos_] == '\\') { ++pos_; ++n; }
        if (pos_ < src_.size() && src_[pos_] == st.delim && (n % 2) == 1) ++pos_;
        continue;
      }
      ++pos_;
    } else {
      if (c == '$') break;
      if (c == '\\') {
        if (pos_ + 1 < src_.size() && (src_[pos_ + 1] == '\n' || src_[pos_ + 1] == '\r')) break;
        pos_ += pos_ + 1 < src_.size() ? 2 : 1;
        continue;
      }
      ++pos_;
    }
  }
  return make(chunkKind, start);
}

Token Lexer::lexToken() {
  size_t start = pos_;
  if (pos_ >= src_.size()) return make(K::EndMarker, start);
  unsigned char c = static_cast<unsigned char>(src_[pos_]);
  auto simple = [&](K k) { ++pos_; return make(k, start); };
  switch (c) {
    case '\n': { ++pos_; Token t = make(K::NewlineWs, start); pendingSpace_ = true; return t; }
    case '\r': { pos_ += 2; Token t = make(K::NewlineWs, start); pendingSpace_ = true; return t; }
    case '[': return simple(K::LBracket);
    case ']': return simple(K::RBracket);
    case '{': return simple(K::LBrace);
    case '}': return simple(K::RBrace);
    case '(': return simple(K::LParen);
    case ')': return simple(K::RParen);
    case ',': return simple(K::Comma);
    case ';': return simple(K::Semicolon);
    case '@': return simple(K::At);
    case '#': {
      // Only an unterminated #= comment reaches here.
      pos_ = src_.size();
      return makeError(start, "unterminated multi-line comment #= ... =#");
    }
    case '"': {
      bool raw = !pendingSpace_ && (lastKind_ == K::Identifier || isContextualKeyword(lastKind_) ||
                                    (lastKind_ == K::Op && lastWordOp_));
      bool triple = pos_ + 2 < src_.size() && src_[pos_ + 1] == '"' && src_[pos_ + 2] == '"';
      pos_ += triple ? 3 : 1;
      strings_.push_back({triple, raw, '"', 0});
      return make(triple ? K::TripleDQuote : K::DQuote, start);
    }
    case '`': {
      bool triple = pos_ + 2 < src_.size() && src_[pos_ + 1] == '`' && src_[pos_ + 2] == '`';
      pos_ += triple ? 3 : 1;
      strings_.push_back({triple, true, '`', 0});
      return make(triple ? K::TripleBacktick : K::Backtick, start);
    }
    case '\'': {
      bool adjoint = !pendingSpace_ &&
                     (lastKind_ == K::Identifier || isContextualKeyword(lastKind_) ||
                      lastKind_ == K::RParen || lastKind_ == K::RBracket || lastKind_ == K::RBrace ||
                      lastKind_ == K::End || isLiteral(lastKind_) ||
                      (lastKind_ == K::Op && (lastWordOp_ || lastAdjointOp_)));
      if (adjoint) {
        ++pos_;
        Token t = makeOp(start, "'", Prec::Unary, false);
        lastAdjointOp_ = true;
        return t;
      }
      return lexChar(start);
    }
    default: break;
  }
  if (isAsciiDigit(c)) return lexNumber(start, false);
  if (c == '.' && pos_ + 1 < src_.size() && isAsciiDigit(static_cast<unsigned char>(src_[pos_ + 1])))
    return lexNumber(start, true);
  size_t len = 0;
  uint32_t cp = peekCp(pos_, &len);
  if (isIdStartChar(cp)) return lexIdentifier(start);
  if (isAsciiOpStart(cp) || unicodeOpPrec(cp) != Prec::None) return lexOperator(start);
  if (cp == 0xFFFD) return makeError(start, "invalid UTF-8 sequence");
  return makeError(start, "invalid character");
}

Token Lexer::lexChar(size_t start) {
  ++pos_;  // opening '
  if (pos_ + 1 < src_.size() && src_[pos_] == '\'' && src_[pos_ + 1] == '\'') {
    pos_ += 2;  // ''' is the char '
    return make(K::Char, start);
  }
  if (pos_ < src_.size() && src_[pos_] == '\'') {
    ++pos_;
    return makeError(start, "empty character literal");
  }
  while (pos_ < src_.size()) {
    char c = src_[pos_];
    if (c == '\'') {
      ++pos_;
      return make(K::Char, start);
    }
    if (c == '\n') break;
    if (c == '\\' && pos_ + 1 < src_.size()) { pos_ += 2; continue; }
    ++pos_;
  }
  return makeError(start, "unterminated character literal");
}

Token Lexer::lexIdentifier(size_t start) {
  size_t len = 0;
  while (pos_ < src_.size()) {
    uint32_t cp = peekCp(pos_, &len);
    if (cp == '!' && pos_ + 1 < src_.size() && src_[pos_ + 1] == '=') break;
    if (!isIdChar(cp)) break;
    pos_ += len;
  }
  std::string_view name = src_.substr(start, pos_ - start);
  if (name.size() <= 10) {
    if (name == "in" || name == "isa" || name == "where") {
      Token t = make(K::Op, start);
      t.prec = name == "where" ? Prec::Where : Prec::Comparison;
      t.word = true;
      t.op = Symbol(name);
      lastWordOp_ = true;
      return t;
    }
    for (const auto& kw : kKeywords)
      if (name == kw.name) return make(kw.kind, start);
  }
  return make(K::Identifier, start);
}

Token Lexer::lexOperator(size_t start) {
  bool dotted = false;
  if (src_[pos_] == '.') {
    size_t len = 0;
    uint32_t next = peekCp(pos_ + 1, &len);
    if (pos_ + 1 < src_.size() && next == '.') {
      if (pos_ + 2 < src_.size() && src_[pos_ + 2] == '.') { pos_ += 3; return makeOp(start, "...", Prec::None, false); }
      uint32_t third = peekCp(pos_ + 2, &len);
      if (pos_ + 2 < src_.size() && isDottableOpStart(third)) {
        pos_ += 2;
        pos_ += len;
        return makeError(start, "invalid operator");
      }
      pos_ += 2;
      return makeOp(start, "..", Prec::Colon, false);
    }
    if (pos_ + 1 < src_.size() && isDottableOpStart(next) && next != '.') {
      dotted = true;
      ++pos_;
    } else {
      ++pos_;
      Token t = makeOp(start, ".", Prec::Dot, false);
      lastAdjointOp_ = true;  // `x.'` is lexed as adjoint after a dot (then rejected)
      return t;
    }
  }
  size_t len = 0;
  uint32_t cp = peekCp(pos_, &len);
  if (cp < 0x80) {
    // Interned once: the operator texts with their lengths and symbols.
    struct OpInfo { std::string_view text; Prec prec; Symbol sym; };
    static const std::vector<OpInfo> table = [] {
      std::vector<OpInfo> t;
      for (const auto& op : kAsciiOps) t.push_back({op.text, op.prec, Symbol(op.text)});
      return t;
    }();
    std::string_view rest = src_.substr(pos_);
    for (const auto& op : table) {
      if (static_cast<unsigned char>(op.text[0]) != cp) continue;
      size_t n = op.text.size();
      if (rest.size() >= n && rest.compare(0, n, op.text) == 0) {
        std::string_view text = op.text;
        if (dotted && text == "->") { text = "-"; n = 1; }
        if (dotted && (text == "..." || text == "." || text == ".." || text == "?" || text == ":" || text == "::" || text == "$" || text == ":=" || text == "$="))
          break;
        pos_ += n;
        // Invalid operators `--`, `**`, `<---`.
        if (text == "-" && pos_ < src_.size() && src_[pos_] == '-') { ++pos_; return makeError(start, "invalid operator `--`"); }
        if (text == "*" && pos_ < src_.size() && src_[pos_] == '*') { ++pos_; return makeError(start, "invalid operator `**` (use `^`)"); }
        if ((text == "<--" || text == "<-->") && pos_ < src_.size() && src_[pos_] == '-') { ++pos_; return makeError(start, "invalid operator"); }
        if (text.size() == op.text.size() && !opTakesSuffix(text, op.prec)) {
          Token t = make(K::Op, start);
          t.prec = op.prec;
          t.dotted = dotted;
          t.op = op.sym;
          return t;
        }
        if (text.size() == op.text.size()) {
          size_t len = 0;
          if (pos_ >= src_.size() || !isOpSuffixChar(peekCp(pos_, &len))) {
            Token t = make(K::Op, start);
            t.prec = op.prec;
            t.dotted = dotted;
            t.op = op.sym;
            return t;
          }
        }
        return makeOp(start, text, op.prec, dotted);
      }
    }
    pos_ += 1;
    return makeError(start, "invalid operator");
  }
  Prec p = unicodeOpPrec(cp);
  pos_ += len;
  // Normalizations: − (minus sign) is -, the two middle dots are ⋅.
  if (cp == 0x2212) {
    if (pos_ < src_.size() && src_[pos_] == '=') { ++pos_; return makeOp(start, "-=", Prec::Assign, dotted); }
    return makeOp(start, "-", Prec::Plus, dotted);
  }
  if (cp == 0xB7 || cp == 0x387) return makeOp(start, "⋅", Prec::Times, dotted);
  std::string_view text = src_.substr(pos_ - len, len);
  if ((cp == 0xF7 || cp == 0x22BB) && pos_ < src_.size() && src_[pos_] == '=') {
    ++pos_;
    return makeOp(start, cp == 0xF7 ? "÷=" : "⊻=", Prec::Assign, dotted);
  }
  return makeOp(start, text, p, dotted);
}

Token Lexer::lexNumber(size_t start, bool startsWithDot) {
  auto peekc = [&](size_t k) -> uint32_t { return pos_ + k < src_.size() ? static_cast<unsigned char>(src_[pos_ + k]) : 0; };
  auto acceptDigits = [&](bool (*f)(uint32_t)) {
    bool any = false;
    while (true) {
      uint32_t c = peekc(0);
      if (c == '_' && f(peekc(1))) { ++pos_; continue; }
      if (f(c)) { ++pos_; any = true; continue; }
      return any;
    }
  };
  auto isDigitF = +[](uint32_t c) { return isAsciiDigit(c); };
  auto idStartAt = [&](size_t k) {
    size_t len = 0;
    return pos_ + k < src_.size() && isIdStartChar(peekCp(pos_ + k, &len));
  };
  auto acceptExponent = [&](K& kind) -> bool {  // at e/E/f with digit or sign next
    kind = peekc(0) == 'f' ? K::Float32 : K::Float;
    ++pos_;
    if (peekc(0) == '+' || peekc(0) == '-') ++pos_;
    else if (src_.substr(pos_, 3) == "−") pos_ += 3;
    if (!acceptDigits(isDigitF)) return false;
    if (peekc(0) == '.' && !isDottableOpStart(peekc(1))) { ++pos_; return false; }
    return true;
  };
  auto expStart = [&]() {
    uint32_t c = peekc(0), d = peekc(1);
    return (c == 'e' || c == 'E' || c == 'f') && (isAsciiDigit(d) || d == '+' || d == '-' ||
                                                  src_.substr(pos_ + 1, 3) == "−");
  };
  K kind = K::Integer;
  if (startsWithDot) {
    ++pos_;  // the dot
    kind = K::Float;
  }
  // Prefixed integers.
  if (!startsWithDot && src_[pos_] == '0' && (peekc(1) == 'x' || peekc(1) == 'b' || peekc(1) == 'o')) {
    char p = static_cast<char>(peekc(1));
    pos_ += 2;
    bool had = false;
    if (p == 'x') {
      had = acceptDigits(+[](uint32_t c) { return isHex(c); });
      bool isFloat = false;
      if (peekc(0) == '.' && peekc(1) != '.') {
        ++pos_;
        had |= acceptDigits(+[](uint32_t c) { return isHex(c); });
        isFloat = true;
      }
      if (peekc(0) == 'p' || peekc(0) == 'P') {
        ++pos_;
        if (peekc(0) == '+' || peekc(0) == '-') ++pos_;
        if (!acceptDigits(isDigitF) || !had) return makeError(start, "invalid numeric constant");
        return make(K::Float, start);
      }
      if (isFloat) return makeError(start, "hex float literal must contain `p`");
      kind = K::HexInt;
    } else if (p == 'b') {
      had = acceptDigits(+[](uint32_t c) { return isBin(c); });
      kind = K::BinInt;
    } else {
      had = acceptDigits(+[](uint32_t c) { return isOct(c); });
      kind = K::OctInt;
    }
    if (!had || isAsciiDigit(peekc(0)) || idStartAt(0)) {
      while (isAsciiDigit(peekc(0)) || idStartAt(0)) {
        size_t len = 1;
        peekCp(pos_, &len);
        pos_ += len;
      }
      return makeError(start, "invalid numeric constant");
    }
    return make(kind, start);
  }
  acceptDigits(isDigitF);
  if (!startsWithDot && peekc(0) == '.') {
    if (peekc(1) == '.') return make(kind, start);  // 1..2, 1...
    if (isDottableOpStart(peekc(1)) && peekc(1) < 0x80) {
      ++pos_;
      return makeError(start, "ambiguous `.` after number (use a space or parentheses)");
    }
    ++pos_;
    kind = K::Float;
    if (peekc(0) == '_') return makeError(start, "invalid numeric constant");
    bool hadFrac = acceptDigits(isDigitF);
    if (expStart()) {
      if (!acceptExponent(kind)) return makeError(start, "invalid numeric constant");
    } else if (peekc(0) == '.' && peekc(1) != '.' && !isDottableOpStart(peekc(1))) {
      ++pos_;
      return makeError(start, "invalid numeric constant");
    } else if (!hadFrac && (idStartAt(0) || peekc(0) == '(' || peekc(0) == '[' || peekc(0) == '{' ||
                            peekc(0) == '@' || peekc(0) == '`' || peekc(0) == '"')) {
      return makeError(start, "ambiguous `.` after number (use a space or parentheses)");
    }
    return make(kind, start);
  }
  if (startsWithDot) {
    if (expStart() && !acceptExponent(kind)) return makeError(start, "invalid numeric constant");
    if (peekc(0) == '.' && peekc(1) != '.' && !isDottableOpStart(peekc(1))) {
      ++pos_;
      return makeError(start, "invalid numeric constant");
    }
    return make(kind, start);
  }
  if (expStart()) {
    if (!acceptExponent(kind)) return makeError(start, "invalid numeric constant");
  }
  return make(kind, start);
}

}  // namespace jl::syntax
