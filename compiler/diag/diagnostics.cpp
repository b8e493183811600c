// Rendering of diagnostics in the GCC/Clang layout.
#include "diagnostics.hpp"

namespace jl::diag {

const char* kindName(Kind k) {
  switch (k) {
#define JLCC_DIAGNOSTIC(Name, Severity, Summary) case Kind::Name: return #Name;
#include "diagnostic_kinds.def"
  }
  return "?";
}

Severity defaultSeverity(Kind k) {
  switch (k) {
#define JLCC_DIAGNOSTIC(Name, Sev, Summary) case Kind::Name: return Severity::Sev;
#include "diagnostic_kinds.def"
  }
  return Severity::Error;
}

namespace {
const char* severityWord(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
  }
  return "error";
}

std::string_view lineOf(std::string_view source, int line) {
  size_t start = 0;
  for (int l = 1; l < line; ++l) {
    size_t nl = source.find('\n', start);
    if (nl == std::string_view::npos) return {};
    start = nl + 1;
  }
  size_t end = source.find('\n', start);
  if (end == std::string_view::npos) end = source.size();
  return source.substr(start, end - start);
}

// Byte offset of the `col`-th character (1-based) of a UTF-8 line.
size_t byteOfColumn(std::string_view text, int col) {
  size_t i = 0;
  for (int c = 1; c < col && i < text.size(); ++c) {
    ++i;
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
  }
  return i;
}

void renderOne(std::string& out, const Diagnostic& d, std::string_view source) {
  if (!d.loc.file.empty()) {
    out += d.loc.file;
    if (d.loc.line > 0) out += ":" + std::to_string(d.loc.line);
    if (d.loc.line > 0 && d.loc.col > 0) out += ":" + std::to_string(d.loc.col);
    out += ": ";
  }
  out += severityWord(d.severity);
  out += ": ";
  out += d.message;
  out += '\n';
  if (source.empty() || d.loc.line <= 0) return;
  std::string_view text = lineOf(source, d.loc.line);
  out += text;
  out += '\n';
  size_t caretByte = byteOfColumn(text, d.loc.col > 0 ? d.loc.col : 1);
  for (size_t i = 0; i < caretByte; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    out += text[i] == '\t' ? '\t' : ' ';
  }
  out += "^\n";
}
}  // namespace

std::string render(const Diagnostic& d, std::string_view source) {
  std::string out;
  renderOne(out, d, source);
  for (const Diagnostic& n : d.notes) renderOne(out, n, n.loc.file == d.loc.file ? source : std::string_view{});
  return out;
}

}  // namespace jl::diag
