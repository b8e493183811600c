// The typed intermediate representation between type inference (compiler/types) and C++
// emission (compiler/codegen). A Program is the closed set of method instances reachable
// from a program's run-time entry points, each with a typed body tree, plus the struct
// types and global variables they use. Every node carries a concrete Julia type (a Value
// from the interpreter's TypeSystem), so codegen never reasons about Julia semantics
// beyond "which C++ spells this typed operation".
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "interp/objects.hpp"
#include "syntax/value.hpp"

namespace jl::ir {

using TypeRef = jl::Value;  // a concrete type (DataType) from interp::TypeSystem

struct MethodInstance;

enum class Op : uint8_t {
  Const,        // literal: `value` (Int64, Float64, Bool, Char, String, Symbol, nothing)
  TypeConst,    // a type used as a value (`Int64` passed to a Type{T} parameter): `value`
  LocalGet,     // read local `slot`
  LocalSet,     // kids[0] -> local `slot`; the node's value is the assigned value
  GlobalGet,    // read run-time global `slot` (Program::globals)
  GlobalSet,    // kids[0] -> global `slot`
  Call,         // call of `callee` with kids as arguments (positional, after splatting)
  Builtin,      // a Base/Core native: `name` (e.g. "+", "println", "getindex") on kids
  New,          // struct construction of `type` from kids (fields, already converted); for a
                // closure type (StructDef::isClosure) the kids are LocalGets of the captured
                // locals and a boxed field takes the local's cell itself
  GetField,     // kids[0].fields[`slot`]
  SetField,     // kids[0].fields[`slot`] = kids[1] (mutable structs)
  Tuple,        // a tuple of kids
  TupleGet,     // kids[0][`slot`] with a constant index (0-based)
  Block,        // kids in order; value of the last (nothing when empty)
  If,           // kids: cond, then, else (else may be an empty Block)
  And,          // short-circuit &&: kids: lhs, rhs
  Or,           // short-circuit ||
  While,        // kids: cond, body
  ForRange,     // for `slot` in kids[0]:kids[1] (Int64 unit range); kids[2] body
  ForStepRange, // for `slot` in kids[0]:kids[1]:kids[2]; kids[3] body
  ForEach,      // for `slot` in kids[0] (Vector{T}, Tuple, or Dict{K,V} with `slot` a Tuple{K,V}); kids[1] body
  Break,
  Continue,
  Return,       // kids[0] (or nothing)
  Throw,        // kids[0]: the exception value
  TryCatch,     // kids: try body, catch body (catch variable in `slot`, -1 when none), finally body
  Convert,      // kids[0] converted to `type` (numeric conversions, InexactError when lossy)
  Line,         // source position marker: `line` (for #line directives)
  Interpreted,  // run-time top-level statement `slot` of the build plan, run by the embedded
                // interpreter (then compiled globals are refreshed from it)
};

struct Node {
  Op op;
  TypeRef type;                       // the type of the node's value (Nothing for statements)
  jl::Value value;                    // Const / TypeConst payload
  int slot = -1;                      // local, global, field or tuple index
  std::string name;                   // Builtin name
  MethodInstance* callee = nullptr;   // Call target
  std::vector<std::unique_ptr<Node>> kids;
  int line = 0;                       // source line (0: unknown)
  std::string file;                   // source file of `line`, as given by the user
};
using NodePtr = std::unique_ptr<Node>;

struct Local {
  std::string name;  // Julia name (gensyms keep their Julia spelling; codegen sanitizes)
  TypeRef type;
  bool isArgument = false;
  // Closures (docs/compiler.md, "Closures"): a boxed local is a shared cell (C++
  // `std::shared_ptr<T>`); LocalGet/LocalSet read and write its content. A local with
  // captureField >= 0 is a captured variable inside a closure body: it is initialized on
  // entry from that field of argument 0 (the closure), sharing the cell when boxed.
  bool boxed = false;
  int captureField = -1;
};

struct MethodInstance {
  const interp::Method* method = nullptr;  // nullptr for the synthetic main body
  std::string juliaName;                   // "sub2ind_gen"
  std::vector<TypeRef> argTypes;           // concrete, in call order
  std::vector<jl::Value> sparamValues;     // values of the `where` variables
  TypeRef returnType;
  std::vector<Local> locals;               // arguments first
  NodePtr body;
  std::string cppName;                     // unique, deterministic C++ identifier
  bool fromGenerator = false;              // body came from an @generated generator
  bool ccallable = false;                  // Base.@ccallable: exported with C linkage
  std::string signature;                   // "(NTuple{3,Int64}, Int64, Int64, Int64)" for notes
};

// Types of the globals that compiled code and the embedded interpreter share (mirrored on
// assignment, refreshed after each interpreted statement).
inline bool sharedWithInterpreter(const std::string& juliaType) {
  return juliaType == "Int64" || juliaType == "Float64" || juliaType == "Bool" || juliaType == "Char" ||
         juliaType == "String" || juliaType == "Symbol" || juliaType == "Nothing";
}

struct Global {
  std::string name;  // Julia name
  TypeRef type;
  std::string module = "Main";  // full name of the module the global lives in ("Main.Inner")
};

struct StructDef {
  TypeRef type;                      // concrete DataType
  std::string cppName;
  std::vector<std::string> fieldNames;
  std::vector<TypeRef> fieldTypes;
  bool isMutable = false;
  bool isException = false;          // a subtype of Exception (BoundsError, ErrorException, user types);
                                     // its non-concrete fields (e.g. BoundsError's `a::Any`) are never read
  bool isClosure = false;            // the type of a capturing anonymous/local function
  std::vector<bool> fieldBoxed{};    // closures: the field holds a shared cell (std::shared_ptr)
};

struct Program {
  std::string sourceFile;            // as given on the command line
  std::vector<std::unique_ptr<MethodInstance>> instances;  // in discovery order
  std::unique_ptr<MethodInstance> main;  // the run-time top-level statements, in file order
  std::vector<Global> globals;
  // Some top-level statements run in the embedded interpreter: the program links it, and
  // compiled globals of shareable types are mirrored into it (docs/compiler.md).
  bool usesInterpreter = false;
  std::map<int, std::string> interpretedSource;  // statement -> its (expanded) first line, for comments
  std::vector<StructDef> structs;    // in dependency order (fields before users)
  // Build-time constants of the natives' object types, described for codegen (which has no
  // interpreter): a Regex's pattern and PCRE2 compile options, a Cmd's words.
  struct NativeConst {
    std::string pattern;
    uint32_t options = 0;
    std::vector<std::string> words;
  };
  std::map<const jl::Object*, NativeConst> nativeConsts;
  // Objects the instances point into without a node holding them (the functions of
  // closures, whose methods are MethodInstance::method): kept alive with the program.
  std::vector<jl::Value> retained;
};

}  // namespace jl::ir
