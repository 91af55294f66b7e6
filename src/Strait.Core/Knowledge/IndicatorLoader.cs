using System.Globalization;
using Strait.Core.Actors;
using Strait.Core.Events;
using Strait.Core.Time;

namespace Strait.Core.Knowledge;

/// <summary>
/// Loads the built-in indicator series (<c>data/indicators/*.csv</c>, format in data/README.md): one measured
/// value per row, with how it was measured and whether it is the first value after a change of method.
/// Any bad row gives a STR110 error naming the file, the line and the column.
/// </summary>
public static class IndicatorLoader
{
    /// <summary>The columns of every file, in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["series", "measure", "population", "when", "value", "unit", "by", "mode", "break", "source", "note"];

    /// <summary>Loads one file.</summary>
    public static Outcome<IReadOnlyList<IndicatorObservation>> Load(string path)
    {
        var seen = new HashSet<(string Series, string When)>();
        return AlmanacCsvRows.Read(path, Columns, row =>
        {
            var observation = Observation(row);
            if (observation.Success && !seen.Add((observation.Value.Series, observation.Value.Indicator.When!.ToString())))
            {
                return Outcome<IndicatorObservation>.Fail(row.Error("when",
                    $"the series '{observation.Value.Series}' already has a value for {observation.Value.Indicator.When}",
                    "Give each series one value per date; put another pollster's or method's figures in a series of their own."));
            }

            return observation;
        });
    }

    /// <summary>Loads every <c>*.csv</c> file of a folder, in name order; the first bad file stops it.</summary>
    public static Outcome<IReadOnlyList<IndicatorObservation>> LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return Outcome<IReadOnlyList<IndicatorObservation>>.Fail(new StraitError(ErrorCodes.KnowledgeFile,
                $"The folder '{directory}' does not exist", directory,
                "Check the path, or set STRAIT_DATA to the folder that holds Strait's data files."));
        }

        var all = new List<IndicatorObservation>();
        foreach (var file in Directory.GetFiles(directory, "*.csv").Order(StringComparer.Ordinal))
        {
            var loaded = Load(file);
            if (!loaded.Success)
            {
                return loaded;
            }

            all.AddRange(loaded.Value);
        }

        return Outcome<IReadOnlyList<IndicatorObservation>>.Ok(all);
    }

    private static Outcome<IndicatorObservation> Observation(AlmanacCsvRow row)
    {
        var series = row.Required("series");
        var measure = row.Required("measure");
        var population = row.Parse("population", ActorCode.Parse);
        var when = row.Parse("when", PartialDate.Parse);
        var value = row.Parse("value", text =>
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? Outcome<double>.Ok(number)
                : Outcome<double>.Fail(new StraitError(ErrorCodes.KnowledgeFile, $"'{text}' is not a number",
                    Hint: "Write the value as a plain number with a decimal point: 26.7 (no %, no thousands separators).")));
        var unit = row.Required("unit");
        var by = row.Required("by");
        var source = row.Required("source");
        var seriesBreak = row["break"] switch
        {
            "yes" => Outcome<bool>.Ok(true),
            "" or "no" => Outcome<bool>.Ok(false),
            var other => Outcome<bool>.Fail(row.Error("break", $"'{other}' is not yes or no",
                "Write yes on the first value after a change of method, and leave the field empty otherwise.")),
        };
        var failure = new StraitError?[]
            {
                series.Error, measure.Error, population.Error, when.Error, value.Error, unit.Error, by.Error,
                source.Error, seriesBreak.Error,
            }
            .FirstOrDefault(e => e is not null);
        if (failure is not null)
        {
            return Outcome<IndicatorObservation>.Fail(failure);
        }

        var text = $"{measure.Value}: {value.Value.ToString(CultureInfo.InvariantCulture)} {unit.Value} ({when.Value})";
        var indicator = new Indicator(measure.Value, population.Value.ToString(), value.Value, unit.Value, when.Value, by.Value,
            Evidence.FromSource(text, source.Value));
        return Outcome<IndicatorObservation>.Ok(
            new IndicatorObservation(series.Value, indicator, row.Optional("mode"), seriesBreak.Value, row.Optional("note")));
    }
}
