package dev.dash.chart;

import dev.dash.run.Unit;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Locale;

/** Colours, fonts and number formats shared by the PNG charts; the palette matches the page's. */
final class ChartStyle {

    static final Color[] PALETTE = {new Color(0x4f46e5), new Color(0x0ea5e9), new Color(0x10b981),
        new Color(0xf59e0b), new Color(0xef4444), new Color(0x8b5cf6), new Color(0x14b8a6), new Color(0xec4899),
        new Color(0x84cc16), new Color(0x64748b), new Color(0xf97316), new Color(0x06b6d4), new Color(0x94a3b8)};
    static final Color TEXT = new Color(0x1f2937);
    static final Color MUTED = new Color(0x6b7280);
    static final Color GRID = new Color(0xe5e7eb);
    static final Color UP = new Color(0x059669);
    static final Color DOWN = new Color(0xdc2626);
    static final String FONT = Font.SANS_SERIF;

    private ChartStyle() {
    }

    /** Axis ticks: whole dollars, percent signs, separators. Values elsewhere use {@link dev.dash.format.Formats}. */
    static NumberFormat format(Unit unit) {
        if (unit == Unit.CURRENCY) {
            NumberFormat currency = NumberFormat.getCurrencyInstance(Locale.US);
            currency.setMaximumFractionDigits(0);
            return currency;
        }
        if (unit == Unit.PERCENT) {
            return new DecimalFormat("#,##0.#'%'", new java.text.DecimalFormatSymbols(Locale.US));
        }
        return new DecimalFormat("#,##0.##", new java.text.DecimalFormatSymbols(Locale.US));
    }
}
