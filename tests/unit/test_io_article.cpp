#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include "diagnostic_messages.hpp"

#include <fmt/format.h>
#include <sstream>

#include "io/act_phrases.hpp"
#include "io/article_actors.hpp"
#include "io/article_dates.hpp"
#include "io/article_extract.hpp"
#include "io/article_text.hpp"
#include "io/country_tables.hpp"

using namespace entente;
using test::messages;

namespace {

/// The dates of a sentence as written in an events file: `1980-08`, or `1990..1999` for a range.
std::vector<std::string> dates_in(const std::string& sentence, std::optional<PartialDate> before = std::nullopt)
{
    std::vector<std::string> out;
    for (const io::DateMention& d : io::find_dates(io::split_words(sentence), before))
        out.push_back(format_date(d.date) + (d.end ? ".." + format_date(*d.end) : ""));
    return out;
}

std::vector<std::string> actors_in(const std::string& sentence)
{
    std::vector<std::string> out;
    for (const io::ActorMention& m : io::find_actors(io::split_words(sentence)))
        out.push_back(m.place ? m.id + " (a place)" : m.id);
    return out;
}

/// The rows drafted from `text` (one paragraph a line), as `date,source,target,code,end,mutual,confidence`.
std::vector<std::string> draft(const std::string& text, std::optional<std::string> focus = std::nullopt)
{
    io::Diagnostics diagnostics;
    const auto sentences = io::read_article(text, "a.txt", diagnostics);
    BOOST_TEST_REQUIRE(!diagnostics.has_errors());
    std::vector<std::string> rows;
    for (const io::DraftRow& r : io::draft_events(sentences, "a.txt", focus, io::builtin_act_phrases()).rows)
        rows.push_back(fmt::format("{},{},{},{},{},{},{:.1f}", format_date(r.date), r.source, r.target, r.code,
                                   r.end ? format_date(*r.end) : "", r.mutual ? "yes" : "", r.confidence));
    return rows;
}

std::vector<std::string> reasons(const std::string& text, std::optional<std::string> focus = std::nullopt)
{
    io::Diagnostics diagnostics;
    const auto sentences = io::read_article(text, "a.txt", diagnostics);
    std::vector<std::string> out;
    for (const io::SkippedSentence& s : io::draft_events(sentences, "a.txt", focus, io::builtin_act_phrases()).skipped)
        out.push_back(fmt::format("{}:{}: {}", s.line, s.column, s.reason));
    return out;
}

using Strings = std::vector<std::string>;

} // namespace

BOOST_AUTO_TEST_SUITE(article_text)

// A range's link with nothing after it (a fuzzer's find) ends the sentence: the date stands alone.
BOOST_AUTO_TEST_CASE(a_range_link_as_the_last_word_leaves_the_date_alone)
{
    BOOST_TEST(dates_in("Talks ran from 1994 to") == std::vector<std::string>{"1994"});
    BOOST_TEST(dates_in("Talks ran from 1994 -") == std::vector<std::string>{"1994"});
}

BOOST_AUTO_TEST_CASE(sentences_end_at_a_full_stop_before_a_capital_but_not_after_an_abbreviation)
{
    const auto split = io::split_sentences(
        "Former Colombian Sen. Ingrid Betancourt was freed. The U.S. Congress agreed.[83] In 1998 peace came.");
    Strings texts;
    for (const auto& [offset, text] : split)
        texts.push_back(fmt::format("{}:{}", offset, text));
    BOOST_TEST(texts == (Strings{"0:Former Colombian Sen. Ingrid Betancourt was freed.",
                                 "51:The U.S. Congress agreed.[83]", "81:In 1998 peace came."}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(headings_table_rules_and_references_are_not_read_and_cells_are_paragraphs)
{
    io::Diagnostics diagnostics;
    const auto sentences = io::read_article("Background\n\nPeru signed it. Chile did too.\n+---+---+\n"
                                            "| | 1970 | - Peru recognized Finland. |\n[1] Ref, 2001.\n",
                                            "a.txt", diagnostics);
    Strings got;
    for (const auto& s : sentences)
        got.push_back(fmt::format("{}:{}:{}:{}", s.line, s.column, s.paragraph, s.text));
    BOOST_TEST(got == (Strings{"3:1:0:Peru signed it.", "3:17:0:Chile did too.", "5:14:1:Peru recognized Finland."}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_empty_a_binary_or_a_latin1_file_is_an_error_at_its_place)
{
    for (const auto& [bytes, expected] : std::vector<std::pair<std::string, std::string>>{
             {"\n  \n", "a.txt:1:1: empty file (expected an article in plain text)"},
             {"", "a.txt:1:1: empty file (expected an article in plain text)"},
             {std::string("ok\nab\0c", 7),
              "a.txt:2:3: a NUL byte: this is a binary file, not an article in plain text"},
             {"In 1998 Per\xFA signed.",
              "a.txt:1:12: byte 0xFA is not UTF-8: the article must be UTF-8 text (convert it first, e.g. iconv -f "
              "latin1 -t utf-8)"}}) {
        io::Diagnostics diagnostics;
        BOOST_TEST(io::read_article(bytes, "a.txt", diagnostics).empty());
        BOOST_TEST(messages(diagnostics) == Strings{expected}, boost::test_tools::per_element());
    }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(article_dates)

BOOST_AUTO_TEST_CASE(dates_at_the_precision_the_text_gives)
{
    BOOST_TEST(dates_in("Formal relations started on 1980-01-02.") == Strings{"1980-01-02"});
    BOOST_TEST(dates_in("on 2 March 2008 and on March 5, 2008 and March 7 2008") ==
                   (Strings{"2008-03-02", "2008-03-05", "2008-03-07"}),
               boost::test_tools::per_element());
    BOOST_TEST(dates_in("In July 1981, and in December, 1831, and in 1998.") == (Strings{"1981-07", "1831-12", "1998"}),
               boost::test_tools::per_element());
    BOOST_TEST(dates_in("Since the 1990s, and in the 1970s") == (Strings{"1990..1999", "1970..1979"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(ranges)
{
    BOOST_TEST(dates_in("a second period between 1910 and 1963") == Strings{"1910..1963"});
    BOOST_TEST(dates_in("which it chaired from 1994 until September 1998") == Strings{"1994..1998-09"});
    BOOST_TEST(dates_in("a clash between January and February 1981") == Strings{"1981-01..1981-02"});
    BOOST_TEST(dates_in("from March to February 1981") == Strings{"1981-02"});
    BOOST_TEST(dates_in("Samper (1994\xE2\x80\x93"
                        "98) and 2011-2012") == (Strings{"1994..1998", "2011..2012"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(numbers_that_are_no_dates)
{
    BOOST_TEST(dates_in("$1500 million, 2000 troops, the Premises Act 1987 and the 1988 UN Convention").empty());
    BOOST_TEST(dates_in("Ecuador may sign, 186 votes, 12345").empty());
}

BOOST_AUTO_TEST_CASE(dates_counted_from_the_one_before_only_at_a_precision_it_has)
{
    BOOST_TEST(dates_in("Relations started on 1980-01-02 and seven months later China opened an embassy") ==
                   (Strings{"1980-01-02", "1980-08"}),
               boost::test_tools::per_element());
    const PartialDate year = *parse_date("2009").date;
    BOOST_TEST(dates_in("seven months later", year).empty());
    BOOST_TEST(dates_in("two years later", year) == Strings{"2011"});
    BOOST_TEST(dates_in("in the same year", year) == Strings{"2009"});
    BOOST_TEST(dates_in("the following year", year) == Strings{"2010"});
    BOOST_TEST(dates_in("ten days later", year).empty());
    BOOST_TEST(dates_in("ten days later", *parse_date("2008-03-01").date) == Strings{"2008-03-11"});
    BOOST_TEST(dates_in("seven months later").empty());
}

BOOST_AUTO_TEST_CASE(a_date_counted_past_9999_is_no_date)
{
    // The last year that can be written; a count past it gave a date read back as an error.
    const PartialDate last_month = *parse_date("9999-12").date;
    BOOST_TEST(dates_in("seven months later", last_month).empty());
    BOOST_TEST(dates_in("a month later", *parse_date("9999-11").date) == Strings{"9999-12"});
    const PartialDate last_year = *parse_date("9999").date;
    BOOST_TEST(dates_in("the following year", last_year).empty());
    BOOST_TEST(dates_in("two years later", last_year).empty());
    BOOST_TEST(dates_in("in the same year", last_year) == Strings{"9999"});
    BOOST_TEST(dates_in("ten days later", *parse_date("9999-12-30").date).empty());
    BOOST_TEST(dates_in("a day later", *parse_date("9999-12-30").date) == Strings{"9999-12-31"});
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(article_actors)

BOOST_AUTO_TEST_CASE(names_other_names_demonyms_and_capitals)
{
    BOOST_TEST(actors_in("Colombia's actions, the U.S. and Britain, a Colombian raid, Washington protested") ==
                   (Strings{"COL", "USA", "GBR", "COL", "USA"}),
               boost::test_tools::per_element());
    BOOST_TEST(actors_in("the Organization of American States, the OAS, the Andean Pact and the UN") ==
                   (Strings{"AMERICAN_STATES", "AMERICAN_STATES", "ANDEAN_COMMUNITY", "UN"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(regions_are_no_actors_and_capitals_after_in_or_at_are_places)
{
    BOOST_TEST(actors_in("all South American nations and Latin American states") == Strings{});
    BOOST_TEST(actors_in("the embassy in London, the envoy at Quito, a visit to Washington") ==
                   (Strings{"GBR (a place)", "ECU (a place)", "USA"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(organisation_ids_are_never_of_three_letters_nor_countries)
{
    for (const Actor& a : io::builtin_organisations().all()) {
        BOOST_TEST(a.id.size() != 3, a.id);
        BOOST_TEST(io::find_country(a.id) == nullptr, a.id);
    }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(act_phrases)

BOOST_AUTO_TEST_CASE(the_dictionary_reads_and_its_errors_name_the_rule)
{
    BOOST_TEST(io::builtin_act_phrases().size() > 50u);
    std::istringstream in("phrase,code,sides\nsign* ... treaty,057,both\n... signed,057,one\nSigned,057,one\n"
                          "signed,999,one\nsigned,057,some\n");
    io::Diagnostics diagnostics;
    const auto phrases = io::read_act_phrases(in, "p.csv", diagnostics);
    BOOST_TEST(phrases.size() == 1u);
    BOOST_TEST(
        messages(diagnostics) ==
            (Strings{"p.csv:3:1: a phrase starts and ends with a word, not with ...",
                     "p.csv:4:1: malformed phrase word 'Signed' (expected lower-case words, word*, a|b or ...)",
                     "p.csv:5:2: unknown CAMEO code '999'", "p.csv:6:3: unknown sides 'some' (expected one or both)"}),
        boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_negated_or_unreal_act_is_no_act)
{
    const auto acts =
        io::find_acts(io::split_words("Ecuador did not any more recognize Maduro but would sign a treaty"),
                      io::builtin_act_phrases());
    BOOST_TEST_REQUIRE(acts.size() == 2u);
    BOOST_TEST(acts[0].not_an_act == "not");
    BOOST_TEST(acts[1].not_an_act == "would");
    // A purpose is no act either, but the act it serves is.
    BOOST_TEST(draft("On February 2013, Colombia's minister made an official visit to Andorra in order to strengthen "
                     "relations between the two countries.") == Strings{"2013-02,COL,AND,042,,,1.0"});
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(article_extract)

BOOST_AUTO_TEST_CASE(direction_follows_who_acted_on_whom)
{
    BOOST_TEST(draft("In July 1981, Ecuador set up its embassy in China.") == Strings{"1981-07,ECU,CHN,050,,,1.0"});
    BOOST_TEST(draft("On 2 March 2008, a Colombian raid into Ecuador killed Reyes.") ==
               Strings{"2008-03-02,COL,ECU,190,,,1.0"});
    BOOST_TEST(draft("In 2008 Colombia was condemned by Brazil.") == Strings{"2008,BRA,COL,111,,,1.0"});
    BOOST_TEST(draft("In 2008 Colombia was condemned by all South American nations.") == Strings{});
}

BOOST_AUTO_TEST_CASE(a_place_is_what_an_act_is_done_to_never_a_side_by_itself)
{
    BOOST_TEST(draft("In 1992, Greece opened an embassy in Lima.") == Strings{"1992,GRC,PER,050,,,1.0"});
    BOOST_TEST(draft("In 2008, Peru and Chile signed a declaration in Santo Domingo.") ==
               Strings{"2008,PER,CHL,057,,yes,1.0"});
    BOOST_TEST(draft("In 1852, a delegation arrived in Quito and Venezuela signed a treaty.", "ECU") ==
               Strings{"1852,ECU,VEN,057,,yes,0.7"});
}

BOOST_AUTO_TEST_CASE(a_side_named_as_a_list_is_a_row_for_each)
{
    BOOST_TEST(draft("In 1995, Argentina, Brazil, Chile and the United States mediated between Ecuador and Peru.") ==
                   (Strings{"1995,ARG,ECU,045,,,0.9", "1995,ARG,PER,045,,,0.9", "1995,BRA,ECU,045,,,0.9",
                            "1995,BRA,PER,045,,,0.9", "1995,CHL,ECU,045,,,0.9", "1995,CHL,PER,045,,,0.9",
                            "1995,USA,ECU,045,,,0.9", "1995,USA,PER,045,,,0.9"}),
               boost::test_tools::per_element());
    BOOST_TEST(draft("In 2008 Ecuador demanded the condemnation of Colombia.") == Strings{});
}

BOOST_AUTO_TEST_CASE(negation_leaves_no_row_and_says_why)
{
    const std::string text = "In 2019 Ecuador did not recognize Venezuela.";
    BOOST_TEST(draft(text) == Strings{});
    BOOST_TEST(reasons(text) ==
                   Strings{"1:1: 'recognized|recognised|recognizes|recognises|recognize|recognise|recognizing|"
                           "recognising' (054) after 'not': not an act"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_focus_is_the_other_side_when_a_sentence_names_one_other_actor)
{
    const std::string text = "The relations with the United States improved significantly in 2017.";
    BOOST_TEST(draft(text) == Strings{});
    BOOST_TEST(draft(text, "ECU") == Strings{"2017,ECU,USA,050,,yes,0.6"}); // from the focus, a long gap
    BOOST_TEST(draft("In 2017 Peru and Chile signed a treaty.", "ECU") == Strings{"2017,PER,CHL,057,,yes,1.0"});
}

BOOST_AUTO_TEST_CASE(a_sentence_naming_no_actor_takes_the_one_its_paragraph_named_before)
{
    const std::string text =
        "The United States and Ecuador kept close ties. In 2009 the relations deteriorated greatly.";
    BOOST_TEST(draft(text, "ECU") == Strings{"2009,ECU,USA,160,,yes,0.5"});
    BOOST_TEST(draft(text) == Strings{});
    BOOST_TEST(draft("Peru and Chile met. Brazil and Ecuador met. In 2009 the relations deteriorated.", "ECU") ==
               Strings{});
    BOOST_TEST(draft("The United States and Ecuador kept close ties.\nIn 2009 the relations deteriorated.", "ECU") ==
               Strings{});
}

BOOST_AUTO_TEST_CASE(acts_of_both_sides_pair_every_actor_of_one_list)
{
    BOOST_TEST(draft("The presidents of Colombia, Venezuela and Ecuador on March 7, 2008, signed a declaration.") ==
                   (Strings{"2008-03-07,COL,VEN,057,,yes,0.9", "2008-03-07,COL,ECU,057,,yes,0.9",
                            "2008-03-07,VEN,ECU,057,,yes,0.9"}),
               boost::test_tools::per_element());
    BOOST_TEST(draft("In 2005, it signed free trade agreements with Chile, Mexico, and Venezuela.", "COL") ==
                   (Strings{"2005,COL,CHL,057,,yes,0.6", "2005,COL,MEX,057,,yes,0.6", "2005,COL,VEN,057,,yes,0.6"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(each_act_takes_the_date_after_it_and_a_sentence_without_one_that_of_its_paragraph)
{
    BOOST_TEST(draft("Colombia recognized Montenegro on September 30, 2006 and established diplomatic relations on "
                     "August 12, 2011.") ==
                   (Strings{"2006-09-30,COL,MNE,054,,,1.0", "2011-08-12,COL,MNE,054,,yes,1.0"}),
               boost::test_tools::per_element());
    BOOST_TEST(draft("In 2012 a crisis began. Britain condemned Ecuador.\nBritain condemned Ecuador.") ==
               Strings{"2012,GBR,ECU,111,,,0.7"});
    BOOST_TEST(draft("In 2012 a crisis began. Britain has condemned Ecuador.") == Strings{});
    BOOST_TEST(draft("Since 2017, Ecuador broke relations with Venezuela.") == Strings{});
    // "until" dates the end of what the act began, not the act.
    BOOST_TEST(draft("In November 2009, Peru made an agreement with Ecuador to export power until April 2010.") ==
               Strings{"2009-11,PER,ECU,057,,yes,1.0"});
    BOOST_TEST(draft("Peru made an agreement with Ecuador to export power until April 2010.") == Strings{});
    BOOST_TEST(draft("In 1837 a legation opened. It wasn't until 1939 that Ecuador signed a treaty with Colombia.") ==
               Strings{"1939,ECU,COL,057,,yes,1.0"});
    BOOST_TEST(draft("Ecuador and Venezuela had a second period between 1910 and 1963 and strengthened ties.") ==
               Strings{"1910,ECU,VEN,050,1963,yes,1.0"});
}

BOOST_AUTO_TEST_CASE(the_draft_is_an_events_file_with_each_sentence_and_its_line)
{
    io::Diagnostics diagnostics;
    const auto sentences = io::read_article("Intro.\n\nIn 1998, Peru and Ecuador signed a treaty, \"at last\".[4]\n",
                                            "a.txt", diagnostics);
    const io::Draft d = io::draft_events(sentences, "a.txt", std::nullopt, io::builtin_act_phrases());
    BOOST_TEST(d.sentences == 2u);
    BOOST_TEST(d.skipped.size() == 1u);
    BOOST_TEST(io::draft_csv(d, "a.txt") ==
               "# Drafted by entente extract from a.txt: review every row against its sentence (summary) before use.\n"
               "# confidence: 1 when the sentence names both sides and the date; less when --focus, an earlier "
               "sentence or a count of months supplied one.\n"
               "date,source,target,code,end,mutual,summary,ref,confidence\n"
               "1998,PER,ECU,057,,yes,\"In 1998, Peru and Ecuador signed a treaty, \"\"at last\"\".\",a.txt:3,1.0\n");
}

BOOST_AUTO_TEST_SUITE_END()
