import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * The share of a Java Flight Recording's CPU samples spent in given code.
 * <p>
 * Two shares per pattern: {@code self}, the samples whose innermost frame outside the JDK ({@code java.}, {@code jdk.},
 * {@code sun.}) matches, i.e. time the matched code spends itself or in the JDK calls it makes; and {@code within},
 * the samples whose stack passes through it anywhere (a request filter is on the stack of the whole request, so
 * this one is an upper bound that says little for a filter).
 * <p>
 * Usage: {@code java infra/bench/ProfileShare.java RECORDING.jfr PATTERN...}. Each pattern is a regular expression
 * matched against every frame's class and method ({@code io.smallrye.metrics.Foo.bar}), e.g.
 * {@code 'metrics|micrometer'} for what /metrics' instrumentation costs. Record with the harness, for example
 * {@code BENCH_PHASES=submit,read BENCH_JVM_OPTS="-XX:StartFlightRecording=filename=/tmp/load.jfr,settings=profile"
 * infra/bench/bench.sh full}. It reads the recording itself: {@code jfr print} stops at the first frame whose method
 * the JVM did not name (JDK 17), and so counts only part of a long recording.
 */
public class ProfileShare {
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java infra/bench/ProfileShare.java RECORDING.jfr PATTERN...");
            System.exit(2);
        }
        List<Pattern> patterns = java.util.Arrays.stream(args).skip(1).map(Pattern::compile).toList();
        long samples = 0;
        long[] hits = new long[patterns.size()];
        long[] self = new long[patterns.size()];
        try (RecordingFile f = new RecordingFile(Path.of(args[0]))) {
            while (f.hasMoreEvents()) {
                RecordedEvent e = f.readEvent();
                if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                    continue;
                }
                samples++;
                List<String> frames = e.getStackTrace().getFrames().stream().map(ProfileShare::name).toList();
                String owner = frames.stream().filter(n -> !n.isEmpty() && !JDK.matcher(n).lookingAt()).findFirst()
                        .orElse("");
                for (int i = 0; i < patterns.size(); i++) {
                    Pattern p = patterns.get(i);
                    if (frames.stream().anyMatch(n -> p.matcher(n).find())) {
                        hits[i]++;
                    }
                    if (p.matcher(owner).find()) {
                        self[i]++;
                    }
                }
            }
        }
        System.out.println("samples=" + samples);
        for (int i = 0; i < patterns.size(); i++) {
            System.out.printf("pattern=%s self_samples=%d self_pct=%.2f within_samples=%d within_pct=%.2f%n",
                    args[i + 1], self[i], pct(self[i], samples), hits[i], pct(hits[i], samples));
        }
    }

    private static final Pattern JDK = Pattern.compile("(java|javax|jdk|sun|com\\.sun)\\.");

    private static double pct(long n, long of) {
        return of == 0 ? 0.0 : 100.0 * n / of;
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod() == null ? "" : frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
