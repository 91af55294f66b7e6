namespace Strait.Sim.Parameters;

/// <summary>
/// One parameter of the model: its value, the bounds a calibration may move it within, whether the
/// calibration fits it, and why it has the value it has (reasoning and sources, from parameters.yaml).
/// </summary>
public sealed record ModelParameter(string Name, double Value, double Min, double Max, bool Fit, string Why, string? Source);
