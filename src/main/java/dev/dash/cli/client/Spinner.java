package dev.dash.cli.client;

/** A one-line spinner on stderr while the service works; erased before text is printed. */
final class Spinner implements AutoCloseable {

    private static final String FRAMES = "|/-\\";

    private volatile String label;
    private Thread thread;

    synchronized void start(String what) {
        label = what;
        if (thread == null) {
            thread = Thread.ofVirtual().start(this::spin);
        }
    }

    synchronized void stop() {
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    private void spin() {
        int frame = 0;
        String shown = "";
        try {
            while (true) {
                shown = FRAMES.charAt(frame++ % FRAMES.length()) + " " + label + "…";
                System.err.print("\r" + shown);
                System.err.flush();
                Thread.sleep(120);
            }
        } catch (InterruptedException e) {
            System.err.print("\r" + " ".repeat(shown.length()) + "\r");
            System.err.flush();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
