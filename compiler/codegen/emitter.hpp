// Internals of the C++ code generator shared by emit.cpp (file layout, structs, functions),
// emit_body.cpp (statements and expressions), emit_builtins.cpp (Builtin nodes -> jlrt
// calls) and names.cpp (identifiers, literals, type names).
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "codegen/codegen.hpp"
#include "interp/objects.hpp"
#include "ir/ir.hpp"

namespace jl::codegen {

// ---- names.cpp ----
// A C++ identifier for a Julia name: gensyms `#3#t0` -> `t0_3`, Unicode -> `u03c0`,
// `push!` -> `push_b`, C++ keywords get a trailing `_`.
std::string sanitizeName(std::string_view julia);
// A C++ string literal (with quotes) holding exactly `bytes`; UTF-8 stays readable.
std::string cppStringLiteral(std::string_view bytes);
// The name of a DataType's type constructor ("BoundsError", "Array"); empty for non-DataTypes.
std::string typeNameOf(const ir::TypeRef& t);
// Whether a call of `mi` passes its trailing varargs packed into one tuple argument.
bool packsVarargs(const ir::MethodInstance& mi);
int argumentLocals(const ir::MethodInstance& mi);
// Unique identifiers within one scope.
class NameTable {
 public:
  std::string fresh(const std::string& base);  // base, base_2, base_3, ...
  void reserve(const std::string& name) { used_.insert(name); }
  bool taken(const std::string& name) const { return used_.count(name) != 0; }

 private:
  std::set<std::string> used_;
};

// Classification of a Julia type for code generation.
enum class TypeClass {
  Nothing, Bool, Int, Float, Char, String, Symbol, Tuple, Vector, Struct, MutableStruct,
  Array,      // Array{T,N} with N >= 2: jlrt::Array<T, N> (jlrt/array.hpp)
  Dict,       // Dict{K,V}: jlrt::Dict<K, V> (jlrt/dict.hpp)
  Exception,  // Base's exception types and abstract exception-typed values: jlrt::Exception
  TypeValue,  // Type{T} / DataType: jlrt::Type
  Function,   // singleton function types: jlrt::Function
  Printed,    // Expr, QuoteNode, ...: constants printed from build-time text
  Regex, RegexMatch,  // jlrt::Regex / jlrt::RegexMatch (jlrt/regex.hpp, library jlcc_rt_regex)
  Cmd,        // jlrt::Cmd
  Optional,   // Union{Nothing, T}: jlrt::Optional<T>
  Bottom,     // Union{}: no value
  Unsupported
};

struct StructInfo {
  const ir::StructDef* def = nullptr;
  std::string cppName;
};

class Emitter {
 public:
  Emitter(const ir::Program& p, const EmitOptions& o);
  std::string run();
  std::string header();

  // --- types (names.cpp) ---
  std::string juliaTypeName(const ir::TypeRef& t);
  TypeClass classify(const ir::TypeRef& t);
  std::string cppType(const ir::TypeRef& t);  // throws CodegenError for unsupported types
  bool isBaseException(const ir::TypeRef& t);
  const StructInfo* structOf(const ir::TypeRef& t);
  std::vector<ir::TypeRef> tupleElems(const ir::TypeRef& t);
  ir::TypeRef vectorElem(const ir::TypeRef& t);  // also the element type of an Array
  int arrayRank(const ir::TypeRef& t);          // N of Array{T,N} (1 for vectors), else 0
  ir::TypeRef optionalElem(const ir::TypeRef& t);  // T of Union{Nothing, T}, else nothing
  std::string typeValueExpr(const ir::TypeRef& t);  // jlrt::Type{"Int64"_jl}

  // --- literals ---
  std::string constExpr(const jl::Value& v, const ir::TypeRef& t);
  std::string symbolRef(jl::Symbol s);
  std::string fileConstant(const jl::Value& v, const ir::TypeRef& t);

  [[noreturn]] void fail(const std::string& msg, const ir::Node* at = nullptr);

  const ir::Program& prog;
  const EmitOptions& opts;
  std::string lineFile;                 // file name for #line
  std::map<const jl::Object*, StructInfo> structs;
  std::map<const ir::MethodInstance*, std::string> fnNames;
  std::vector<std::string> globalNames;
  NameTable fileNames;                  // file-scope identifiers
  std::map<std::string, std::string> symbolVars;  // Julia symbol name -> C++ variable
  std::vector<std::string> symbolDecls;
  // File-scope constants built once: regex literals, vector and Cmd constants.
  std::map<const jl::Object*, std::string> constVars;
  std::vector<std::string> constDecls;
  bool usesRegex = false;               // the file needs jlrt/regex.hpp and jlcc_rt_regex
  // Embedded interpreter (emit_interp.cpp): the image the program replays at start-up, and
  // the statements that keep shared globals in step with it.
  std::string embeddedImage();
  std::string interpretedStatement(int statement);  // run it, then refresh shared globals
  std::string shareGlobal(size_t global);           // mirror a compiled global into it ("" if not shared)
  int currentLine = 0;                  // for error messages

 private:
  void emitStructs(std::string& out);
  void emitGlobals(std::string& out);
  std::string signatureComment(const ir::MethodInstance& mi);
  std::string prototype(const ir::MethodInstance& mi, const std::string& name, bool forHeader);
};

// Emits one function body (emit_body.cpp).
class FunctionEmitter {
 public:
  FunctionEmitter(Emitter& e, const ir::MethodInstance& mi, bool isMain);
  // Parameter list ("int64_t x, ...") and the body text including braces.
  std::string params();
  std::string body();

  // --- used by emit_builtins.cpp ---
  Emitter& E;
  std::string emitBuiltin(const ir::Node& n, std::vector<std::string> args);
  // Builtins on Vector/Array values beyond Vector indexing (emit_arrays.cpp); "" when `n`
  // is not one of them.
  std::string emitArrayBuiltin(const ir::Node& n, const std::vector<std::string>& args);
  // Builtins on strings and chars of compiler/types/builtins_strings.cpp (emit_strings.cpp); "" otherwise.
  std::string emitStringBuiltin(const ir::Node& n, const std::vector<std::string>& args);
  // Builtins of compiler/types/builtins_numbers.cpp (emit_numbers.cpp); "" otherwise.
  std::string emitNumberBuiltin(const ir::Node& n, const std::vector<std::string>& args);
  bool isPure(const ir::Node& n) const;
  // The C++ type of a node's value (catch variables are jlrt::Exception whatever their IR type).
  std::string nodeCppType(const ir::Node& n) const;

 private:
  enum class DestKind { Discard, Return, Assign };
  struct Dest {
    DestKind kind;
    std::string var;
  };

  const ir::MethodInstance& mi_;
  bool isMain_;
  std::string out_;
  int indent_ = 1;
  int temps_ = 0;
  int lastLine_ = -1;
  std::string lastFile_;
  NameTable names_;
  std::vector<std::string> localNames_;
  std::vector<std::string> cellNames_;  // boxed locals: the std::shared_ptr cell (localNames_ is `(*cell)`)
  std::vector<bool> read_, declareTop_, catchVar_;
  std::vector<int> paramLocal_;  // argument index -> local slot (-1 when none)
  bool packVarargs_ = false;

  void analyze();
  void line(const std::string& text);
  void lineDirective(const ir::Node& n);
  std::string temp(const std::string& hint = "t");
  std::string localName(int slot) const;
  std::string localType(int slot) const;

  void emitStmt(const ir::Node& n, const Dest& d);
  void emitBlockInto(const ir::Node& n, const Dest& d);  // a body: braces already open
  void emitValueInto(const std::string& expr, const ir::Node& n, const Dest& d);
  std::string emitExpr(const ir::Node& n);
  std::string emitExprParts(const ir::Node& n);
  bool isExprForm(const ir::Node& n) const;
  std::vector<std::string> emitArgs(const std::vector<ir::NodePtr>& kids);
  std::string emitCall(const ir::Node& n, std::vector<std::string> args);
  std::string emitNew(const ir::Node& n, std::vector<std::string> args);
  std::string emitGetField(const ir::Node& n, const std::string& obj);
  std::string emitConvert(const ir::Node& n, const std::string& x);
  std::string emitThrowValue(const ir::Node& n, const std::string& x);
  void emitFor(const ir::Node& n, const Dest& d);
  void emitTry(const ir::Node& n, const Dest& d);
  void finishNothing(const Dest& d);
};

}  // namespace jl::codegen
