using System.Globalization;
using System.Text;
using System.Text.Json;
using Spectre.Console;

namespace Strait.Cli.Output;

/// <summary>
/// Prints rows of named columns as a Spectre table, as CSV (RFC 4180) or as one JSON array of objects.
/// Values keep their type in JSON (numbers stay numbers, null stays null).
/// </summary>
public static class RecordWriter
{
    public static void Write(CliContext context, OutputFormat format, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<object?>> rows)
    {
        switch (format)
        {
            case OutputFormat.Table:
                WriteTable(context, columns, rows);
                break;
            case OutputFormat.Csv:
                WriteCsv(context.Out, columns, rows);
                break;
            case OutputFormat.Json:
                WriteJson(context.Out, columns, rows);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, null);
        }
    }

    private static void WriteTable(CliContext context, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(column)));
        }

        foreach (var row in rows)
        {
            table.AddRow(row.Select(value => (Spectre.Console.Rendering.IRenderable)new Spectre.Console.Text(Format(value))).ToArray());
        }

        context.Console.Write(table);
    }

    private static void WriteCsv(TextWriter writer, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<object?>> rows)
    {
        writer.WriteLine(string.Join(',', columns.Select(Quote)));
        foreach (var row in rows)
        {
            writer.WriteLine(string.Join(',', row.Select(value => Quote(Format(value)))));
        }
    }

    private static void WriteJson(TextWriter writer, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var row in rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < columns.Count; i++)
                {
                    json.WritePropertyName(columns[i]);
                    WriteJsonValue(json, i < row.Count ? row[i] : null);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        writer.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteJsonValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case double d when double.IsNaN(d) || double.IsInfinity(d):
                json.WriteNullValue();
                break;
            case double d:
                json.WriteNumberValue(d);
                break;
            case int i:
                json.WriteNumberValue(i);
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            default:
                json.WriteStringValue(Format(value));
                break;
        }
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
