using Strait.Core.Actors;

namespace Strait.Text.Coding;

/// <summary>
/// The parties of a joint act (a symmetric pattern: a meeting, an agreement, cooperation): one event per pair of
/// parties, so "Freedonia met Sylvania and Ostrava" is three meetings, each pair once.
/// </summary>
public static class JointParties
{
    /// <summary>
    /// The source and target first, then each pair that includes one of the other parties (one party per country,
    /// none of the source's or target's country), in order of naming; when one of the source and target is an
    /// international body, each other party with that body alone.
    /// </summary>
    public static IEnumerable<(ActorCode Source, ActorCode Target)> Pairs(ActorCode source, ActorCode target, IEnumerable<ActorCode> others)
    {
        List<ActorCode> parties = [source, target];
        foreach (var other in others)
        {
            if (parties.All(p => p.CountryPart != other.CountryPart))
            {
                parties.Add(other);
            }
        }

        yield return (source, target);
        if (source.IsInternationalBody != target.IsInternationalBody)
        {
            // "Freedonia and Sylvania took part in the Ostrava Forum's summit": a body's gathering is between the body
            // and each party attending it, not between the attending parties.
            var body = source.IsInternationalBody ? source : target;
            foreach (var other in parties.Skip(2).Where(p => !p.IsInternationalBody))
            {
                yield return (other, body);
            }

            yield break;
        }

        for (var b = 2; b < parties.Count; b++)
        {
            for (var a = 0; a < b; a++)
            {
                yield return (parties[a], parties[b]);
            }
        }
    }
}
