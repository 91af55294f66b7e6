using Strait.Text.Pipeline;
using Strait.Text.Times;

namespace Strait.Text.Dating;

/// <summary>
/// A wire dateline: a paragraph near the top that opens with a place and a day, then a dash ("SEOUL, Oct 18 -",
/// "GYEONGJU, South Korea, Oct. 30 —", "FREDVILLE (May 4) -"). The day is the day the report was filed, so the
/// publication day, not the day of the news it reports.
/// </summary>
public static class Dateline
{
    /// <summary>How many paragraphs from the top may hold the dateline (a headline and a standfirst may come first).</summary>
    public const int MaxParagraph = 4;

    /// <summary>How many words the place before the day may have ("THE HAGUE, Netherlands,").</summary>
    public const int MaxPlaceWords = 5;

    /// <summary>How long a news agency's name in brackets between the day and the dash may be ("(Reuters)", "(Yonhap)").</summary>
    public const int MaxAgencyLength = 30;

    /// <summary>
    /// Whether a dash follows the time expression at <paramref name="span"/>, past spaces, a closing bracket and a news
    /// agency's name in brackets ("Aug 23 (Reuters) -").
    /// </summary>
    public static bool IsFollowedByDash(string text, TextSpan span)
    {
        var k = SkipSpaces(text, span.End);
        if (k < text.Length && text[k] == '(' && text.IndexOf(')', k) is var close and > 0 && close - k <= MaxAgencyLength && close > k + 1 && char.IsUpper(text[k + 1]))
        {
            k = close + 1;
        }

        k = SkipSpaces(text, k);
        return k < text.Length && text[k] is '—' or '–' or '-';
    }

    private static int SkipSpaces(string text, int k)
    {
        while (k < text.Length && (text[k] == ' ' || text[k] == ')'))
        {
            k++;
        }

        return k;
    }

    /// <summary>The dateline's day among the times of the document's sentences, or null when no paragraph opens with one.</summary>
    public static (DayOfYear Day, TextSpan Span)? Find(TextDocument document, IReadOnlyList<IReadOnlyList<FoundTime>> bySentence)
    {
        var text = document.Text;
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            var paragraph = document.Paragraphs.FindIndex(p => p.Start <= sentence.Start && sentence.Start < p.End);
            if (paragraph > MaxParagraph)
            {
                return null;
            }

            if (paragraph < 0 || document.Paragraphs[paragraph].Start != sentence.Start)
            {
                continue;
            }

            foreach (var time in bySentence[s])
            {
                if (time.Reference is DayOfYear { YearOffset: null } day && IsFollowedByDash(text, time.Span) &&
                    IsPlace(text.AsSpan(sentence.Start, time.Span.Start - sentence.Start)))
                {
                    return (day, time.Span);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the words before the day name a place: a first word in capitals ("SEOUL", "THE HAGUE"), then at most
    /// <see cref="MaxPlaceWords"/> words in all, each capitalised, set off by commas or a bracket.
    /// </summary>
    private static bool IsPlace(ReadOnlySpan<char> before)
    {
        var trimmed = before.TrimEnd();
        if (!trimmed.EndsWith(",") && !trimmed.EndsWith("("))
        {
            return false;
        }

        var words = trimmed.ToString().Split([' ', ',', '('], StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= MaxPlaceWords && IsCapitals(words[0]) && words.All(w => char.IsUpper(w[0]));
    }

    private static bool IsCapitals(string word) => word.Length >= 2 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));
}
