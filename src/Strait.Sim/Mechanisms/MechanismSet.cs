using Strait.Sim.Parameters;
using Strait.Sim.Scenarios;

namespace Strait.Sim.Mechanisms;

/// <summary>The nine named mechanisms of the model (and the relations climate they act through), built once from a parameter set.</summary>
public sealed class MechanismSet(ParameterReader p, ShockCatalogue catalogue)
{
    public NationalistMove Nationalist { get; } = new(p);

    public CampAndPosition Camp { get; } = new(p);

    public AgreementRevocation Revocation { get; } = new(p);

    public EconomicInterdependence Interdependence { get; } = new(p);

    public ExternalThreatCohesion Cohesion { get; } = new(p);

    public QuasiAlliance QuasiAlliance { get; } = new(p);

    public Shocks Shocks { get; } = new(p, catalogue);

    public OpinionFollowsRelations Opinion { get; } = new(p);

    public Reciprocity Reciprocity { get; } = new(p);

    public RelationsClimate Climate { get; } = new(p);
}
