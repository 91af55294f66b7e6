using System.Globalization;
using System.Text;
using Strait.Core;

namespace Strait.Sim.Calibration;

/// <summary>Writes the fitted parameters as flat <c>name: value</c> lines (read back by ParameterLoader.ApplyFitted).</summary>
public static class FittedFile
{
    /// <summary>Writes the file; a path that cannot be written gives a STR201 error.</summary>
    public static Outcome<string> Write(string path, CalibrationResult result, string historyDescription, string when)
    {
        var text = new StringBuilder()
            .AppendLine("# Parameters fitted by `strait calibrate`; they override data/model/parameters.yaml when this file")
            .AppendLine("# sits beside it (delete it to return to the defaults). Objective and method: Strait.Sim Calibrator.")
            .AppendLine(CultureInfo.InvariantCulture, $"# Fitted {when} to {historyDescription}.")
            .AppendLine(CultureInfo.InvariantCulture, $"# Index RMSE {result.IndexRmse:0.###}, correlation {result.IndexCorrelation:0.###}, opinion RMSE {result.OpinionRmse:0.##} points, objective {result.ObjectiveBefore:0.####} -> {result.Objective:0.####}.")
            .AppendLine(CultureInfo.InvariantCulture, $"# Nelder-Mead simplex, {result.Evaluations} objective evaluations, {result.Seconds:0.#} s. Fitted on all the data: back-tests with these values are in-sample.");
        foreach (var (name, _, after) in result.Changes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{name}: {after:0.######}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"mapping.offset: {result.Mapping.Offset:0.######}");
        text.AppendLine(CultureInfo.InvariantCulture, $"mapping.scale: {result.Mapping.Scale:0.######}");
        return OutputFile.Write(path, text.ToString(), "cannot write the fitted parameters", "Choose another --out path in a folder you can write to.");
    }
}
