using Strait.Sim.Backtesting;

namespace Strait.Sim.Tests.Backtesting;

public class CrpsTest
{
    [Fact]
    public void MatchesTheHandComputedValue()
    {
        // mean|X − 2| = 2/3; mean|X − X'| over the 9 pairs = 8/9; CRPS = 2/3 − 4/9 = 2/9.
        Assert.Equal(2.0 / 9.0, Crps.Ensemble([3, 1, 2], 2), 12);
    }

    [Theory]
    [InlineData(5, 2, 3)]
    [InlineData(-1, 4, 5)]
    public void ASingleMemberScoresItsAbsoluteError(double member, double observed, double expected) =>
        Assert.Equal(expected, Crps.Ensemble([member], observed), 12);

    [Fact]
    public void ApproachesTheGaussianClosedForm()
    {
        // For N(0,1) and y = 0 the CRPS is 2φ(0) − 1/√π = 0.23370...
        var members = Enumerable.Range(0, 4000).Select(i => MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, (i + 0.5) / 4000)).ToArray();
        Assert.Equal(0.2337, Crps.Ensemble(members, 0), 3);
    }

    [Theory]
    [InlineData(1.0, 2.0)]
    [InlineData(-3.0, 0.5)]
    public void ApproachesTheGaussianClosedFormAwayFromTheCentre(double observed, double sd)
    {
        // CRPS(N(0, σ²), y) = σ [z (2Φ(z) − 1) + 2φ(z) − 1/√π] with z = y/σ (Gneiting and Raftery 2007).
        var z = observed / sd;
        var expected = sd * ((z * ((2 * MathNet.Numerics.Distributions.Normal.CDF(0, 1, z)) - 1)) + (2 * MathNet.Numerics.Distributions.Normal.PDF(0, 1, z)) - (1 / Math.Sqrt(Math.PI)));
        var members = Enumerable.Range(0, 4000).Select(i => MathNet.Numerics.Distributions.Normal.InvCDF(0, sd, (i + 0.5) / 4000)).ToArray();
        Assert.Equal(expected, Crps.Ensemble(members, observed), 3);
    }

    [Fact]
    public void RewardsASharpCorrectForecastOverAWideOne()
    {
        double[] sharp = [9, 10, 11];
        double[] wide = [0, 10, 20];
        Assert.True(Crps.Ensemble(sharp, 10) < Crps.Ensemble(wide, 10));
        Assert.Equal(Crps.Ensemble([3, 1, 2], 2), Crps.Ensemble([1, 2, 3], 2), 12);
    }
}
