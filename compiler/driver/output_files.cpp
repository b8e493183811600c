// Atomic output files, depfiles, and the C++ compiler invocation.
#include "driver/output_files.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "driver/commands.hpp"

namespace fs = std::filesystem;

namespace jl::driver {

bool writeFileIfChanged(const std::string& path, const std::string& content, std::string& error) {
  {
    std::ifstream in(path, std::ios::binary);
    if (in) {
      std::ostringstream ss;
      ss << in.rdbuf();
      if (ss.str() == content) return true;
    }
  }
  std::string tmp = path + ".tmp." + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) {
      error = "cannot write '" + tmp + "'";
      return false;
    }
    out << content;
    out.flush();
    if (!out) {
      error = "cannot write '" + tmp + "'";
      std::remove(tmp.c_str());
      return false;
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    error = "cannot replace '" + path + "'";
    std::remove(tmp.c_str());
    return false;
  }
  return true;
}

std::string makeDepfile(const std::string& target, const std::vector<std::string>& deps) {
  auto escape = [](const std::string& s) {
    std::string out;
    for (char c : s) {
      if (c == ' ' || c == '#') out += '\\';
      if (c == '$') out += '$';
      out += c;
    }
    return out;
  };
  std::string out = escape(target) + ":";
  for (const std::string& d : deps) out += " " + escape(d);
  return out + "\n";
}

namespace {
std::string exeDir() {
  char buf[4096];
  ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return ".";
  buf[n] = 0;
  return fs::path(buf).parent_path().string();
}

struct RuntimePaths {
  std::vector<std::string> includeDirs;
  std::string library;
};

// The runtime next to an installed jlcc (PREFIX/include/jlcc, PREFIX/lib), else the build
// tree it was built in.
bool findRuntime(RuntimePaths& rt) {
  fs::path bin = exeDir();
  fs::path installedInc = bin / ".." / "include" / "jlcc";
  fs::path lib = bin / ".." / "lib" / "libjlcc_rt.a";
  if (fs::exists(installedInc) && fs::exists(lib)) {
    rt.includeDirs = {fs::canonical(installedInc).string()};
    rt.library = fs::canonical(lib).string();
    return true;
  }
#ifdef JLCC_RUNTIME_INCLUDE_DIRS
  std::stringstream dirs(JLCC_RUNTIME_INCLUDE_DIRS);
  std::string d;
  while (std::getline(dirs, d, '|'))
    if (!d.empty()) rt.includeDirs.push_back(d);
#endif
  if (fs::exists(lib)) rt.library = fs::canonical(lib).string();
  return !rt.includeDirs.empty() && !rt.library.empty();
}

std::string shellQuote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}
}  // namespace

int compileGenerated(const std::string& baseName, const std::string& cpp, const std::string& hpp,
                     const CompileRequest& req) {
  RuntimePaths rt;
  if (!findRuntime(rt)) {
    std::cerr << "jlcc compile: error: cannot find jlcc's runtime (libjlcc_rt.a and its headers) next to "
              << exeDir() << "\n";
    return kInputError;
  }
  fs::path dir;
  std::error_code ec;
  bool temporary = req.keepDir.empty();
  if (temporary) {
    std::string tmpl = (fs::temp_directory_path() / "jlcc-XXXXXX").string();
    if (!::mkdtemp(tmpl.data())) {
      std::cerr << "jlcc compile: error: cannot create a temporary folder\n";
      return kInputError;
    }
    dir = tmpl;
  } else {
    dir = req.keepDir;
    fs::create_directories(dir, ec);
  }
  std::string err;
  std::string cppPath = (dir / (baseName + ".cpp")).string();
  if (!writeFileIfChanged(cppPath, cpp, err) || !writeFileIfChanged((dir / (baseName + ".hpp")).string(), hpp, err)) {
    std::cerr << "jlcc compile: error: " << err << "\n";
    return kInputError;
  }
  std::string cmd = shellQuote(req.cxx) + " -std=c++17 -O" + std::to_string(req.optLevel);
  for (const std::string& inc : rt.includeDirs) cmd += " -I" + shellQuote(inc);
  if (!req.extraFlags.empty()) cmd += " " + req.extraFlags;
  cmd += " " + shellQuote(cppPath);
  for (const std::string& lib : req.runtimeLibraries) {
    fs::path p = fs::path(rt.library).parent_path() / ("lib" + lib + ".a");
    if (!fs::exists(p)) {
      std::cerr << "jlcc compile: error: cannot find jlcc's runtime library " << p.string() << "\n";
      if (temporary) fs::remove_all(dir, ec);
      return kInputError;
    }
    cmd += " " + shellQuote(p.string());
  }
  cmd += " " + shellQuote(rt.library);
  for (const std::string& lib : req.systemLibraries) cmd += " -l" + shellQuote(lib);
  if (req.staticLink) cmd += " -static";
  std::string tmpOut = req.output + ".tmp." + std::to_string(::getpid());
  cmd += " -o " + shellQuote(tmpOut);
  int rc = std::system(cmd.c_str());
  if (temporary) fs::remove_all(dir, ec);
  if (rc != 0) {
    std::remove(tmpOut.c_str());
    std::cerr << "jlcc compile: error: the C++ compiler failed (" << cmd << ")\n";
    return kInputError;
  }
  if (std::rename(tmpOut.c_str(), req.output.c_str()) != 0) {
    std::cerr << "jlcc compile: error: cannot write '" << req.output << "'\n";
    std::remove(tmpOut.c_str());
    return kInputError;
  }
  return kOk;
}

}  // namespace jl::driver
