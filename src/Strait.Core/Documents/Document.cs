using System.Security.Cryptography;
using System.Text;
using Strait.Core.Time;

namespace Strait.Core.Documents;

/// <summary>
/// One article. Its identity is the hash of its text, so the same content is stored once whatever the file.
/// <see cref="Text"/> is never rewritten: every annotation is a span over it.
/// </summary>
public sealed record Document(
    string Id,
    string? Title,
    string Source,
    PartialDate? Published,
    PublishedBasis PublishedBasis,
    string Text)
{
    public static Document Create(string? title, string source, PartialDate? published, PublishedBasis basis, string text) =>
        new(ContentId(text), title, source, published, basis, text);

    /// <summary>The first 16 hex digits of the SHA-256 of the UTF-8 text.</summary>
    public static string ContentId(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
