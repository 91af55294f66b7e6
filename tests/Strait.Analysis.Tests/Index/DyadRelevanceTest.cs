using Strait.Analysis.Index;
using Strait.Core.Events;

namespace Strait.Analysis.Tests.Index;

public class DyadRelevanceTest
{
    private readonly DyadRelevance _relevance = new(Made.Settings(thirdParty: 0.25).ThirdParty);

    [Theory]
    [InlineData("KORGOV", "JPNGOV", Issue.Diplomacy, 1.0)]
    [InlineData("JPNGOV", "KORGOV", Issue.Trade, 1.0)]
    [InlineData("KORCVL", "JPNBUS", Issue.Trade, 1.0)]
    [InlineData("JPN", "KORJUD", Issue.History, 1.0)]
    [InlineData("USAGOV", "KORGOV", Issue.Security, 0.25)]
    [InlineData("JPNGOV", "USAGOV", Issue.Security, 0.25)]
    [InlineData("USAGOV", "KORGOV", Issue.Diplomacy, 0.0)]
    [InlineData("CHNGOV", "JPNGOV", Issue.Security, 0.0)]
    [InlineData("KORGOV", "KORLEG", Issue.Domestic, 0.0)]
    [InlineData("KORGOV", "IGOWTO", Issue.Trade, 0.0)]
    public void Of_gives_full_weight_to_the_dyad_and_a_share_to_listed_third_parties(string source, string target, Issue issue, double expected) =>
        Assert.Equal(expected, _relevance.Of(Made.Event(EventType.CONSULT, "2020-01-01", source, target, issue)));
}
