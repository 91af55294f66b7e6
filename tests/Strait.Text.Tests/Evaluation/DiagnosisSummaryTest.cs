using Strait.Text.Evaluation;

namespace Strait.Text.Tests.Evaluation;

public sealed class DiagnosisSummaryTest : IDisposable
{
    private readonly DiagnosisFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Every_key_is_present_and_the_counts_add_up_over_articles()
    {
        var first = _files.Diagnose(
            [
                DiagnosisFiles.Gold("2031-06", "SANCTION", "ABCGOV", "XYZGOV", "Ruritania imposed tariffs on Freedonian steel"),
                DiagnosisFiles.Gold("2031-06", "REJECT", "XYZGOV", "ABCGOV", "Freedonia later rejected the protest note"),
            ],
            [
                DiagnosisFiles.Coded("2031", "ACCUSE", "ABCGOV", "XYZGOV", "Ruritania imposed tariffs on Freedonian steel"),
                DiagnosisFiles.Coded("2031-06-17", "CONSULT", "ABCGOV", "XYZGOV", "Envoys of both countries met in Geneva"),
            ]);
        var second = _files.Diagnose(
            [DiagnosisFiles.Gold("2031-06", "ACCUSE", "XYZGOV", "ABCGOV", "Freedonia condemned the tariffs the same day")],
            [DiagnosisFiles.Coded("2031-05", "ACCUSE", "XYZGOV", "ABCGOV", "Freedonia condemned the tariffs the same day")]);

        var summary = DiagnosisSummary.Of([first, second]);

        Assert.Equal(DiagnosisCategories.Misses.Select(c => c.Key), summary.Missed.Keys);
        Assert.Equal(DiagnosisCategories.False.Select(c => c.Key), summary.False.Keys);
        Assert.Equal(3, summary.MissedTotal);
        Assert.Equal(1, summary.Missed["nothing_coded"]);
        Assert.Equal(1, summary.Missed["when_type"]);
        Assert.Equal(1, summary.Missed["when"]);
        Assert.Equal(0, summary.Missed["actors"]);
        Assert.Equal(1, summary.MissedWhen["too_coarse"]);
        Assert.Equal(1, summary.MissedWhen["other_date"]);
        Assert.Equal(3, summary.FalseTotal);
        Assert.Equal(2, summary.False["near_miss"]);
        Assert.Equal(1, summary.False["no_gold_here"]);
    }
}
