using System.Text;
using Strait.Core;
using Strait.Core.Documents;

namespace Strait.Ingest.Tests;

public sealed class ArticleReaderTest : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ArticleReader _reader = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Reads_a_folder_recursively_in_name_order_and_skips_hidden_entries()
    {
        _folder.Write("b.txt", "Second made-up article.");
        _folder.Write("a/inner.md", "# Inner\n\nFirst made-up article.");
        _folder.Write(".hidden/skip.txt", "Hidden.");
        _folder.Write(".notes.txt", "Hidden too.");

        var documents = _reader.Read(_folder.Path).Select(d => d.Value).ToList();

        Assert.Equal([Path.Combine(_folder.Path, "a", "inner.md"), Path.Combine(_folder.Path, "b.txt")], documents.Select(d => d.Source));
    }

    [Fact]
    public void Bad_files_are_reported_and_the_rest_go_on()
    {
        _folder.Write("1-good.txt", " date 2031-03-05 Envoys met.");
        _folder.WriteBytes("2-binary.txt", [0x00, 0x01, 0x02]);
        _folder.Write("3-empty.txt", "");
        _folder.WriteBytes("4-latin1.txt", Encoding.Latin1.GetBytes("Réunion à Séoul."));
        _folder.Write("5-broken.xml", "<rss><channel>");
        _folder.Write("6-image.png", "not really an image");
        _folder.Write("7-good.jsonl", "{\"text\": \"The envoys left.\"}");

        var outcomes = _reader.Read(_folder.Path).ToList();

        Assert.Equal(
            [null, ErrorCodes.BinaryFile, ErrorCodes.EmptyFile, ErrorCodes.NotUtf8, ErrorCodes.MalformedFile, ErrorCodes.UnsupportedFile, null],
            outcomes.Select(o => o.Error?.Code));
        Assert.All(outcomes.Where(o => !o.Success), o => Assert.StartsWith(_folder.Path, o.Error!.Where, StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_path_is_unreadable() =>
        Assert.Equal(ErrorCodes.UnreadableFile, Assert.Single(_reader.Read(Path.Combine(_folder.Path, "none.txt"))).Error?.Code);

    [Fact]
    public void Files_and_folders_may_be_mixed()
    {
        var file = _folder.Write("one.txt", "One made-up article.");
        _folder.Write("more/two.txt", "Two made-up articles.");

        var files = ArticleReader.FindFiles([file, Path.Combine(_folder.Path, "more")]);

        Assert.Equal([file, Path.Combine(_folder.Path, "more", "two.txt")], files);
    }

    [Fact]
    public void Reads_the_seed_articles()
    {
        var seeds = SharedFolder.Locate("seeds");

        var documents = _reader.Read(seeds).Select(o => o.Value).ToList();

        Assert.Equal(5, documents.Count);
        Assert.Equal(2, documents.Count(d => d.PublishedBasis == PublishedBasis.Header));
        Assert.All(documents.Where(d => d.PublishedBasis == PublishedBasis.Header),
            d => Assert.DoesNotContain(" date ", d.Text[..20], StringComparison.Ordinal));
    }
}
