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

    /// <summary>
    /// <see cref="Tag"/>, with each line of <paramref name="text"/> a paragraph and its sentences ending at ". ",
    /// for coder tests that need more than one sentence.
    /// </summary>
    public static TextDocument TagLines(string text, PartialDate? published, IReadOnlyList<(string Name, string Code, MentionKind Kind)> actors)
    {
        var document = Tag(text, published, actors);
        document.Sentences.Clear();
        document.Paragraphs.Clear();
        var lineStart = 0;
        foreach (var line in text.Split('\n'))
        {
            var start = lineStart;
            for (var stop = line.IndexOf(". ", StringComparison.Ordinal); stop >= 0; stop = line.IndexOf(". ", stop + 1, StringComparison.Ordinal))
            {
                document.Sentences.Add(new TextSpan(start, lineStart + stop + 1));
                start = lineStart + stop + 2;
            }

            document.Sentences.Add(new TextSpan(start, lineStart + line.Length));
            document.Paragraphs.Add(new TextSpan(lineStart, lineStart + line.Length));
            lineStart += line.Length + 1;
        }

        return document;
    }

    [GeneratedRegex(@"(?:(?<month>January|February|March|April|May|June|July|August|September|October|November|December) )?(?<year>\b\d{4}\b)(?: to (?<to>\d{4}))?")]
    private static partial Regex DatePattern();
}
