using Strait.Core.Documents;
using Strait.Core.Knowledge;
using Strait.Core.Time;
using Strait.Text.Pipeline;
using Strait.Text.Segmentation;

namespace Strait.Text.Tests;

/// <summary>Shared helpers for the first-stage tests: the real data/text files, loaded once, and segmented documents.</summary>
public static class TestText
{
    private static readonly Lazy<TextResources> LoadedResources = new(() =>
        TextResources.Load(DataDirectory.Locate().Value).Value);

    public static TextResources Resources => LoadedResources.Value;

    public static TextDocument Document(string text, PartialDate? published = null)
    {
        var basis = published is null ? PublishedBasis.Unknown : PublishedBasis.Header;
        return new TextDocument(Core.Documents.Document.Create("test", "test.txt", published, basis, text));
    }

    /// <summary>A document split into paragraphs, tokens and sentences.</summary>
    public static TextDocument Segmented(string text, PartialDate? published = null)
    {
        var document = Document(text, published);
        new ParagraphSplitter().Process(document);
        new Tokenizer(Resources.Abbreviations).Process(document);
        new SentenceSplitter().Process(document);
        return document;
    }

    public static string[] Sentences(TextDocument document) => document.Sentences.Select(s => s.Of(document.Text)).ToArray();

    public static string[] Tokens(TextDocument document) => document.Tokens.Select(s => s.Of(document.Text)).ToArray();

    /// <summary>The folder holding shared/seeds, found by walking up from the test binaries.</summary>
    public static string SharedFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "seeds")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No shared/seeds above {AppContext.BaseDirectory}");
    }
}
