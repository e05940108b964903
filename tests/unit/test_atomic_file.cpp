#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <iostream>
#include <sstream>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/atomic_file.hpp"
#include "core/errors.hpp"
#include "core/output_guard.hpp"

using namespace entente;
namespace fs = std::filesystem;

namespace {

/// A fresh folder, removed with everything in it at the end of the test.
struct Scratch {
    fs::path dir;
    Scratch()
    {
        std::string pattern = (fs::temp_directory_path() / "entente-test-XXXXXX").string();
        dir = ::mkdtemp(pattern.data());
    }
    ~Scratch()
    {
        std::error_code ignored;
        fs::permissions(dir, fs::perms::owner_all, fs::perm_options::add, ignored);
        fs::remove_all(dir, ignored);
    }
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;

    [[nodiscard]] fs::path file(const std::string& name, const std::string& content) const
    {
        std::ofstream(dir / name, std::ios::binary) << content;
        return dir / name;
    }
    /// The names in the folder, sorted.
    [[nodiscard]] std::vector<std::string> names() const
    {
        std::vector<std::string> out;
        for (const auto& entry : fs::directory_iterator(dir))
            out.push_back(entry.path().filename().string());
        std::sort(out.begin(), out.end());
        return out;
    }
};

std::string read(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

/// The message of the Fatal `f` throws.
template <typename F> std::string fatal_message(F f)
{
    try {
        f();
    } catch (const Fatal& e) {
        return e.what();
    }
    return "(no Fatal thrown)";
}

using Names = std::vector<std::string>;

/// Root passes folder permissions (CAP_DAC_OVERRIDE), so as root the writes
/// that permissions must stop are made as nobody, whom they stop: the
/// effective user is nobody while this lives (the real and saved users stay
/// root, so root comes back). As another user, it changes nothing.
constexpr uid_t k_nobody = 65534;
class WithoutPrivileges {
public:
    WithoutPrivileges() : m_was_root(::geteuid() == 0)
    {
        if (m_was_root) BOOST_TEST_REQUIRE(::seteuid(k_nobody) == 0, "seteuid(nobody): " << std::strerror(errno));
    }
    ~WithoutPrivileges()
    {
        if (m_was_root && ::seteuid(0) != 0) std::abort(); // the other tests would run without root
    }
    WithoutPrivileges(const WithoutPrivileges&) = delete;
    WithoutPrivileges& operator=(const WithoutPrivileges&) = delete;

private:
    bool m_was_root;
};

/// Whether a folder's permissions can stop this process's writes: always for
/// a user other than root; as root, when it can act as nobody. Otherwise the
/// test is reported skipped, with the reason, on standard error too.
boost::test_tools::assertion_result folder_permissions_apply(boost::unit_test::test_unit_id)
{
    if (::geteuid() != 0) return true;
    if (::seteuid(k_nobody) == 0) {
        if (::seteuid(0) != 0) std::abort();
        return true;
    }
    const std::string reason =
        std::string("running as root, whom folder permissions do not stop, and cannot act as nobody (seteuid: ") +
        std::strerror(errno) + ")";
    std::cerr << "skipped: " << reason << '\n';
    boost::test_tools::assertion_result result(false);
    result.message() << reason;
    return result;
}

} // namespace

BOOST_AUTO_TEST_SUITE(atomic_file)

BOOST_AUTO_TEST_CASE(replaces_the_target_and_leaves_nothing_else)
{
    Scratch s;
    const fs::path target = s.file("out.csv", "old\n");
    write_file_atomically(target, "new\n");
    BOOST_TEST(read(target) == "new\n");
    BOOST_TEST(s.names() == Names{"out.csv"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(creates_a_new_target)
{
    Scratch s;
    write_file_atomically(s.dir / "new.csv", "a,b\n");
    BOOST_TEST(read(s.dir / "new.csv") == "a,b\n");
    BOOST_TEST(s.names() == Names{"new.csv"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_error_before_commit_leaves_the_target_untouched)
{
    Scratch s;
    const fs::path target = s.file("out.csv", "old\n");
    try {
        AtomicFile file(target);
        file.stream() << std::string(1 << 20, 'x'); // more than one buffer: bytes reach the disk
        throw Fatal("the computation failed halfway");
    } catch (const Fatal&) {
    }
    BOOST_TEST(read(target) == "old\n");
    BOOST_TEST(s.names() == Names{"out.csv"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(nothing_is_visible_while_writing)
{
    Scratch s;
    const int probe = ::open(s.dir.c_str(), O_TMPFILE | O_WRONLY, 0600);
    if (probe < 0) {
        BOOST_TEST_MESSAGE("skipped: this filesystem has no unnamed files (O_TMPFILE); a named temporary is used");
        return;
    }
    ::close(probe);
    const fs::path target = s.file("out.csv", "old\n");
    AtomicFile file(target);
    file.stream() << std::string(1 << 20, 'x');
    file.stream().flush();
    // What a SIGKILL at this moment would leave: the old target, and nothing else.
    BOOST_TEST(s.names() == Names{"out.csv"}, boost::test_tools::per_element());
    BOOST_TEST(read(target) == "old\n");
    file.commit();
    BOOST_TEST(read(target).size() == 1U << 20);
    BOOST_TEST(s.names() == Names{"out.csv"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_killed_run_s_named_temporary_is_removed_by_the_next_write)
{
    Scratch s;
    const fs::path target = s.file("out.csv", "old\n");
    // A process that has ended: its temporary goes. A running one (this
    // process's parent): its temporary stays. Other targets' are not looked at.
    const pid_t child = ::fork();
    if (child == 0) ::_exit(0);
    ::waitpid(child, nullptr, 0);
    for (const auto& [name, content] : {std::pair{fmt::format("out.csv.tmp-{}", child), "killed when named"},
                                        {fmt::format("out.csv.tmp-{}", ::getppid()), "still being written"},
                                        {fmt::format("other.csv.tmp-{}", child), "another target's"},
                                        {std::string("out.csv.tmp-notapid"), "not a temporary of ours"}})
        BOOST_TEST(fs::exists(s.file(name, content)));
    write_file_atomically(target, "new\n");
    BOOST_TEST(read(target) == "new\n");
    BOOST_TEST(s.names() == (Names{"other.csv.tmp-" + std::to_string(child), "out.csv",
                                   "out.csv.tmp-" + std::to_string(::getppid()), "out.csv.tmp-notapid"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_full_disk_is_reported_and_changes_nothing)
{
    Scratch s;
    const fs::path target = s.file("out.csv", "old\n");
    // A file size limit fails writes the way a full disk does (EFBIG instead of ENOSPC).
    rlimit saved{};
    ::getrlimit(RLIMIT_FSIZE, &saved);
    rlimit small = saved;
    small.rlim_cur = 64 * 1024;
    const auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
    ::setrlimit(RLIMIT_FSIZE, &small);
    const std::string message = fatal_message([&] { write_file_atomically(target, std::string(1 << 20, 'x')); });
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, old_handler);
    BOOST_TEST(message == target.string() + ": write failed: File too large");
    BOOST_TEST(read(target) == "old\n");
    BOOST_TEST(s.names() == Names{"out.csv"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_symbolic_link_keeps_its_link_and_its_file_is_replaced)
{
    Scratch s;
    fs::create_directory(s.dir / "real");
    const fs::path file = s.file("real/out.csv", "old\n");
    fs::create_symlink(file, s.dir / "link.csv");
    write_file_atomically(s.dir / "link.csv", "new\n");
    BOOST_TEST(fs::is_symlink(s.dir / "link.csv"));
    BOOST_TEST(read(file) == "new\n");
    BOOST_TEST(s.names() == (Names{"link.csv", "real"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_pipe_or_a_device_is_written_in_place)
{
    // Renaming over them would replace the pipe or the device node itself
    // (as root, `-o /dev/full` once left a regular file in /dev).
    Scratch s;
    const fs::path pipe = s.dir / "pipe";
    BOOST_TEST_REQUIRE(::mkfifo(pipe.c_str(), 0600) == 0);
    const int reader = ::open(pipe.c_str(), O_RDONLY | O_NONBLOCK);
    write_file_atomically(pipe, "through the pipe\n");
    std::string got(64, '\0');
    got.resize(static_cast<std::size_t>(std::max<ssize_t>(0, ::read(reader, got.data(), got.size()))));
    ::close(reader);
    BOOST_TEST(got == "through the pipe\n");
    BOOST_TEST(fs::is_fifo(pipe));
    BOOST_TEST(s.names() == Names{"pipe"}, boost::test_tools::per_element());

    write_file_atomically("/dev/null", "nothing\n");
    BOOST_TEST(fs::is_character_file("/dev/null"));
    if (fs::is_character_file("/dev/full"))
        BOOST_TEST(fatal_message([] { write_file_atomically("/dev/full", "x"); }) ==
                   "/dev/full: write failed: No space left on device");
}

BOOST_AUTO_TEST_CASE(a_directory_target_is_refused)
{
    Scratch s;
    BOOST_TEST(fatal_message([&] { write_file_atomically(s.dir, "x"); }) ==
               s.dir.string() + ": cannot write: it is a directory");
}

BOOST_AUTO_TEST_CASE(a_missing_folder_is_named)
{
    Scratch s;
    const fs::path target = s.dir / "no-such-folder" / "out.csv";
    BOOST_TEST(fatal_message([&] { write_file_atomically(target, "x"); }) ==
               target.string() + ": cannot write: folder '" + (s.dir / "no-such-folder").string() + "' does not exist");
}

BOOST_AUTO_TEST_CASE(a_file_in_place_of_the_folder_is_named)
{
    Scratch s;
    const fs::path blocker = s.file("blocker", "");
    const fs::path target = blocker / "out.csv";
    BOOST_TEST(fatal_message([&] { write_file_atomically(target, "x"); }) ==
               target.string() + ": cannot write: '" + blocker.string() + "' is not a folder");
}

BOOST_AUTO_TEST_CASE(a_read_only_folder_is_reported, *boost::unit_test::precondition(folder_permissions_apply))
{
    Scratch s;
    const fs::path target = s.file("out.csv", "old\n");
    fs::permissions(s.dir, fs::perms::all);
    {
        const WithoutPrivileges user;
        // The same user writes into the folder while it allows it...
        write_file_atomically(target, "new\n");
    }
    BOOST_TEST(read(target) == "new\n");
    fs::permissions(s.dir, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                               fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
    std::string message;
    {
        const WithoutPrivileges user;
        // ... and is refused once it is read-only.
        message = fatal_message([&] { write_file_atomically(target, "newer\n"); });
    }
    BOOST_TEST(message == target.string() + ": cannot write: Permission denied");
    BOOST_TEST(read(target) == "new\n");
    BOOST_TEST(s.names() == Names{"out.csv"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(output_guard)

BOOST_AUTO_TEST_CASE(an_input_is_refused_under_any_name)
{
    Scratch s;
    const fs::path input = s.file("events.csv", "date\n");
    fs::create_directory(s.dir / "sub");
    fs::create_symlink(input, s.dir / "link.csv");
    fs::create_hard_link(input, s.dir / "hard.csv");
    for (const fs::path& output : {input, s.dir / "sub" / ".." / "events.csv", s.dir / "." / "events.csv",
                                   s.dir / "link.csv", s.dir / "hard.csv"}) {
        BOOST_CHECK_THROW(refuse_input_as_output(output, {s.dir / "actors.csv", input}), UsageError);
    }
}

BOOST_AUTO_TEST_CASE(the_message_names_the_input)
{
    Scratch s;
    const fs::path input = s.file("events.csv", "date\n");
    fs::create_symlink(input, s.dir / "link.csv");
    try {
        refuse_input_as_output(s.dir / "link.csv", {input});
        BOOST_FAIL("no UsageError");
    } catch (const UsageError& e) {
        BOOST_TEST(std::string(e.what()) ==
                   "refusing to write " + (s.dir / "link.csv").string() + ": it is the input " + input.string());
    }
    try {
        refuse_input_as_output(input, {input});
        BOOST_FAIL("no UsageError");
    } catch (const UsageError& e) {
        BOOST_TEST(std::string(e.what()) == "refusing to write " + input.string() + ": it is an input of this command");
    }
}

BOOST_AUTO_TEST_CASE(other_outputs_pass)
{
    Scratch s;
    const fs::path input = s.file("events.csv", "date\n");
    const fs::path copy = s.file("copy.csv", "date\n"); // same content, another file
    BOOST_CHECK_NO_THROW(refuse_input_as_output(copy, {input}));
    BOOST_CHECK_NO_THROW(refuse_input_as_output(s.dir / "new.svg", {input, s.dir / "missing.csv"}));
    BOOST_CHECK_NO_THROW(refuse_input_as_output(s.dir / "out" / "events.csv", {input}));
    BOOST_CHECK_NO_THROW(refuse_input_as_output(input, {}));
}

BOOST_AUTO_TEST_SUITE_END()
