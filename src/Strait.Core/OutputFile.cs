namespace Strait.Core;

/// <summary>Writes a text file the user asked for, creating its folder; a failure to write is an error, not an exception.</summary>
public static class OutputFile
{
    /// <summary>
    /// Writes <paramref name="text"/> to <paramref name="path"/> and returns the path; when the file cannot be
    /// written, a STR201 error whose message starts with <paramref name="failure"/> (what could not be written)
    /// and ends with the system's reason, and <paramref name="hint"/> (what to do).
    /// </summary>
    public static Outcome<string> Write(string path, string text, string failure, string hint)
    {
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            File.WriteAllText(path, text);
            return Outcome<string>.Ok(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Outcome<string>.Fail(new StraitError(ErrorCodes.UnreadableFile, $"{failure}: {e.Message.TrimEnd('.')}", path, hint));
        }
    }
}
