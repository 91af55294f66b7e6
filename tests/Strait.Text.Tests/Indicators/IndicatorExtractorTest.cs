using Strait.Core.Documents;
using Strait.Core.Time;
using Strait.Text.Coding;
using Strait.Text.Indicators;
using Strait.Text.Pipeline;

namespace Strait.Text.Tests.Indicators;

public sealed class IndicatorExtractorTest
{
    private static readonly Lazy<(CodingKnowledge Coding, IndicatorKnowledge Indicators)> Knowledge = new(() =>
    {
        var coding = CodingKnowledgeLoader.Load(TestData.DataDirectory()).Value;
        return (coding, IndicatorKnowledge.Load(TestData.DataDirectory(), coding.Stemmer).Value);
    });

    private static readonly IReadOnlyList<(string, string, MentionKind)> Actors =
    [
        ("Freedonians", "FRECVL", MentionKind.Demonym),
        ("Sylvanians", "SYLCVL", MentionKind.Demonym),
        ("Sylvanian", "SYL", MentionKind.Country),
        ("Sylvania", "SYL", MentionKind.Country),
        ("Freedonia", "FRE", MentionKind.Country),
    ];

    /// <summary>The whole pipeline (real time and actor taggers) over a text published in June 2031, at day or month precision.</summary>
    private static TextDocument ExtractReal(string text, PartialDate published) =>
        TestData.RealPipeline.Value.Run(Document.Create("test", "test.txt", published, PublishedBasis.Inferred, text)).Value;

    private static TextDocument Extract(string text)
    {
        var document = MiniTagger.Tag(text, PartialDate.Day(2031, 6, 15), Actors);
        new IndicatorExtractor(Knowledge.Value.Indicators, Knowledge.Value.Coding).Process(document);
        return document;
    }

    [Fact]
    public void A_change_between_two_years_gives_two_values_each_with_its_year()
    {
        var document = Extract("A survey by the Civic Polling Bureau found trust among Freedonians in Sylvania rose from 21.5 percent in 2029 to 40.2 percent in 2031.");
        Assert.Collection(document.Indicators,
            first =>
            {
                Assert.Equal(21.5, first.Value);
                Assert.Equal("2029", first.When!.ToString());
                Assert.Equal("FRE", first.Population);
                Assert.Equal("percent", first.Unit);
                Assert.Equal("Civic Polling Bureau", first.By);
            },
            second =>
            {
                Assert.Equal(40.2, second.Value);
                Assert.Equal("2031", second.When!.ToString());
            });
    }

    [Fact]
    public void A_figure_without_a_date_is_dated_to_the_publication_month_and_a_known_pollster_is_named()
    {
        var document = Extract("In the latest Gallup Korea poll, 37% of Freedonians approve of the cabinet.");
        var indicator = Assert.Single(document.Indicators);
        Assert.Equal(37, indicator.Value);
        Assert.Equal("2031-06", indicator.When!.ToString());
        Assert.Equal("Gallup Korea", indicator.By);
        Assert.Equal("FRE", indicator.Population);
    }

    [Fact]
    public void The_country_a_view_is_about_is_not_the_population()
    {
        var document = Extract("Favorable views of Sylvania reached 55 percent, the poll showed.");
        Assert.Equal("", Assert.Single(document.Indicators).Population);
    }

    [Fact]
    public void Figures_outside_poll_reports_are_not_indicators()
    {
        var document = Extract("Freedonia raised tariffs on Sylvanian cars by 25 percent in 2030.");
        Assert.Empty(document.Indicators);
    }

    [Fact]
    public void A_figure_without_its_own_date_takes_the_survey_date_not_a_later_comparison_year()
    {
        var document = Extract("The Civic Polling Bureau published its March 2031 survey on Sylvania. Freedonians now favor trade with Sylvania (52.5 percent) over border talks (30.1 percent), a reversal from 2027.");
        Assert.Collection(document.Indicators,
            first =>
            {
                Assert.Equal(52.5, first.Value);
                Assert.Equal("2031-03", first.When!.ToString());
                Assert.Equal("favor trade with Sylvania", first.Measure);
                Assert.Equal("FRE", first.Population);
            },
            second =>
            {
                Assert.Equal(30.1, second.Value);
                Assert.Equal("2031-03", second.When!.ToString());
                Assert.Equal("border talks", second.Measure);
            });
    }

    [Fact]
    public void A_share_of_a_people_takes_its_population_from_the_demonym_and_its_measure_from_the_predicate()
    {
        var document = Extract("A poll for a state institute found that 41.5% of Freedonians would visit Sylvania.");
        var indicator = Assert.Single(document.Indicators);
        Assert.Equal("FRE", indicator.Population);
        Assert.Equal("would visit Sylvania", indicator.Measure);
        Assert.Equal("2031-06", indicator.When!.ToString());
        Assert.Equal("state institute", indicator.By);
    }

    [Fact]
    public void A_rating_that_stood_at_a_figure_is_measured_by_its_subject_and_dated_to_the_publication_month()
    {
        var document = Extract("In the latest Gallup Korea survey, approval of the Freedonian cabinet stood at 38 percent, against 22 percent support for the opposition.");
        Assert.Collection(document.Indicators,
            first =>
            {
                Assert.Equal("approval of the Freedonian cabinet", first.Measure);
                Assert.Equal("2031-06", first.When!.ToString());
                Assert.Equal("Gallup Korea", first.By);
            },
            second =>
            {
                Assert.Equal(22, second.Value);
                Assert.Equal("support for the opposition", second.Measure);
            });
    }

    [Fact]
    public void Each_share_of_a_people_takes_the_people_named_after_its_own_of()
    {
        var document = Extract("A survey by the Civic Polling Bureau found that 62 percent of Freedonians trust the courts, while 35 percent of Sylvanians felt the same way.");
        Assert.Collection(document.Indicators,
            first => Assert.Equal("FRE", first.Population),
            second =>
            {
                Assert.Equal(35, second.Value);
                Assert.Equal("SYL", second.Population);
                Assert.Equal("felt the same way", second.Measure);
            });
    }

    [Fact]
    public void A_share_of_a_country_adjective_takes_that_country_as_population()
    {
        var document = Extract("The poll found Freedonians split evenly, and 44.5 percent of Sylvanian adults backed the treaty.");
        Assert.Equal("SYL", Assert.Single(document.Indicators).Population);
    }

    [Theory]
    [InlineData("A Realmeter survey conducted last month put support for the canal treaty among South Koreans at 48 percent.", "2031-05")]
    [InlineData("Back in March, 70 percent of South Koreans had told pollsters they opposed the canal treaty.", "2031-03")]
    [InlineData("A Realmeter survey conducted last week put support for the canal treaty among South Koreans at 48 percent.", "2031-06")]
    [InlineData("Last year, 52 percent of Japanese respondents in a Cabinet Office survey said they trusted the treaty.", "2030")]
    public void A_month_or_year_named_relative_to_a_month_of_publication_dates_the_figure_and_a_week_gives_that_month(string text, string expected)
    {
        var document = ExtractReal(text, PartialDate.Month(2031, 6));

        Assert.Equal(expected, Assert.Single(document.Indicators).When!.ToString());
    }

    [Fact]
    public void Trade_statistics_give_a_currency_value_and_a_fall_as_a_negative_change()
    {
        var document = Extract("Sylvania imported only $4.5 million worth of Freedonian cheese in March 2031, down 62 percent from a year earlier, customs data showed.");
        Assert.Collection(document.Indicators,
            first =>
            {
                Assert.Equal(4_500_000, first.Value);
                Assert.Equal("USD", first.Unit);
                Assert.Equal("SYL", first.Population);
                Assert.Equal("2031-03", first.When!.ToString());
            },
            second =>
            {
                Assert.Equal(-62, second.Value);
                Assert.Equal("percent", second.Unit);
                Assert.Equal("2031-03", second.When!.ToString());
            });
    }

    [Fact]
    public void A_count_of_a_people_in_travel_statistics_is_an_indicator_and_fewer_is_a_fall()
    {
        var document = Extract("Tourism figures show 120,500 Freedonians visited Sylvania in 2030, 18 percent fewer than in 2029.");
        Assert.Collection(document.Indicators,
            first =>
            {
                Assert.Equal(120_500, first.Value);
                Assert.Equal("people", first.Unit);
                Assert.Equal("FRE", first.Population);
                Assert.Equal("2030", first.When!.ToString());
            },
            second =>
            {
                Assert.Equal(-18, second.Value);
                Assert.Equal("2030", second.When!.ToString());
            });
    }

    [Theory]
    [InlineData("Some 2,000 Freedonians rallied in Fredville on Sunday against the canal treaty.")]
    [InlineData("Police said 14 Sylvanians were hurt when the ferry ran aground in 2030.")]
    [InlineData("The poll found wide support for the fund, to which Freedonia paid 2 billion dollars in 2030.")]
    [InlineData("Customs data put the loss to Sylvanian ports at 5 billion")]
    public void Crowds_victims_and_payments_are_not_indicators(string text)
    {
        Assert.Empty(Extract(text).Indicators);
    }

    [Fact]
    public void A_poll_sample_is_not_an_indicator_and_a_level_that_fell_to_a_figure_is_not_a_fall()
    {
        var document = Extract("The latest poll of 1,000 Freedonians found approval of the cabinet fell to 31 percent, down from 38 percent in March 2031.");
        Assert.Collection(document.Indicators,
            first => Assert.Equal(31, first.Value),
            second =>
            {
                Assert.Equal(38, second.Value);
                Assert.Equal("2031-03", second.When!.ToString());
            });
    }

    [Fact]
    public void A_figure_a_year_earlier_is_dated_a_year_before_and_a_national_pollster_gives_the_population()
    {
        var document = ExtractReal("Support for the canal treaty fell to 27 percent in a Kyodo News poll, down from 35 percent a year earlier.", PartialDate.Day(2031, 6, 15));

        Assert.Collection(document.Indicators,
            first =>
            {
                Assert.Equal("JPN", first.Population);
                Assert.Equal("2031-06", first.When!.ToString());
            },
            second =>
            {
                Assert.Equal(35, second.Value);
                Assert.Equal("JPN", second.Population);
                Assert.Equal("2030-06", second.When!.ToString());
            });
    }

    [Fact]
    public void Both_ends_of_a_range_are_figures_and_a_date_later_in_the_clause_dates_a_change()
    {
        var ranged = Extract("A survey by the Civic Polling Bureau found trust in Sylvania among Freedonians between 12 and 20 percent in 2030.");
        var change = Extract("Freedonian exports to Sylvania fell 12 percent to $2.3 billion in March 2031, customs data showed.");

        Assert.Equal([12.0, 20.0], ranged.Indicators.Select(i => i.Value));
        Assert.All(ranged.Indicators, i => Assert.Equal("2030", i.When!.ToString()));
        Assert.Equal([-12.0, 2_300_000_000.0], change.Indicators.Select(i => i.Value));
        Assert.All(change.Indicators, i => Assert.Equal("2031-03", i.When!.ToString()));
    }

    [Fact]
    public void A_change_from_a_year_earlier_keeps_the_date_of_the_figure_it_changes()
    {
        var document = ExtractReal("Customs data showed Japanese beer imports were down 40 percent from a year earlier.", PartialDate.Day(2031, 6, 15));

        var change = Assert.Single(document.Indicators);
        Assert.Equal(-40, change.Value);
        Assert.Equal("2031-06", change.When!.ToString());
    }

    [Theory]
    [InlineData("The Sylvania visit in 2030 saw the Freedonian cabinet's approval ratings nearly double within a month.", 2.0)]
    [InlineData("Freedonian support for the treaty halved in 2030, the Civic Polling Bureau found.", 0.5)]
    public void A_poll_figure_given_as_a_multiple_is_a_ratio(string text, double expected)
    {
        var indicator = Assert.Single(Extract(text).Indicators);

        Assert.Equal(expected, indicator.Value);
        Assert.Equal("ratio", indicator.Unit);
        Assert.Equal("2030", indicator.When!.ToString());
    }

    [Fact]
    public void A_multiple_far_from_any_poll_word_is_no_figure()
    {
        Assert.Empty(Extract("Freedonia doubled its border patrols after the poll.").Indicators);
    }

    [Fact]
    public void Visitors_counted_in_statistics_are_people_of_the_country_named_with_them()
    {
        var indicator = Assert.Single(Extract("Tourism data show Sylvania welcomed 1.2 million Freedonian visitors in 2030.").Indicators);

        Assert.Equal(1_200_000, indicator.Value);
        Assert.Equal("people", indicator.Unit);
        Assert.Equal("FRE", indicator.Population);
        Assert.Equal("2030", indicator.When!.ToString());
    }

    [Fact]
    public void A_tariff_rate_is_set_not_measured()
    {
        Assert.Empty(Extract("Sylvania imposed 25 percent tariffs on Freedonian exports in 2030.").Indicators);
    }

    [Fact]
    public void Figures_of_a_poll_take_its_fieldwork_days_not_a_date_in_what_was_asked()
    {
        var document = ExtractReal(
            "In a Kyodo News poll conducted on May 17-18, 55 percent of respondents opposed holding the games this summer and 33 percent were in favour.",
            PartialDate.Day(2031, 6, 15));

        Assert.Equal(["55 2031-05-17/2031-05-18", "33 2031-05-17/2031-05-18"], document.Indicators.Select(i => $"{i.Value} {i.When}"));
    }

    [Fact]
    public void A_named_day_without_a_year_keeps_its_days_in_a_report_dated_to_the_month()
    {
        var document = ExtractReal("A Gallup Korea poll taken on March 7-9 found 59 percent of respondents opposed the plan.", PartialDate.Month(2031, 3));

        Assert.Equal("2031-03-07/2031-03-09", Assert.Single(document.Indicators).When!.ToString());
    }

    [Fact]
    public void The_fieldwork_date_outweighs_the_release_date()
    {
        var document = ExtractReal(
            "A Cabinet Office survey conducted in October and released this month found that 61.8 percent of Japanese felt close to Sylvania.",
            PartialDate.Day(2031, 12, 20));

        Assert.Equal("2031-10", Assert.Single(document.Indicators).When!.ToString());
    }

    [Fact]
    public void A_fieldwork_date_a_few_words_on_outweighs_a_nearer_release_date()
    {
        var document = ExtractReal(
            "A poll taken in the last days of August and released on Sept. 1 found 72.4 percent of Sylvanians opposed to the discharge.",
            PartialDate.Day(2031, 9, 5));

        Assert.Equal("2031-08", Assert.Single(document.Indicators).When!.ToString());
    }

    [Fact]
    public void A_date_that_starts_a_period_dates_no_figure()
    {
        var document = ExtractReal(
            "A survey conducted from June 13 to 15 found 55 percent of Sylvanians content, the first time since the poll began in 1995. In Freedonia 52 percent said the same.",
            PartialDate.Day(2031, 6, 20));

        Assert.Equal(["55 2031-06-13/2031-06-15", "52 2031-06-13/2031-06-15"], document.Indicators.Select(i => $"{i.Value} {i.When}"));
    }

    [Fact]
    public void Vote_shares_and_turnout_are_measured_figures()
    {
        var document = ExtractReal(
            "Rufus, a Sylvanian lawmaker, won the election of June 3 with 49.42 percent of the vote. Turnout reached 79.4 percent.",
            PartialDate.Day(2031, 6, 20));

        Assert.Equal(["49.42 2031-06-03", "79.4 2031-06"], document.Indicators.Select(i => $"{i.Value} {i.When}"));
    }

    [Fact]
    public void A_country_after_in_right_before_the_figure_is_where_it_was_measured()
    {
        var document = ExtractReal(
            "In the poll the share of South Koreans who felt close to Japan rose to 41 percent; in Japan 47 percent felt close to South Korea.",
            PartialDate.Day(2031, 6, 20));

        Assert.Equal(["41 KOR", "47 JPN"], document.Indicators.Select(i => $"{i.Value} {i.Population}"));
    }

    [Fact]
    public void A_rate_word_before_the_figure_makes_it_a_rate_that_is_set()
    {
        var document = ExtractReal("A poll found support fell after Washington announced tariffs of 24 percent on Japanese goods.", PartialDate.Day(2031, 6, 15));

        Assert.Empty(document.Indicators);
    }
}
