using Strait.Core.Actors;
using Strait.Text.Pipeline;

namespace Strait.Text.Coding;

/// <summary>
/// Role words that name an actor without a country ("the court ruled", "protesters gathered", "consumers shunned
/// ..."): the coder reads them as that role of the country named right after them ("the court in Sylvaton"), else of
/// the country the article has named most so far, the country the story is about. Words and roles come from <c>standalone_roles</c> in cues.yaml; a word joined to a country
/// ("Sylvanian lawmakers") is already a mention and is left alone, and so are citizens before a possessive ("the
/// plaintiffs' right": a thing, not an act). Keeps the running count of countries named.
/// </summary>
public sealed class StandaloneRoles(IReadOnlyList<(string[] Words, ActorRole Role)> phrases)
{
    private readonly Dictionary<string, int> _named = new(StringComparer.Ordinal);
    private readonly ILookup<string, (string[] Words, ActorRole Role)> _byFirstWord = phrases.ToLookup(p => p.Words[0], StringComparer.Ordinal);

    /// <summary>The sentence's mentions with a mention added for each standalone role word, in token order.</summary>
    public List<PlacedMention> Add(List<WordToken> tokens, List<PlacedMention> mentions)
    {
        foreach (var mention in mentions)
        {
            if (!mention.Mention.Actor.IsInternationalBody)
            {
                _named[mention.Mention.Actor.CountryPart] = _named.GetValueOrDefault(mention.Mention.Actor.CountryPart) + 1;
            }
        }

        if (phrases.Count == 0 || _named.Count == 0)
        {
            return mentions;
        }

        var country = _named.MaxBy(pair => pair.Value).Key;
        var result = new List<PlacedMention>(mentions);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!_byFirstWord.Contains(tokens[i].Lower) || Covered(mentions, i) || i > 0 && (Covered(mentions, i - 1) || tokens[i - 1].IsPossessive))
            {
                continue;
            }

            foreach (var (words, role) in _byFirstWord[tokens[i].Lower])
            {
                if (Matches(tokens, i, words) && !Overlaps(mentions, i, i + words.Length) &&
                    (role != ActorRole.CVL || i + words.Length >= tokens.Count || !tokens[i + words.Length].IsPossessive))
                {
                    var span = new TextSpan(tokens[i].Start, tokens[i + words.Length - 1].End, "actor");
                    var own = PlaceAfter(tokens, mentions, i + words.Length) ?? country;
                    result.Add(new PlacedMention(new ActorMention(span, ActorCode.Of(own, role), MentionKind.Group), i, i + words.Length));
                    i += words.Length - 1;
                    break;
                }
            }
        }

        result.Sort((a, b) => a.StartToken.CompareTo(b.StartToken));
        return result;
    }

    /// <summary>The country of a place named right after a role word ("the supreme court in Sylvaton", "the court of Sylvania"), else null.</summary>
    private static string? PlaceAfter(List<WordToken> tokens, List<PlacedMention> mentions, int after)
    {
        if (after >= tokens.Count || tokens[after].Lower is not ("in" or "of"))
        {
            return null;
        }

        var place = mentions.FirstOrDefault(m => m.StartToken == after + 1 && m.Mention.Kind is MentionKind.Country or MentionKind.Metonym);
        return place?.Mention.Actor.CountryPart;
    }

    private static bool Matches(List<WordToken> tokens, int at, string[] words)
    {
        if (at + words.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (tokens[at + k].Lower != words[k])
            {
                return false;
            }
        }

        return true;
    }

    private static bool Covered(List<PlacedMention> mentions, int token) => mentions.Any(m => m.StartToken <= token && token < m.EndToken);

    private static bool Overlaps(List<PlacedMention> mentions, int start, int end) => mentions.Any(m => m.StartToken < end && start < m.EndToken);
}
