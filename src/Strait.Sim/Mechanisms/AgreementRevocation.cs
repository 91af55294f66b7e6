using Strait.Sim.Model;
using Strait.Sim.Parameters;
using Strait.Sim.Randomness;
using Strait.Sim.Scenarios;

namespace Strait.Sim.Mechanisms;

/// <summary>
/// Mechanism 3, agreements revoked by the next government. A history agreement signed by one Korean camp
/// (the 2015 comfort-women deal, signed under Park Geun-hye) may be undone when the other camp takes
/// power (Moon Jae-in's government dissolved its foundation in 2018). In the first <c>window</c> months of
/// a government of the other camp, the monthly chance of revocation is <c>hazard × Korean grievance</c>;
/// revocation costs <c>relations_cost</c> points and raises Japanese grievance by <c>japanese_grievance</c>.
/// </summary>
public sealed class AgreementRevocation(ParameterReader p)
{
    private readonly double _hazard = p["revocation.hazard"];
    private readonly double _window = p["revocation.window"];
    private readonly double _relationsCost = p["revocation.relations_cost"];
    private readonly double _japaneseGrievance = p["revocation.japanese_grievance"];

    public double Probability(in SimState s, ScenarioInputs inputs, int t)
    {
        var camp = inputs.KoreanProgressive[t] ? 1.0 : 0.0;
        return s.DealInForce > 0.5 && camp != s.DealCamp && inputs.KoreanCampMonths[t] < _window
            ? Math.Min(1, _hazard * s.Grievance.Korea)
            : 0;
    }

    public void Apply(ref SimState s, ScenarioInputs inputs, int t, ref Xoshiro256 rng)
    {
        if (rng.Chance(Probability(s, inputs, t)))
        {
            Revoke(ref s, _relationsCost, _japaneseGrievance);
        }
    }

    /// <summary>Ends the agreement in force and records it (also used by the scheduled revocation shock).</summary>
    public static void Revoke(ref SimState s, double relationsCost, double japaneseGrievance)
    {
        s.DealInForce = 0;
        s.DealRevoked = true;
        s.Relations = Math.Max(-100, s.Relations - relationsCost);
        s.Grievance.Japan = Math.Min(1, s.Grievance.Japan + japaneseGrievance);
    }
}
