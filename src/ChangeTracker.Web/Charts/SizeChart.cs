using System.Globalization;
using ChangeTracker.Application.Queries;
using ChangeTracker.Domain.Versions;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace ChangeTracker.Web.Charts;

/// <summary>
/// Renders a size trend as an inline SVG on the server (OxyPlot, fully managed): one line of MiB per release,
/// jumps (≥ 10% from the previous release) drawn as larger red markers with their percentage.
/// </summary>
public static class SizeChart
{
    public const double Width = 820;
    public const double Height = 360;

    private const double BytesPerMiB = 1024 * 1024;

    /// <summary>A phone-sized drawing: fewer axis labels and text that stays readable once scaled to a 375 px screen.</summary>
    public const double NarrowWidth = 360;
    public const double NarrowHeight = 300;

    /// <summary>
    /// Two &lt;svg&gt; elements scaled to their container, a wide one and a narrow one; the stylesheet shows the one that
    /// fits the screen, so chart text stays readable on a phone. Every text in them is XML-encoded by OxyPlot's writer.
    /// </summary>
    public static string Render(SizeSeries series) =>
        RenderOne(series, Width, Height, labelsAcross: 14, fontSize: 12, "chart-wide")
        + RenderOne(series, NarrowWidth, NarrowHeight, labelsAcross: 6, fontSize: 11, "chart-narrow");

    /// <summary>The last release a series draws, when the newest stored line is later: the download data ends there.</summary>
    public static GoVersion? DataEndsAt(SizeSeries series, GoVersion? newestLine) =>
        series.Points.Count > 0 && newestLine is { } newest && series.Points[^1].Version.Line < newest.Line ? series.Points[^1].Version : null;

    /// <summary>The caption under a chart whose data ends before the newest release.</summary>
    public static string DataEndsText(GoVersion last) =>
        $"The download data ends at go{last}: the source's downloads feed lists no files for later releases, so they are not drawn (not gone).";

    private static string RenderOne(SizeSeries series, double width, double height, int labelsAcross, double fontSize, string sizeClass)
    {
        var model = BuildModel(series, labelsAcross, fontSize);
        var svg = SvgExporter.ExportToString(model, width, height, false, null, true);
        return Responsive(svg, width, height, $"Size of {series.Title} per release, in MiB", sizeClass);
    }

    public static PlotModel BuildModel(SizeSeries series, int labelsAcross = 14, double fontSize = 12)
    {
        var points = series.Points;
        var labels = points.Select(p => p.Version.ToString()).ToList();
        var model = new PlotModel
        {
            Background = OxyColors.White,
            PlotAreaBorderColor = OxyColor.FromRgb(0xcc, 0xcc, 0xcc),
            DefaultFont = "sans-serif",
            DefaultFontSize = fontSize,
            Padding = new OxyThickness(8),
        };
        var step = Math.Max(1, (int)Math.Ceiling(labels.Count / (double)labelsAcross));
        model.Axes.Add(new LinearAxis
        {
            Position = AxisPosition.Bottom,
            Minimum = -0.5,
            Maximum = Math.Max(0.5, labels.Count - 0.5),
            MajorStep = step,
            MinorStep = 1,
            Angle = labels.Count > 10 ? -40 : 0,
            LabelFormatter = x => Label(labels, x),
            Title = "release",
            MajorGridlineStyle = LineStyle.None,
        });
        model.Axes.Add(new LinearAxis
        {
            Position = AxisPosition.Left,
            Minimum = 0,
            MaximumPadding = 0.12,
            Title = "MiB",
            MajorGridlineStyle = LineStyle.Dot,
            MajorGridlineColor = OxyColor.FromRgb(0xdd, 0xdd, 0xdd),
        });

        var line = new LineSeries
        {
            Color = OxyColor.FromRgb(0x00, 0x7d, 0x9c),
            StrokeThickness = 2,
            MarkerType = MarkerType.Circle,
            MarkerSize = 3,
            MarkerFill = OxyColor.FromRgb(0x00, 0x7d, 0x9c),
        };
        var jumps = new ScatterSeries { MarkerType = MarkerType.Diamond, MarkerSize = 7, MarkerFill = OxyColor.FromRgb(0xc6, 0x28, 0x28) };
        for (var i = 0; i < points.Count; i++)
        {
            var mib = points[i].Bytes / BytesPerMiB;
            line.Points.Add(new DataPoint(i, mib));
            if (!points[i].IsJump) continue;
            jumps.Points.Add(new ScatterPoint(i, mib));
            model.Annotations.Add(new PointAnnotation
            {
                X = i,
                Y = mib,
                Size = 0,
                Text = FormatPercent(points[i].DeltaPercent),
                TextColor = OxyColor.FromRgb(0xc6, 0x28, 0x28),
                FontSize = 10,
                TextVerticalAlignment = VerticalAlignment.Bottom,
                TextMargin = 6,
            });
        }
        model.Series.Add(line);
        model.Series.Add(jumps);
        return model;
    }

    private static string Label(IReadOnlyList<string> labels, double x)
    {
        var i = (int)Math.Round(x);
        return Math.Abs(x - i) < 0.01 && i >= 0 && i < labels.Count ? labels[i] : "";
    }

    private static string FormatPercent(double? percent) =>
        percent is { } p ? (p > 0 ? "+" : "") + p.ToString("0", CultureInfo.InvariantCulture) + "%" : "";

    /// <summary>Swaps the fixed width/height for a viewBox so the chart shrinks on a phone, and labels it for screen readers.</summary>
    private static string Responsive(string svg, double width, double height, string label, string sizeClass)
    {
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        if (start < 0) return "";
        var end = svg.IndexOf('>', start);
        var w = width.ToString(CultureInfo.InvariantCulture);
        var h = height.ToString(CultureInfo.InvariantCulture);
        var head = svg[start..end]
            .Replace($"width=\"{w}\"", $"viewBox=\"0 0 {w} {h}\"")
            .Replace($"height=\"{h}\"", "");
        var encoded = System.Net.WebUtility.HtmlEncode(label);
        return $"{head} class=\"chart {sizeClass}\" role=\"img\" aria-label=\"{encoded}\" preserveAspectRatio=\"xMidYMid meet\"" + svg[end..];
    }
}
