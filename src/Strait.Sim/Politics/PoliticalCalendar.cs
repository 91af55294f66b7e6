using NodaTime;

namespace Strait.Sim.Politics;

/// <summary>A leader's term: who, from when to when (open end while in office) and the camp in power.</summary>
/// <param name="Country">KOR, JPN or USA.</param>
/// <param name="Camp">KOR: progressive or conservative; JPN: ldp or other; USA: conventional or transactional.</param>
public sealed record Term(string Country, string Name, LocalDate Start, LocalDate? End, string Camp, string Source);

/// <summary>A national election (presidential, legislative, upper house).</summary>
public sealed record Election(string Country, string Kind, LocalDate Date, string Source);

/// <summary>
/// Who governs when, and when the next election is: the political calendar that drives camp and position
/// (mechanism 2) and agreement revocation (mechanism 3). Loaded from data/model/calendar.yaml.
/// </summary>
public sealed class PoliticalCalendar(IReadOnlyList<Term> terms, IReadOnlyList<Election> elections)
{
    public IReadOnlyList<Term> Terms { get; } = terms;

    public IReadOnlyList<Election> Elections { get; } = elections;

    /// <summary>The term in force in a month (the one that started last on or before its last day).</summary>
    public Term? TermIn(string country, YearMonth month)
    {
        var last = month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month));
        var first = month.OnDayOfMonth(1);
        Term? found = null;
        foreach (var term in Terms)
        {
            if (term.Country == country && term.Start <= last && (term.End is null || term.End >= first)
                && (found is null || term.Start > found.Start))
            {
                found = term;
            }
        }

        return found;
    }

    /// <summary>True when an election of the country falls in this month or the next <paramref name="monthsAhead"/> months.</summary>
    public bool ElectionWithin(string country, YearMonth month, int monthsAhead)
    {
        var first = month.OnDayOfMonth(1);
        var limit = month.PlusMonths(monthsAhead + 1).OnDayOfMonth(1);
        foreach (var election in Elections)
        {
            if (election.Country == country && election.Date >= first && election.Date < limit)
            {
                return true;
            }
        }

        return false;
    }
}
