using Strait.Core.Events;

namespace Strait.Analysis.Index;

/// <summary>
/// How much an event bears on Japan–South Korea relations: 1 when its source and target countries are KOR and
/// JPN in either order (governments, firms, citizens alike); the third-party factor for a step between one of
/// them and a listed third country on a listed issue (a trilateral security step with the United States);
/// 0 otherwise (domestic events, relations with others).
/// </summary>
public sealed class DyadRelevance(ThirdPartyRule thirdParty)
{
    public const string Korea = "KOR";
    public const string Japan = "JPN";

    public double Of(CodedEvent coded)
    {
        var source = coded.Source.CountryPart;
        var target = coded.Target.CountryPart;
        if ((source == Korea && target == Japan) || (source == Japan && target == Korea))
        {
            return 1.0;
        }

        var dyadSide = source is Korea or Japan ? target : target is Korea or Japan ? source : null;
        return dyadSide is not null && thirdParty.Countries.Contains(dyadSide) && thirdParty.Issues.Contains(coded.Issue)
            ? thirdParty.Factor
            : 0.0;
    }

    public static bool IsBilateral(CodedEvent coded) =>
        (coded.Source.CountryPart, coded.Target.CountryPart) is (Korea, Japan) or (Japan, Korea);
}
