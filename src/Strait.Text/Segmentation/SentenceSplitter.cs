using Strait.Text.Pipeline;

namespace Strait.Text.Segmentation;

/// <summary>
/// Splits each paragraph into sentences over its tokens (so run it after <see cref="ParagraphSplitter"/> and
/// <see cref="Tokenizer"/>). A sentence ends at ".", "!" or "?" (with any closing quotes and brackets after
/// it) when the next token starts with a capital, a digit or an opening quote; and always at the end of a
/// paragraph, so a headline without a full stop is a sentence. Abbreviations, initials and initialisms carry
/// their full stop inside the token and so never end a sentence; neither does an ellipsis, nor a "?" or "!"
/// followed by a lower-case word ("“Why?” he asked").
/// </summary>
public sealed class SentenceSplitter : IPipelineComponent
{
    public string Name => "sentences";

    public IReadOnlyList<string> Assigns { get; } = ["sentences"];

    public void Process(TextDocument document)
    {
        document.Sentences.Clear();
        var text = document.Text;
        var tokens = document.Tokens;
        foreach (var paragraph in document.Paragraphs)
        {
            var (first, limit) = TokenSpans.Range(tokens, paragraph);
            var sentenceFirst = first;
            for (var i = first; i < limit; i++)
            {
                if (!IsTerminal(text, tokens[i]))
                {
                    continue;
                }

                var last = i;
                while (last + 1 < limit && IsCloser(text, tokens[last + 1], tokens[last]))
                {
                    last++;
                }

                if (last + 1 < limit && !StartsSentence(text, tokens[last + 1]))
                {
                    i = last;
                    continue;
                }

                document.Sentences.Add(new TextSpan(tokens[sentenceFirst].Start, tokens[last].End, "sentence"));
                sentenceFirst = last + 1;
                i = last;
            }

            if (sentenceFirst < limit)
            {
                document.Sentences.Add(new TextSpan(tokens[sentenceFirst].Start, tokens[limit - 1].End, "sentence"));
            }
        }
    }

    private static bool IsTerminal(string text, TextSpan token) =>
        token.Length == 1 && text[token.Start] is '.' or '!' or '?';

    private static bool IsCloser(string text, TextSpan token, TextSpan previous) =>
        token.Length == 1 && text[token.Start] is '”' or '"' or '’' or '\'' or ')' or ']' or '»'
        && token.Start == previous.End;

    private static bool StartsSentence(string text, TextSpan token)
    {
        var c = text[token.Start];
        return char.IsUpper(c) || char.IsDigit(c) || c is '“' or '"' or '‘' or '\'' or '(' or '[' or '«' or '—' or '–';
    }
}
