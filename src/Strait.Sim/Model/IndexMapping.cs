namespace Strait.Sim.Model;

/// <summary>
/// The linear map from the model's relations (−100..100) onto the measured monthly index:
/// <c>index = Offset + Scale × relations</c>. Fitted by <c>strait calibrate</c> by least squares.
/// </summary>
public readonly record struct IndexMapping(double Offset, double Scale)
{
    public static IndexMapping Identity => new(0, 1);

    public double ToIndex(double relations) => Offset + (Scale * relations);

    public double ToRelations(double index) => Scale == 0 ? 0 : (index - Offset) / Scale;
}
