using Strait.Core.Time;

namespace Strait.Core.Actors;

/// <summary>A role a person holds over a span of days: "Moon Jae-in is KORGOV from 2017-05-10 to 2022-05-09".</summary>
/// <param name="Actor">The actor code the person speaks for while in the role.</param>
/// <param name="Title">What the role is called (president, prime minister, foreign minister).</param>
/// <param name="From">First day in the role.</param>
/// <param name="To">Last day in the role, or null while the term runs.</param>
/// <param name="Source">Where the term is documented.</param>
public sealed record RoleTerm(ActorCode Actor, string Title, NodaTime.LocalDate From, NodaTime.LocalDate? To, string Source)
{
    public bool Covers(NodaTime.LocalDate day) => From <= day && (To is null || day <= To);

    public bool Overlaps(PartialDate when) => From <= when.End && (To is null || when.Start <= To);
}
