using Strait.Core;
using Strait.Core.Documents;
using Strait.Ingest.Formats;

namespace Strait.Ingest;

/// <summary>
/// Turns files and folders (searched recursively, hidden entries skipped) into documents, one outcome per
/// document or per failure, so that one bad file never stops the others.
/// </summary>
public sealed class ArticleReader
{
    private readonly Dictionary<string, IArticleFormat> _byExtension;

    public ArticleReader()
        : this([new PlainTextFormat(), new HtmlFormat(), new FeedFormat(), new JsonLinesFormat()])
    {
    }

    public ArticleReader(IEnumerable<IArticleFormat> formats)
    {
        _byExtension = formats
            .SelectMany(format => format.Extensions.Select(extension => (extension, format)))
            .ToDictionary(pair => pair.extension, pair => pair.format, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The extensions read, such as ".txt".</summary>
    public IReadOnlyCollection<string> Extensions => _byExtension.Keys;

    /// <summary>
    /// The files named by <paramref name="paths"/>: a file as given, a folder's files in name order. A path that
    /// does not exist is kept, so that reading it reports it.
    /// </summary>
    public static IReadOnlyList<string> FindFiles(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(FilesUnder(new DirectoryInfo(path), path));
            }
            else
            {
                files.Add(path);
            }
        }

        return files;
    }

    /// <summary>Reads every document in the files and folders at <paramref name="paths"/>.</summary>
    public IEnumerable<Outcome<Document>> Read(params IEnumerable<string> paths) => FindFiles(paths).SelectMany(ReadFile);

    /// <summary>Reads the documents of one file.</summary>
    public IEnumerable<Outcome<Document>> ReadFile(string path)
    {
        if (Directory.Exists(path))
        {
            return Read(path);
        }

        var extension = Path.GetExtension(path);
        if (!_byExtension.TryGetValue(extension, out var format))
        {
            if (!File.Exists(path))
            {
                return [Fail(ErrorCodes.UnreadableFile, path, "no such file or folder", "Check the path.")];
            }

            var known = string.Join(", ", _byExtension.Keys.Order(StringComparer.Ordinal));
            return [Fail(ErrorCodes.UnsupportedFile, path,
                extension.Length == 0 ? "the file has no extension" : $"'{extension}' files are not read",
                $"Strait reads {known}.")];
        }

        var text = FileText.Read(path);
        return text.Success ? format.Read(path, text.Value) : [Outcome<Document>.Fail(text.Error!)];
    }

    private static IEnumerable<string> FilesUnder(DirectoryInfo folder, string shownAs)
    {
        var entries = folder.EnumerateFileSystemInfos()
            .Where(entry => !entry.Name.StartsWith('.'))
            .OrderBy(entry => entry.Name, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var shown = Path.Combine(shownAs, entry.Name);
            if (entry is DirectoryInfo sub)
            {
                if (sub.LinkTarget is not null)
                {
                    continue; // a linked folder could lead back up the tree
                }

                foreach (var file in FilesUnder(sub, shown))
                {
                    yield return file;
                }
            }
            else
            {
                yield return shown;
            }
        }
    }

    private static Outcome<Document> Fail(string code, string path, string message, string hint) =>
        Outcome<Document>.Fail(new StraitError(code, message, path, hint));
}
