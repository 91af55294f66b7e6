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

    /// <summary>
    /// The calendar as a forecaster standing at <paramref name="date"/> knew it: terms and elections before it as
    /// they happened; after it only what the constitutions schedule. A Korean president in office serves the
    /// single five-year term to its end and is followed by a successor of the same camp (the camp is unknown;
    /// no change is the neutral guess); Japanese prime ministers and US presidents in office stay (no fixed
    /// end that the model uses). Future elections: Korean legislative and Japanese upper-house elections are
    /// fixed by law and kept; the Korean presidential election is the regular one, two months before the
    /// scheduled end; the Japanese lower house is due four years after its last election. Early removals,
    /// snap elections and new leaders after the date are not known.
    /// </summary>
    public PoliticalCalendar KnownAt(LocalDate date)
    {
        var terms = new List<Term>();
        var scheduled = new List<Election>();
        foreach (var term in Terms.Where(t => t.Start < date))
        {
            var inForce = term.End is null || term.End >= date;
            if (!inForce)
            {
                terms.Add(term);
            }
            else if (term.Country == "KOR")
            {
                var end = term.Start.PlusYears(5).PlusDays(-1);
                terms.Add(term with { End = end });
                terms.Add(new Term("KOR", $"successor of {term.Name}", end.PlusDays(1), null, term.Camp, "scheduled (camp assumed unchanged)"));
                if (end.PlusMonths(-2) >= date)
                {
                    scheduled.Add(new Election("KOR", "presidential", end.PlusMonths(-2), "scheduled"));
                }
            }
            else
            {
                terms.Add(term with { End = null });
            }
        }

        var elections = Elections.Where(e => e.Date < date || (e.Country, e.Kind) is ("KOR", "legislative") or ("JPN", "upper house")).ToList();
        if (Elections.Where(e => e.Country == "JPN" && e.Kind == "lower house" && e.Date < date).MaxBy(e => e.Date) is { } lastLower
            && lastLower.Date.PlusYears(4) >= date)
        {
            scheduled.Add(new Election("JPN", "lower house", lastLower.Date.PlusYears(4), "scheduled (end of the four-year term)"));
        }

        return new PoliticalCalendar(terms, [.. elections, .. scheduled]);
    }
}
