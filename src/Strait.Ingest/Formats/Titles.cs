namespace Strait.Ingest.Formats;

/// <summary>Titles as shown in listings: one line, at most <see cref="MaxLength"/> characters, cut at a word.</summary>
internal static class Titles
{
    public const int MaxLength = 120;

    public static string? Clean(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var oneLine = string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (oneLine.Length <= MaxLength)
        {
            return oneLine;
        }

        var cut = oneLine.LastIndexOf(' ', MaxLength - 1);
        return string.Concat(oneLine.AsSpan(0, cut > MaxLength / 2 ? cut : MaxLength - 1), "…");
    }
}
