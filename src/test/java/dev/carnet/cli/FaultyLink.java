package dev.carnet.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP link on 127.0.0.1 between carnet and a server, which can be told to cut every connection,
 * or to go silent while holding it open, once so many bytes have gone one way: what a dropped
 * Wi-Fi, a closed laptop lid or a dead proxy do to a push or a fetch half-way.
 */
final class FaultyLink implements Closeable {
    private enum Fault { NONE, CUT, STALL }

    private final ServerSocket listener;
    private final int targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicLong up = new AtomicLong();
    private final AtomicLong down = new AtomicLong();
    private volatile Fault fault = Fault.NONE;
    private volatile boolean upstream;
    private volatile long after = Long.MAX_VALUE;

    FaultyLink(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accepting = new Thread(this::accept, "faulty-link");
        accepting.setDaemon(true);
        accepting.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Bytes carnet sent to the server, and received from it, since the link was made or last healed. */
    long sent() {
        return up.get();
    }

    long received() {
        return down.get();
    }

    void cutAfterSending(long bytes) {
        set(Fault.CUT, true, bytes);
    }

    void cutAfterReceiving(long bytes) {
        set(Fault.CUT, false, bytes);
    }

    void stallAfterSending(long bytes) {
        set(Fault.STALL, true, bytes);
    }

    void stallAfterReceiving(long bytes) {
        set(Fault.STALL, false, bytes);
    }

    /** Lets everything through again, on new connections; the counts start from zero. */
    void heal() {
        set(Fault.NONE, true, Long.MAX_VALUE);
        closeAll();
    }

    private void set(Fault what, boolean fromCarnet, long bytes) {
        up.set(0);
        down.set(0);
        upstream = fromCarnet;
        after = bytes;
        fault = what;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket();
                server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort));
                sockets.add(client);
                sockets.add(server);
                pump(client, server, up, true);
                pump(server, client, down, false);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to, AtomicLong count, boolean fromCarnet) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                while (true) {
                    boolean watched = fault != Fault.NONE && upstream == fromCarnet;
                    long room = watched ? after - count.get() : buffer.length;
                    if (room <= 0) {
                        if (fault == Fault.CUT) {
                            from.close();
                            to.close();
                            return;
                        }
                        Thread.sleep(50); // stalled: nothing moves, nothing closes
                        continue;
                    }
                    int read = in.read(buffer, 0, (int) Math.min(buffer.length, room));
                    if (read < 0) {
                        to.shutdownOutput();
                        return;
                    }
                    count.addAndGet(read);
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException | InterruptedException gone) {
                // one side went away: the other follows, as a real link does
            }
        }, "faulty-link-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private void closeAll() {
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
        sockets.clear();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        closeAll();
    }
}
