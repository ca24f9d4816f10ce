package dev.dash.chart;

import dev.dash.run.ChartSpec;
import dev.dash.run.ChartSpec.Series;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;

/** A chart spec as a JFreeChart (every kind but the big figure). Bar axes always include zero. */
final class JFreeCharts {

    private JFreeCharts() {
    }

    static JFreeChart of(ChartSpec spec) {
        JFreeChart chart = switch (spec.kind()) {
            case LINE -> line(spec);
            case BAR -> bars(spec, false);
            case STACKED_BAR -> bars(spec, true);
            case PIE -> pie(spec);
            case FIGURE -> throw new IllegalArgumentException("A figure is drawn by FigureImage");
        };
        chart.setTitle(new TextTitle(spec.title(), new Font(ChartStyle.FONT, Font.BOLD, 18)));
        chart.getTitle().setPaint(ChartStyle.TEXT);
        chart.getTitle().setPadding(8, 8, 12, 8);
        if (spec.note() != null) {
            TextTitle note = new TextTitle(spec.note(), new Font(ChartStyle.FONT, Font.PLAIN, 12));
            note.setPaint(ChartStyle.MUTED);
            chart.addSubtitle(note);
        }
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }

    private static JFreeChart line(ChartSpec spec) {
        JFreeChart chart = ChartFactory.createLineChart(null, null, null, dataset(spec), PlotOrientation.VERTICAL,
                spec.series().size() > 1, false, false);
        CategoryPlot plot = style(chart.getCategoryPlot(), spec);
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(spec.labels().size() <= 24);
        for (int i = 0; i < spec.series().size(); i++) {
            renderer.setSeriesStroke(i, new BasicStroke(2.5f));
        }
        if (spec.labels().size() > 8) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        return chart;
    }

    private static JFreeChart bars(ChartSpec spec, boolean stacked) {
        PlotOrientation orientation = spec.horizontal() ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL;
        JFreeChart chart = stacked
                ? ChartFactory.createStackedBarChart(null, null, null, dataset(spec), orientation, true, false, false)
                : ChartFactory.createBarChart(null, null, null, dataset(spec), orientation, false, false, false);
        CategoryPlot plot = style(chart.getCategoryPlot(), spec);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.12);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        if (!spec.horizontal() && spec.labels().size() > 6) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        return chart;
    }

    private static JFreeChart pie(ChartSpec spec) {
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        List<Number> values = spec.series().getFirst().values();
        for (int i = 0; i < spec.labels().size(); i++) {
            data.setValue(spec.labels().get(i), values.get(i));
        }
        JFreeChart chart = ChartFactory.createPieChart(null, data, true, false, false);
        @SuppressWarnings("unchecked")
        PiePlot<String> plot = (PiePlot<String>) chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setShadowPaint(null);
        plot.setLabelBackgroundPaint(Color.WHITE);
        plot.setLabelOutlinePaint(ChartStyle.GRID);
        plot.setLabelShadowPaint(null);
        plot.setLabelFont(new Font(ChartStyle.FONT, Font.PLAIN, 12));
        plot.setLabelGenerator(new StandardPieSectionLabelGenerator("{0}: {1} ({2})", ChartStyle.format(spec.unit()),
                new java.text.DecimalFormat("0%")));
        for (int i = 0; i < spec.labels().size(); i++) {
            plot.setSectionPaint(spec.labels().get(i), ChartStyle.PALETTE[i % ChartStyle.PALETTE.length]);
        }
        return chart;
    }

    private static CategoryPlot style(CategoryPlot plot, ChartSpec spec) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        for (int i = 0; i < spec.series().size(); i++) {
            plot.getRenderer().setSeriesPaint(i, ChartStyle.PALETTE[i % ChartStyle.PALETTE.length]);
        }
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setNumberFormatOverride(ChartStyle.format(spec.unit()));
        range.setTickLabelPaint(ChartStyle.MUTED);
        range.setAxisLineVisible(false);
        CategoryAxis domain = plot.getDomainAxis();
        domain.setTickLabelPaint(ChartStyle.MUTED);
        domain.setMaximumCategoryLabelWidthRatio(spec.horizontal() ? 0.45f : 1f);
        domain.setLabel(spec.x_name());
        domain.setLabelPaint(ChartStyle.MUTED);
        return plot;
    }

    private static DefaultCategoryDataset dataset(ChartSpec spec) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Series series : spec.series()) {
            for (int i = 0; i < spec.labels().size(); i++) {
                data.addValue(series.values().get(i), series.name(), spec.labels().get(i));
            }
        }
        return data;
    }

    static {
        ChartFactory.setChartTheme(StandardChartTheme.createJFreeTheme());
    }
}
