namespace Strait.Text.Evaluation;

/// <summary>Counts of gold, extracted and matched items, with precision, recall and F1 (0 when undefined).</summary>
public sealed record Score(int Gold, int Extracted, int Matched)
{
    public static Score Empty { get; } = new(0, 0, 0);

    public double Precision => Extracted == 0 ? 0 : (double)Matched / Extracted;

    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public Score Add(Score other) => new(Gold + other.Gold, Extracted + other.Extracted, Matched + other.Matched);
}

/// <summary>How many publication dates were right.</summary>
public sealed record PublishedScore(int Correct, int Total)
{
    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;
}
