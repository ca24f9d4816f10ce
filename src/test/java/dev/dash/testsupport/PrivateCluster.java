package dev.dash.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the test's own, in a temporary directory on a free port, that the test may stop and start
 * (the shared server is never restarted). Built with the installed server binaries of the newest version that has
 * pgvector; as root it runs as the postgres OS user, since PostgreSQL refuses to run as root. Trust authentication,
 * listening on 127.0.0.1 only.
 */
public final class PrivateCluster {

    public static final String DATABASE = "dash";
    private static final long COMMAND_TIMEOUT_S = 90;

    private final Path bin;
    private final Path root;
    private final int port;

    private PrivateCluster(Path bin, Path root, int port) {
        this.bin = bin;
        this.root = root;
        this.port = port;
    }

    /** Creates the cluster, starts it and creates {@link #DATABASE}; {@link #destroy()} removes every trace. */
    public static PrivateCluster create() throws IOException {
        Path root = Files.createTempDirectory("dash-test-pg-");
        PrivateCluster cluster = new PrivateCluster(serverBinaries(), root, freePort());
        try {
            if (asRoot()) {
                Files.setOwner(root, root.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByName("postgres"));
            }
            cluster.run(cluster.bin.resolve("initdb").toString(), "-D", cluster.data(), "-U", "postgres", "-E", "UTF8",
                    "--locale=C", "--auth=trust", "--no-sync");
            cluster.start();
            cluster.run(cluster.bin.resolve("createdb").toString(), "-h", root.toString(), "-p",
                    String.valueOf(cluster.port), "-U", "postgres", DATABASE);
            return cluster;
        } catch (IOException | RuntimeException e) {
            cluster.destroy();
            throw e;
        }
    }

    public int port() {
        return port;
    }

    public Connection superuser() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE, "postgres", "");
    }

    /** Returns once the server accepts connections. */
    public void start() {
        run(bin.resolve("pg_ctl").toString(), "-D", data(), "-l", root.resolve("postgresql.log").toString(),
                "-o", "-p " + port + " -k " + root + " -c listen_addresses=127.0.0.1 -c fsync=off",
                "-w", "-t", "60", "start");
    }

    /** Fast shutdown, as a restart does: every session is ended. */
    public void stop() {
        run(bin.resolve("pg_ctl").toString(), "-D", data(), "-m", "fast", "-w", "-t", "60", "stop");
    }

    /** Stops the server if it runs and deletes its directory. */
    public void destroy() {
        if (Files.exists(Path.of(data(), "postmaster.pid"))) {
            run(bin.resolve("pg_ctl").toString(), "-D", data(), "-m", "immediate", "-w", "-t", "60", "stop");
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not delete " + root, e);
        }
    }

    private String data() {
        return root.resolve("data").toString();
    }

    private void run(String... command) {
        List<String> line = new ArrayList<>();
        if (asRoot()) {
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.addAll(List.of(command));
        try {
            Path output = Files.createTempFile("dash-test-pg-command-", ".log");
            try {
                Process process = new ProcessBuilder(line).directory(Path.of("/").toFile())
                        .redirectErrorStream(true).redirectOutput(output.toFile()).start();
                if (!process.waitFor(COMMAND_TIMEOUT_S, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("Timed out after " + COMMAND_TIMEOUT_S + " s: " + line);
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(line + " failed (" + process.exitValue() + "): "
                            + Files.readString(output));
                }
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + line, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** /usr/lib/postgresql/N/bin of the newest N whose share directory has pgvector (./dash test installs both). */
    private static Path serverBinaries() throws IOException {
        Path versions = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(versions)) {
            try (Stream<Path> dirs = Files.list(versions)) {
                var found = dirs.filter(d -> d.getFileName().toString().matches("\\d+"))
                        .filter(d -> Files.isExecutable(d.resolve("bin/initdb")))
                        .filter(d -> Files.exists(Path.of("/usr/share/postgresql", d.getFileName().toString(),
                                "extension/vector.control")))
                        .max(Comparator.comparingInt(d -> Integer.parseInt(d.getFileName().toString())));
                if (found.isPresent()) {
                    return found.get().resolve("bin");
                }
            }
        }
        throw new IllegalStateException("No PostgreSQL server binaries with pgvector under /usr/lib/postgresql: "
                + "run ./dash test once, which installs them");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
