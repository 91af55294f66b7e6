using Strait.Core;
using Strait.Core.Documents;

namespace Strait.Ingest;

/// <summary>One kind of file Strait reads articles from: the extensions it claims and how it turns text into documents.</summary>
public interface IArticleFormat
{
    /// <summary>File extensions, lower case with the dot (".txt").</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>The documents in one file's text; a part that cannot be read is a failed outcome and the rest go on.</summary>
    IEnumerable<Outcome<Document>> Read(string path, string text);
}
