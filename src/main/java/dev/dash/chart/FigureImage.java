package dev.dash.chart;

import dev.dash.format.Formats;
import dev.dash.run.ChartSpec;
import dev.dash.run.ChartSpec.Figure;
import dev.dash.run.Unit;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** A single number drawn large, with its change against the baseline when there is one. */
final class FigureImage {

    private FigureImage() {
    }

    static BufferedImage draw(ChartSpec spec, int width, int height) {
        Figure figure = spec.figure();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            centered(g, figure.label(), new Font(ChartStyle.FONT, Font.PLAIN, 26), ChartStyle.MUTED, width,
                    height / 2 - 70);
            Unit unit = spec.unit() == null ? Unit.NUMBER : spec.unit();
            String value = Formats.value(figure.value(), unit);
            centered(g, value, new Font(ChartStyle.FONT, Font.BOLD, 84), ChartStyle.TEXT, width, height / 2 + 30);
            if (figure.change() != null) {
                double change = figure.change().doubleValue();
                String text = (change >= 0 ? "▲ +" : "▼ ") + Formats.value(figure.change(), unit)
                        + (figure.change_pct() == null ? "" : String.format(java.util.Locale.US, " (%+.1f%%)",
                                figure.change_pct() * 100))
                        + " vs " + Formats.value(figure.previous(), unit);
                centered(g, text, new Font(ChartStyle.FONT, Font.BOLD, 24), change >= 0 ? ChartStyle.UP
                        : ChartStyle.DOWN, width, height / 2 + 95);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void centered(Graphics2D g, String text, Font font, Color color, int width, int baseline) {
        g.setFont(font);
        g.setColor(color);
        int x = (width - g.getFontMetrics().stringWidth(text)) / 2;
        g.drawString(text, Math.max(10, x), baseline);
    }
}
