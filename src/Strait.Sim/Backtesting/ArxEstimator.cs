namespace Strait.Sim.Backtesting;

/// <summary>
/// One case for the ARX: the index at a start (<see cref="Start"/>), the model's relations there
/// (<see cref="ModelStart"/>), the model's value some months on (<see cref="ModelPath"/>) and the index then
/// (<see cref="Outcome"/>). For fitting, one month on along the model's mean path under the historical drivers;
/// for forecasting, h months on along the mean path of runs from the start.
/// </summary>
public readonly record struct ArxRow(double Start, double ModelStart, double ModelPath, double Outcome);

/// <summary>
/// A fitted ARX: the index's departure from <c>a + β m</c> (m: the model's relations) is an AR(1) with rate φ,
/// so h months ahead <c>ŷ = a + β g + φ^h (y₀ − a − β m₀)</c> (g: the model's value then, m₀ now). With
/// <see cref="UsesModel"/> false, β = 0 and it is the AR(1) reverting to the constant a.
/// </summary>
public sealed record ArxModel(double Level, double Scale, double Phi, bool UsesModel)
{
    public double Forecast(double start, double modelStart, double modelPath, int horizon)
    {
        var decay = Math.Pow(Phi, horizon);
        return Level + (Scale * modelPath) + (decay * (start - Level - (Scale * modelStart)));
    }

    public double Forecast(ArxRow row, int horizon) => Forecast(row.Start, row.ModelStart, row.ModelPath, horizon);
}

/// <summary>
/// What <see cref="ArxEstimator.Select"/> chose and why: the chosen fit on all the one-month rows and the root
/// mean square h-month error of each candidate in the pseudo-out-of-sample check (NaN where none was possible).
/// </summary>
public sealed record ArxSelection(ArxModel Chosen, double ValidationRmseAutoregressive, double ValidationRmseArx, int Validations);

/// <summary>
/// Fits the ARX <c>y_t − a − β m_t = φ (y_{t−1} − a − β m_{t−1}) + e_t</c> by least squares on one-month steps
/// (φ on a grid over [0, 0.999]; for each φ, a and β in closed form; the φ with the least squared error wins),
/// so that with β = 0 it is the AR(1) baseline's fit. <see cref="Select"/> chooses between that AR(1) and the ARX
/// by a rolling pseudo-out-of-sample check on the data alone: from every start whose h-month outcome is known,
/// both are fitted on the steps known at that start and forecast h months ahead; the ARX is kept only when its
/// mean squared error over at least <see cref="MinimumValidations"/> such forecasts is lower. The ARX nests the
/// AR(1), so its in-sample error is never higher; this check is what makes it earn its extra parameter.
/// </summary>
public sealed class ArxEstimator
{
    /// <summary>Steps of the grid for φ over [0, 0.999].</summary>
    public int Grid { get; init; } = 1000;

    /// <summary>One-month steps a fit needs (fewer: the check skips that start).</summary>
    public int MinimumFit { get; init; } = 24;

    /// <summary>Pseudo-out-of-sample forecasts the check needs before it can choose the ARX.</summary>
    public int MinimumValidations { get; init; } = 12;

    /// <summary>The least-squares fit on the first <paramref name="count"/> one-month steps, with β (<paramref name="useModel"/>) or β = 0.</summary>
    public ArxModel Fit(IReadOnlyList<ArxRow> steps, int count, bool useModel) => Fit(Moments.Prefixes(steps)[count], useModel);

    /// <summary>
    /// The AR(1) or the ARX, whichever forecast better h months ahead out of sample, fitted on all the steps. The
    /// first <paramref name="lead"/> steps come before the model's history (their model values are ignored): the
    /// AR(1) is fitted on every step, the ARX on the rest. <paramref name="cases"/>[j] must start where
    /// <paramref name="steps"/>[lead + j] starts, so that the steps known at its start are the first lead + j.
    /// </summary>
    public ArxSelection Select(IReadOnlyList<ArxRow> steps, int lead, IReadOnlyList<ArxRow> cases, int horizon)
    {
        var prefixes = Moments.Prefixes(steps);
        var (squaresAr, squaresArx, validations) = (0.0, 0.0, 0);
        for (var j = MinimumFit; j < cases.Count && lead + j <= steps.Count; j++)
        {
            var ar = Fit(prefixes[lead + j], false).Forecast(cases[j], horizon) - cases[j].Outcome;
            var arx = Fit(prefixes[lead + j] - prefixes[lead], true).Forecast(cases[j], horizon) - cases[j].Outcome;
            squaresAr += ar * ar;
            squaresArx += arx * arx;
            validations++;
        }

        var useModel = validations >= MinimumValidations && squaresArx < squaresAr;
        return new ArxSelection(
            useModel ? Fit(prefixes[steps.Count] - prefixes[lead], true) : Fit(prefixes[steps.Count], false),
            validations == 0 ? double.NaN : Math.Sqrt(squaresAr / validations),
            validations == 0 ? double.NaN : Math.Sqrt(squaresArx / validations),
            validations);
    }

    private ArxModel Fit(Moments s, bool useModel)
    {
        if (s.N < 2)
        {
            return new ArxModel(s.N == 0 ? 0 : s.Y, 0, 0, false);
        }

        var best = (Error: double.PositiveInfinity, Model: new ArxModel(0, 0, 0, false));
        for (var k = 0; k <= Grid; k++)
        {
            var phi = 0.999 * k / Grid;
            // z = y − φ y₀ regressed on x = m − φ m₀: z = a (1 − φ) + β x.
            var sz = s.Y - (phi * s.Y0);
            var szz = s.YY - (2 * phi * s.YY0) + (phi * phi * s.Y0Y0) - (sz * sz / s.N);
            var (scale, error) = (0.0, szz);
            var sx = s.G - (phi * s.M);
            if (useModel)
            {
                var sxx = s.GG - (2 * phi * s.GM) + (phi * phi * s.MM) - (sx * sx / s.N);
                var sxz = s.GY - (phi * s.GY0) - (phi * s.MY) + (phi * phi * s.MY0) - (sx * sz / s.N);
                if (sxx > 1e-9 * s.N)
                {
                    scale = sxz / sxx;
                    error = szz - (sxz * sxz / sxx);
                }
            }

            if (error < best.Error - 1e-12)
            {
                best = (error, new ArxModel((sz - (scale * sx)) / s.N / (1 - phi), scale, phi, useModel));
            }
        }

        return best.Model;
    }
    /// <summary>Running sums of the rows' values and their products, so that a fit on any first rows costs the grid only.</summary>
    private readonly record struct Moments(
        double N, double Y, double Y0, double G, double M,
        double YY, double YY0, double Y0Y0, double GG, double GM, double MM, double GY, double GY0, double MY, double MY0)
    {
        public static Moments[] Prefixes(IReadOnlyList<ArxRow> rows)
        {
            var prefixes = new Moments[rows.Count + 1];
            for (var i = 0; i < rows.Count; i++)
            {
                var (p, r) = (prefixes[i], rows[i]);
                prefixes[i + 1] = new Moments(
                    p.N + 1, p.Y + r.Outcome, p.Y0 + r.Start, p.G + r.ModelPath, p.M + r.ModelStart,
                    p.YY + (r.Outcome * r.Outcome), p.YY0 + (r.Outcome * r.Start), p.Y0Y0 + (r.Start * r.Start),
                    p.GG + (r.ModelPath * r.ModelPath), p.GM + (r.ModelPath * r.ModelStart), p.MM + (r.ModelStart * r.ModelStart),
                    p.GY + (r.ModelPath * r.Outcome), p.GY0 + (r.ModelPath * r.Start), p.MY + (r.ModelStart * r.Outcome), p.MY0 + (r.ModelStart * r.Start));
            }

            return prefixes;
        }

        /// <summary>The sums over the rows between two prefixes.</summary>
        public static Moments operator -(Moments a, Moments b) => new(
            a.N - b.N, a.Y - b.Y, a.Y0 - b.Y0, a.G - b.G, a.M - b.M, a.YY - b.YY, a.YY0 - b.YY0, a.Y0Y0 - b.Y0Y0,
            a.GG - b.GG, a.GM - b.GM, a.MM - b.MM, a.GY - b.GY, a.GY0 - b.GY0, a.MY - b.MY, a.MY0 - b.MY0);
    }
}
