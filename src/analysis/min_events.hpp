#pragma once
// How much evidence a reading of the record needs to stand.
namespace entente::analysis {

/// The least events each side of a comparison needs (era A and era B; the
/// stretch before a rupture and the one after it) for a reading to stand: a
/// sign flip, an improvement or a worsening, a rupture or a rapprochement, and
/// a sentence that states one. A single event is an anecdote: one clash coded
/// between two states that otherwise never meet is no turn from friendly to
/// hostile. Events are counted as the relation graph counts them: a row counts
/// `count` times, and a lasting event counts on every side it overlaps.
/// Commands take `--min-events` to change it.
inline constexpr long long k_default_min_events = 2;

} // namespace entente::analysis
