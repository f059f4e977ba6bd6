package id.balai.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import id.balai.privacy.infrastructure.AesGcmCipher;
import id.balai.privacy.infrastructure.LookupDigests;
import id.balai.privacy.infrastructure.PiiKeys;

/**
 * Fills a Balai database with synthetic data at a chosen scale, repeatably (same seed, same rows):
 * <ol>
 * <li>regencies up to {@code --tenants}, onboarded through the running server's operator API (so every tenant is
 * a real one: validated definition, org tree, categories, calendar, first admin);</li>
 * <li>per tenant, in one transaction, with COPY: complaints with their steps and agency parts, information
 * requests with steps, notices and objections, register entries with Indonesian text, and the personal data of
 * reporters and requesters encrypted with the deployment's {@code BALAI_PII_KEYS}.</li>
 * </ol>
 * Usage (infra/bench/README.md): {@code java -cp … id.balai.bench.Generate --api http://127.0.0.1:9080
 * --db jdbc:postgresql://127.0.0.1:15500/balai --db-user postgres --operator-password … --pii-keys … --tenants 508
 * --complaints 9000000 --requests 1000000 --register-entries 1000000 --big-tenant luwu-timur
 * --big-tenant-requests 100000 --seed 42 --samples target/samples.csv}
 */
public final class Generate {

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        long started = System.nanoTime();
        int tenantCount = Integer.parseInt(o.getOrDefault("tenants", "508"));
        long complaints = Long.parseLong(o.getOrDefault("complaints", "100000"));
        long requests = Long.parseLong(o.getOrDefault("requests", "20000"));
        long entries = Long.parseLong(o.getOrDefault("register-entries", "20000"));
        String big = o.getOrDefault("big-tenant", "luwu-timur");
        long bigRequests = Long.parseLong(o.getOrDefault("big-tenant-requests", "0"));
        long bigEntries = Long.parseLong(o.getOrDefault("big-tenant-entries", "0"));
        int bigYear = Integer.parseInt(o.getOrDefault("big-tenant-year", "2025"));
        long seed = Long.parseLong(o.getOrDefault("seed", "42"));
        int threads = Integer.parseInt(o.getOrDefault("threads", "2"));
        LocalDate from = LocalDate.parse(o.getOrDefault("from", "2024-01-01"));
        LocalDate to = LocalDate.parse(o.getOrDefault("to", LocalDate.now().minusDays(1).toString()));
        PiiKeys keys = PiiKeys.parse(Files.readString(Path.of(require(o, "pii-keys"))).strip());

        // 1. tenants, through the API
        Onboarder api = new Onboarder(require(o, "api"));
        api.signIn(require(o, "operator-password"));
        Set<String> existing = api.existingSlugs();
        int created = 0;
        for (int i = 1; existing.size() + created < tenantCount; i++) {
            Map<String, Object> d = Onboarder.definition(i);
            if (!existing.contains((String) d.get("slug"))) {
                String[] admin = api.onboard(d);
                if (o.containsKey("first-admins")) {
                    // "<tenant> <username> <one-time password>", the layout of initial-credentials.txt (lib.sh)
                    Files.writeString(Path.of(o.get("first-admins")), d.get("slug") + " " + admin[0] + " " + admin[1]
                            + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                }
                created++;
            }
        }
        System.out.printf("tenants: %d existed, %d onboarded (%.1f s)%n", existing.size(), created,
                (System.nanoTime() - started) / 1e9);

        // 2. bulk rows, per tenant
        String url = require(o, "db");
        String user = o.getOrDefault("db-user", "postgres");
        String password = o.getOrDefault("db-password", "");
        List<TenantRows.Tenant> tenants = tenants(url, user, password);
        SplittableRandom weights = new SplittableRandom(seed);
        double[] w = new double[tenants.size()];
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            // Regencies differ in size: weights from 0.3 to 3 (a long tail, like population).
            w[i] = 0.3 + 2.7 * Math.pow(weights.nextDouble(), 3);
            sum += w[i];
        }
        long bigShare = tenants.stream().anyMatch(t -> t.slug().equals(big)) ? bigRequests : 0;
        long bigEntriesShare = tenants.stream().anyMatch(t -> t.slug().equals(big)) ? bigEntries : 0;
        ConcurrentLinkedQueue<Runnable> work = new ConcurrentLinkedQueue<>();
        AtomicLong rows = new AtomicLong();
        List<TenantRows.Sample> samples = java.util.Collections.synchronizedList(new ArrayList<>());
        AesGcmCipher cipher = TenantRows.cipher(keys);
        LookupDigests digests = new LookupDigests(keys);
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < tenants.size(); i++) {
            TenantRows.Tenant t = tenants.get(i);
            double share = w[i] / sum;
            long req = t.slug().equals(big) ? bigShare : Math.round((requests - bigShare) * share);
            boolean isBig = t.slug().equals(big);
            long ent = isBig && bigEntries > 0 ? bigEntries : Math.round((entries - bigEntriesShare) * share);
            TenantRows.Counts counts = new TenantRows.Counts(Math.round(complaints * share), Math.max(0, req),
                    Math.max(0, ent));
            work.add(() -> {
                try (Connection c = DriverManager.getConnection(url, user, password)) {
                    TenantRows g = new TenantRows(t, counts, seed, cipher, digests, from, to);
                    if (t.slug().equals(big) && bigShare > 0) {
                        g.requestsIn(bigYear);
                    }
                    g.write(c);
                    rows.addAndGet(g.rows);
                    samples.addAll(g.samples);
                } catch (SQLException | IOException | RuntimeException e) {
                    failures.add(new IllegalStateException("tenant " + t.slug(), e));
                }
            });
        }
        int total = work.size();
        List<Thread> pool = new ArrayList<>();
        long bulkStart = System.nanoTime();
        for (int k = 0; k < threads; k++) {
            Thread th = new Thread(() -> {
                Runnable next;
                while ((next = work.poll()) != null && failures.isEmpty()) {
                    next.run();
                    int left = work.size();
                    if (left % 25 == 0) {
                        System.out.printf("  %d/%d tenants left, %,d rows, %.0f s%n", left, total, rows.get(),
                                (System.nanoTime() - bulkStart) / 1e9);
                    }
                }
            });
            th.start();
            pool.add(th);
        }
        for (Thread th : pool) {
            th.join();
        }
        if (!failures.isEmpty()) {
            failures.get(0).printStackTrace();
            System.exit(1);
        }
        double bulkSeconds = (System.nanoTime() - bulkStart) / 1e9;
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("analyze");
        }
        if (o.containsKey("samples")) {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(o.get("samples"))))) {
                samples.stream().sorted((a, b) -> (a.kind() + a.tenant() + a.number())
                        .compareTo(b.kind() + b.tenant() + b.number()))
                        .forEach(x -> out.println(x.kind() + "," + x.tenant() + "," + x.number() + "," + x.code()));
            }
        }
        System.out.printf("rows: %,d in %.0f s (%,.0f rows/s), total %.0f s%n", rows.get(), bulkSeconds,
                rows.get() / bulkSeconds, (System.nanoTime() - started) / 1e9);
    }

    private static List<TenantRows.Tenant> tenants(String url, String user, String password) throws SQLException {
        List<TenantRows.Tenant> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            Map<String, List<String>> agencies = new HashMap<>();
            Map<String, List<String>> ppid = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "select tenant_id, code, kind, ppid_pembantu or hosts_ppid_utama from org_unit where active "
                            + "order by tenant_id, position, code")) {
                while (rs.next()) {
                    if (rs.getString(3).equals("AGENCY")) {
                        agencies.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                    }
                    if (rs.getBoolean(4)) {
                        ppid.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                    }
                }
            }
            Map<String, List<String[]>> categories = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "select tenant_id, code, route_to from complaint_category where active order by tenant_id, position")) {
                while (rs.next()) {
                    categories.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new String[] {rs.getString(2), rs.getString(3)});
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "select tenant_id, short_code, time_zone from tenant where status = 'ACTIVE' order by tenant_id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String slug = rs.getString(1);
                    if (!categories.containsKey(slug) || !agencies.containsKey(slug) || !ppid.containsKey(slug)) {
                        System.out.println("  skipped " + slug + " (no categories, agencies or PPID units)");
                        continue;
                    }
                    out.add(new TenantRows.Tenant(slug, rs.getString(2), rs.getString(3), agencies.get(slug),
                            ppid.get(slug), categories.get(slug)));
                }
            }
        }
        return out;
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument " + args[i]);
            }
            o.put(args[i].substring(2), i + 1 < args.length && !args[i + 1].startsWith("--") ? args[++i] : "true");
        }
        return o;
    }

    static String require(Map<String, String> o, String name) {
        String v = o.get(name);
        if (v == null) {
            throw new IllegalArgumentException("Missing --" + name);
        }
        return v;
    }
}
