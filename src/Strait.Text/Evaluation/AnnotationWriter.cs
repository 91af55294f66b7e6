using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Strait.Core.Documents;
using Strait.Core.Events;

namespace Strait.Text.Evaluation;

/// <summary>
/// Writes an <see cref="ArticleAnnotation"/> as one JSON line in the form of FORMAT.md, adding the evidence
/// offsets and the confidence where they are known, so any reader of gold files can read it. An extraction
/// also lists, under <c>set_aside</c>, the trigger phrases the coder found and did not code, with why.
/// </summary>
public static class AnnotationWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ToJsonLine(ArticleAnnotation article, string? documentId = null)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("doc", article.Doc);
            if (documentId is not null)
            {
                json.WriteString("document_id", documentId);
            }

            WriteNullable(json, "published", article.Published?.ToString());
            json.WriteString("published_basis", BasisName(article.PublishedBasis));
            json.WriteStartArray("events");
            foreach (var e in article.Events)
            {
                json.WriteStartObject();
                WriteNullable(json, "when", e.When?.ToString());
                json.WriteString("status", EnumNames.Name(e.Status));
                json.WriteString("source", e.Source.ToString());
                json.WriteString("target", e.Target.ToString());
                json.WriteString("type", e.Type.ToString());
                json.WriteString("issue", EnumNames.Name(e.Issue));
                json.WriteString("evidence", e.Evidence);
                WriteOffsets(json, e.Start, e.End);
                if (e.Confidence is { } confidence)
                {
                    json.WriteNumber("confidence", Math.Round(confidence, 3));
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("indicators");
            foreach (var i in article.Indicators)
            {
                json.WriteStartObject();
                json.WriteString("measure", i.Measure);
                json.WriteString("population", i.Population);
                json.WriteNumber("value", i.Value);
                json.WriteString("unit", i.Unit);
                WriteNullable(json, "when", i.When?.ToString());
                json.WriteString("by", i.By);
                json.WriteString("evidence", i.Evidence);
                WriteOffsets(json, i.Start, i.End);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (article.SetAside is { Count: > 0 } setAside)
            {
                json.WriteStartArray("set_aside");
                foreach (var t in setAside)
                {
                    json.WriteStartObject();
                    json.WriteString("words", t.Words);
                    json.WriteString("type", t.Type.ToString());
                    json.WriteString("reason", t.ReasonKey);
                    WriteOffsets(json, t.Start, t.End);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The lower-case name FORMAT.md uses (metadata counts as header: the file carries it).</summary>
    public static string BasisName(PublishedBasis basis) => basis switch
    {
        PublishedBasis.Metadata => "header",
        _ => basis.ToString().ToLowerInvariant(),
    };

    private static void WriteOffsets(Utf8JsonWriter json, int? start, int? end)
    {
        if (start is { } s && end is { } e)
        {
            json.WriteNumber("start", s);
            json.WriteNumber("end", e);
        }
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
