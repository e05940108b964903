#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include <fstream>

#include "dataset_builder.hpp"

#include "model/dataset.hpp"
#include "model/dyad_batches.hpp"
#include "model/row_copy.hpp"

using namespace entente;

namespace {

/// The rows of one reading, part by part.
struct Reading {
    io::ScanOutcome outcome;
    std::vector<std::vector<io::EventRow>> parts;
    std::vector<std::vector<std::string>> texts; ///< summary and ref of each row as read, joined by '|'
};

io::ScanCallbacks collecting(Reading& r, std::function<bool(ActorIndex, ActorIndex)> wanted = {})
{
    // Parts run on threads of their own: each writes its own vectors.
    return {[&r](std::size_t n) {
                r.parts.assign(n, {});
                r.texts.assign(n, {});
            },
            [&r](std::size_t p, const io::EventRow& row) {
                io::EventRow kept = row;
                kept.summary = kept.ref = {}; // views into a reader's buffer
                r.parts[p].push_back(kept);
                r.texts[p].push_back(std::string(row.summary) + "|" + std::string(row.ref));
            },
            std::move(wanted)};
}

/// Every field a reading hands out, but the texts.
void check_same_row(const io::EventRow& x, const io::EventRow& y)
{
    BOOST_TEST(x.date.interval.start == y.date.interval.start);
    BOOST_TEST(x.date.interval.end == y.date.interval.end);
    BOOST_TEST((x.date.precision == y.date.precision));
    BOOST_TEST(x.end.has_value() == y.end.has_value());
    if (x.end && y.end) {
        BOOST_TEST(x.end->interval.start == y.end->interval.start);
        BOOST_TEST(x.end->interval.end == y.end->interval.end);
        BOOST_TEST((x.end->precision == y.end->precision));
    }
    BOOST_TEST(x.interval.start == y.interval.start);
    BOOST_TEST(x.interval.end == y.interval.end);
    BOOST_TEST(x.source == y.source);
    BOOST_TEST(x.target == y.target);
    BOOST_TEST(x.code == y.code);
    BOOST_TEST(x.weight == y.weight); // the same double, bit for bit
    BOOST_TEST(x.count == y.count);
    BOOST_TEST(x.mutual == y.mutual);
    BOOST_TEST(x.per_year == y.per_year);
    BOOST_TEST(x.line == y.line);
    BOOST_TEST(x.offset == y.offset);
}

/// A file of `text` under a new folder.
std::filesystem::path file_of(const std::string& text)
{
    const std::filesystem::path path = test::fresh_folder() / "events.csv";
    std::ofstream(path) << text;
    return path;
}

/// The events file at `path` loaded and read once by a command that asks for a copy.
model::Dataset read_with_copy(const std::filesystem::path& path, std::size_t threads, io::Diagnostics& diagnostics)
{
    model::Dataset d = model::load_dataset(path, {}, diagnostics);
    d.copy_rows = true;
    model::read_events(d, diagnostics, threads, collecting(*std::make_unique<Reading>()));
    return d;
}

} // namespace

BOOST_AUTO_TEST_SUITE(row_copy)

BOOST_AUTO_TEST_CASE(a_later_reading_from_the_copy_gives_the_rows_the_file_gives)
{
    const std::filesystem::path path = test::random_events_file(5000, 7);
    for (const std::size_t threads : {1U, 3U}) {
        io::Diagnostics diagnostics;
        model::Dataset copied = model::load_dataset(path, {}, diagnostics);
        copied.copy_rows = true;
        Reading first;
        model::read_events(copied, diagnostics, threads, collecting(first));
        BOOST_REQUIRE(!diagnostics.has_errors());
        BOOST_REQUIRE(copied.row_copy != nullptr);
        BOOST_TEST(first.parts.size() == threads);

        // The same dataset without a copy reads the file again: the reference.
        model::Dataset plain = model::load_dataset(path, {}, diagnostics);
        model::read_events(plain, diagnostics, threads, collecting(*std::make_unique<Reading>()));
        BOOST_REQUIRE(plain.row_copy == nullptr);
        Reading from_file, from_copy;
        const io::ScanOutcome file_outcome = model::reread_events(plain, threads, collecting(from_file));
        const io::ScanOutcome copy_outcome = model::reread_events(copied, threads, collecting(from_copy));
        BOOST_TEST(copy_outcome.rows == file_outcome.rows);
        BOOST_TEST(copy_outcome.line_base == file_outcome.line_base);
        BOOST_TEST(copy_outcome.actor_of == file_outcome.actor_of);
        BOOST_REQUIRE(from_copy.parts.size() == from_file.parts.size());
        std::vector<std::uint64_t> offsets;
        std::vector<std::string> expected_texts;
        for (std::size_t p = 0; p < from_file.parts.size(); ++p) {
            BOOST_REQUIRE(from_copy.parts[p].size() == from_file.parts[p].size());
            for (std::size_t k = 0; k < from_file.parts[p].size(); ++k) {
                check_same_row(from_copy.parts[p][k], from_file.parts[p][k]);
                BOOST_TEST(from_copy.parts[p][k].text_left);
                BOOST_TEST(!from_file.parts[p][k].text_left);
                offsets.push_back(from_copy.parts[p][k].offset);
                expected_texts.push_back(from_file.texts[p][k]);
            }
        }
        // The texts left in the file come back as the file gave them.
        const std::vector<io::RowText> texts = io::read_row_texts(path.string(), offsets);
        BOOST_REQUIRE(texts.size() == expected_texts.size());
        for (std::size_t k = 0; k < texts.size(); ++k)
            BOOST_TEST(texts[k].summary + "|" + texts[k].ref == expected_texts[k]);
    }
}

BOOST_AUTO_TEST_CASE(wanted_dyads_alone_come_from_the_copy)
{
    io::Diagnostics diagnostics;
    const model::Dataset d = read_with_copy(test::random_events_file(2000, 11), 2, diagnostics);
    BOOST_REQUIRE(d.row_copy != nullptr);
    const ActorIndex ecu = *d.actors.find("ECU");
    const auto wanted = [&](ActorIndex s, ActorIndex t) { return s == ecu || t == ecu; };
    Reading all, some;
    model::reread_events(d, 2, collecting(all));
    model::reread_events(d, 2, collecting(some, wanted));
    std::vector<io::EventRow> expected;
    for (const auto& part : all.parts)
        for (const io::EventRow& row : part)
            if (wanted(row.source, row.target)) expected.push_back(row);
    std::vector<io::EventRow> got;
    for (const auto& part : some.parts)
        got.insert(got.end(), part.begin(), part.end());
    BOOST_REQUIRE(got.size() == expected.size());
    BOOST_TEST(!got.empty());
    for (std::size_t k = 0; k < got.size(); ++k)
        check_same_row(got[k], expected[k]);
}

BOOST_AUTO_TEST_CASE(a_copy_in_groups_reads_back_whole_and_group_by_group_as_the_file_does)
{
    const std::filesystem::path path = test::random_events_file(3000, 13);
    for (const std::size_t threads : {1U, 3U}) {
        io::Diagnostics diagnostics;
        model::Dataset plain = model::load_dataset(path, {}, diagnostics);
        model::read_events(plain, diagnostics, threads, collecting(*std::make_unique<Reading>()));
        model::Dataset grouped = model::load_dataset(path, {}, diagnostics);
        grouped.copy_rows = true;
        grouped.copy_batches = 5;
        model::read_events(grouped, diagnostics, threads, collecting(*std::make_unique<Reading>()));
        BOOST_REQUIRE(!diagnostics.has_errors());
        BOOST_REQUIRE(grouped.row_copy != nullptr);
        BOOST_REQUIRE(grouped.row_copy->groups() == 5U);

        // Whole: the groups merged back into the file's order.
        Reading from_file, from_copy;
        model::reread_events(plain, threads, collecting(from_file));
        model::reread_events(grouped, threads, collecting(from_copy));
        BOOST_REQUIRE(from_copy.parts.size() == from_file.parts.size());
        for (std::size_t p = 0; p < from_file.parts.size(); ++p) {
            BOOST_REQUIRE(from_copy.parts[p].size() == from_file.parts[p].size());
            for (std::size_t k = 0; k < from_file.parts[p].size(); ++k)
                check_same_row(from_copy.parts[p][k], from_file.parts[p][k]);
        }

        // Group by group: each the file's rows of the dyads of its batch, those alone.
        const auto batch_of = [&](ActorIndex s, ActorIndex t) {
            return model::dyad_batch(model::actor_key(grouped.actors.id(s)), model::actor_key(grouped.actors.id(t)), 5);
        };
        std::size_t rows = 0, nonempty = 0;
        for (std::size_t g = 0; g < 5; ++g) {
            Reading expected, got;
            const io::ScanOutcome expected_outcome = model::reread_events(
                plain, threads, collecting(expected, [&](ActorIndex s, ActorIndex t) { return batch_of(s, t) == g; }));
            const io::ScanOutcome got_outcome =
                grouped.row_copy->read_group(g, threads, grouped.actors.size(), collecting(got));
            BOOST_TEST(got_outcome.line_base == expected_outcome.line_base);
            BOOST_TEST(got_outcome.actor_of == expected_outcome.actor_of);
            BOOST_REQUIRE(got.parts.size() == expected.parts.size());
            std::size_t in_group = 0;
            for (std::size_t p = 0; p < got.parts.size(); ++p) {
                BOOST_REQUIRE(got.parts[p].size() == expected.parts[p].size());
                for (std::size_t k = 0; k < got.parts[p].size(); ++k)
                    check_same_row(got.parts[p][k], expected.parts[p][k]);
                in_group += got.parts[p].size();
            }
            rows += in_group;
            nonempty += in_group > 0 ? 1 : 0;
        }
        BOOST_TEST(rows == grouped.rows);
        BOOST_TEST(nonempty > 1U); // the batches do part the dyads
    }
}

BOOST_AUTO_TEST_CASE(a_dyad_has_one_batch_whichever_way_round)
{
    const std::uint64_t ecu = model::actor_key("ECU"), col = model::actor_key("COL");
    BOOST_TEST(model::actor_key("ECU") == ecu);
    BOOST_TEST(ecu != col);
    for (const std::size_t batches : {1U, 2U, 7U, 300U}) {
        BOOST_TEST(model::dyad_batch(ecu, col, batches) == model::dyad_batch(col, ecu, batches));
        BOOST_TEST(model::dyad_batch(ecu, col, batches) < batches);
    }
    // 200 actors' dyads fall evenly enough in 7 batches: each within a fifth of its share.
    std::vector<std::size_t> sizes(7);
    std::size_t dyads = 0;
    for (int a = 0; a < 200; ++a)
        for (int b = a + 1; b < 200; ++b, ++dyads)
            ++sizes[model::dyad_batch(model::actor_key(fmt::format("A{}", a)), model::actor_key(fmt::format("A{}", b)),
                                      7)];
    for (const std::size_t size : sizes) {
        BOOST_TEST(static_cast<double>(size) > 0.8 * static_cast<double>(dyads) / 7);
        BOOST_TEST(static_cast<double>(size) < 1.2 * static_cast<double>(dyads) / 7);
    }
}

BOOST_AUTO_TEST_CASE(a_file_read_in_one_pass_keeps_no_copy)
{
    // A quoted field sends the file to the one-pass reader, whose rows do not know their offsets.
    io::Diagnostics diagnostics;
    const model::Dataset d = read_with_copy(
        file_of("date,source,target,code,summary\n2001-02-03,ECU,COL,042,\"met, then signed\"\n"), 2, diagnostics);
    BOOST_TEST(!diagnostics.has_errors());
    BOOST_TEST(d.row_copy == nullptr);
    Reading again;
    model::reread_events(d, 2, collecting(again));
    BOOST_REQUIRE(again.texts.size() == 1U);
    BOOST_REQUIRE(again.texts[0].size() == 1U);
    BOOST_TEST(again.texts[0][0] == "met, then signed|");
}

BOOST_AUTO_TEST_CASE(rows_of_a_file_without_texts_leave_none)
{
    io::Diagnostics diagnostics;
    const model::Dataset d = read_with_copy(
        file_of("date,source,target,code\n2001-02-03,ECU,COL,042\n2001-02-04,COL,ECU,190\n"), 1, diagnostics);
    BOOST_REQUIRE(d.row_copy != nullptr);
    Reading again;
    model::reread_events(d, 1, collecting(again));
    BOOST_REQUIRE(again.parts.size() == 1U);
    BOOST_REQUIRE(again.parts[0].size() == 2U);
    BOOST_TEST(!again.parts[0][0].text_left);
    BOOST_TEST(!again.parts[0][1].text_left);
}

BOOST_AUTO_TEST_CASE(a_file_with_errors_keeps_no_copy)
{
    io::Diagnostics diagnostics;
    const model::Dataset d = read_with_copy(
        file_of("date,source,target,code\n2001-02-03,ECU,COL,042\n2001-02-30,ECU,COL,042\n"), 2, diagnostics);
    BOOST_TEST(diagnostics.has_errors());
    BOOST_TEST(d.row_copy == nullptr);
}

BOOST_AUTO_TEST_CASE(wide_actors_and_any_weight_round_trip)
{
    // Values the compact record stores in its longer forms: actors past two
    // bytes, weights that are not a whole number of tenths, large counts, an
    // `end` that starts before the date (a year-long end of a day's date).
    model::RowCopy copy(1);
    std::vector<io::EventRow> rows;
    const std::vector<double> weights{0.1, 0.3, -7.5, 1.0 / 3.0, 1e15, -1e-9, 0.0, 10.0};
    for (std::size_t k = 0; k < weights.size(); ++k) {
        io::EventRow row;
        row.date = {{10000 + static_cast<Day>(k), 10001 + static_cast<Day>(k)}, DatePrecision::day};
        if (k % 2 == 0) row.end = PartialDate{{9862, 10227}, DatePrecision::year};
        row.interval = {row.date.interval.start, row.end ? row.end->interval.end : row.date.interval.end};
        row.source = k % 3 == 0 ? 70000 + static_cast<ActorIndex>(k) : static_cast<ActorIndex>(k);
        row.target = 65535;
        row.code = static_cast<CodeIndex>(300 + k);
        row.weight = weights[k];
        row.count = k == 3 ? 4000000000U : 1U;
        row.mutual = k % 3 == 1;
        row.per_year = k % 4 == 2;
        row.line = static_cast<std::uint32_t>(2 + 3 * k);
        row.offset = 40 + 1000000000ULL * k;
        copy.add(0, row);
        rows.push_back(row);
    }
    io::ScanOutcome reading;
    reading.parts = 1;
    reading.line_base = {1};
    reading.rows = rows.size();
    reading.actor_of.emplace_back(70010);
    for (std::size_t i = 0; i < reading.actor_of[0].size(); ++i)
        reading.actor_of[0][i] = static_cast<ActorIndex>(i);
    copy.finish(reading);
    BOOST_REQUIRE(copy.usable());
    Reading back;
    const io::ScanOutcome outcome = copy.read(1, 70010, collecting(back));
    BOOST_TEST(outcome.rows == rows.size());
    BOOST_REQUIRE(back.parts.size() == 1U);
    BOOST_REQUIRE(back.parts[0].size() == rows.size());
    for (std::size_t k = 0; k < rows.size(); ++k)
        check_same_row(back.parts[0][k], rows[k]);
}

BOOST_AUTO_TEST_SUITE_END()
