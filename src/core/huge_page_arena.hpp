#pragma once
// Memory for data that is built once and then read at random many times over,
// such as every dyad's records, of which each window of a series reads one
// per dyad, a page apart: in 4 KiB pages nearly every read is also a miss of
// the address cache (TLB); in the kernel's 2 MiB transparent huge pages it
// is not. Linux lends huge pages to memory that asks for them
// (madvise(MADV_HUGEPAGE)) unless they are turned off; elsewhere this is
// plain memory.
#include <cstddef>
#include <memory_resource>
#include <optional>

namespace entente {

/// Hands out `capacity` bytes from one mapping advised for huge pages (from
/// the heap when that is less than one huge page), and from the heap once
/// they are used up; all of it is given back when the arena goes, none
/// before (a monotonic resource: for data that does not grow). The mapping
/// is resident only once written.
class HugePageArena {
public:
    explicit HugePageArena(std::size_t capacity);
    ~HugePageArena();
    HugePageArena(const HugePageArena&) = delete;
    HugePageArena& operator=(const HugePageArena&) = delete;

    [[nodiscard]] std::pmr::memory_resource* memory() { return &*m_bump; }

private:
    void* m_mapping = nullptr; ///< null when nothing was mapped (no capacity, or the kernel refused)
    std::size_t m_mapped = 0;
    std::optional<std::pmr::monotonic_buffer_resource> m_bump;
};

} // namespace entente
