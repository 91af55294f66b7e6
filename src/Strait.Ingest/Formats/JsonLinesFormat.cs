using System.Text.Json;
using Strait.Core;
using Strait.Core.Documents;

namespace Strait.Ingest.Formats;

/// <summary>
/// JSON Lines: one article per line, <c>{"url", "title", "published", "text"}</c>; only <c>text</c> is required.
/// The text is kept exactly as given. A bad line is reported with its number and the other lines go on; blank
/// lines are skipped.
/// </summary>
public sealed class JsonLinesFormat : IArticleFormat
{
    public IReadOnlyList<string> Extensions { get; } = [".jsonl", ".ndjson"];

    public IEnumerable<Outcome<Document>> Read(string path, string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!string.IsNullOrWhiteSpace(lines[i]))
            {
                yield return ReadLine(path, i + 1, lines[i].TrimEnd('\r'));
            }
        }
    }

    private static Outcome<Document> ReadLine(string path, int number, string line)
    {
        var where = $"{path}:{number}";
        try
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Fail(where, "the line is not a JSON object");
            }

            var text = Field(json.RootElement, "text");
            if (string.IsNullOrWhiteSpace(text))
            {
                return Fail(where, "the line has no \"text\"");
            }

            var publishedText = Field(json.RootElement, "published");
            var published = MetadataDate.Parse(publishedText);
            if (!string.IsNullOrWhiteSpace(publishedText) && published is null)
            {
                return Fail(where, $"\"published\" is '{publishedText}', not a date");
            }

            var url = Field(json.RootElement, "url");
            return Outcome<Document>.Ok(Document.Create(Titles.Clean(Field(json.RootElement, "title")),
                string.IsNullOrWhiteSpace(url) ? where : url, published,
                published is null ? PublishedBasis.Unknown : PublishedBasis.Metadata, text));
        }
        catch (JsonException ex)
        {
            return Fail(where, $"the line is not JSON: {ex.Message.TrimEnd('.')}");
        }
        catch (InvalidOperationException ex)
        {
            return Fail(where, ex.Message.TrimEnd('.'));
        }
    }

    private static string? Field(JsonElement line, string name) =>
        !line.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw new InvalidOperationException($"\"{name}\" must be a string, not {value.ValueKind.ToString().ToLowerInvariant()}");

    private static Outcome<Document> Fail(string where, string message) =>
        Outcome<Document>.Fail(new StraitError(ErrorCodes.MalformedFile, message, where,
            "Each line must be one JSON object: {\"url\", \"title\", \"published\", \"text\"}."));
}
