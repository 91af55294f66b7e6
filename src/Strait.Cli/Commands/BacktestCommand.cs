using System.CommandLine;
using System.Text.Json;
using Strait.Cli.Output;
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
        var command = new Command("backtest", "Out-of-sample forecasts of the index: the model against persistence and AR(1)");
        command.Options.Add(json);
        command.Options.Add(members);
        command.Options.Add(defaults);
        command.SetAction(parseResult =>
        {
            var model = SimulationSupport.LoadModel(applyFitted: !parseResult.GetValue(defaults));
            if (!model.Success)
            {
                context.Error.WriteLine(model.Error);
                return 1;
            }

            var (data, setup) = model.Value;
            var history = SimulationSupport.LoadHistory(context, parseResult.GetValue(options.Database)!, data);
            if (!history.Success)
            {
                context.Error.WriteLine(history.Error);
                return 1;
            }

            var report = new Backtester(setup, history.Value) { Members = parseResult.GetValue(members) }.Run();
            var parameters = $"parameters: {SimulationSupport.Describe(setup)}"
                + (setup.Fitted ? "; fitted on all the data, so the model's scores are partly in-sample (--defaults avoids it)" : "");
            if (parseResult.GetValue(json))
            {
                context.Error.WriteLine(parameters);
                context.Out.WriteLine(JsonSerializer.Serialize(
                    report.Overall.ToDictionary(m => m.Key, m => new
                    {
                        crps = m.Value.Crps,
                        rmse = m.Value.Rmse,
                        coverage80 = m.Value.Coverage80,
                        forecasts = m.Value.Forecasts,
                        horizons = report.ByHorizon[m.Key].ToDictionary(h => h.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), h => new { crps = h.Value.Crps, rmse = h.Value.Rmse, coverage80 = h.Value.Coverage80, forecasts = h.Value.Forecasts }),
                    }),
                    new JsonSerializerOptions { WriteIndented = true }));
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
            var best = report.Overall.MinBy(m => m.Value.Crps).Key;
            context.Out.WriteLine(best == "model"
                ? "The model has the lowest mean CRPS."
                : $"The model does not beat {best} on mean CRPS.");
            return 0;
        });
        return command;
    }
}
