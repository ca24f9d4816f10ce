package dev.dash.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/** Reads the report files; a file that is not a valid report is skipped with a warning saying why. */
@ApplicationScoped
public class ReportFiles {

    private static final Logger LOG = Logger.getLogger(ReportFiles.class);

    private final ReportConfig config;
    private final ObjectMapper json;

    public ReportFiles(ReportConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    public List<Report> all() {
        Path dir = Path.of(config.dir());
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Report> reports = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                read(file).ifPresent(reports::add);
            }
        } catch (IOException e) {
            LOG.warnf("Could not list reports in %s: %s", dir, e.getMessage());
        }
        reports.sort(Comparator.comparing(Report::name));
        return reports;
    }

    public Optional<Report> named(String name) {
        return all().stream().filter(r -> r.name().equals(name)).findFirst();
    }

    private Optional<Report> read(Path file) {
        try {
            Report report = json.readValue(file.toFile(), Report.class);
            String problem = report.problem();
            if (problem != null) {
                LOG.warnf("Report %s skipped: %s", file, problem);
                return Optional.empty();
            }
            return Optional.of(report);
        } catch (IOException e) {
            LOG.warnf("Report %s skipped: not a report file (%s)", file, e.getMessage());
            return Optional.empty();
        }
    }
}
