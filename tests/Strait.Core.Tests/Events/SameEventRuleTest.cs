using Strait.Core.Actors;
using Strait.Core.Events;
using Strait.Core.Time;

namespace Strait.Core.Tests.Events;

public sealed class SameEventRuleTest
{
    private static CodedEvent Report(EventType type, string source, string target, string? when) =>
        new(type, EventStatus.Occurred, ActorCode.ParseExact(source), ActorCode.ParseExact(target),
            when is null ? null : PartialDate.ParseExact(when), Issue.Diplomacy, [], 0.8);

    [Theory]
    [InlineData("SANCTION", "KORGOV", "JPNGOV", "2019-07", "SANCTION", "KORGOV", "JPNGOV", "2019-07-04", true)]
    [InlineData("SANCTION", "KORGOV", "JPNGOV", "2019-07-04", "SANCTION", "KORGOV", "JPNGOV", "2019-07-05", false)]
    [InlineData("SANCTION", "KORGOV", "JPNGOV", "2019-07", "ACCUSE", "KORGOV", "JPNGOV", "2019-07", false)]
    [InlineData("SANCTION", "KORGOV", "JPNGOV", "2019", "SANCTION", "JPNGOV", "KORGOV", "2019", false)]
    [InlineData("CONSULT", "KORGOV", "JPNGOV", "2019", "CONSULT", "JPNGOV", "KORGOV", "2019-06", true)]
    [InlineData("AGREE", "KORGOV", "JPNGOV", "2015", "AGREE", "JPNGOV", "KORGOV", "2015-12-28", true)]
    public void Type_parties_and_overlapping_dates_decide(
        string typeA, string sourceA, string targetA, string whenA, string typeB, string sourceB, string targetB, string whenB, bool same)
    {
        var a = Report(Enum.Parse<EventType>(typeA), sourceA, targetA, whenA);
        var b = Report(Enum.Parse<EventType>(typeB), sourceB, targetB, whenB);

        foreach (var rule in new[] { SameEventRule.WithinArticle, SameEventRule.AcrossArticles, SameEventRule.ForCounting })
        {
            Assert.Equal(same, rule.Matches(a, b));
            Assert.Equal(same, rule.Matches(b, a));
        }
    }

    [Fact]
    public void Roles_count_across_articles_but_not_within_one_or_for_counting()
    {
        var government = Report(EventType.ACCUSE, "KORGOV", "JPNGOV", "2019-08");
        var citizens = Report(EventType.ACCUSE, "KORCVL", "JPNGOV", "2019-08");

        Assert.False(SameEventRule.AcrossArticles.Matches(government, citizens));
        Assert.True(SameEventRule.WithinArticle.Matches(government, citizens));
        Assert.True(SameEventRule.ForCounting.Matches(government, citizens));
    }

    [Fact]
    public void Undated_restatements_merge_only_within_an_article()
    {
        var first = Report(EventType.REJECT, "KORGOV", "JPNGOV", null);
        var again = Report(EventType.REJECT, "KORGOV", "JPNGOV", null);
        var dated = Report(EventType.REJECT, "KORGOV", "JPNGOV", "2019");

        Assert.True(SameEventRule.WithinArticle.Matches(first, again));
        Assert.False(SameEventRule.WithinArticle.Matches(first, dated));
        Assert.False(SameEventRule.AcrossArticles.Matches(first, again));
        Assert.False(SameEventRule.ForCounting.Matches(first, again));
    }

    [Fact]
    public void The_party_key_is_the_same_for_both_orders_of_a_symmetric_type_only()
    {
        var rule = SameEventRule.ForCounting;

        Assert.Equal(rule.PartyKey(Report(EventType.CONSULT, "KORGOV", "JPNGOV", "2019")), rule.PartyKey(Report(EventType.CONSULT, "JPNMIL", "KORGOV", "2019")));
        Assert.NotEqual(rule.PartyKey(Report(EventType.ACCUSE, "KORGOV", "JPNGOV", "2019")), rule.PartyKey(Report(EventType.ACCUSE, "JPNGOV", "KORGOV", "2019")));
    }
}
