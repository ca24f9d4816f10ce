import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;

/**
 * A model endpoint that takes every request and never answers, so a run waits on it until the service is killed.
 * Run as a source file: {@code java SilentModel.java PORT}; it stops by itself after five minutes.
 */
public class SilentModel {

    public static void main(String[] args) throws Exception {
        List<Socket> held = new ArrayList<>();
        try (ServerSocket server = new ServerSocket(Integer.parseInt(args[0]), 50, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(1000);
            long until = System.currentTimeMillis() + 300_000;
            while (System.currentTimeMillis() < until) {
                try {
                    Socket client = server.accept();
                    held.add(client);
                    Thread.ofVirtual().start(() -> drain(client));
                } catch (SocketTimeoutException e) {
                    // look at the clock again
                }
            }
        }
    }

    private static void drain(Socket client) {
        try (InputStream in = client.getInputStream()) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (Exception e) {
            // the service went away
        }
    }
}
