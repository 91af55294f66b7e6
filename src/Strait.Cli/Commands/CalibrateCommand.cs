using System.CommandLine;
using Strait.Cli.Output;
using Strait.Sim.Calibration;

namespace Strait.Cli.Commands;

/// <summary>
/// <c>strait calibrate [--out FILE] [--iterations N] [--runs N]</c>: fits the parameters marked fit: true in
/// data/model/parameters.yaml to the monthly relations index and the annual opinion series (objective and
/// optimiser: <see cref="Calibrator"/>), prints the fit and writes the fitted values (default
/// data/model/fitted.yaml, which later runs apply on top of parameters.yaml).
/// </summary>
public static class CalibrateCommand
{
    public static Command Create(CliContext context, CommonOptions options)
    {
        var output = new Option<string?>("--out") { Description = "Where to write the fitted parameters (default data/model/fitted.yaml)" };
        var evaluations = new Option<int>("--iterations") { Description = "Most iterations of the Nelder–Mead simplex (about 1.5 objective evaluations each)", DefaultValueFactory = _ => 300 };
        var runs = new Option<int>("--runs") { Description = "Runs averaged per evaluation", DefaultValueFactory = _ => 64 };
        var command = new Command("calibrate", "Fit the model's parameters to the relations index and the opinion series");
        foreach (var option in new Option[] { output, evaluations, runs })
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult =>
        {
            var loaded = SimulationSupport.LoadModelAndHistory(context, parseResult.GetValue(options.Database)!, applyFitted: false);
            if (!loaded.Success)
            {
                context.Error.WriteLine(loaded.Error);
                return 1;
            }

            var (data, setup, history) = loaded.Value;

            var calibrator = new Calibrator(setup, history) { MaxEvaluations = parseResult.GetValue(evaluations), Runs = parseResult.GetValue(runs) };
            var result = calibrator.Fit();
            var path = parseResult.GetValue(output) ?? Path.Combine(data, "model", "fitted.yaml");
            var now = context.Clock.GetCurrentInstant().InUtc().Date;
            var written = FittedFile.Write(path, result, $"the monthly relations index ({result.IndexMonths} months from {SimulationSupport.Month(setup.History.Start)}; data/almanac and the articles in {parseResult.GetValue(options.Database)} when it exists) and {result.OpinionPoints} annual opinion values (data/indicators: jp_affinity_kr, kr_good_of_jp)", now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            RecordWriter.Write(context, OutputFormat.Table, ["figure", "value"],
            [
                ["index RMSE", result.IndexRmse],
                ["index correlation", result.IndexCorrelation],
                ["opinion RMSE (points)", result.OpinionRmse],
                ["objective before", result.ObjectiveBefore],
                ["objective after", result.Objective],
                ["index months", result.IndexMonths],
                ["opinion values", result.OpinionPoints],
                ["evaluations", result.Evaluations],
                ["seconds", result.Seconds],
                ["mapping offset", result.Mapping.Offset],
                ["mapping scale", result.Mapping.Scale],
            ]);
            RecordWriter.Write(context, OutputFormat.Table, ["parameter", "default", "fitted"],
                result.Changes.Select(c => (IReadOnlyList<object?>)[c.Name, c.Before, c.After]));
            if (!written.Success)
            {
                context.Error.WriteLine(written.Error);
                return 1;
            }

            context.Out.WriteLine($"Wrote {path}.");
            return 0;
        });
        return command;
    }
}
