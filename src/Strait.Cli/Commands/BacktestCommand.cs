using System.CommandLine;
using System.Text.Json;
using Strait.Cli.Output;
using Strait.Core;
using Strait.Sim.Backtesting;

namespace Strait.Cli.Commands;

/// <summary>
/// <c>strait backtest [--json]</c>: rolling-origin out-of-sample forecasts of the relations index (origins
/// every January from 2008, horizons 12 and 24 months) by the model, persistence and an AR(1), scored by
/// CRPS, RMSE and 80% interval coverage side by side (<see cref="Backtester"/>).
/// </summary>
public static class BacktestCommand
{
    public static Command Create(CliContext context, CommonOptions options)
    {
        var json = new Option<bool>("--json") { Description = "Print {\"model\": {...}, \"persistence\": {...}, \"autoregressive\": {...}}" };
        var members = new Option<int>("--members") { Description = "Ensemble members per forecast", DefaultValueFactory = _ => 200 };
        var defaults = new Option<bool>("--defaults") { Description = "Use the default parameters even when data/model/fitted.yaml exists (fitted on all the data, so in-sample for every origin)" };
        var forecasts = new Option<bool>("--forecasts") { Description = "Also list every forecast (origin, horizon, observed, point, 10/50/90% quantiles, CRPS)" };
        var spread = new Option<string>("--spread") { Description = "scaled: past errors rescaled by recent volatility (default); unscaled: raw errors at the last 60 positions", DefaultValueFactory = _ => "scaled" };
        var shape = new Option<SpreadShape>("--shape") { Description = "Gaussian of the past errors' RMS (default) or their empirical quantiles", DefaultValueFactory = _ => SpreadShape.Gaussian };
        var modelForecast = new Option<ModelForecastKind>("--model-forecast") { Description = "Arx (default, chosen by looking at this backtest): AR(1) reverting towards the scaled model path, the path kept only where it passed a check before the origin; Anchored: the model mean path plus the last residual decaying; Assimilated: the model run from its state with relations set to the last observation", DefaultValueFactory = _ => ModelForecastKind.Arx };
        var volatilityWindow = new Option<int>("--volatility-window") { Description = "Months before each origin whose monthly changes measure the volatility that scales the spread", DefaultValueFactory = _ => 60 };
        var errorWindow = new Option<int>("--error-window") { Description = "Most recent in-sample forecast positions whose errors set each method's spread", DefaultValueFactory = _ => 240 };
        var from = new Option<string>("--from") { Description = "First forecast origin, YYYY-MM; origins follow every 12 months while the outcome is measured", DefaultValueFactory = _ => "2008-01" };
        spread.AcceptOnlyFromAmong("scaled", "unscaled");
        var command = new Command("backtest", "Out-of-sample forecasts of the index: the model against persistence and AR(1)");
        command.Options.Add(json);
        command.Options.Add(members);
        command.Options.Add(defaults);
        command.Options.Add(forecasts);
        command.Options.Add(spread);
        command.Options.Add(shape);
        command.Options.Add(volatilityWindow);
        command.Options.Add(errorWindow);
        command.Options.Add(modelForecast);
        command.Options.Add(from);
        command.SetAction(parseResult =>
        {
            var firstOrigin = NodaTime.Text.YearMonthPattern.Iso.Parse(parseResult.GetValue(from)!);
            if (!firstOrigin.Success)
            {
                context.Error.WriteLine(new StraitError(ErrorCodes.BadDate, $"--from {parseResult.GetValue(from)} is not a month", "--from", "Write the first origin as YYYY-MM, for example 2008-01."));
                return 1;
            }

            var loaded = SimulationSupport.LoadModelAndHistory(context, parseResult.GetValue(options.Database)!, applyFitted: !parseResult.GetValue(defaults));
            if (!loaded.Success)
            {
                context.Error.WriteLine(loaded.Error);
                return 1;
            }

            var (_, setup, history) = loaded.Value;

            var errorSpread = (parseResult.GetValue(spread) == "unscaled" ? ErrorSpread.Unscaled : new ErrorSpread { VolatilityWindow = parseResult.GetValue(volatilityWindow), ErrorWindow = parseResult.GetValue(errorWindow) }) with { Shape = parseResult.GetValue(shape) };
            var kind = parseResult.GetValue(modelForecast);
            var report = new Backtester(setup, history) { Members = parseResult.GetValue(members), Spread = errorSpread, ModelForecast = kind, FirstOrigin = firstOrigin.Value }.Run();
            var parameters = $"parameters: {SimulationSupport.Describe(setup)}"
                + (setup.Fitted ? "; fitted on all the data, so the model's scores are partly in-sample (--defaults avoids it)" : "")
                + $"\nmodel forecast: {Describe(kind)}\nspread (all methods): {Describe(errorSpread)}"
                + (kind == ModelForecastKind.Arx ? $"\n{Describe(report.ArxChoices)}\ncaveat: Arx became the default model forecast after it scored better than Anchored on these same forecasts" : "");
            if (parseResult.GetValue(json))
            {
                context.Error.WriteLine(parameters);
                context.Out.WriteLine(JsonSerializer.Serialize(
                    report.Overall.ToDictionary(m => m.Key, m => new
                    {
                        forecast = m.Key == "model" ? Describe(kind) : m.Key == "persistence" ? "the last value" : "AR(1) fitted on the index before the origin, iterated",
                        crps = m.Value.Crps,
                        rmse = m.Value.Rmse,
                        coverage80 = m.Value.Coverage80,
                        forecasts = m.Value.Forecasts,
                        horizons = report.ByHorizon[m.Key].ToDictionary(h => h.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), h => new { crps = h.Value.Crps, rmse = h.Value.Rmse, coverage80 = h.Value.Coverage80, forecasts = h.Value.Forecasts }),
                    }),
                    new JsonSerializerOptions { WriteIndented = true }));
                if (parseResult.GetValue(forecasts))
                {
                    context.Error.WriteLine("--forecasts is ignored with --json");
                }

                return 0;
            }

            context.Out.WriteLine(parameters);
            var rows = new List<IReadOnlyList<object?>>();
            foreach (var (method, scores) in report.Overall)
            {
                rows.Add([method, "all", scores.Crps, scores.Rmse, scores.Coverage80, scores.Forecasts]);
                foreach (var (horizon, byHorizon) in report.ByHorizon[method])
                {
                    rows.Add([method, horizon, byHorizon.Crps, byHorizon.Rmse, byHorizon.Coverage80, byHorizon.Forecasts]);
                }
            }

            RecordWriter.Write(context, OutputFormat.Table, ["method", "horizon", "crps", "rmse", "coverage80", "forecasts"], rows);
            if (parseResult.GetValue(forecasts))
            {
                RecordWriter.Write(
                    context,
                    OutputFormat.Table,
                    ["method", "origin", "horizon", "observed", "point", "low10", "median", "high90", "crps", "volatility", "borrowed"],
                    report.Forecasts.OrderBy(f => f.Origin).ThenBy(f => f.Horizon).Select(f => (IReadOnlyList<object?>)
                        [f.Method, f.Origin.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), f.Horizon, f.Observed, f.Point, f.Low10, f.Median, f.High90, f.Crps, f.Volatility, f.BorrowedErrors]).ToList());
            }

            var best = report.Overall.MinBy(m => m.Value.Crps).Key;
            context.Out.WriteLine(best == "model"
                ? "The model has the lowest mean CRPS."
                : $"The model does not beat {best} on mean CRPS.");
            return 0;
        });
        return command;
    }

    private static string Describe(ModelForecastKind kind) => kind switch
    {
        ModelForecastKind.Assimilated => "assimilated (model state at the origin with relations set to the last observation, mean of runs forward; map fitted before the origin)",
        ModelForecastKind.Arx => "arx (a + β·model path + φ^h·(last value − a − β·model state), fitted on one-month steps before the origin; β = 0, the AR(1), unless the path won a rolling h-month check before the origin)",
        _ => "anchored (model mean path plus the last residual decaying at its AR(1) rate; fitted before the origin)",
    };

    private static string Describe(IReadOnlyList<ArxChoice> choices)
    {
        var kept = choices.Where(c => c.Selection.Chosen.UsesModel).ToArray();
        var detail = string.Join(", ", kept.Select(c => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{c.Origin:yyyy-MM}/h{c.Horizon} (β {c.Selection.Chosen.Scale:0.###})")));
        return $"arx: model path kept at {kept.Length} of {choices.Count} origin/horizon fits" + (kept.Length > 0 ? $": {detail}" : "; every forecast was the AR(1)");
    }

    private static string Describe(ErrorSpread spread) => spread.VolatilityWindow > 0
        ? $"{spread.Shape.ToString().ToLowerInvariant()} of each method's in-sample errors at the last {spread.ErrorWindow} positions, standardized by the volatility then and rescaled by the RMS monthly change of the {spread.VolatilityWindow} months before the origin"
        : $"{spread.Shape.ToString().ToLowerInvariant()} of each method's raw in-sample errors at the last {spread.ErrorWindow} positions";
}
