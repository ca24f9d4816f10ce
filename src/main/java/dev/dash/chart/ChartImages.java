package dev.dash.chart;

import dev.dash.run.ChartKind;
import dev.dash.run.ChartSpec;
import dev.dash.run.RunResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import javax.imageio.ImageIO;

/** A run's chart as a PNG, for the API and for Slack. Runs saved before charts existed get theirs chosen now. */
@ApplicationScoped
public class ChartImages {

    public static final int WIDTH = 800;
    public static final int HEIGHT = 450;

    private final ChartChooser chooser;

    public ChartImages(ChartChooser chooser) {
        this.chooser = chooser;
    }

    /** The PNG of the run's chart; empty when the run's result is best read as a table. */
    public Optional<byte[]> png(RunResponse run) {
        ChartSpec spec = run.chart() != null ? run.chart() : chooser.choose(run.result()).orElse(null);
        return Optional.ofNullable(spec).map(this::png);
    }

    public byte[] png(ChartSpec spec) {
        BufferedImage image = spec.kind() == ChartKind.FIGURE ? FigureImage.draw(spec, WIDTH, HEIGHT)
                : JFreeCharts.of(spec).createBufferedImage(WIDTH, HEIGHT);
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
