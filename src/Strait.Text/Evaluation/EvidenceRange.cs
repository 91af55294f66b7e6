namespace Strait.Text.Evaluation;

/// <summary>Where a piece of evidence lies in an article's text, in characters: start inclusive, end exclusive.</summary>
public readonly record struct EvidenceRange(int Start, int End)
{
    public bool Overlaps(EvidenceRange other) => Start < other.End && other.Start < End;

    /// <summary>How many characters the two ranges share (0 when they do not overlap).</summary>
    public int Overlap(EvidenceRange other) => Math.Max(0, Math.Min(End, other.End) - Math.Max(Start, other.Start));
}
