using System.Text.RegularExpressions;
using Strait.Core;
using Strait.Core.Documents;
using Strait.Core.Time;

namespace Strait.Ingest.Formats;

/// <summary>
/// Plain text and Markdown. An optional first line <c> date YYYY-MM-DD Title</c> gives the publication date
/// (basis header); the document's text is everything after the <c> date YYYY-MM-DD </c> prefix, unchanged, so
/// the rest of that first line (a title, or the article's first sentence) stays part of the text.
/// </summary>
public sealed partial class PlainTextFormat : IArticleFormat
{
    public IReadOnlyList<string> Extensions { get; } = [".txt", ".md", ".text"];

    public IEnumerable<Outcome<Document>> Read(string path, string text)
    {
        yield return ReadOne(path, text);
    }

    private static Outcome<Document> ReadOne(string path, string text)
    {
        PartialDate? published = null;
        var basis = PublishedBasis.Unknown;
        var titleOnDateLine = false;
        var header = DateHeader().Match(text);
        if (header.Success)
        {
            var date = PartialDate.Parse(header.Groups["date"].Value);
            if (date.Success)
            {
                published = date.Value;
                basis = PublishedBasis.Header;
            }

            titleOnDateLine = header.Groups["sameLine"].Success;
            text = text[header.Length..];
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Outcome<Document>.Fail(new StraitError(ErrorCodes.EmptyFile, "the file has a date line but no text", path,
                "Add the article's text after the date line."));
        }

        return Outcome<Document>.Ok(Document.Create(TitleOf(text, titleOnDateLine), path, published, basis, text));
    }

    /// <summary>
    /// The first line when it reads as a title: a Markdown heading, or a short line that does not end a sentence.
    /// After a date header the first line is taken whatever it is (it may be the first sentence), shortened.
    /// </summary>
    private static string? TitleOf(string text, bool titleOnDateLine)
    {
        var firstLine = text.TrimStart().Split('\n', 2)[0].Trim();
        if (firstLine.StartsWith('#'))
        {
            return Titles.Clean(firstLine.TrimStart('#'));
        }

        if (titleOnDateLine)
        {
            return Titles.Clean(firstLine);
        }

        return firstLine.Length <= Titles.MaxLength && !EndsSentence(firstLine) ? Titles.Clean(firstLine) : null;
    }

    private static bool EndsSentence(string line) => line.Length > 0 && ".!?\"”’".Contains(line[^1], StringComparison.Ordinal);

    [GeneratedRegex(@"\A\uFEFF?[ \t]*date[ \t]+(?<date>\d{4}-\d{2}-\d{2})(?:[ \t]*\r?\n|[ \t]*\z|(?<sameLine>[ \t]+))")]
    private static partial Regex DateHeader();
}
