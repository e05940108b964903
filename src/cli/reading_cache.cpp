#include "cli/reading_cache.hpp"

#include <algorithm>
#include <cstdlib>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/atomic_file.hpp"
#include "core/binary_record.hpp"
#include "core/fnv_hash.hpp"
#include "core/parallel_map.hpp"

namespace entente::cli {

namespace {

constexpr std::string_view k_magic = "entente reading cache 1\n";

/// What tells a file's content has not changed without reading it: its
/// device, inode, size, modification time and (with `change_time`) change
/// time to the nanosecond; nullopt for anything but a regular file. The
/// executable's is taken without its change time, which a new hard link
/// changes (perf keeps one of every binary it profiles).
std::optional<std::string> file_identity(const std::filesystem::path& path, bool change_time,
                                         std::uint64_t* size = nullptr)
{
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
    if (size) *size = static_cast<std::uint64_t>(st.st_size);
    std::string identity =
        fmt::format("{} {} {} {}.{:09}", st.st_dev, st.st_ino, st.st_size, st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
    if (change_time) identity += fmt::format(" {}.{:09}", st.st_ctim.tv_sec, st.st_ctim.tv_nsec);
    return identity;
}

std::string cameo_words(const CameoTable& cameo)
{
    std::string all;
    for (const CameoCode& code : cameo.codes())
        all += fmt::format("{}:{:a}\n", code.code, code.goldstein);
    return fmt::format("{} codes {:016x}", cameo.size(), fnv1a(all));
}

std::string spec_words(const views::CellsSpec& spec)
{
    std::string bounds;
    for (views::CellIndex c = 1; c < spec.grid.size(); ++c)
        bounds += fmt::format("{},", spec.grid.start(c));
    return fmt::format("cells directed={} half_life={} bounds={}:{:016x}", spec.directed,
                       spec.half_life ? fmt::format("{:a}", *spec.half_life) : "none", spec.grid.size() - 1,
                       fnv1a(bounds));
}

/// Everything an accumulation of `dataset` into `specs` was made from, in
/// words, its events file's identity given; nullopt when this executable is
/// not a regular file.
std::optional<std::string> key_words(const model::Dataset& dataset,
                                     const std::vector<std::shared_ptr<const views::CellsSpec>>& specs,
                                     const std::string& events_identity)
{
    std::error_code ec;
    const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    const std::filesystem::path events = std::filesystem::absolute(dataset.events_file, ec);
    const auto exe_identity = file_identity(exe, false);
    if (ec || !exe_identity) return std::nullopt;
    std::string key = fmt::format("executable {} {}\nevents {} {}\nthreads {}\n", exe.string(), *exe_identity,
                                  events.string(), events_identity, default_threads());
    key += fmt::format("actors from {}:", dataset.actor_source == io::ActorSource::events ? "events" : "registry");
    for (const Actor& actor : dataset.actors.all()) {
        key += ' ';
        key += actor.id;
    }
    key += fmt::format("\ncameo {}\nkept ", cameo_words(dataset.cameo));
    if (dataset.kept_codes.empty()) key += "all";
    for (const bool kept : dataset.kept_codes)
        key += kept ? '1' : '0';
    for (const auto& spec : specs)
        key += fmt::format("\n{}", spec_words(*spec));
    return key;
}

void put_actor(BinaryWriter& out, const Actor& actor)
{
    out.put_text(actor.id);
    out.put_text(actor.name);
    out.put(static_cast<std::uint8_t>(actor.kind));
    out.put_text(actor.region);
    out.put<std::uint64_t>(actor.aliases.size());
    for (const std::string& alias : actor.aliases)
        out.put_text(alias);
}

Actor get_actor(BinaryReader& in)
{
    Actor actor;
    actor.id = in.get_text();
    actor.name = in.get_text();
    const auto kind = in.get<std::uint8_t>();
    if (kind > static_cast<std::uint8_t>(ActorKind::group)) in.fail();
    actor.kind = static_cast<ActorKind>(kind);
    actor.region = in.get_text();
    const auto aliases = in.get<std::uint64_t>();
    for (std::uint64_t k = 0; k < aliases && in.ok(); ++k)
        actor.aliases.push_back(in.get_text());
    return actor;
}

/// A file's bytes, mapped and read in at once (MAP_POPULATE): the pages of
/// an entry faulted in one by one cost more than reading them.
class MappedFile {
public:
    explicit MappedFile(const std::filesystem::path& path)
    {
        const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) return;
        struct stat st {};
        if (::fstat(fd, &st) == 0 && st.st_size > 0) {
            void* data =
                ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
            if (data != MAP_FAILED) {
                m_data = data;
                m_size = static_cast<std::size_t>(st.st_size);
            }
        }
        ::close(fd);
    }
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    ~MappedFile()
    {
        if (m_data) ::munmap(m_data, m_size);
    }
    /// Empty when the file could not be read.
    [[nodiscard]] std::string_view bytes() const { return {static_cast<const char*>(m_data), m_size}; }

private:
    void* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace

std::optional<std::filesystem::path> cache_folder()
{
    const char* off = std::getenv("ENTENTE_CACHE");
    if (off && std::string_view(off) == "off") return std::nullopt;
    const auto named = [](const char* variable) -> std::optional<std::filesystem::path> {
        const char* value = std::getenv(variable);
        if (!value || !*value) return std::nullopt;
        return std::filesystem::path(value);
    };
    if (auto folder = named("ENTENTE_CACHE_DIR")) return folder;
    if (auto folder = named("XDG_CACHE_HOME")) return *folder / "entente";
    if (auto folder = named("HOME")) return *folder / ".cache" / "entente";
    return std::nullopt;
}

void trim_cache_folder(const std::filesystem::path& folder, const std::filesystem::path& kept, std::uint64_t max_bytes)
{
    struct Entry {
        std::filesystem::file_time_type used;
        std::uint64_t bytes;
        std::filesystem::path path;
    };
    std::vector<Entry> entries;
    std::uint64_t total = 0;
    std::error_code ec;
    for (const auto& item : std::filesystem::directory_iterator(folder, ec)) {
        const std::string name = item.path().filename().string();
        if (!name.starts_with("cells-") || !name.ends_with(".bin") || !item.is_regular_file(ec)) continue;
        const std::uint64_t bytes = item.file_size(ec);
        const auto used = item.last_write_time(ec);
        if (ec) continue;
        total += bytes;
        if (item.path() != kept) entries.push_back({used, bytes, item.path()});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& x, const Entry& y) { return x.used < y.used; });
    for (const Entry& entry : entries) {
        if (total <= max_bytes) break;
        if (std::filesystem::remove(entry.path, ec)) total -= entry.bytes;
    }
}

ReadingCache::ReadingCache(const model::Dataset& dataset,
                           const std::vector<std::shared_ptr<const views::CellsSpec>>& specs)
    : m_specs(specs), m_actors_before(dataset.actors.size())
{
    const std::optional<std::filesystem::path> folder = cache_folder();
    if (!folder || dataset.events_read) return;
    std::uint64_t size = 0;
    m_events = file_identity(dataset.events_file, true, &size);
    if (!m_events || size < k_min_cached_bytes) return;
    std::optional<std::string> key = key_words(dataset, specs, *m_events);
    if (!key) return;
    m_key = std::move(*key);
    m_file = *folder / fmt::format("cells-{:016x}.bin", fnv1a(m_key));
}

std::optional<std::vector<views::DyadCells>> ReadingCache::load(model::Dataset& dataset,
                                                                io::Diagnostics& diagnostics) const
{
    if (!m_file || dataset.actors.size() != m_actors_before) return std::nullopt;
    const MappedFile entry(*m_file);
    BinaryReader in(entry.bytes());
    const std::string magic = in.get_text();
    const std::string key = in.get_text();
    if (magic != k_magic || key != m_key) return std::nullopt; // another build's, or a name shared by chance
    const auto span = in.get<Interval>();
    const auto rows = in.get<std::uint64_t>();
    const auto count = in.get<std::uint64_t>();
    std::vector<Actor> added;
    for (std::uint64_t k = 0; k < count && in.ok(); ++k)
        added.push_back(get_actor(in));
    std::vector<views::DyadCells> cells;
    for (const auto& spec : m_specs) {
        std::optional<views::DyadCells> read = views::DyadCells::read(in, spec, dataset.cameo, m_actors_before + count);
        if (!read) break;
        cells.push_back(std::move(*read));
    }
    if (!in.at_end()) { // damaged: read the file, and let keep() write the entry again
        std::error_code ec;
        std::filesystem::remove(*m_file, ec);
        return std::nullopt;
    }
    ActorRegistry actors = dataset.actors; // the dataset's own only once every actor is in
    for (Actor& actor : added)
        if (!actors.add(std::move(actor))) return std::nullopt;
    dataset.actors = std::move(actors);
    dataset.span = span;
    dataset.rows = rows;
    dataset.events_read = true;
    model::read_eras_after_events(dataset, diagnostics);
    std::error_code ec; // used now: the last to go when the folder is trimmed
    std::filesystem::last_write_time(*m_file, std::filesystem::file_time_type::clock::now(), ec);
    return cells;
}

void ReadingCache::keep(const model::Dataset& dataset, const std::vector<views::DyadCells>& cells) const
{
    if (!m_file) return;
    if (file_identity(dataset.events_file, true) != m_events) return; // changed while it was read
    try {
        std::filesystem::create_directories(m_file->parent_path());
        AtomicFile file(*m_file, Durability::unsynced); // a damaged entry is found when read, and removed
        BinaryWriter out(file.stream());
        write_entry(out, dataset, cells);
        file.commit();
        trim_cache_folder(m_file->parent_path(), *m_file, k_max_cache_bytes);
    } catch (const std::exception&) { // no room, no right to write: the next run reads the file
    }
}

void ReadingCache::write_entry(BinaryWriter& out, const model::Dataset& dataset,
                               const std::vector<views::DyadCells>& cells) const
{
    out.put_text(k_magic);
    out.put_text(m_key);
    out.put(dataset.span);
    out.put<std::uint64_t>(dataset.rows);
    out.put<std::uint64_t>(dataset.actors.size() - m_actors_before);
    for (std::size_t a = m_actors_before; a < dataset.actors.size(); ++a)
        put_actor(out, dataset.actors.at(static_cast<ActorIndex>(a)));
    for (const views::DyadCells& accumulation : cells)
        accumulation.write(out);
}

} // namespace entente::cli
