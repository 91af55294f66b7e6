namespace Strait.Text.Coding;

/// <summary>A place two or more countries claim (cues.yaml <c>disputed_places</c>): its names and its claimants' country codes.</summary>
public sealed record DisputedPlace(IReadOnlyList<Phrase> Names, IReadOnlyList<string> Claimants);
