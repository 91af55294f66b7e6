using System.Globalization;
using System.Text.Json;
using Strait.Core;
using Strait.Core.Actors;
using Strait.Core.Documents;
using Strait.Core.Events;
using Strait.Core.Time;

namespace Strait.Text.Evaluation;

/// <summary>
/// Reads a gold file (or an extractor's output) in the JSON Lines form of FORMAT.md: one article per line.
/// A malformed line fails with <see cref="ErrorCodes.Gold"/>, naming the file and line.
/// </summary>
public static class AnnotationReader
{
    public static Outcome<IReadOnlyList<ArticleAnnotation>> ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            return Outcome<IReadOnlyList<ArticleAnnotation>>.Fail(new StraitError(ErrorCodes.UnreadableFile,
                $"The gold file '{path}' does not exist", path, "Give the path of a JSON Lines file in the form of FORMAT.md."));
        }

        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    public static Outcome<IReadOnlyList<ArticleAnnotation>> Read(TextReader reader, string source)
    {
        var articles = new List<ArticleAnnotation>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var article = ParseLine(line, $"{source}:{lineNumber}");
            if (!article.Success)
            {
                return Outcome<IReadOnlyList<ArticleAnnotation>>.Fail(article.Error!);
            }

            articles.Add(article.Value);
        }

        return Outcome<IReadOnlyList<ArticleAnnotation>>.Ok(articles);
    }

    public static Outcome<ArticleAnnotation> ParseLine(string line, string where)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            return ParseArticle(json.RootElement, where);
        }
        catch (JsonException ex)
        {
            return Fail(where, $"the line is not valid JSON: {ex.Message}");
        }
    }

    private static Outcome<ArticleAnnotation> ParseArticle(JsonElement root, string where)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Fail(where, "each line must be one JSON object");
        }

        var doc = String(root, "doc");
        if (string.IsNullOrWhiteSpace(doc))
        {
            return Fail(where, "the article has no \"doc\" (its file name)");
        }

        PartialDate? published = null;
        var publishedText = String(root, "published");
        if (publishedText is not null)
        {
            var parsed = PartialDate.Parse(publishedText);
            if (!parsed.Success)
            {
                return Fail(where, $"\"published\": {parsed.Error!.Message}");
            }

            published = parsed.Value;
        }

        var basisText = String(root, "published_basis") ?? (published is null ? "unknown" : "header");
        if (!Enum.TryParse<PublishedBasis>(basisText, ignoreCase: true, out var basis))
        {
            return Fail(where, $"\"published_basis\" '{basisText}' is not header, metadata, inferred or unknown");
        }

        var events = new List<AnnotatedEvent>();
        if (root.TryGetProperty("events", out var eventArray) && eventArray.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var element in eventArray.EnumerateArray())
            {
                index++;
                var parsed = ParseEvent(element, $"{where} event {index}");
                if (!parsed.Success)
                {
                    return Outcome<ArticleAnnotation>.Fail(parsed.Error!);
                }

                events.Add(parsed.Value);
            }
        }

        var indicators = new List<AnnotatedIndicator>();
        if (root.TryGetProperty("indicators", out var indicatorArray) && indicatorArray.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var element in indicatorArray.EnumerateArray())
            {
                index++;
                var parsed = ParseIndicator(element, $"{where} indicator {index}");
                if (!parsed.Success)
                {
                    return Outcome<ArticleAnnotation>.Fail(parsed.Error!);
                }

                indicators.Add(parsed.Value);
            }
        }

        return Outcome<ArticleAnnotation>.Ok(new ArticleAnnotation(doc, published, basis, events, indicators));
    }

    private static Outcome<AnnotatedEvent> ParseEvent(JsonElement element, string where)
    {
        var when = ParseWhen(element, where);
        if (!when.Success)
        {
            return Outcome<AnnotatedEvent>.Fail(when.Error!);
        }

        var status = EnumNames.Parse<EventStatus>(String(element, "status") ?? "occurred");
        var type = EnumNames.Parse<EventType>(String(element, "type"));
        var issue = EnumNames.Parse<Issue>(String(element, "issue") ?? "diplomacy");
        var source = ActorCode.Parse(String(element, "source"));
        var target = ActorCode.Parse(String(element, "target"));
        foreach (var (name, error) in new[] { ("status", status.Error), ("type", type.Error), ("issue", issue.Error), ("source", source.Error), ("target", target.Error) })
        {
            if (error is not null)
            {
                return Outcome<AnnotatedEvent>.Fail(new StraitError(ErrorCodes.Gold, $"\"{name}\": {error.Message}", where, error.Hint));
            }
        }

        return Outcome<AnnotatedEvent>.Ok(new AnnotatedEvent(when.Value, status.Value, source.Value, target.Value, type.Value,
            issue.Value, String(element, "evidence") ?? "", Int(element, "start"), Int(element, "end"), Number(element, "confidence")));
    }

    private static Outcome<AnnotatedIndicator> ParseIndicator(JsonElement element, string where)
    {
        var when = ParseWhen(element, where);
        if (!when.Success)
        {
            return Outcome<AnnotatedIndicator>.Fail(when.Error!);
        }

        if (Number(element, "value") is not { } value)
        {
            return Outcome<AnnotatedIndicator>.Fail(new StraitError(ErrorCodes.Gold, "the indicator has no numeric \"value\"", where));
        }

        return Outcome<AnnotatedIndicator>.Ok(new AnnotatedIndicator(String(element, "measure") ?? "", String(element, "population") ?? "",
            value, String(element, "unit") ?? "", when.Value, String(element, "by") ?? "", String(element, "evidence") ?? "",
            Int(element, "start"), Int(element, "end")));
    }

    private static Outcome<PartialDate?> ParseWhen(JsonElement element, string where)
    {
        var text = String(element, "when");
        if (text is null)
        {
            return Outcome<PartialDate?>.Ok(null);
        }

        var parsed = PartialDate.Parse(text);
        return parsed.Success
            ? Outcome<PartialDate?>.Ok(parsed.Value)
            : Outcome<PartialDate?>.Fail(new StraitError(ErrorCodes.Gold, $"\"when\": {parsed.Error!.Message}", where, parsed.Error.Hint));
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static double? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble()
        : element.TryGetProperty(name, out var text) && text.ValueKind == JsonValueKind.String &&
          double.TryParse(text.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;

    private static int? Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;

    private static Outcome<ArticleAnnotation> Fail(string where, string message) =>
        Outcome<ArticleAnnotation>.Fail(new StraitError(ErrorCodes.Gold, message, where,
            "Each line must be an article object as described in ../shared/eval/FORMAT.md."));
}
