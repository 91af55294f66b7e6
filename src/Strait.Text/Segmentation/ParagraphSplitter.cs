using Strait.Text.Pipeline;

namespace Strait.Text.Segmentation;

/// <summary>
/// Paragraphs are the text's non-blank lines, trimmed of surrounding white space: news files put a
/// paragraph on a line, with or without blank lines between, and a headline is a line of its own.
/// </summary>
public sealed class ParagraphSplitter : IPipelineComponent
{
    public string Name => "paragraphs";

    public IReadOnlyList<string> Assigns { get; } = ["paragraphs"];

    public void Process(TextDocument document)
    {
        document.Paragraphs.Clear();
        var text = document.Text;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var start = lineStart;
            var end = lineEnd;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (end > start)
            {
                document.Paragraphs.Add(new TextSpan(start, end, "paragraph"));
            }

            lineStart = lineEnd + 1;
        }
    }
}
