using NodaTime;
using Strait.Sim.Model;
using Strait.Sim.Politics;

namespace Strait.Sim.Scenarios;

/// <summary>
/// A scenario turned into arrays indexed by month (0 = the start), read by the model's step without any
/// look-up or allocation: who governs, elections ahead, new governments, scheduled shocks and the values
/// that exogenous paths and level shocks hold variables at (NaN where a variable is free).
/// </summary>
public sealed class ScenarioInputs
{
    private static readonly int[] NoShocks = [];

    private ScenarioInputs(int months)
    {
        Months = new YearMonth[months];
        KoreanProgressive = new bool[months];
        JapanLdp = new bool[months];
        UsTransactional = new bool[months];
        NewGovernment = new Pair[months];
        KoreanCampChanged = new bool[months];
        ElectionSoon = new Pair[months];
        MonthsInOffice = new Pair[months];
        KoreanCampMonths = new int[months];
        Shocks = new int[months][];
        Pins = new double[StateVariables.All.Count][];
    }

    public int Length => Months.Length;

    public YearMonth[] Months { get; }

    public bool[] KoreanProgressive { get; }

    public bool[] JapanLdp { get; }

    public bool[] UsTransactional { get; }

    /// <summary>1 for a side in the first month of a new leader.</summary>
    public Pair[] NewGovernment { get; }

    /// <summary>True in the first month of a Korean president of the other camp than the one before.</summary>
    public bool[] KoreanCampChanged { get; }

    /// <summary>1 for a side with a national election this month or in the next two.</summary>
    public Pair[] ElectionSoon { get; }

    /// <summary>Months each leader has been in office.</summary>
    public Pair[] MonthsInOffice { get; }

    /// <summary>Months the Korean camp in power has governed.</summary>
    public int[] KoreanCampMonths { get; }

    /// <summary>Indices into the shock catalogue of the event shocks scheduled in each month.</summary>
    public int[][] Shocks { get; }

    /// <summary>Per state variable, the value it is held at each month (NaN = free), or null if never held.</summary>
    public double[]?[] Pins { get; }

    public static ScenarioInputs Create(Scenario scenario, PoliticalCalendar calendar, ShockCatalogue catalogue, in SimState initial)
    {
        var inputs = new ScenarioInputs(scenario.Horizon);
        Term? lastKorean = null;
        Term? lastJapanese = null;
        string? lastKoreanCamp = null;
        for (var t = 0; t < scenario.Horizon; t++)
        {
            var month = scenario.MonthAt(t);
            inputs.Months[t] = month;
            var korean = calendar.TermIn("KOR", month);
            var japanese = calendar.TermIn("JPN", month);
            var koreanCamp = Override(scenario, "KOR", month) ?? korean?.Camp ?? lastKoreanCamp ?? "conservative";
            var japaneseCamp = Override(scenario, "JPN", month) ?? japanese?.Camp ?? "ldp";
            inputs.KoreanProgressive[t] = koreanCamp == "progressive";
            inputs.JapanLdp[t] = japaneseCamp == "ldp";
            inputs.UsTransactional[t] = calendar.TermIn("USA", month)?.Camp == "transactional";
            var koreanNew = t > 0 && (!ReferenceEquals(korean, lastKorean) || koreanCamp != lastKoreanCamp);
            var japaneseNew = t > 0 && !ReferenceEquals(japanese, lastJapanese);
            inputs.NewGovernment[t] = new Pair(koreanNew ? 1 : 0, japaneseNew ? 1 : 0);
            inputs.KoreanCampChanged[t] = t > 0 && koreanCamp != lastKoreanCamp;
            inputs.ElectionSoon[t] = new Pair(
                calendar.ElectionWithin("KOR", month, 2) ? 1 : 0,
                calendar.ElectionWithin("JPN", month, 2) ? 1 : 0);
            inputs.MonthsInOffice[t] = t == 0
                ? new Pair(Since(korean, month), Since(japanese, month))
                : new Pair(koreanNew ? 0 : inputs.MonthsInOffice[t - 1].Korea + 1, japaneseNew ? 0 : inputs.MonthsInOffice[t - 1].Japan + 1);
            inputs.KoreanCampMonths[t] = t == 0 ? (int)Since(korean, month) : inputs.KoreanCampChanged[t] ? 0 : inputs.KoreanCampMonths[t - 1] + 1;
            lastKorean = korean;
            lastJapanese = japanese;
            lastKoreanCamp = koreanCamp;
            inputs.Shocks[t] = NoShocks;
        }

        foreach (var group in scenario.Shocks.Where(s => !catalogue.Find(s.Kind)!.IsLevel).GroupBy(s => scenario.IndexOf(s.At)))
        {
            if (group.Key >= 0 && group.Key < scenario.Horizon)
            {
                inputs.Shocks[group.Key] = group.Select(s => catalogue.IndexOf(s.Kind)).ToArray();
            }
        }

        foreach (var path in scenario.Paths)
        {
            var pins = PinsOf(inputs, path.Variable);
            var fromIndex = 0;
            var fromValue = StateVariables.Get(initial, path.Variable);
            foreach (var point in path.Points)
            {
                var toIndex = scenario.IndexOf(point.By);
                for (var t = Math.Max(fromIndex, 0); t <= Math.Min(toIndex, scenario.Horizon - 1); t++)
                {
                    var share = toIndex == fromIndex ? 1 : (double)(t - fromIndex) / (toIndex - fromIndex);
                    pins[t] = fromValue + (share * (point.Value - fromValue));
                }

                fromIndex = toIndex;
                fromValue = point.Value;
            }

            for (var t = Math.Max(fromIndex, 0); t < scenario.Horizon; t++)
            {
                pins[t] = fromValue;
            }
        }

        foreach (var shock in scenario.Shocks)
        {
            var kind = catalogue.Find(shock.Kind)!;
            if (!kind.IsLevel)
            {
                continue;
            }

            var pins = PinsOf(inputs, kind.LevelVariable!.Value);
            var last = shock.Until is { } until ? scenario.IndexOf(until) : scenario.Horizon - 1;
            for (var t = Math.Max(scenario.IndexOf(shock.At), 0); t <= Math.Min(last, scenario.Horizon - 1); t++)
            {
                pins[t] = shock.Value;
            }

            // A level that ends is lifted: the variable is set to zero the month after, then left free.
            if (shock.Until is not null && last + 1 >= 0 && last + 1 < scenario.Horizon)
            {
                pins[last + 1] = 0;
            }
        }

        return inputs;
    }

    private static double Since(Term? term, YearMonth month) =>
        term is null ? 0 : Math.Max(0, ((month.Year - term.Start.Year) * 12) + month.Month - term.Start.Month);

    private static double[] PinsOf(ScenarioInputs inputs, StateVariable variable)
    {
        ref var pins = ref inputs.Pins[(int)variable];
        if (pins is null)
        {
            pins = new double[inputs.Length];
            Array.Fill(pins, double.NaN);
        }

        return pins;
    }

    private static string? Override(Scenario scenario, string country, YearMonth month)
    {
        string? camp = null;
        var from = new YearMonth(1, 1);
        foreach (var change in scenario.Governments)
        {
            if (change.Country == country && change.From <= month && change.From >= from)
            {
                camp = change.Camp;
                from = change.From;
            }
        }

        return camp;
    }
}
