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
        ("Sylvania", "SYL", MentionKind.Country),
        ("Freedonia", "FRE", MentionKind.Country),
    ];

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
}
