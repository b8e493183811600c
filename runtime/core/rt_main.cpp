// jlrt program entry: run_main runs the generated top-level code and reports an uncaught
// Julia exception as `julia FILE` does; time_ns. C++17.
#include <chrono>
#include <cstdio>
#include <new>

#include "jlrt/jlrt.hpp"

namespace jlrt {

uint64_t time_ns() {
  auto now = std::chrono::steady_clock::now().time_since_epoch();
  return static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count());
}

double time() {
  auto now = std::chrono::system_clock::now().time_since_epoch();
  return std::chrono::duration<double>(now).count();
}

namespace {
int exitStatus = 0;
}

Vector<String>& program_args() {
  static Vector<String> args;
  return args;
}

void set_exit_status(int64_t status) { exitStatus = static_cast<int>(status & 0xff); }

int run_main(void (*program_main)(), int argc, char** argv) {
  for (int i = 1; i < argc; ++i) program_args().vec().push_back(String::from(std::string(argv[i])));
  auto report = [](const std::string& text) {
    out().flush();
    std::string msg = "ERROR: LoadError: " + text + "\n";
    std::fputs(msg.c_str(), stderr);
    std::fflush(stderr);
  };
  try {
    program_main();
  } catch (const Exception& e) {
    report(e.text());
    return 1;
  } catch (const std::bad_alloc&) {
    report("OutOfMemoryError()");
    return 1;
  }
  out().flush();
  return exitStatus;
}

}  // namespace jlrt
