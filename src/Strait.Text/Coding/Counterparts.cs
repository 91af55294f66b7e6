using Strait.Core.Actors;
using Strait.Text.Pipeline;

namespace Strait.Text.Coding;

/// <summary>
/// The countries an article is mainly about, most mentioned first, among the main countries the cue file
/// lists (<c>main_countries</c>). When a trigger names its source but no target ("Seoul retaliated"), the target
/// is the source's main counterpart in the article: the most-mentioned main country other than the source's.
/// </summary>
public sealed class Counterparts
{
    private readonly IReadOnlyList<string> _ranked;

    private Counterparts(IReadOnlyList<string> ranked) => _ranked = ranked;

    /// <summary>The main countries as ranked in the document (only those mentioned at least once).</summary>
    public IReadOnlyList<string> Ranked => _ranked;

    public static Counterparts Of(TextDocument document, IReadOnlySet<string> mainCountries)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mention in document.Actors)
        {
            var country = mention.Actor.CountryPart;
            if (!mainCountries.Contains(country))
            {
                continue;
            }

            counts[country] = counts.GetValueOrDefault(country) + 1;
            first.TryAdd(country, mention.Span.Start);
        }

        return new Counterparts([.. counts.OrderByDescending(c => c.Value).ThenBy(c => first[c.Key]).Select(c => c.Key)]);
    }

    /// <summary>The source's main counterpart, as a government; null when the article names no other main country.</summary>
    public ActorCode? Of(ActorCode source)
    {
        foreach (var country in _ranked)
        {
            if (country != source.CountryPart)
            {
                return ActorCode.Of(country, ActorRole.GOV);
            }
        }

        return null;
    }
}
