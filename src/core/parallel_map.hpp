#pragma once
// Independent pieces of work (one per window, one per year) spread over the
// machine's cores, their results kept in the pieces' order.
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <optional>
#include <thread>
#include <type_traits>
#include <vector>

namespace entente {

/// Worker threads to use when the user did not say: the machine's cores.
inline std::size_t default_threads()
{
    return std::max(1U, std::thread::hardware_concurrency());
}

/// work(i) for every i in [0, count) on up to `threads` threads (the caller's
/// own included), pieces taken in index order as threads come free; the
/// results in index order. When pieces throw, the exception of the first such
/// piece (by index) is rethrown once every thread has stopped.
template <class Work> auto parallel_map(std::size_t count, std::size_t threads, Work work)
{
    using Result = std::invoke_result_t<Work&, std::size_t>;
    std::vector<std::optional<Result>> results(count);
    std::vector<std::exception_ptr> errors(count);
    std::atomic<std::size_t> next{0};
    const auto worker = [&] {
        for (std::size_t i = next++; i < count; i = next++) {
            try {
                results[i].emplace(work(i));
            } catch (...) {
                errors[i] = std::current_exception();
            }
        }
    };
    {
        std::vector<std::jthread> pool;
        for (std::size_t t = 1; t < std::min(std::max<std::size_t>(threads, 1), count); ++t)
            pool.emplace_back(worker);
        worker();
    }
    for (const std::exception_ptr& error : errors)
        if (error) std::rethrow_exception(error);
    std::vector<Result> out;
    out.reserve(count);
    for (std::optional<Result>& result : results)
        out.push_back(std::move(*result));
    return out;
}

} // namespace entente
