// Native methods of Base for `Array`: construction (literals, concatenation, fill),
// indexing with bounds checks (scalar, range, Colon, vector and logical indices),
// size queries, the mutating vector operations (push!, insert!, deleteat!, ...), sorting,
// searching, equality and elementwise arithmetic. Keyword arguments are handled by Julia
// wrappers in base/arrays.jl, which call the positional `_name` natives defined here.
#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_set>

#include "interp/coll_support.hpp"
#include "interp/interp.hpp"

namespace jl::interp {
namespace {

using namespace coll;

std::string dimsStr(const std::vector<int64_t>& d) {
  std::string s;
  for (size_t i = 0; i < d.size(); ++i) s += (i ? ", " : "") + std::to_string(d[i]);
  return s;
}

void syncDims(ArrayObj& a) {
  if (a.dims.size() == 1) a.dims[0] = a.length();
}

int64_t prodDims(const std::vector<int64_t>& d) {
  int64_t n = 1;
  for (auto x : d) n *= x;
  return n;
}

// The value stored by `Array{T}(undef, ...)`: zero for numbers, `nothing` otherwise.
Value undefValue(Interp& in, const Value& t) {
  auto& T = in.types();
  if (T.isSubtype(t, T.Number) && T.isConcrete(t)) {
    Value args[] = {t};
    try {
      return in.callBase("zero", args);
    } catch (const JuliaError&) {
      return Value();
    }
  }
  if (T.isSubtype(t, T.Char) && T.isConcrete(t)) return Value::charBits(0);
  return Value();
}

std::vector<int64_t> dimsFromArgs(Interp& in, Args a, size_t from) {
  std::vector<int64_t> dims;
  if (a.size() == from + 1 && a[from].isObject(ObjKind::Tuple)) {
    for (auto& d : a[from].as<TupleObj>().elems) dims.push_back(toIndex(in, d));
  } else {
    for (size_t i = from; i < a.size(); ++i) dims.push_back(toIndex(in, a[i]));
  }
  for (auto d : dims)
    if (d < 0)
      argumentError(in, "invalid Array dimensions");
  return dims;
}

// --- construction --------------------------------------------------------------------
Value vect(Interp& in, Args a) {
  auto& T = in.types();
  if (a.empty()) return newVector(in, T.Any, {});
  Value t = typeOf(in, a[0]);
  bool same = true;
  for (size_t i = 1; i < a.size() && same; ++i) same = isa(in, a[i], t) && T.isConcrete(t);
  if (!same) {
    for (size_t i = 1; i < a.size(); ++i) t = promoteType(in, t, typeOf(in, a[i]));
  }
  std::vector<Value> data;
  data.reserve(a.size());
  for (auto& x : a) data.push_back(convertTo(in, t, x));
  return newVector(in, t, std::move(data));
}

// T[a, b, c]
Value typedVect(Interp& in, Args a) {
  Value t = a[0];
  std::vector<Value> data;
  for (size_t i = 1; i < a.size(); ++i) data.push_back(convertTo(in, t, a[i]));
  return newVector(in, t, std::move(data));
}

// _array_undef(T, dims::Tuple)
Value arrayUndef(Interp& in, Args a) {
  std::vector<int64_t> dims = dimsFromArgs(in, a, 1);
  int64_t n = prodDims(dims);
  Value u = undefValue(in, a[0]);
  return newArray(in, a[0], dims, std::vector<Value>(static_cast<size_t>(n), u));
}

// _fill(v, T, dims::Tuple)
Value fillNative(Interp& in, Args a) {
  std::vector<int64_t> dims = dimsFromArgs(in, a, 2);
  Value v = convertTo(in, a[1], a[0]);
  return newArray(in, a[1], dims, std::vector<Value>(static_cast<size_t>(prodDims(dims)), v));
}

// _array_convert(T, x): Array{T,N}(x) for an array or iterable x.
Value arrayConvert(Interp& in, Args a) {
  Value el = a[0];
  std::vector<int64_t> dims;
  if (isArray(a[1])) dims = shapeOf(arr(a[1]));
  std::vector<Value> vals = collectValues(in, a[1]);
  if (dims.empty()) dims = {static_cast<int64_t>(vals.size())};
  for (auto& v : vals) v = convertTo(in, el, v);
  return newArray(in, el, dims, std::move(vals));
}

// The constructors of Array (`Vector{T}(undef, n)`, `Array{T}(undef, m, n)`,
// `Matrix{T}(undef, dims)`, `Vector{T}()`, `Array{T,N}(x)`): args[0] is the type called.
Value arrayCtor(Interp& in, Args a) {
  auto& T = in.types();
  Value body = T.unwrap(a[0]);
  Value el, nd;
  if (isType(body, TypeKind::DataType) && asDataType(body).params.size() == 2) {
    el = asDataType(body).params[0];
    nd = asDataType(body).params[1];
  }
  bool elKnown = isType(el) && !isType(el, TypeKind::TypeVar);
  int64_t n = nd.tag() == Tag::Int64 ? nd.asInt64() : -1;
  Args rest = a.subspan(1);
  if (!rest.empty() && isStructNamed(in, rest[0], "UndefInitializer") && elKnown) {
    std::vector<int64_t> dims = dimsFromArgs(in, rest, 1);
    if (n >= 0 && static_cast<int64_t>(dims.size()) != n) in.methodError(a[0], rest);
    Value u = undefValue(in, el);
    return newArray(in, el, dims, std::vector<Value>(static_cast<size_t>(prodDims(dims)), u));
  }
  if (rest.empty() && elKnown && n >= 0) {
    return newArray(in, el, std::vector<int64_t>(static_cast<size_t>(n), 0), {});
  }
  if (rest.size() == 1 && (isArray(rest[0]) || knownLength(in, rest[0]))) {
    Value t = elKnown ? el : knownEltype(in, rest[0]).value_or(T.Any);
    Value args[] = {t, rest[0]};
    Value r = arrayConvert(in, args);
    if (n >= 0 && static_cast<int64_t>(arr(r).dims.size()) != n) in.methodError(a[0], rest);
    return r;
  }
  in.methodError(a[0], rest);
}

Value similarNative(Interp& in, Args a) {  // _similar(a, T, dims::Tuple)
  std::vector<int64_t> dims = dimsFromArgs(in, a, 2);
  Value u = undefValue(in, a[1]);
  return newArray(in, a[1], dims, std::vector<Value>(static_cast<size_t>(prodDims(dims)), u));
}

Value copyArray(Interp& in, Args a) {
  const ArrayObj& x = arr(a[0]);
  return newArray(in, arrayEltype(in, a[0]), shapeOf(x), x.elems());
}

// Shape of a concatenation operand: arrays keep theirs, ranges are vectors, anything
// else is a scalar (1x1 for hcat/vcat purposes).
struct CatPiece {
  std::vector<Value> vals;  // column-major
  int64_t rows = 1, cols = 1;
  bool scalar = false;
  bool matrix = false;  // an array of 2 or more dimensions
  Value eltype;
};

CatPiece catPiece(Interp& in, const Value& x) {
  CatPiece p;
  IntRange r;
  if (isArray(x)) {
    auto sh = shapeOf(arr(x));
    p.vals = arr(x).elems();
    p.rows = sh.empty() ? 1 : sh[0];
    p.cols = sh.size() >= 2 ? prodDims(std::vector<int64_t>(sh.begin() + 1, sh.end())) : 1;
    p.eltype = arrayEltype(in, x);
    p.matrix = sh.size() >= 2;
  } else if (asIntRange(in, x, r) || (x.isObject(ObjKind::Struct) &&
                                      in.types().isSubtype(typeOf(in, x), in.types().AbstractArray))) {
    p.vals = collectValues(in, x);
    p.rows = static_cast<int64_t>(p.vals.size());
    p.eltype = *knownEltype(in, x);
  } else {
    p.vals = {x};
    p.scalar = true;
    p.eltype = typeOf(in, x);
  }
  return p;
}

Value catEltype(Interp& in, const std::vector<CatPiece>& ps) {
  if (ps.empty()) return in.types().Any;
  Value t = ps[0].eltype;
  for (size_t i = 1; i < ps.size(); ++i) t = promoteType(in, t, ps[i].eltype);
  return t;
}

Value finishCat(Interp& in, const Value& t, std::vector<int64_t> dims, std::vector<Value> vals) {
  for (auto& v : vals) v = convertTo(in, t, v);
  return newArray(in, t, std::move(dims), std::move(vals));
}

Value vcatNative(Interp& in, Args a) {
  std::vector<CatPiece> ps;
  for (auto& x : a) ps.push_back(catPiece(in, x));
  Value t = catEltype(in, ps);
  bool allVectors = true;
  for (auto& p : ps) allVectors = allVectors && !p.matrix;
  std::vector<Value> out;
  if (allVectors) {
    for (auto& p : ps) out.insert(out.end(), p.vals.begin(), p.vals.end());
    int64_t n = static_cast<int64_t>(out.size());
    return finishCat(in, t, {n}, std::move(out));
  }
  int64_t cols = ps[0].cols, rows = 0;
  for (auto& p : ps) {
    if (p.cols != cols)
      dimensionMismatch(in, "number of columns of each array must match (got (" +
                                std::to_string(cols) + ", " + std::to_string(p.cols) + "))");
    rows += p.rows;
  }
  out.resize(static_cast<size_t>(rows * cols));
  int64_t r0 = 0;
  for (auto& p : ps) {
    for (int64_t j = 0; j < cols; ++j)
      for (int64_t i = 0; i < p.rows; ++i)
        out[static_cast<size_t>(j * rows + r0 + i)] = p.vals[static_cast<size_t>(j * p.rows + i)];
    r0 += p.rows;
  }
  return finishCat(in, t, {rows, cols}, std::move(out));
}

Value hcatNative(Interp& in, Args a) {
  std::vector<CatPiece> ps;
  for (auto& x : a) ps.push_back(catPiece(in, x));
  Value t = catEltype(in, ps);
  if (ps.empty()) return newVector(in, in.types().Any, {});
  int64_t rows = ps[0].rows, cols = 0;
  std::vector<Value> out;
  for (auto& p : ps) {
    if (p.rows != rows)
      dimensionMismatch(in, "number of rows of each array must match (got (" + std::to_string(rows) +
                                ", " + std::to_string(p.rows) + "))");
    cols += p.cols;
    out.insert(out.end(), p.vals.begin(), p.vals.end());
  }
  return finishCat(in, t, {rows, cols}, std::move(out));
}

// hvcat((n1, n2, ...), xs...): rows of n_i blocks each.
Value hvcatNative(Interp& in, Args a) {
  std::vector<int64_t> rowsCount;
  if (a[0].isObject(ObjKind::Tuple)) {
    for (auto& x : a[0].as<TupleObj>().elems) rowsCount.push_back(toIndex(in, x));
  } else {
    int64_t n = toIndex(in, a[0]);
    for (size_t k = 1; k < a.size(); k += static_cast<size_t>(n)) rowsCount.push_back(n);
  }
  std::vector<Value> rows;
  size_t k = 1;
  for (int64_t n : rowsCount) {
    if (k + static_cast<size_t>(n) > a.size()) argumentError(in, "hvcat: wrong number of arguments");
    rows.push_back(hcatNative(in, a.subspan(k, static_cast<size_t>(n))));
    k += static_cast<size_t>(n);
  }
  // Each row is a 1xN (or RxN) matrix; stack them vertically as matrices.
  std::vector<CatPiece> ps;
  for (auto& r : rows) ps.push_back(catPiece(in, r));
  Value t = catEltype(in, ps);
  int64_t cols = ps[0].cols, total = 0;
  for (auto& p : ps) {
    if (p.cols != cols)
      argumentError(in, "row " + std::to_string(&p - ps.data() + 1) + " has mismatched number of columns (" +
                            std::to_string(p.cols) + " != " + std::to_string(cols) + ")");
    total += p.rows;
  }
  std::vector<Value> out(static_cast<size_t>(total * cols));
  int64_t r0 = 0;
  for (auto& p : ps) {
    for (int64_t j = 0; j < cols; ++j)
      for (int64_t i = 0; i < p.rows; ++i)
        out[static_cast<size_t>(j * total + r0 + i)] = p.vals[static_cast<size_t>(j * p.rows + i)];
    r0 += p.rows;
  }
  return finishCat(in, t, {total, cols}, std::move(out));
}

// --- indexing --------------------------------------------------------------------------
struct IndexSel {
  bool scalar = true;
  std::vector<int64_t> pos;      // 1-based positions within the extent
  std::vector<int64_t> shape;    // result dims contributed (non-scalar only)
};

IndexSel resolveIndex(Interp& in, const Value& a, Args all, const Value& i, int64_t extent) {
  IndexSel s;
  IntRange r;
  auto check = [&](int64_t p) {
    if (p < 1 || p > extent) boundsError(in, a, std::vector<Value>(all.begin(), all.end()));
  };
  if (i.isInteger() && !i.isBool()) {
    int64_t p = toIndex(in, i);
    check(p);
    s.pos = {p};
    return s;
  }
  s.scalar = false;
  if (isColon(in, i)) {
    for (int64_t p = 1; p <= extent; ++p) s.pos.push_back(p);
    s.shape = {extent};
    return s;
  }
  if (asIntRange(in, i, r)) {
    for (int64_t k = 0; k < r.len; ++k) {
      check(r.at(k));
      s.pos.push_back(r.at(k));
    }
    s.shape = {r.len};
    return s;
  }
  if (isArray(i)) {
    const ArrayObj& ia = arr(i);
    const auto& el = ia.elems();
    bool logical = !el.empty() && in.types().isSubtype(arrayEltype(in, i), in.types().Bool);
    if (logical || (el.empty() && in.types().isSubtype(arrayEltype(in, i), in.types().Bool))) {
      if (ia.length() != extent) boundsError(in, a, std::vector<Value>(all.begin(), all.end()));
      for (int64_t k = 0; k < ia.length(); ++k)
        if (el[static_cast<size_t>(k)].asBool()) s.pos.push_back(k + 1);
      s.shape = {static_cast<int64_t>(s.pos.size())};
      return s;
    }
    for (auto& x : el) {
      int64_t p = toIndex(in, x);
      check(p);
      s.pos.push_back(p);
    }
    s.shape = shapeOf(ia);
    return s;
  }
  if (i.isObject(ObjKind::Struct) && in.types().isSubtype(typeOf(in, i), in.types().AbstractArray)) {
    for (auto& x : collectValues(in, i)) {
      int64_t p = toIndex(in, x);
      check(p);
      s.pos.push_back(p);
    }
    s.shape = {static_cast<int64_t>(s.pos.size())};
    return s;
  }
  if (i.isBool()) argumentError(in, "invalid index: " + in.repr(i) + " of type Bool");
  toIndex(in, i);  // throws for non-integers
  return s;
}

// Resolves indices `idx` into `a` of shape `sh`: the linear (0-based) offsets selected, in
// column-major order, and the result shape (empty when every index is a scalar).
void resolveAll(Interp& in, const Value& a, Args idx, std::vector<int64_t>& offsets,
                std::vector<int64_t>& rshape, bool& scalar) {
  std::vector<int64_t> sh = shapeOf(arr(a));
  int64_t total = prodDims(sh);
  size_t n = idx.size();
  if (n == 0) {
    if (total != 1) boundsError(in, a, {});
    offsets = {0};
    scalar = true;
    return;
  }
  std::vector<IndexSel> sels;
  std::vector<int64_t> strides;
  if (n == 1) {
    sels.push_back(resolveIndex(in, a, idx, idx[0], total));
    strides.push_back(1);
  } else {
    int64_t stride = 1;
    for (size_t k = 0; k < n; ++k) {
      int64_t extent;
      if (k + 1 < n) extent = k < sh.size() ? sh[k] : 1;
      else {
        extent = 1;
        for (size_t d = k; d < sh.size(); ++d) extent *= sh[d];
      }
      sels.push_back(resolveIndex(in, a, idx, idx[k], extent));
      strides.push_back(stride);
      stride *= extent;
    }
  }
  scalar = true;
  rshape.clear();
  for (auto& s : sels) {
    if (!s.scalar) {
      scalar = false;
      rshape.insert(rshape.end(), s.shape.begin(), s.shape.end());
    }
  }
  if (n == 1 && !sels[0].scalar) rshape = sels[0].shape;
  offsets.clear();
  std::vector<size_t> cur(sels.size(), 0);
  for (auto& s : sels)
    if (s.pos.empty()) return;
  while (true) {
    int64_t off = 0;
    for (size_t k = 0; k < sels.size(); ++k) off += (sels[k].pos[cur[k]] - 1) * strides[k];
    offsets.push_back(off);
    size_t k = 0;
    while (k < sels.size() && ++cur[k] == sels[k].pos.size()) cur[k++] = 0;
    if (k == sels.size()) break;
  }
}

Value getindexArray(Interp& in, Args a) {
  const Value& A = a[0];
  Args idx = a.subspan(1);
  // Fast path: v[i] with an Int64.
  if (idx.size() == 1 && idx[0].tag() == Tag::Int64) {
    int64_t i = idx[0].asInt64();
    const auto& el = arr(A).elems();
    if (i < 1 || i > static_cast<int64_t>(el.size())) boundsError(in, A, {idx[0]});
    return el[static_cast<size_t>(i - 1)];
  }
  std::vector<int64_t> offs, rshape;
  bool scalar;
  resolveAll(in, A, idx, offs, rshape, scalar);
  const auto& el = arr(A).elems();
  if (scalar) return el[static_cast<size_t>(offs[0])];
  std::vector<Value> out;
  out.reserve(offs.size());
  for (auto o : offs) out.push_back(el[static_cast<size_t>(o)]);
  return newArray(in, arrayEltype(in, A), rshape, std::move(out));
}

Value setindexArray(Interp& in, Args a) {
  const Value& A = a[0];
  Value t = arrayEltype(in, A);
  Args idx = a.subspan(2);
  auto& el = arr(A).elems();
  if (idx.size() == 1 && idx[0].tag() == Tag::Int64) {
    int64_t i = idx[0].asInt64();
    if (i < 1 || i > static_cast<int64_t>(el.size())) boundsError(in, A, {idx[0]});
    el[static_cast<size_t>(i - 1)] = convertTo(in, t, a[1]);
    return A;
  }
  std::vector<int64_t> offs, rshape;
  bool scalar;
  resolveAll(in, A, idx, offs, rshape, scalar);
  if (scalar) {
    el[static_cast<size_t>(offs[0])] = convertTo(in, t, a[1]);
    return A;
  }
  const Value& v = a[1];
  bool collection = isArray(v) || v.isObject(ObjKind::Tuple) ||
                    (v.isObject(ObjKind::Struct) && in.types().isSubtype(typeOf(in, v), in.types().AbstractArray));
  if (!collection)
    argumentError(in, "indexed assignment with a single value to possibly many locations is not "
                      "supported; perhaps use broadcasting `.=` instead?");
  std::vector<Value> vals = collectValues(in, v);
  if (vals.size() != offs.size())
    dimensionMismatch(in, "tried to assign " + std::to_string(vals.size()) + " elements to " +
                              std::to_string(offs.size()) + " destinations");
  for (size_t k = 0; k < offs.size(); ++k) el[static_cast<size_t>(offs[k])] = convertTo(in, t, vals[k]);
  return A;
}

// _dotsetindex!(A, x, I...): `A[I...] .= x` (x broadcast over the selection).
Value dotSetindex(Interp& in, Args a) {
  const Value& A = a[0];
  Value t = arrayEltype(in, A);
  std::vector<int64_t> offs, rshape;
  bool scalar;
  resolveAll(in, A, a.subspan(2), offs, rshape, scalar);
  auto& el = arr(A).elems();
  const Value& x = a[1];
  bool many = isArray(x) || x.isObject(ObjKind::Tuple) ||
              (x.isObject(ObjKind::Struct) && in.types().isSubtype(typeOf(in, x), in.types().AbstractArray));
  if (!many) {
    Value v = convertTo(in, t, x);
    for (auto o : offs) el[static_cast<size_t>(o)] = v;
    return A;
  }
  std::vector<Value> vals = collectValues(in, x);
  if (vals.size() == 1) {
    Value v = convertTo(in, t, vals[0]);
    for (auto o : offs) el[static_cast<size_t>(o)] = v;
    return A;
  }
  if (vals.size() != offs.size())
    dimensionMismatch(in, "array could not be broadcast to match destination");
  for (size_t k = 0; k < offs.size(); ++k) el[static_cast<size_t>(offs[k])] = convertTo(in, t, vals[k]);
  return A;
}

// --- size queries ----------------------------------------------------------------------
Value lengthArray(Interp&, Args a) { return i64(arr(a[0]).length()); }

Value sizeArray(Interp& in, Args a) {
  std::vector<Value> d;
  for (auto x : shapeOf(arr(a[0]))) d.push_back(i64(x));
  return in.makeTuple(std::move(d));
}

Value sizeArrayDim(Interp& in, Args a) {
  int64_t d = toIndex(in, a[1]);
  auto sh = shapeOf(arr(a[0]));
  if (d < 1) argumentError(in, "dimension out of range");
  return i64(d <= static_cast<int64_t>(sh.size()) ? sh[static_cast<size_t>(d - 1)] : 1);
}

Value ndimsArray(Interp&, Args a) { return i64(static_cast<int64_t>(arr(a[0]).dims.size())); }

Value axesArray(Interp& in, Args a) {
  std::vector<Value> d;
  for (auto x : shapeOf(arr(a[0]))) d.push_back(makeOneTo(in, x));
  return in.makeTuple(std::move(d));
}

Value axesArrayDim(Interp& in, Args a) {
  int64_t d = toIndex(in, a[1]);
  auto sh = shapeOf(arr(a[0]));
  if (d < 1) boundsError(in, in.makeTuple({}), {a[1]});
  return makeOneTo(in, d <= static_cast<int64_t>(sh.size()) ? sh[static_cast<size_t>(d - 1)] : 1);
}

Value eachindexArray(Interp& in, Args a) { return makeOneTo(in, arr(a[0]).length()); }
Value firstindexArray(Interp&, Args) { return i64(1); }
Value lastindexArray(Interp&, Args a) { return i64(arr(a[0]).length()); }
Value lastindexArrayDim(Interp& in, Args a) { return sizeArrayDim(in, a); }
Value iterateArray(Interp& in, Args a) {
  int64_t i = a.size() > 1 ? toIndex(in, a[1]) : 1;
  const auto& el = arr(a[0]).elems();
  if (i < 1 || i > static_cast<int64_t>(el.size())) return Value();
  return in.makeTuple({el[static_cast<size_t>(i - 1)], i64(i + 1)});
}
Value isemptyArray(Interp&, Args a) { return Value::boolean(arr(a[0]).length() == 0); }

// --- mutation --------------------------------------------------------------------------
void requireVector(Interp& in, const char* fname, Args a) {
  if (arr(a[0]).dims.size() != 1) {
    Value f = in.baseValue(fname);
    in.methodError(f, a);
  }
}

Value pushNative(Interp& in, Args a) {
  requireVector(in, "push!", a);
  Value t = arrayEltype(in, a[0]);
  auto& A = arr(a[0]);
  std::vector<Value> conv;
  for (size_t i = 1; i < a.size(); ++i) conv.push_back(convertTo(in, t, a[i]));
  for (auto& v : conv) A.elems().push_back(v);
  syncDims(A);
  return a[0];
}

Value pushfirstNative(Interp& in, Args a) {
  requireVector(in, "pushfirst!", a);
  Value t = arrayEltype(in, a[0]);
  auto& A = arr(a[0]);
  std::vector<Value> conv;
  for (size_t i = 1; i < a.size(); ++i) conv.push_back(convertTo(in, t, a[i]));
  A.elems().insert(A.elems().begin(), conv.begin(), conv.end());
  syncDims(A);
  return a[0];
}

Value popNative(Interp& in, Args a) {
  requireVector(in, "pop!", a);
  auto& A = arr(a[0]);
  if (A.elems().empty()) argumentError(in, "array must be non-empty");
  Value v = A.elems().back();
  A.elems().pop_back();
  syncDims(A);
  return v;
}

Value popfirstNative(Interp& in, Args a) {
  requireVector(in, "popfirst!", a);
  auto& A = arr(a[0]);
  if (A.elems().empty()) argumentError(in, "array must be non-empty");
  Value v = A.elems().front();
  A.elems().erase(A.elems().begin());
  syncDims(A);
  return v;
}

Value appendNative(Interp& in, Args a) {
  requireVector(in, "append!", a);
  Value t = arrayEltype(in, a[0]);
  std::vector<Value> add;
  for (size_t i = 1; i < a.size(); ++i)
    for (auto& v : collectValues(in, a[i])) add.push_back(convertTo(in, t, v));
  auto& A = arr(a[0]);
  A.elems().insert(A.elems().end(), add.begin(), add.end());
  syncDims(A);
  return a[0];
}

Value prependNative(Interp& in, Args a) {
  requireVector(in, "prepend!", a);
  Value t = arrayEltype(in, a[0]);
  std::vector<Value> add;
  for (size_t i = 1; i < a.size(); ++i)
    for (auto& v : collectValues(in, a[i])) add.push_back(convertTo(in, t, v));
  auto& A = arr(a[0]);
  A.elems().insert(A.elems().begin(), add.begin(), add.end());
  syncDims(A);
  return a[0];
}

Value insertNative(Interp& in, Args a) {
  requireVector(in, "insert!", a);
  auto& A = arr(a[0]);
  int64_t i = toIndex(in, a[1]);
  if (i < 1 || i > A.length() + 1) boundsError(in, a[0], {a[1]});
  Value v = convertTo(in, arrayEltype(in, a[0]), a[2]);
  A.elems().insert(A.elems().begin() + (i - 1), v);
  syncDims(A);
  return a[0];
}

Value deleteatNative(Interp& in, Args a) {
  requireVector(in, "deleteat!", a);
  auto& A = arr(a[0]);
  auto& el = A.elems();
  int64_t n = A.length();
  if (a[1].isInteger() && !a[1].isBool()) {
    int64_t i = toIndex(in, a[1]);
    if (i < 1 || i > n) boundsError(in, a[0], {a[1]});
    el.erase(el.begin() + (i - 1));
    syncDims(A);
    return a[0];
  }
  std::vector<bool> drop(static_cast<size_t>(n), false);
  if (isArray(a[1]) && !arr(a[1]).elems().empty() &&
      in.types().isSubtype(arrayEltype(in, a[1]), in.types().Bool)) {
    const auto& m = arr(a[1]).elems();
    if (static_cast<int64_t>(m.size()) != n) boundsError(in, a[0], {a[1]});
    for (size_t k = 0; k < m.size(); ++k) drop[k] = m[k].asBool();
  } else {
    int64_t prev = 0;
    for (auto& x : collectValues(in, a[1])) {
      int64_t i = toIndex(in, x);
      if (i <= prev) argumentError(in, "indices must be unique and sorted");
      if (i < 1 || i > n) boundsError(in, a[0], {x});
      drop[static_cast<size_t>(i - 1)] = true;
      prev = i;
    }
  }
  std::vector<Value> keep;
  for (size_t k = 0; k < el.size(); ++k)
    if (!drop[k]) keep.push_back(el[k]);
  el = std::move(keep);
  syncDims(A);
  return a[0];
}

Value resizeNative(Interp& in, Args a) {
  requireVector(in, "resize!", a);
  auto& A = arr(a[0]);
  int64_t n = toIndex(in, a[1]);
  if (n < 0) argumentError(in, "new length must be ≥ 0");
  A.elems().resize(static_cast<size_t>(n), undefValue(in, arrayEltype(in, a[0])));
  syncDims(A);
  return a[0];
}

Value emptyNative(Interp&, Args a) {
  auto& A = arr(a[0]);
  A.elems().clear();
  syncDims(A);
  return a[0];
}

// splice!(a, i) / splice!(a, range[, replacement])
Value spliceNative(Interp& in, Args a) {
  requireVector(in, "splice!", a);
  auto& A = arr(a[0]);
  auto& el = A.elems();
  Value t = arrayEltype(in, a[0]);
  std::vector<Value> repl;
  if (a.size() > 2)
    for (auto& v : collectValues(in, a[2])) repl.push_back(convertTo(in, t, v));
  if (a[1].isInteger()) {
    int64_t i = toIndex(in, a[1]);
    if (i < 1 || i > A.length()) boundsError(in, a[0], {a[1]});
    Value v = el[static_cast<size_t>(i - 1)];
    el.erase(el.begin() + (i - 1));
    el.insert(el.begin() + (i - 1), repl.begin(), repl.end());
    syncDims(A);
    return v;
  }
  IntRange r;
  if (!asIntRange(in, a[1], r) || (r.step != 1 && r.len > 1)) in.methodError(in.baseValue("splice!"), a);
  int64_t lo = r.start, hi = r.start + r.len - 1;
  if (r.len > 0 && (lo < 1 || hi > A.length())) boundsError(in, a[0], {a[1]});
  std::vector<Value> removed(el.begin() + (lo - 1), el.begin() + (lo - 1 + r.len));
  el.erase(el.begin() + (lo - 1), el.begin() + (lo - 1 + r.len));
  el.insert(el.begin() + (lo - 1), repl.begin(), repl.end());
  syncDims(A);
  return newVector(in, t, std::move(removed));
}

Value fillBang(Interp& in, Args a) {
  Value v = convertTo(in, arrayEltype(in, a[0]), a[1]);
  for (auto& x : arr(a[0]).elems()) x = v;
  return a[0];
}

Value copytoNative(Interp& in, Args a) {
  auto& D = arr(a[0]);
  Value t = arrayEltype(in, a[0]);
  std::vector<Value> src = collectValues(in, a[1]);
  if (static_cast<int64_t>(src.size()) > D.length())
    boundsError(in, a[0], {makeUnitRange(in, 1, static_cast<int64_t>(src.size()))});
  for (size_t k = 0; k < src.size(); ++k) D.elems()[k] = convertTo(in, t, src[k]);
  return a[0];
}

Value reshapeNative(Interp& in, Args a) {  // _reshape(a, dims::Tuple): copies (documented)
  std::vector<Value> vals = collectValues(in, a[0]);
  std::vector<int64_t> dims;
  int64_t colonAt = -1, known = 1;
  for (auto& d : a[1].as<TupleObj>().elems) {
    if (isColon(in, d)) {
      colonAt = static_cast<int64_t>(dims.size());
      dims.push_back(1);
    } else {
      dims.push_back(toIndex(in, d));
      known *= dims.back();
    }
  }
  int64_t n = static_cast<int64_t>(vals.size());
  if (colonAt >= 0) {
    if (known == 0 || n % known != 0)
      dimensionMismatch(in, "array size " + std::to_string(n) + " must be divisible by the product of the new dimensions");
    dims[static_cast<size_t>(colonAt)] = n / known;
  }
  if (prodDims(dims) != n) {
    std::string tup = "(" + dimsStr(dims) + (dims.size() == 1 ? ",)" : ")");
    dimensionMismatch(in, "new dimensions " + tup + " must be consistent with array size " + std::to_string(n));
  }
  Value t = isArray(a[0]) ? arrayEltype(in, a[0]) : knownEltype(in, a[0]).value_or(in.types().Any);
  return newArray(in, t, dims, std::move(vals));
}

Value permutedimsNative(Interp& in, Args a) {
  const auto& A = arr(a[0]);
  auto sh = shapeOf(A);
  Value t = arrayEltype(in, a[0]);
  if (sh.size() == 1) {
    return newArray(in, t, {1, sh[0]}, A.elems());
  }
  if (sh.size() != 2) in.methodError(in.baseValue("permutedims"), a);
  int64_t m = sh[0], n = sh[1];
  std::vector<Value> out(static_cast<size_t>(m * n));
  for (int64_t i = 0; i < m; ++i)
    for (int64_t j = 0; j < n; ++j)
      out[static_cast<size_t>(i * n + j)] = A.elems()[static_cast<size_t>(j * m + i)];
  return newArray(in, t, {n, m}, std::move(out));
}

Value reverseArray(Interp& in, Args a) {  // _reverse(a, start, stop)
  const auto& A = arr(a[0]);
  std::vector<Value> v = A.elems();
  int64_t s = toIndex(in, a[1]), e = toIndex(in, a[2]);
  if (s < 1 || e > static_cast<int64_t>(v.size()) || s > e + 1)
    boundsError(in, a[0], {makeUnitRange(in, s, e)});
  std::reverse(v.begin() + (s - 1), v.begin() + e);
  return newArray(in, arrayEltype(in, a[0]), shapeOf(A), std::move(v));
}

Value reverseBang(Interp& in, Args a) {
  auto& el = arr(a[0]).elems();
  int64_t s = a.size() > 1 ? toIndex(in, a[1]) : 1, e = a.size() > 2 ? toIndex(in, a[2]) : static_cast<int64_t>(el.size());
  if (s < 1 || e > static_cast<int64_t>(el.size()) || s > e + 1) boundsError(in, a[0], {makeUnitRange(in, s, e)});
  std::reverse(el.begin() + (s - 1), el.begin() + e);
  return a[0];
}

// --- sorting ---------------------------------------------------------------------------
bool isBaseFn(Interp& in, const Value& f, std::string_view name) {
  if (!f.isObject(ObjKind::Function)) return false;
  Value b = in.baseValue(name);
  return b.isObject() && b.obj() == f.obj();
}

// Sort permutation of `keys` (0-based), stable; lt/rev as Julia's sort.
std::vector<size_t> sortPerm(Interp& in, const std::vector<Value>& keys, const Value& lt, bool rev) {
  std::vector<size_t> p(keys.size());
  for (size_t i = 0; i < p.size(); ++i) p[i] = i;
  bool std_lt = isBaseFn(in, lt, "isless");
  bool allInt = std_lt, allFloat = std_lt, allStr = std_lt;
  for (auto& k : keys) {
    allInt = allInt && k.tag() == Tag::Int64;
    allFloat = allFloat && k.tag() == Tag::Float64;
    allStr = allStr && k.isString();
  }
  auto flt = [](double x, double y) {  // Julia isless on Float64: -0.0 < 0.0, NaN last
    bool nx = std::isnan(x), ny = std::isnan(y);
    if (nx || ny) return !nx && ny;
    if (x == y) return std::signbit(x) && !std::signbit(y);
    return x < y;
  };
  std::function<bool(size_t, size_t)> less;
  if (allInt) less = [&](size_t i, size_t j) { return keys[i].asInt64() < keys[j].asInt64(); };
  else if (allFloat) less = [&](size_t i, size_t j) { return flt(keys[i].asFloat64(), keys[j].asFloat64()); };
  else if (allStr) less = [&](size_t i, size_t j) { return keys[i].as<StringObj>().data < keys[j].as<StringObj>().data; };
  else
    less = [&](size_t i, size_t j) {
      Value args[] = {keys[i], keys[j]};
      return in.isTruthy(in.call(lt, args));
    };
  if (rev) std::stable_sort(p.begin(), p.end(), [&](size_t i, size_t j) { return less(j, i); });
  else std::stable_sort(p.begin(), p.end(), less);
  return p;
}

std::vector<Value> sortKeys(Interp& in, const std::vector<Value>& vals, const Value& by) {
  if (isBaseFn(in, by, "identity")) return vals;
  std::vector<Value> keys;
  keys.reserve(vals.size());
  for (auto& v : vals) keys.push_back(in.call(by, std::span<const Value>(&v, 1)));
  return keys;
}

Value sortBang(Interp& in, Args a) {  // _sort!(v, lt, by, rev)
  auto& el = arr(a[0]).elems();
  std::vector<Value> vals = el;
  auto p = sortPerm(in, sortKeys(in, vals, a[2]), a[1], in.isTruthy(a[3]));
  for (size_t i = 0; i < p.size(); ++i) el[i] = vals[p[i]];
  return a[0];
}

Value sortpermNative(Interp& in, Args a) {  // _sortperm(v, lt, by, rev)
  std::vector<Value> vals = collectValues(in, a[0]);
  auto p = sortPerm(in, sortKeys(in, vals, a[2]), a[1], in.isTruthy(a[3]));
  std::vector<Value> out;
  for (auto i : p) out.push_back(i64(static_cast<int64_t>(i) + 1));
  return newVector(in, in.types().Int64, std::move(out));
}

// --- searching -------------------------------------------------------------------------
bool truthyCall(Interp& in, const Value& f, const Value& x) {
  return in.isTruthy(in.call(f, std::span<const Value>(&x, 1)));
}

// Keys of an indexable collection for find*: linear indices for arrays/tuples/ranges.
Value findKey(Interp& in, const Value& coll, int64_t k) {
  (void)coll;
  (void)in;
  return i64(k + 1);
}

Value findNextNative(Interp& in, Args a) {  // _findnext(pred, A, start, step)
  std::vector<Value> vals = collectValues(in, a[1]);
  int64_t i = toIndex(in, a[2]), step = toIndex(in, a[3]);
  int64_t n = static_cast<int64_t>(vals.size());
  if (step > 0 && i < 1) boundsError(in, a[1], {a[2]});
  if (step < 0 && i > n) boundsError(in, a[1], {a[2]});
  for (; i >= 1 && i <= n; i += step)
    if (truthyCall(in, a[0], vals[static_cast<size_t>(i - 1)])) return findKey(in, a[1], i - 1);
  return Value();
}

Value findallNative(Interp& in, Args a) {  // _findall(pred, A)
  std::vector<Value> out;
  int64_t k = 0;
  forEach(in, a[1], [&](const Value& x) {
    if (truthyCall(in, a[0], x)) out.push_back(findKey(in, a[1], k));
    ++k;
    return true;
  });
  return newVector(in, in.types().Int64, std::move(out));
}

// _findextreme(f, A, wantMax) -> (f(x), index) using isless; NaN propagates like Julia.
Value findExtreme(Interp& in, Args a) {
  std::vector<Value> vals = collectValues(in, a[1]);
  bool wantMax = in.isTruthy(a[2]);
  if (vals.empty()) argumentError(in, "reducing over an empty collection is not allowed");
  bool ident = isBaseFn(in, a[0], "identity");
  auto key = [&](const Value& x) { return ident ? x : in.call(a[0], std::span<const Value>(&x, 1)); };
  Value best = key(vals[0]);
  size_t bi = 0;
  auto isnan = [](const Value& v) { return v.isFloat() && std::isnan(v.tag() == Tag::Float64 ? v.asFloat64() : v.asFloat32()); };
  if (!isnan(best)) {
    for (size_t i = 1; i < vals.size(); ++i) {
      Value k = key(vals[i]);
      if (isnan(k)) {
        best = k;
        bi = i;
        break;
      }
      bool better;
      if (k.tag() == Tag::Int64 && best.tag() == Tag::Int64)
        better = wantMax ? k.asInt64() > best.asInt64() : k.asInt64() < best.asInt64();
      else {
        Value args[] = {wantMax ? best : k, wantMax ? k : best};
        better = in.isTruthy(in.callBase("isless", args));
      }
      if (better) {
        best = k;
        bi = i;
      }
    }
  }
  return in.makeTuple({best, findKey(in, a[1], static_cast<int64_t>(bi))});
}

// --- equality and arithmetic -----------------------------------------------------------
std::vector<int64_t> anyShape(Interp& in, const Value& x) {
  if (isArray(x)) return shapeOf(arr(x));
  IntRange r;
  if (asIntRange(in, x, r)) return {r.len};
  Value args[] = {x};
  Value s = in.callBase("size", args);
  std::vector<int64_t> d;
  if (s.isObject(ObjKind::Tuple))
    for (auto& e : s.as<TupleObj>().elems) d.push_back(toIndex(in, e));
  return d;
}

Value arrayEq(Interp& in, Args a, bool isequal) {
  if (anyShape(in, a[0]) != anyShape(in, a[1])) return Value::boolean(false);
  std::vector<Value> x = collectValues(in, a[0]), y = collectValues(in, a[1]);
  if (x.size() != y.size()) return Value::boolean(false);
  bool sawMissing = false;
  for (size_t i = 0; i < x.size(); ++i) {
    if (isequal) {
      Value args[] = {x[i], y[i]};
      if (!in.isTruthy(in.callBase("isequal", args))) return Value::boolean(false);
    } else {
      if (x[i].tag() == Tag::Int64 && y[i].tag() == Tag::Int64) {
        if (x[i].asInt64() != y[i].asInt64()) return Value::boolean(false);
        continue;
      }
      Value args[] = {x[i], y[i]};
      Value r = in.callBase("==", args);
      if (r.isBool()) {
        if (!r.asBool()) return Value::boolean(false);
      } else {
        sawMissing = true;  // `missing`
      }
    }
  }
  if (sawMissing) return in.baseValue("missing");
  return Value::boolean(true);
}
Value arrayEqNative(Interp& in, Args a) { return arrayEq(in, a, false); }
Value arrayIsequalNative(Interp& in, Args a) { return arrayEq(in, a, true); }

std::string axesStr(const std::vector<int64_t>& d) {
  std::string s = "(";
  for (size_t i = 0; i < d.size(); ++i) s += (i ? ", " : "") + std::string("Base.OneTo(") + std::to_string(d[i]) + ")";
  return s + (d.size() == 1 ? ",)" : ")");
}

Value elementwise(Interp& in, Args a, const char* op) {
  auto sa = anyShape(in, a[0]), sb = anyShape(in, a[1]);
  if (sa != sb) {
    size_t at = 0;
    while (at < sa.size() && at < sb.size() && sa[at] == sb[at]) ++at;
    dimensionMismatch(in, "dimensions must match: a has dims " + axesStr(sa) + ", b has dims " + axesStr(sb) +
                              ", mismatch at " + std::to_string(at + 1));
  }
  std::vector<Value> x = collectValues(in, a[0]), y = collectValues(in, a[1]);
  std::vector<Value> out;
  out.reserve(x.size());
  Value f = in.baseValue(op);
  for (size_t i = 0; i < x.size(); ++i) {
    Value args[] = {x[i], y[i]};
    out.push_back(in.call(f, args));
  }
  Value t = eltypeOfValues(in, out, promoteType(in, *knownEltype(in, a[0]), *knownEltype(in, a[1])));
  return newArray(in, t, sa, std::move(out));
}
Value addArrays(Interp& in, Args a) { return elementwise(in, a, "+"); }
Value subArrays(Interp& in, Args a) { return elementwise(in, a, "-"); }

Value mapScalar(Interp& in, const Value& A, const std::function<Value(const Value&)>& f) {
  std::vector<Value> out;
  for (auto& x : collectValues(in, A)) out.push_back(f(x));
  Value elemType = eltypeOfValues(in, out, *knownEltype(in, A));  // before `out` is moved from
  return newArray(in, elemType, anyShape(in, A), std::move(out));
}

Value negArray(Interp& in, Args a) {
  Value f = in.baseValue("-");
  return mapScalar(in, a[0], [&](const Value& x) { return in.call(f, std::span<const Value>(&x, 1)); });
}
Value scalarTimesArray(Interp& in, Args a) {
  Value f = in.baseValue("*");
  return mapScalar(in, a[1], [&](const Value& x) { Value args[] = {a[0], x}; return in.call(f, args); });
}
Value arrayTimesScalar(Interp& in, Args a) {
  Value f = in.baseValue("*");
  return mapScalar(in, a[0], [&](const Value& x) { Value args[] = {x, a[1]}; return in.call(f, args); });
}
Value arrayDivScalar(Interp& in, Args a) {
  Value f = in.baseValue("/");
  return mapScalar(in, a[0], [&](const Value& x) { Value args[] = {x, a[1]}; return in.call(f, args); });
}

Value matmul(Interp& in, Args a) {
  auto sa = shapeOf(arr(a[0])), sb = shapeOf(arr(a[1]));
  if (sa.size() != 2 || sb.size() > 2) in.methodError(in.baseValue("*"), a);
  int64_t m = sa[0], k = sa[1], kb = sb[0], n = sb.size() == 2 ? sb[1] : 1;
  if (k != kb)
    dimensionMismatch(in, "matrix A has axes " + axesStr(sa) + ", " + (sb.size() == 2 ? "matrix" : "vector") +
                              " B has axes " + axesStr(sb));
  const auto& A = arr(a[0]).elems();
  const auto& B = arr(a[1]).elems();
  Value mul = in.baseValue("*"), add = in.baseValue("+");
  std::vector<Value> out(static_cast<size_t>(m * n));
  for (int64_t i = 0; i < m; ++i)
    for (int64_t j = 0; j < n; ++j) {
      Value acc;
      for (int64_t p = 0; p < k; ++p) {
        Value args[] = {A[static_cast<size_t>(p * m + i)], B[static_cast<size_t>(j * kb + p)]};
        Value prod = in.call(mul, args);
        if (p == 0) acc = prod;
        else {
          Value s[] = {acc, prod};
          acc = in.call(add, s);
        }
      }
      if (k == 0) {
        Value t[] = {promoteType(in, arrayEltype(in, a[0]), arrayEltype(in, a[1]))};
        acc = in.callBase("zero", t);
      }
      out[static_cast<size_t>(j * m + i)] = acc;
    }
  Value t = eltypeOfValues(in, out, promoteType(in, arrayEltype(in, a[0]), arrayEltype(in, a[1])));
  if (sb.size() == 1) return newArray(in, t, {m}, std::move(out));
  return newArray(in, t, {m, n}, std::move(out));
}

// --- misc ------------------------------------------------------------------------------
Value vecNative(Interp& in, Args a) {
  const auto& A = arr(a[0]);
  if (A.dims.size() == 1) return a[0];
  return newVector(in, arrayEltype(in, a[0]), A.elems());
}

Value uniqueNative(Interp& in, Args a) {
  std::vector<Value> out;
  std::unordered_set<std::string> seen;
  forEach(in, a[0], [&](const Value& x) {
    if (seen.insert(in.keyFingerprint(x)).second) out.push_back(x);
    return true;
  });
  Value t = isArray(a[0]) ? arrayEltype(in, a[0]) : eltypeOfValues(in, out, knownEltype(in, a[0]).value_or(in.types().Any));
  return newVector(in, t, std::move(out));
}

Value accumulateNative(Interp& in, Args a) {  // _accumulate(op, A)
  std::vector<Value> out;
  Value acc;
  bool first = true;
  forEach(in, a[1], [&](const Value& x) {
    if (first) acc = x;
    else {
      Value args[] = {acc, x};
      acc = in.call(a[0], args);
    }
    first = false;
    out.push_back(acc);
    return true;
  });
  Value t = eltypeOfValues(in, out, knownEltype(in, a[1]).value_or(in.types().Any));
  std::vector<int64_t> dims = isArray(a[1]) ? shapeOf(arr(a[1])) : std::vector<int64_t>{static_cast<int64_t>(out.size())};
  return newArray(in, t, dims, std::move(out));
}

Value convertArrayNative(Interp& in, Args a) {  // _convert_array(ArrayType, x)
  if (isa(in, a[1], a[0])) return a[1];
  const DataTypeObj* dt = dataType(in, a[0]);
  Value el = dt && !dt->params.empty() && isType(dt->params[0]) ? dt->params[0] : arrayEltype(in, a[1]);
  if (dt && !dt->params.empty() && isType(dt->params[0], TypeKind::TypeVar)) el = arrayEltype(in, a[1]);
  Value args[] = {el, a[1]};
  return arrayConvert(in, args);
}

}  // namespace

void registerArrayBuiltins(Interp& in) {
  auto& T = in.types();
  ModuleObj* B = in.base;
  const Value Any = T.Any, Arr = T.Array, AbsArr = T.AbstractArray, Int = T.Integer, Ty = T.TypeType;
  in.defNative(B, "vect", {Any}, vect, true);
  in.defNative(in.core, "Array", {Any}, arrayCtor, true);
  in.defNative(B, "getindex", {Ty, Any}, typedVect, true);
  in.defNative(B, "_array_undef", {Any, Any}, arrayUndef);
  in.defNative(B, "_fill", {Any, Any, Any}, fillNative);
  in.defNative(B, "_array_convert", {Any, Any}, arrayConvert);
  in.defNative(B, "_convert_array", {Any, Any}, convertArrayNative);
  in.defNative(B, "_similar", {Any, Any, Any}, similarNative);
  in.defNative(B, "copy", {Arr}, copyArray);
  in.defNative(B, "hcat", {Any}, hcatNative, true);
  in.defNative(B, "vcat", {Any}, vcatNative, true);
  in.defNative(B, "hvcat", {Any, Any}, hvcatNative, true);

  in.defNative(B, "getindex", {Arr, Any}, getindexArray, true);
  in.defNative(B, "setindex!", {Arr, Any, Any}, setindexArray, true);
  in.defNative(B, "_dotsetindex!", {Arr, Any, Any}, dotSetindex, true);

  in.defNative(B, "length", {Arr}, lengthArray);
  in.defNative(B, "size", {Arr}, sizeArray);
  in.defNative(B, "size", {Arr, Int}, sizeArrayDim);
  in.defNative(B, "ndims", {Arr}, ndimsArray);
  in.defNative(B, "axes", {Arr}, axesArray);
  in.defNative(B, "axes", {Arr, Int}, axesArrayDim);
  in.defNative(B, "eachindex", {Arr}, eachindexArray);
  in.defNative(B, "firstindex", {Arr}, firstindexArray);
  in.defNative(B, "lastindex", {Arr}, lastindexArray);
  in.defNative(B, "lastindex", {Arr, Int}, lastindexArrayDim);
  in.defNative(B, "isempty", {Arr}, isemptyArray);
  in.defNative(B, "iterate", {Arr}, iterateArray);
  in.defNative(B, "iterate", {Arr, Any}, iterateArray);

  in.defNative(B, "push!", {Arr, Any}, pushNative, true);
  in.defNative(B, "pushfirst!", {Arr, Any}, pushfirstNative, true);
  in.defNative(B, "pop!", {Arr}, popNative);
  in.defNative(B, "popfirst!", {Arr}, popfirstNative);
  in.defNative(B, "append!", {Arr, Any}, appendNative, true);
  in.defNative(B, "prepend!", {Arr, Any}, prependNative, true);
  in.defNative(B, "insert!", {Arr, Int, Any}, insertNative);
  in.defNative(B, "deleteat!", {Arr, Any}, deleteatNative);
  in.defNative(B, "resize!", {Arr, Int}, resizeNative);
  in.defNative(B, "empty!", {Arr}, emptyNative);
  in.defNative(B, "splice!", {Arr, Any}, spliceNative);
  in.defNative(B, "splice!", {Arr, Any, Any}, spliceNative);
  in.defNative(B, "fill!", {Arr, Any}, fillBang);
  in.defNative(B, "copyto!", {Arr, Any}, copytoNative);
  in.defNative(B, "_reshape", {Any, Any}, reshapeNative);
  in.defNative(B, "permutedims", {Arr}, permutedimsNative);
  in.defNative(B, "_reverse", {Arr, Any, Any}, reverseArray);
  in.defNative(B, "reverse!", {Arr}, reverseBang);
  in.defNative(B, "reverse!", {Arr, Int, Int}, reverseBang);
  in.defNative(B, "vec", {Arr}, vecNative);

  in.defNative(B, "_sort!", {Arr, Any, Any, Any}, sortBang);
  in.defNative(B, "_sortperm", {Any, Any, Any, Any}, sortpermNative);
  in.defNative(B, "_findnext", {Any, Any, Any, Any}, findNextNative);
  in.defNative(B, "_findall", {Any, Any}, findallNative);
  in.defNative(B, "_findextreme", {Any, Any, Any}, findExtreme);
  in.defNative(B, "unique", {Any}, uniqueNative);
  in.defNative(B, "_accumulate", {Any, Any}, accumulateNative);

  in.defNative(B, "==", {AbsArr, AbsArr}, arrayEqNative);
  in.defNative(B, "isequal", {AbsArr, AbsArr}, arrayIsequalNative);
  in.defNative(B, "+", {AbsArr, AbsArr}, addArrays);
  in.defNative(B, "-", {AbsArr, AbsArr}, subArrays);
  in.defNative(B, "-", {Arr}, negArray);
  in.defNative(B, "*", {T.Number, Arr}, scalarTimesArray);
  in.defNative(B, "*", {Arr, T.Number}, arrayTimesScalar);
  in.defNative(B, "/", {Arr, T.Number}, arrayDivScalar);
  in.defNative(B, "*", {Arr, Arr}, matmul);
}

}  // namespace jl::interp
