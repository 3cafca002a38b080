package dev.carnet.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** A client of the preview's reload stream, as the page's script is one: each event as it comes, in one string. */
public final class ReloadStream {
    private ReloadStream() {
    }

    /** The events of the stream at {@code port} of 127.0.0.1 (the preview's, or a tunnel's to it), read until it closes. */
    public static BlockingQueue<String> listen(int port) throws IOException {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.getOutputStream().write(("GET " + LiveReload.EVENTS + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        Thread reader = new Thread(() -> {
            try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
                StringBuilder event = new StringBuilder();
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("event:") || (line.startsWith("data:") && event.length() > 0)) {
                        event.append(line).append('\n');
                    } else if (line.isEmpty() && event.length() > 0) {
                        events.add(event.toString());
                        event.setLength(0);
                    }
                }
            } catch (IOException e) {
                // closed with the preview or the tunnel
            }
        });
        reader.setDaemon(true);
        reader.start();
        return events;
    }
}
