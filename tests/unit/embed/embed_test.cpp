// jlcc_embed: a program image built from string literals (a main program with definitions
// and run-time statements, plus one include()d file that exists only in the image) is
// replayed by jlrt::embed::start; its run-time statements run with jlrt::embed::run and
// share globals with C++ through set_global/get_global.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <string>

#include "jlrt/embed.hpp"

namespace {

using namespace jlrt;
using embed::Image;
using embed::SourceFile;

// The path is absolute so include() resolves it the same way wherever the test runs; the
// file does not exist on disk.
const char* kHelperPath = "/nonexistent-jlcc-embed-test/helper.jl";
const char* kHelper = "helper_value() = 41\n";

// Run-time statements are numbered in the comments (the build plan's order).
const char* kMain = R"jl(macro noisy(ex)
    println("macro body ran")
    return esc(ex)
end
include("/nonexistent-jlcc-embed-test/helper.jl")
counter = @noisy 10
println(eval(Meta.parse("1+2")))
shared = helper_value() + counter
error("boom")
doubled = fromcpp * 2
word = "text"
src = "triple(x) = 3x"
eval(Meta.parse(src))
tripled = triple(5)
ex = Meta.parse("a + b")
head = ex.head
cs = string(c, 'é')
module Inner
y = 5
end
)jl";
enum Stmt : std::size_t {
  kCounter, kPrintEval, kShared, kBoom, kDoubled, kWord, kSrc, kEvalSrc, kTripled, kEx, kHead, kCs, kInnerY,
  kStatementCount
};

const char* kIncludeDir = "/nonexistent-jlcc-embed-test/lib";

Image makeImage(const SourceFile* files, std::size_t statementCount) {
  return Image{files, 2, 100000000, &kIncludeDir, 1, statementCount};
}

const SourceFile kFiles[] = {
    {"/nonexistent-jlcc-embed-test/main.jl", kMain, std::char_traits<char>::length(kMain)},
    {kHelperPath, kHelper, std::char_traits<char>::length(kHelper)},
};

// Redirects the process's stdout (fd 1) into a temporary file until finish().
class CaptureStdout {
 public:
  CaptureStdout() {
    std::fflush(stdout);
    file_ = std::tmpfile();
    saved_ = ::dup(1);
    ::dup2(::fileno(file_), 1);
  }
  std::string finish() {
    std::fflush(stdout);
    ::dup2(saved_, 1);
    ::close(saved_);
    std::string text;
    std::rewind(file_);
    char buf[4096];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, file_)) > 0) text.append(buf, n);
    std::fclose(file_);
    return text;
  }

 private:
  std::FILE* file_ = nullptr;
  int saved_ = -1;
};

void startProgram() {
  static char arg0[] = "embed_test";
  static char arg1[] = "first-arg";
  static char* argv[] = {arg0, arg1, nullptr};
  Image image = makeImage(kFiles, kStatementCount);
  embed::start(image, 2, argv);
}

class Embed : public ::testing::Test {
 protected:
  void SetUp() override {
    CaptureStdout capture;
    startProgram();
    replayOutput_ = capture.finish();
  }
  std::string replayOutput_;
};

TEST_F(Embed, ReplayIsMuted) {
  // The macro body's println ran during the replay, but printed nothing.
  EXPECT_EQ(replayOutput_, "");
}

TEST_F(Embed, EvalOfParsedCodePrints) {
  CaptureStdout capture;
  embed::run(kPrintEval);
  EXPECT_EQ(capture.finish(), "3\n");
}

TEST_F(Embed, IncludeIsServedFromTheImage) {
  embed::run(kCounter);
  embed::run(kShared);
  std::int64_t shared = 0;
  ASSERT_TRUE(embed::get_global("Main", "shared", shared));
  EXPECT_EQ(shared, 51);
}

TEST_F(Embed, SetGlobalThenRun) {
  embed::set_global("Main", "fromcpp", std::int64_t{21});
  embed::run(kDoubled);
  std::int64_t doubled = 0;
  ASSERT_TRUE(embed::get_global("Main", "doubled", doubled));
  EXPECT_EQ(doubled, 42);
}

TEST_F(Embed, RunTimeEvalDefinesFunctions) {
  embed::run(kSrc);
  embed::run(kEvalSrc);
  embed::run(kTripled);
  std::int64_t tripled = 0;
  ASSERT_TRUE(embed::get_global("Main", "tripled", tripled));
  EXPECT_EQ(tripled, 15);
}

TEST_F(Embed, GetGlobalOfUndefinedNameIsFalse) {
  std::int64_t v = 7;
  EXPECT_FALSE(embed::get_global("Main", "no_such_global", v));
  EXPECT_EQ(v, 7);
  EXPECT_FALSE(embed::get_global("Main", "doubled", v));  // statement not run yet
}

TEST_F(Embed, GetGlobalOfWrongTypeIsTypeError) {
  embed::run(kWord);
  std::int64_t v = 0;
  try {
    embed::get_global("Main", "word", v);
    FAIL() << "no exception";
  } catch (const Exception& e) {
    EXPECT_EQ(e.type_name(), "TypeError");
    EXPECT_EQ(e.text(), "TypeError: in global word, expected Int64, got a value of type String");
  }
  String s;
  ASSERT_TRUE(embed::get_global("Main", "word", s));
  EXPECT_EQ(s.str(), "text");
}

TEST_F(Embed, JuliaErrorBecomesJlrtException) {
  try {
    embed::run(kBoom);
    FAIL() << "no exception";
  } catch (const Exception& e) {
    EXPECT_EQ(e.type_name(), "ErrorException");
    EXPECT_EQ(e.text(), "boom");
    ASSERT_TRUE(e.has_msg());
    EXPECT_EQ(e.msg().str(), "boom");
  }
}

TEST_F(Embed, UndefinedVariableBecomesUndefVarError) {
  try {
    embed::run(kDoubled);  // `fromcpp` was never set
    FAIL() << "no exception";
  } catch (const Exception& e) {
    EXPECT_EQ(e.type_name(), "UndefVarError");
    EXPECT_NE(e.text().find("fromcpp"), std::string::npos) << e.text();
  }
}

TEST_F(Embed, UnknownStatementOrModuleThrows) {
  EXPECT_THROW(embed::run(kStatementCount), Exception);
  std::int64_t v = 0;
  EXPECT_THROW(embed::get_global("Main.Nowhere", "x", v), Exception);
  EXPECT_THROW(embed::set_global("Nowhere", "x", v), Exception);
}

TEST_F(Embed, GlobalsOfSubmodules) {
  embed::run(kInnerY);
  std::int64_t y = 0;
  ASSERT_TRUE(embed::get_global("Main.Inner", "y", y));
  EXPECT_EQ(y, 5);
  EXPECT_FALSE(embed::get_global("Main", "y", y));
  embed::set_global("Main.Inner", "z", 2.5);
  double z = 0;
  ASSERT_TRUE(embed::get_global("Main.Inner", "z", z));
  EXPECT_EQ(z, 2.5);
}

TEST_F(Embed, SymbolsAndExprFields) {
  embed::run(kEx);
  embed::run(kHead);
  Symbol head;
  ASSERT_TRUE(embed::get_global("Main", "head", head));
  EXPECT_EQ(head, symbol("call"));
  embed::set_global("Main", "sym", symbol("a b"));
  Symbol back;
  ASSERT_TRUE(embed::get_global("Main", "sym", back));
  EXPECT_EQ(back.name(), "a b");
}

TEST_F(Embed, CharsKeepTheirBitsEvenWhenInvalid) {
  Char invalid(0xFF000000u);  // the lone byte \xff
  embed::set_global("Main", "c", invalid);
  embed::run(kCs);
  String cs;
  ASSERT_TRUE(embed::get_global("Main", "cs", cs));
  EXPECT_EQ(cs.str(), "\xff\xc3\xa9");
  Char back;
  ASSERT_TRUE(embed::get_global("Main", "c", back));
  EXPECT_EQ(back.bits, invalid.bits);
  embed::set_global("Main", "c", Char::from_codepoint(0xE9));
  ASSERT_TRUE(embed::get_global("Main", "c", back));
  EXPECT_EQ(back, Char::from_codepoint(0xE9));
}

TEST_F(Embed, BoolsNothingAndStrings) {
  embed::set_global("Main", "flag", true);
  embed::set_global("Main", "none", nothing);
  embed::set_global("Main", "str", "with\0nul"_jl);
  bool flag = false;
  Nothing none;
  String str;
  ASSERT_TRUE(embed::get_global("Main", "flag", flag));
  EXPECT_TRUE(flag);
  EXPECT_TRUE(embed::get_global("Main", "none", none));
  ASSERT_TRUE(embed::get_global("Main", "str", str));
  EXPECT_EQ(str.view(), std::string_view("with\0nul", 8));
  EXPECT_THROW(embed::get_global("Main", "flag", none), Exception);
}

TEST_F(Embed, ProgramArgs) {
  String first;
  embed::set_global("Main", "src", "first_arg = ARGS[1]");
  embed::run(kEvalSrc);  // eval(Meta.parse(src))
  ASSERT_TRUE(embed::get_global("Main", "first_arg", first));
  EXPECT_EQ(first.str(), "first-arg");
}

TEST_F(Embed, StartAgainIsAFreshInterpreter) {
  embed::set_global("Main", "fromcpp", std::int64_t{1});
  startProgram();
  std::int64_t v = 0;
  EXPECT_FALSE(embed::get_global("Main", "fromcpp", v));
}

// start() exits with status 1 when the build plan does not match the compiled program.
TEST(EmbedDeathTest, StatementCountMismatchExits) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  static char arg0[] = "embed_test";
  static char* argv[] = {arg0, nullptr};
  Image image = makeImage(kFiles, kStatementCount + 1);
  EXPECT_EXIT(embed::start(image, 1, argv), ::testing::ExitedWithCode(1),
              "jlcc embedded interpreter: the program's build plan has 13 run-time statements, but 14 were compiled");
}

TEST(EmbedDeathTest, BuildTimeErrorExits) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  static char arg0[] = "embed_test";
  static char* argv[] = {arg0, nullptr};
  const SourceFile files[] = {{"/nonexistent-jlcc-embed-test/main.jl", kMain, std::char_traits<char>::length(kMain)}};
  Image image{files, 1, 100000000, nullptr, 0, kStatementCount};  // helper.jl is missing
  EXPECT_EXIT(embed::start(image, 1, argv), ::testing::ExitedWithCode(1),
              "jlcc embedded interpreter: replaying the program's build-time code failed");
}

}  // namespace
