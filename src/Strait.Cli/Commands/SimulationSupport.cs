using NodaTime;
using Strait.Core;
using Strait.Core.Knowledge;
using Strait.Sim;
using Strait.Sim.Calibration;
using Strait.Sim.Model;

namespace Strait.Cli.Commands;

/// <summary>
/// What simulate, calibrate and backtest share: the model loaded from data/model, and the history they are
/// fitted to (the relations index built from the almanac and the database, and the annual opinion series
/// jp_affinity_kr and kr_good_of_jp from data/indicators).
/// </summary>
internal static class SimulationSupport
{
    public static Outcome<(string Data, ModelSetup Setup)> LoadModel(bool applyFitted = true)
    {
        var data = DataDirectory.Locate();
        if (!data.Success)
        {
            return Outcome<(string, ModelSetup)>.Fail(data.Error!);
        }

        var setup = ModelSetup.Load(data.Value, applyFitted);
        return setup.Success ? Outcome<(string, ModelSetup)>.Ok((data.Value, setup.Value)) : Outcome<(string, ModelSetup)>.Fail(setup.Error!);
    }

    /// <summary>The model and the history it is fitted to, as calibrate and backtest need them.</summary>
    public static Outcome<(string Data, ModelSetup Setup, HistorySeries History)> LoadModelAndHistory(CliContext context, string database, bool applyFitted)
    {
        var model = LoadModel(applyFitted);
        if (!model.Success)
        {
            return Outcome<(string, ModelSetup, HistorySeries)>.Fail(model.Error!);
        }

        var (data, setup) = model.Value;
        var history = LoadHistory(context, database, data);
        return history.Success
            ? Outcome<(string, ModelSetup, HistorySeries)>.Ok((data, setup, history.Value))
            : Outcome<(string, ModelSetup, HistorySeries)>.Fail(history.Error!);
    }

    public static Outcome<HistorySeries> LoadHistory(CliContext context, string database, string data)
    {
        var sources = ReportCommand.Sources.Load(context, database, null);
        if (!sources.Success)
        {
            return Outcome<HistorySeries>.Fail(sources.Error!);
        }

        var indicators = IndicatorLoader.LoadDirectory(Path.Combine(data, "indicators"));
        if (!indicators.Success)
        {
            return Outcome<HistorySeries>.Fail(indicators.Error!);
        }

        var targets = OpinionTargets.Load(Path.Combine(data, "model", "opinion-targets.yaml"));
        if (!targets.Success)
        {
            return Outcome<HistorySeries>.Fail(targets.Error!);
        }

        var opinion = new List<AnnualOpinion>();
        foreach (var observation in indicators.Value)
        {
            var target = targets.Value.FirstOrDefault(t => t.Series == observation.Series);
            if (target is not null && observation.Indicator.When is { } when
                && (target.ExcludeNote is null || !observation.Note.ContainsIgnoreCase(target.ExcludeNote)))
            {
                opinion.Add(new AnnualOpinion(target.Public, when.Start.Year, target.FieldworkMonth, observation.Indicator.Value, observation.Series));
            }
        }

        var months = sources.Value.Index.Months.Select(m => (m.Month, m.Level));
        return Outcome<HistorySeries>.Ok(new HistorySeries(months, opinion));
    }

    /// <summary>Which parameter file a run uses, for the user to see (fitted.yaml on top of parameters.yaml, or the defaults).</summary>
    public static string Describe(ModelSetup setup) => setup.Fitted
        ? $"{setup.ParameterFile} (fitted values over parameters.yaml)"
        : $"{setup.ParameterFile} (defaults; no fitted.yaml)";

    private static bool ContainsIgnoreCase(this string? text, string part) => text?.Contains(part, StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>
    /// Runs a scenario and returns the relations index's quantiles per month for the report's fan chart,
    /// with the scenario's name, seed and number of runs.
    /// </summary>
    public static Outcome<Strait.Report.SimulationFan> Fan(string scenarioFile, int runs, ulong seed)
    {
        var model = LoadModel();
        if (!model.Success)
        {
            return Outcome<Strait.Report.SimulationFan>.Fail(model.Error!);
        }

        var scenario = model.Value.Setup.Scenarios.Load(scenarioFile);
        if (!scenario.Success)
        {
            return Outcome<Strait.Report.SimulationFan>.Fail(scenario.Error!);
        }

        var result = model.Value.Setup.Simulate(scenario.Value, runs, seed);
        var quantiles = result.FanChart("relations_index");
        if (quantiles is null)
        {
            return Outcome<Strait.Report.SimulationFan>.Fail(new StraitError(ErrorCodes.Scenario,
                "The simulation has no relations_index reporter to draw", scenarioFile,
                "The model's reporters are built in (Strait.Sim Reporter); this is a fault in Strait, not in the scenario: please report it."));
        }

        return Outcome<Strait.Report.SimulationFan>.Ok(new Strait.Report.SimulationFan(result.Scenario, result.Seed, result.Runs,
            quantiles.Points.Select(p => new Strait.Report.FanMonth(p.Month, p.P5, p.P25, p.P50, p.P75, p.P95)).ToArray()));
    }

    public static string Month(YearMonth month) => month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
