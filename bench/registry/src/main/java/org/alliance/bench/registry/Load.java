package org.alliance.bench.registry;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * A closed-loop load generator for loopback only: {@code clients} threads, each sending its next
 * request as soon as the previous answered, over HTTP/1.1 keep-alive connections, until a time or a
 * request count is reached, whichever comes first. Refuses any address that is not the local host's
 * loopback, so it can never load someone else's service.
 */
final class Load {

    private final HttpClient http;
    private final String base;
    private final String token;

    Load(String base, String token) throws Exception {
        URI uri = URI.create(base);
        if (!InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("load is generated against loopback only, not " + uri.getHost());
        }
        this.base = base.replaceAll("/$", "");
        this.token = token;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(2, Load::daemon)).build();
    }

    /** Daemon threads: the JVM ends when the benchmark's main thread does. */
    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "load");
        t.setDaemon(true);
        return t;
    }

    /** Sends {@code path.apply(i)} for i = 0, 1, ... from each client; every answer must be 200. */
    Latencies run(int clients, Duration duration, int maxRequests, IntFunction<String> path) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients, Load::daemon);
        long deadline = System.nanoTime() + duration.toNanos();
        int perClient = Math.max(1, maxRequests / clients);
        List<Future<Latencies>> runs = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            runs.add(pool.submit(() -> {
                Latencies own = new Latencies();
                for (int i = 0; i < perClient && System.nanoTime() < deadline; i++) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path.apply(client * perClient + i)))
                            .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build();
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    long t1 = System.nanoTime();
                    if (response.statusCode() == 200) {
                        own.add(t1 - t0);
                    } else {
                        own.error();
                        if (own.errors() == 1) {
                            System.err.println("HTTP " + response.statusCode() + " for " + request.uri() + ": "
                                    + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
                        }
                    }
                }
                return own;
            }));
        }
        Latencies all = new Latencies();
        for (Future<Latencies> run : runs) {
            all.addAll(run.get());
        }
        all.addElapsed(System.nanoTime() - start);
        pool.shutdown();
        return all;
    }
}
