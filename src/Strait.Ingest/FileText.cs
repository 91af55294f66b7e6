using System.Text;
using Strait.Core;

namespace Strait.Ingest;

/// <summary>
/// Reads a file as UTF-8 text, or says why it cannot: unreadable, empty, binary (it holds NUL bytes) or not
/// UTF-8 (checked with a strict decoder, so a Latin-1 file is refused rather than garbled). A UTF-8 byte order
/// mark is dropped; nothing else in the text is changed.
/// </summary>
public static class FileText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Outcome<string> Read(string path)
    {
        byte[] bytes;
        try
        {
            if (!File.Exists(path))
            {
                return Fail(ErrorCodes.UnreadableFile, path, "no such file or folder", "Check the path.");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return Fail(ErrorCodes.UnreadableFile, path, $"cannot read the file: {ex.Message.TrimEnd('.')}", "Check that the file exists and may be read.");
        }

        return Decode(bytes, path);
    }

    /// <summary>Checks and decodes the bytes of one file (<paramref name="path"/> names it in errors).</summary>
    public static Outcome<string> Decode(ReadOnlySpan<byte> bytes, string path)
    {
        if (bytes.Length == 0)
        {
            return Fail(ErrorCodes.EmptyFile, path, "the file is empty", "Remove it or add the article's text.");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Fail(ErrorCodes.NotUtf8, path, "the file is UTF-16, not UTF-8", "Convert it to UTF-8 (iconv -f UTF-16 -t UTF-8).");
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            return Fail(ErrorCodes.BinaryFile, path, $"the file is binary (a NUL byte at offset {nul})", "Give text, HTML, feed or JSON Lines files only.");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var at = ex.Index >= 0 ? $" (a bad byte near offset {ex.Index})" : "";
            return Fail(ErrorCodes.NotUtf8, path, $"the file is not UTF-8{at}", "Convert it to UTF-8, for example with iconv -f LATIN1 -t UTF-8.");
        }

        return string.IsNullOrWhiteSpace(text)
            ? Fail(ErrorCodes.EmptyFile, path, "the file holds only white space", "Remove it or add the article's text.")
            : Outcome<string>.Ok(text);
    }

    private static Outcome<string> Fail(string code, string path, string message, string hint) =>
        Outcome<string>.Fail(new StraitError(code, message, path, hint));
}
