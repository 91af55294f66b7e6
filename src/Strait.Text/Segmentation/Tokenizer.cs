using Strait.Text.Pipeline;

namespace Strait.Text.Segmentation;

/// <summary>
/// Splits the text into word, number and punctuation tokens, each a span over the unchanged text
/// (label <see cref="Word"/>, <see cref="Number"/> or <see cref="Punctuation"/>).
/// Words keep inner hyphens between letters ("Jae-in") and inner apostrophes ("don’t"), but a possessive
/// "’s" is a token of its own ("Japan", "’s"). Numbers keep decimals and thousands ("28.9", "1,000").
/// A full stop stays with its word when the word is a listed abbreviation ("Gen."), an initial ("J.") or a
/// dotted initialism ("U.S."); an ellipsis ("...", "…") is one token.
/// </summary>
public sealed class Tokenizer : IPipelineComponent
{
    public const string Word = "word";
    public const string Number = "number";
    public const string Punctuation = "punct";

    /// <summary>Characters of text per token in English news, a little under the average, to size the token list once.</summary>
    private const int CharactersPerToken = 5;

    private readonly IReadOnlySet<string> _abbreviations;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? _abbreviationLookup;

    public Tokenizer(IReadOnlySet<string> abbreviations)
    {
        _abbreviations = abbreviations;
        if (abbreviations is HashSet<string> set && set.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup))
        {
            _abbreviationLookup = lookup;
        }
    }

    public string Name => "tokenizer";

    public IReadOnlyList<string> Assigns { get; } = ["tokens"];

    public void Process(TextDocument document)
    {
        document.Tokens.Clear();
        document.Tokens.EnsureCapacity(document.Text.Length / CharactersPerToken);
        Tokenize(document.Text, 0, document.Text.Length, document.Tokens);
    }

    /// <summary>The tokens of a short phrase, as strings (used to build phrase tables from the knowledge files).</summary>
    public IReadOnlyList<string> Words(string phrase)
    {
        var spans = new List<TextSpan>();
        Tokenize(phrase, 0, phrase.Length, spans);
        return spans.Select(s => s.Of(phrase)).ToList();
    }

    public void Tokenize(string text, int start, int end, List<TextSpan> tokens)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var tokenEnd = ScanWord(text, i, end, out var isNumber);
                tokens.Add(new TextSpan(i, tokenEnd, isNumber ? Number : Word));
                i = tokenEnd;
                continue;
            }

            if (IsApostrophe(c) && i + 1 < end && (text[i + 1] == 's' || text[i + 1] == 'S') &&
                (i + 2 >= end || !char.IsLetterOrDigit(text[i + 2])) && i > start && char.IsLetterOrDigit(text[i - 1]))
            {
                tokens.Add(new TextSpan(i, i + 2, Word));
                i += 2;
                continue;
            }

            if (c == '.' && i + 2 < end && text[i + 1] == '.' && text[i + 2] == '.')
            {
                var dots = i + 3;
                while (dots < end && text[dots] == '.')
                {
                    dots++;
                }

                tokens.Add(new TextSpan(i, dots, Punctuation));
                i = dots;
                continue;
            }

            tokens.Add(new TextSpan(i, i + 1, Punctuation));
            i++;
        }
    }

    private int ScanWord(string text, int start, int end, out bool isNumber)
    {
        var i = start;
        var allDigits = true;
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                allDigits &= char.IsDigit(c);
                i++;
                continue;
            }

            var hasNext = i + 1 < end;
            var next = hasNext ? text[i + 1] : '\0';
            var previous = text[i - 1];
            if ((c == '.' || c == ',') && char.IsDigit(previous) && hasNext && char.IsDigit(next) && allDigits &&
                (c == '.' || IsThousands(text, i + 1, end)))
            {
                i++;
                continue;
            }

            if (c == '-' && char.IsLetter(previous) && hasNext && char.IsLetter(next))
            {
                allDigits = false;
                i++;
                continue;
            }

            if (IsApostrophe(c) && char.IsLetter(previous) && hasNext && char.IsLetter(next) &&
                !((next == 's' || next == 'S') && (i + 2 >= end || !char.IsLetterOrDigit(text[i + 2]))))
            {
                i++;
                continue;
            }

            if (c == '.' && char.IsLetter(previous) && hasNext && char.IsLetter(next) && IsInitialism(text, start, i, end))
            {
                i++;
                continue;
            }

            break;
        }

        isNumber = allDigits;
        if (i < end && text[i] == '.' && !allDigits && KeepsFullStop(text, start, i))
        {
            i++;
        }

        return i;
    }

    /// <summary>True for "U.S": single letters separated by full stops, so far and just after.</summary>
    private static bool IsInitialism(string text, int start, int dot, int end) =>
        dot - start == 1 || (dot - start >= 3 && text[dot - 2] == '.')
            ? dot + 2 >= end || !char.IsLetterOrDigit(text[dot + 2])
            : false;

    private bool KeepsFullStop(string text, int start, int dot)
    {
        var length = dot - start;
        if (length == 1 && char.IsUpper(text[start]))
        {
            return true;
        }

        if (length >= 3 && text[dot - 2] == '.')
        {
            return true;
        }

        return _abbreviationLookup is { } lookup
            ? lookup.Contains(text.AsSpan(start, length + 1))
            : _abbreviations.Contains(text.Substring(start, length + 1));
    }

    private static bool IsThousands(string text, int from, int end) =>
        from + 3 <= end && char.IsDigit(text[from]) && char.IsDigit(text[from + 1]) && char.IsDigit(text[from + 2]) &&
        (from + 3 == end || !char.IsDigit(text[from + 3]));

    private static bool IsApostrophe(char c) => c == '\'' || c == '’';
}
