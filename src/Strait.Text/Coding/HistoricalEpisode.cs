using Strait.Core.Actors;
using Strait.Core.Time;

namespace Strait.Text.Coding;

/// <summary>
/// A known episode of the region's history that a pattern's noun or verb names (<see cref="EventPattern.Episode"/>,
/// events.yaml <c>episode</c>): who did it to whom, and when ("forced labour": Japan's wartime labour mobilisation of
/// Koreans, 1939-45).
/// </summary>
public sealed record HistoricalEpisode(ActorCode Source, ActorCode Target, PartialDate When);
