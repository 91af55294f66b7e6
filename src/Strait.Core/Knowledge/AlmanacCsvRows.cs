using System.Globalization;
using CsvHelper;

namespace Strait.Core.Knowledge;

/// <summary>
/// Reads the rows of a knowledge CSV file (the almanac, the indicator series): a header naming the
/// expected columns, <c>#</c> comment lines anywhere, and one <see cref="AlmanacCsvRow"/> per record,
/// which knows its file and line so that every error can say where it is.
/// </summary>
internal static class AlmanacCsvRows
{
    public static Outcome<IReadOnlyList<T>> Read<T>(string path, IReadOnlyList<string> columns, Func<AlmanacCsvRow, Outcome<T>> map)
    {
        if (!File.Exists(path))
        {
            return Fail<T>(new StraitError(ErrorCodes.KnowledgeFile, $"The file '{path}' does not exist", path,
                "Check the path, or set STRAIT_DATA to the folder that holds Strait's data files."));
        }

        var options = new CsvReaderOptions
        {
            Separator = ',',
            CommentPrefix = '#',
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            TrimWhitespace = true,
        };

        try
        {
            using var reader = CsvReader.FromFile(path, options);
            var header = reader.Headers.Select(h => h.Trim()).ToList();
            var missing = columns.Where(c => !header.Contains(c, StringComparer.Ordinal)).ToList();
            if (header.Count == 0 || missing.Count > 0)
            {
                return Fail<T>(new StraitError(ErrorCodes.KnowledgeFile,
                    $"The header lacks the column(s) {string.Join(", ", missing)}", $"{path}, header",
                    $"The first line that is not a # comment must name the columns: {string.Join(",", columns)}."));
            }

            var results = new List<T>();
            while (reader.Read())
            {
                var fields = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var i = 0; i < header.Count; i++)
                {
                    fields[header[i]] = i < reader.FieldCount ? reader.GetString(i).Trim() : "";
                }

                var row = new AlmanacCsvRow(path, reader.LineNumber, fields);
                if (reader.FieldCount != header.Count)
                {
                    return Fail<T>(row.Error(null,
                        $"the row has {reader.FieldCount} fields but the header has {header.Count}",
                        "Quote fields that contain commas (\"a, b\") and leave empty fields empty (a,,b)."));
                }

                var mapped = map(row);
                if (!mapped.Success)
                {
                    return Fail<T>(mapped.Error!);
                }

                results.Add(mapped.Value);
            }

            return Outcome<IReadOnlyList<T>>.Ok(results);
        }
        catch (CsvFormatException exception)
        {
            return Fail<T>(new StraitError(ErrorCodes.KnowledgeFile, $"The file is not valid CSV: {exception.Message}",
                $"{path}:{exception.LineNumber.ToString(CultureInfo.InvariantCulture)}",
                "Close every quoted field and double quotes inside quotes (\"\")."));
        }
        catch (IOException exception)
        {
            return Fail<T>(new StraitError(ErrorCodes.KnowledgeFile, $"Cannot read the file: {exception.Message}", path));
        }
    }

    private static Outcome<IReadOnlyList<T>> Fail<T>(StraitError error) => Outcome<IReadOnlyList<T>>.Fail(error);
}

/// <summary>One record of a knowledge CSV file, with its file and 1-based line for error messages.</summary>
internal sealed class AlmanacCsvRow(string path, long line, IReadOnlyDictionary<string, string> fields)
{
    public string Path { get; } = path;

    public long Line { get; } = line;

    /// <summary>The trimmed value of a column; empty when the field is empty.</summary>
    public string this[string column] => fields[column];

    public string? Optional(string column) => fields[column].Length == 0 ? null : fields[column];

    /// <summary>A STR110 error that names the file, the line and the column, and says what to write instead.</summary>
    public StraitError Error(string? column, string message, string? hint)
    {
        var where = $"{Path}:{Line.ToString(CultureInfo.InvariantCulture)}" + (column is null ? "" : $", column '{column}'");
        return new StraitError(ErrorCodes.KnowledgeFile, message, where, hint);
    }

    /// <summary>Parses a required field; a failure becomes a STR110 error at this row and column.</summary>
    public Outcome<TValue> Parse<TValue>(string column, Func<string, Outcome<TValue>> parse)
    {
        var text = fields[column];
        if (text.Length == 0)
        {
            return Outcome<TValue>.Fail(Error(column, $"the {column} is empty", $"Fill in the {column} column."));
        }

        var parsed = parse(text);
        return parsed.Success
            ? parsed
            : Outcome<TValue>.Fail(Error(column, $"{parsed.Error!.Message} ({parsed.Error.Code})", parsed.Error.Hint));
    }

    /// <summary>A required text field.</summary>
    public Outcome<string> Required(string column) => Parse(column, Outcome<string>.Ok);
}
