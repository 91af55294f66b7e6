namespace Strait.Text.Pipeline;

/// <summary>A labelled span over a document's unchanged text: start inclusive, end exclusive.</summary>
public readonly record struct TextSpan(int Start, int End, string Label = "")
{
    public int Length => End - Start;

    public bool Contains(int offset) => Start <= offset && offset < End;

    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public string Of(string text) => text[Start..End];
}
