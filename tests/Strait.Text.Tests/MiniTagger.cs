using System.Globalization;
using System.Text.RegularExpressions;
using Strait.Core.Actors;
using Strait.Core.Documents;
using Strait.Core.Time;
using Strait.Text.Pipeline;

namespace Strait.Text.Tests;

/// <summary>
/// The tests' own tagger for made-up sentences: one sentence per text, the given actor names (longest first)
/// and plain dates ("March 2031", "2031", "1901 to 1920"), so coder tests do not depend on the real taggers.
/// </summary>
internal static partial class MiniTagger
{
    public static TextDocument Tag(string text, PartialDate? published, IReadOnlyList<(string Name, string Code, MentionKind Kind)> actors)
    {
        var document = new TextDocument(Document.Create(null, "made-up", published, published is null ? PublishedBasis.Unknown : PublishedBasis.Header, text));
        document.Sentences.Add(new TextSpan(0, text.Length));
        document.Paragraphs.Add(new TextSpan(0, text.Length));
        var taken = new bool[text.Length];
        foreach (var (name, code, kind) in actors.OrderByDescending(a => a.Name.Length))
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                if (!taken[at])
                {
                    Array.Fill(taken, true, at, name.Length);
                    document.Actors.Add(new ActorMention(new TextSpan(at, at + name.Length), ActorCode.ParseExact(code), kind, name));
                }
            }
        }

        document.Actors.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        foreach (Match match in DatePattern().Matches(text))
        {
            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            var when = match.Groups["to"].Success
                ? PartialDate.Between(PartialDate.Year(year), PartialDate.Year(int.Parse(match.Groups["to"].Value, CultureInfo.InvariantCulture)))
                : match.Groups["month"].Success
                    ? PartialDate.Month(year, DateTime.ParseExact(match.Groups["month"].Value, "MMMM", CultureInfo.InvariantCulture).Month)
                    : PartialDate.Year(year);
            document.Times.Add(new TimeExpression(new TextSpan(match.Index, match.Index + match.Length), when, IsRelative: false));
        }

        return document;
    }

    [GeneratedRegex(@"(?:(?<month>January|February|March|April|May|June|July|August|September|October|November|December) )?(?<year>\b\d{4}\b)(?: to (?<to>\d{4}))?")]
    private static partial Regex DatePattern();
}
