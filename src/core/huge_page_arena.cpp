#include "core/huge_page_arena.hpp"

#include <algorithm>
#include <cstdint>
#include <sys/mman.h>

namespace entente {
namespace {

constexpr std::size_t k_huge_page = std::size_t{2} << 20U;

/// A mapping of at least `bytes` plus room to start it on a huge-page
/// boundary; none for less than a huge page, which the heap serves as well.
std::size_t mapping_size(std::size_t bytes)
{
    return bytes < k_huge_page ? 0 : (bytes + k_huge_page - 1) / k_huge_page * k_huge_page + k_huge_page;
}

void* map(std::size_t size)
{
    if (size == 0) return nullptr;
    void* at = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    return at == MAP_FAILED ? nullptr : at;
}

/// The mapping's first huge-page boundary, advised as huge pages from there.
void* aligned_start(void* mapping, std::size_t mapped)
{
    if (mapping == nullptr) return nullptr;
    const auto address = reinterpret_cast<std::uintptr_t>(mapping);
    auto* start = reinterpret_cast<char*>((address + k_huge_page - 1) / k_huge_page * k_huge_page);
#ifdef MADV_HUGEPAGE
    // A hint: refused or turned off, the pages are the usual ones.
    madvise(start, mapped - k_huge_page, MADV_HUGEPAGE);
#endif
    return start;
}

} // namespace

HugePageArena::HugePageArena(std::size_t capacity)
    : m_mapping(map(mapping_size(capacity))), m_mapped(m_mapping ? mapping_size(capacity) : 0)
{
    if (m_mapping)
        m_bump.emplace(aligned_start(m_mapping, m_mapped), m_mapped - k_huge_page, std::pmr::new_delete_resource());
    else
        m_bump.emplace(std::max<std::size_t>(capacity, 1), std::pmr::new_delete_resource());
}

HugePageArena::~HugePageArena()
{
    m_bump.reset(); // gives back what came from the heap
    if (m_mapping) munmap(m_mapping, m_mapped);
}

} // namespace entente
