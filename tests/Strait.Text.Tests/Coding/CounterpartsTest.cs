using Strait.Core.Actors;
using Strait.Core.Time;
using Strait.Text.Coding;
using Strait.Text.Pipeline;

namespace Strait.Text.Tests.Coding;

public sealed class CounterpartsTest
{
    private static readonly HashSet<string> Main = ["FRE", "SYL", "OST"];

    private static Counterparts Of(string text) =>
        Counterparts.Of(MiniTagger.Tag(text, PartialDate.Year(2031),
        [
            ("Freedonia", "FRE", MentionKind.Country),
            ("Sylvania", "SYL", MentionKind.Country),
            ("Ostrava", "OST", MentionKind.Country),
            ("Ruritania", "RUR", MentionKind.Country),
        ]), Main);

    [Theory]
    [InlineData("FRE", "SYLGOV")]
    [InlineData("SYL", "FREGOV")]
    [InlineData("RUR", "FREGOV")]
    public void The_counterpart_is_the_most_mentioned_other_main_country(string source, string expected)
    {
        var counterparts = Of("Freedonia and Sylvania argued; Freedonia, Sylvania and Freedonia again; Ostrava watched. Ruritania, Ruritania, Ruritania.");

        Assert.Equal(expected, counterparts.Of(ActorCode.Of(source))!.ToString());
    }

    [Fact]
    public void Countries_outside_the_main_list_are_never_counterparts()
    {
        var counterparts = Of("Freedonia spoke to Ruritania and Ruritania answered.");

        Assert.Null(counterparts.Of(ActorCode.Of("FRE")));
        Assert.Equal(["FRE"], counterparts.Ranked);
    }

    [Fact]
    public void Ties_go_to_the_country_named_first()
    {
        var counterparts = Of("Sylvania and Ostrava met Freedonia.");

        Assert.Equal(["SYL", "OST", "FRE"], counterparts.Ranked);
    }
}
