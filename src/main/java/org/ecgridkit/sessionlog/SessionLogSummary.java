package org.ecgridkit.sessionlog;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What an auditor wants to know first about a session log: the period it covers, its sessions by
 * status, the IP addresses the calls came from, the calls by return code with the failed ones
 * listed, the sessions still open, the longest sessions, and the sessions of one user that
 * overlap. Computed from a list of records by {@link #of(List)}; immutable and thread-safe. Every
 * list it returns is unmodifiable.
 *
 * <p>A session's span is {@code [created, end)}, where its end is when it {@linkplain
 * SessionRecord#ended() ended}, or else when it {@linkplain SessionRecord#expires() expires}: an
 * open session is counted until its current expiry. Instants are compared as they are, in UTC; no
 * time zone is applied.
 *
 * <p>The {@linkplain ServiceContract#DOCUMENTED documented contract} carries no status and no API
 * calls: its records all have status {@link SessionStatus#UNKNOWN}, so {@link #statusReported()}
 * and {@link #callsReported()} are false, and the lists built from calls are empty.
 */
public final class SessionLogSummary {

    /** How many sessions {@link #longest()} lists at most. */
    public static final int LONGEST_LIMIT = 5;
    /**
     * How many pairs {@link #overlaps()} lists at most. Every pair is counted in
     * {@link #overlapCount()}; the list is bounded because a log of many sessions that all overlap
     * has a number of pairs that grows with the square of its size.
     */
    public static final int OVERLAP_LIMIT = 100;

    private final int sessionCount;
    private final int userCount;
    private final Optional<Period> period;
    private final List<StatusCount> byStatus;
    private final int callCount;
    private final List<AddressUse> addresses;
    private final List<ReturnCodeCount> returnCodes;
    private final List<FailedCall> failures;
    private final List<SessionRecord> open;
    private final List<SessionSpan> longest;
    private final List<Overlap> overlaps;
    private final int overlapCount;

    /**
     * The period a session log covers: from the first session's creation to the last session's
     * end (or expiry, for a session that has not ended).
     *
     * @param from when the earliest session was created
     * @param to the latest end or expiry of any session
     */
    public record Period(Instant from, Instant to) {
        /**
         * Creates a period, checking its bounds are present.
         *
         * @param from the start
         * @param to the end
         * @throws NullPointerException if either is null
         */
        public Period {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /**
     * How many sessions have one status.
     *
     * @param status the status
     * @param sessions how many sessions have it, at least one
     */
    public record StatusCount(SessionStatus status, int sessions) {
        /**
         * Creates a count, checking the status is present.
         *
         * @param status the status
         * @param sessions how many sessions have it
         * @throws NullPointerException if {@code status} is null
         */
        public StatusCount {
            Objects.requireNonNull(status, "status");
        }
    }

    /**
     * One IP address that API calls came from.
     *
     * @param ip the address as the service recorded it
     * @param calls how many calls came from it
     * @param sessions how many sessions made calls from it
     * @param firstSeen the time of its earliest call
     * @param lastSeen the time of its latest call
     */
    public record AddressUse(String ip, int calls, int sessions, Instant firstSeen, Instant lastSeen) {
        /**
         * Creates an address's use, checking the reference components are present.
         *
         * @param ip the address
         * @param calls how many calls came from it
         * @param sessions how many sessions made calls from it
         * @param firstSeen the earliest call's time
         * @param lastSeen the latest call's time
         * @throws NullPointerException if {@code ip}, {@code firstSeen} or {@code lastSeen} is null
         */
        public AddressUse {
            Objects.requireNonNull(ip, "ip");
            Objects.requireNonNull(firstSeen, "firstSeen");
            Objects.requireNonNull(lastSeen, "lastSeen");
        }
    }

    /**
     * How many API calls ended with one return code.
     *
     * @param returnCode the service's return code, e.g. {@code "Success"}, {@code "AccessDenied"}
     * @param calls how many calls ended with it, at least one
     */
    public record ReturnCodeCount(String returnCode, int calls) {
        /**
         * Creates a count, checking the return code is present.
         *
         * @param returnCode the return code
         * @param calls how many calls ended with it
         * @throws NullPointerException if {@code returnCode} is null
         */
        public ReturnCodeCount {
            Objects.requireNonNull(returnCode, "returnCode");
        }

        /**
         * Whether this code means failure: it is anything but {@value SessionEvent#SUCCESS}.
         *
         * @return {@code true} for a failure's code
         */
        public boolean failed() {
            return !SessionEvent.SUCCESS.equals(returnCode);
        }
    }

    /**
     * An API call that did not succeed, with the session it was made in.
     *
     * @param session the session
     * @param call the call, whose {@link SessionEvent#failed()} is true
     */
    public record FailedCall(SessionRecord session, SessionEvent call) {
        /**
         * Creates a failed call, checking both parts are present.
         *
         * @param session the session
         * @param call the call
         * @throws NullPointerException if either is null
         */
        public FailedCall {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(call, "call");
        }
    }

    /**
     * A session with its span, {@code [start, end)}.
     *
     * @param session the session
     * @param start when it was created
     * @param end when it ended, or else when it expires
     */
    public record SessionSpan(SessionRecord session, Instant start, Instant end) {
        /**
         * Creates a span, checking its parts are present.
         *
         * @param session the session
         * @param start the start
         * @param end the end
         * @throws NullPointerException if any part is null
         */
        public SessionSpan {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
        }

        /**
         * The span of a session: from its creation to its end, or to its expiry when it has not ended.
         *
         * @param session the session
         * @return its span
         * @throws NullPointerException if {@code session} is null
         */
        public static SessionSpan of(SessionRecord session) {
            return new SessionSpan(session, session.created(), session.ended().orElse(session.expires()));
        }

        /**
         * How long the span is: {@code end - start}; negative if the service sent an end before the start.
         *
         * @return the span's length
         */
        public Duration duration() {
            return Duration.between(start, end);
        }
    }

    /**
     * Two sessions of one user whose spans intersect.
     *
     * @param first the session created first (of two created at once, the one listed first)
     * @param second the other session
     * @param from when both were first active together: the second session's creation
     * @param to when they stopped being active together: the earlier of their two ends
     */
    public record Overlap(SessionRecord first, SessionRecord second, Instant from, Instant to) {
        /**
         * Creates an overlap, checking its parts are present.
         *
         * @param first the session created first
         * @param second the other session
         * @param from the start of the shared time
         * @param to the end of the shared time
         * @throws NullPointerException if any part is null
         */
        public Overlap {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        /**
         * The user both sessions belong to.
         *
         * @return the user id
         */
        public int userId() {
            return first.userId();
        }
    }

    private SessionLogSummary(List<SessionRecord> records) {
        sessionCount = records.size();
        userCount = (int) records.stream().mapToInt(SessionRecord::userId).distinct().count();
        List<SessionSpan> spans = records.stream().map(SessionSpan::of).toList();
        period = spans.isEmpty() ? Optional.empty() : Optional.of(new Period(
                spans.stream().map(SessionSpan::start).min(Comparator.naturalOrder()).orElseThrow(),
                spans.stream().map(SessionSpan::end).max(Comparator.naturalOrder()).orElseThrow()));
        byStatus = statusCounts(records);
        callCount = records.stream().mapToInt(r -> r.events().size()).sum();
        addresses = addresses(records);
        returnCodes = returnCodes(records);
        failures = failures(records);
        open = records.stream().filter(r -> r.status() == SessionStatus.OPEN).toList();
        // A stable sort: of two sessions as long, the one the service listed first stays first.
        longest = spans.stream().sorted(Comparator.comparing(SessionSpan::duration).reversed())
                .limit(LONGEST_LIMIT).toList();
        List<Overlap> found = new ArrayList<>();
        overlapCount = overlaps(spans, found);
        overlaps = List.copyOf(found);
    }

    /**
     * Summarises a session log.
     *
     * @param records the sessions, as {@link SessionLogClient#sessionLog} returned them; may be empty
     * @return the summary
     * @throws NullPointerException if {@code records} or any record in it is null
     */
    public static SessionLogSummary of(List<SessionRecord> records) {
        return new SessionLogSummary(List.copyOf(Objects.requireNonNull(records, "records")));
    }

    /**
     * How many sessions the log holds.
     *
     * @return the number of sessions
     */
    public int sessionCount() {
        return sessionCount;
    }

    /**
     * How many distinct users the sessions belong to.
     *
     * @return the number of distinct user ids
     */
    public int userCount() {
        return userCount;
    }

    /**
     * The period the log covers.
     *
     * @return the period; empty for a log without sessions
     */
    public Optional<Period> period() {
        return period;
    }

    /**
     * The sessions by status, in the order of {@link SessionStatus}, only the statuses that occur.
     *
     * @return the counts
     */
    public List<StatusCount> byStatus() {
        return byStatus;
    }

    /**
     * Whether any session has a status other than {@link SessionStatus#UNKNOWN}; false for the
     * documented contract, which carries none, and for a log without sessions.
     *
     * @return whether the service reported session status
     */
    public boolean statusReported() {
        return byStatus.stream().anyMatch(c -> c.status() != SessionStatus.UNKNOWN);
    }

    /**
     * How many API calls the sessions list, together.
     *
     * @return the number of calls
     */
    public int callCount() {
        return callCount;
    }

    /**
     * Whether any session lists an API call; false for the documented contract, which carries none.
     *
     * @return whether the log has calls
     */
    public boolean callsReported() {
        return callCount > 0;
    }

    /**
     * The distinct IP addresses the calls came from, in the order they were first seen (of two seen
     * first at the same moment, the smaller address in {@link String} order first). Calls without an
     * address are not counted here.
     *
     * @return the addresses
     */
    public List<AddressUse> addresses() {
        return addresses;
    }

    /**
     * The calls by return code, the most frequent first (ties in {@link String} order of the code).
     *
     * @return the counts
     */
    public List<ReturnCodeCount> returnCodes() {
        return returnCodes;
    }

    /**
     * Every call that did not succeed, in time order (calls made at the same moment in the order the
     * log lists them).
     *
     * @return the failed calls
     */
    public List<FailedCall> failures() {
        return failures;
    }

    /**
     * The sessions with status {@link SessionStatus#OPEN}, in the order of the log. A session of the
     * documented contract, whose status is unknown, is never listed here.
     *
     * @return the open sessions
     */
    public List<SessionRecord> open() {
        return open;
    }

    /**
     * The longest sessions by {@linkplain SessionSpan span}, longest first, at most
     * {@value #LONGEST_LIMIT} (of equally long sessions, the one the log lists first comes first).
     *
     * @return the longest sessions
     */
    public List<SessionSpan> longest() {
        return longest;
    }

    /**
     * Pairs of sessions of the same user whose spans intersect, at most {@value #OVERLAP_LIMIT};
     * {@link #overlapCount()} counts them all. Users come in the order the log first lists them;
     * a user's pairs by the first session's creation, then by the second's.
     *
     * @return the overlapping pairs
     */
    public List<Overlap> overlaps() {
        return overlaps;
    }

    /**
     * How many pairs of sessions of one user overlap, including those {@link #overlaps()} leaves out.
     *
     * @return the number of overlapping pairs
     */
    public int overlapCount() {
        return overlapCount;
    }

    private static List<StatusCount> statusCounts(List<SessionRecord> records) {
        Map<SessionStatus, Integer> counts = new EnumMap<>(SessionStatus.class);
        records.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        return counts.entrySet().stream().map(e -> new StatusCount(e.getKey(), e.getValue())).toList();
    }

    private static List<AddressUse> addresses(List<SessionRecord> records) {
        final class Use {
            int calls;
            int sessions;
            Instant first;
            Instant last;
            SessionRecord lastSession;
        }
        Map<String, Use> uses = new TreeMap<>();
        for (SessionRecord r : records) {
            for (SessionEvent e : r.events()) {
                if (e.ip().isEmpty()) {
                    continue;
                }
                Use use = uses.computeIfAbsent(e.ip().get(), ip -> new Use());
                use.calls++;
                if (use.lastSession != r) {
                    use.sessions++;
                    use.lastSession = r;
                }
                use.first = use.first == null || e.at().isBefore(use.first) ? e.at() : use.first;
                use.last = use.last == null || e.at().isAfter(use.last) ? e.at() : use.last;
            }
        }
        return uses.entrySet().stream()
                .map(e -> new AddressUse(e.getKey(), e.getValue().calls, e.getValue().sessions,
                        e.getValue().first, e.getValue().last))
                .sorted(Comparator.comparing(AddressUse::firstSeen))
                .toList();
    }

    private static List<ReturnCodeCount> returnCodes(List<SessionRecord> records) {
        Map<String, Integer> counts = new TreeMap<>();
        records.forEach(r -> r.events().forEach(e -> counts.merge(e.returnCode(), 1, Integer::sum)));
        return counts.entrySet().stream().map(e -> new ReturnCodeCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(ReturnCodeCount::calls).reversed())
                .toList();
    }

    private static List<FailedCall> failures(List<SessionRecord> records) {
        List<FailedCall> failed = new ArrayList<>();
        records.forEach(r -> r.events().stream().filter(SessionEvent::failed).forEach(e -> failed.add(new FailedCall(r, e))));
        failed.sort(Comparator.comparing(f -> f.call().at()));
        return List.copyOf(failed);
    }

    /**
     * Finds the overlapping pairs of each user, listing at most {@value #OVERLAP_LIMIT} into
     * {@code found}, and returns how many there are. Sorted by start, the sessions that overlap one
     * are those after it that start before it ends: a binary search counts them, so counting stays
     * fast however many pairs there are. A span of no length (or a negative one, from a server's
     * error) shares no time with anything and is left out.
     */
    private static int overlaps(List<SessionSpan> spans, List<Overlap> found) {
        Map<Integer, List<SessionSpan>> byUser = new LinkedHashMap<>();
        spans.stream().filter(s -> s.end().isAfter(s.start()))
                .forEach(s -> byUser.computeIfAbsent(s.session().userId(), u -> new ArrayList<>()).add(s));
        long count = 0;
        for (List<SessionSpan> userSpans : byUser.values()) {
            // A stable sort: of two sessions created at once, the one the log lists first stays first.
            userSpans.sort(Comparator.comparing(SessionSpan::start));
            for (int i = 0; i < userSpans.size(); i++) {
                SessionSpan a = userSpans.get(i);
                int beyond = firstNotStartingBefore(userSpans, i + 1, a.end());
                count += beyond - (i + 1);
                for (int j = i + 1; j < beyond && found.size() < OVERLAP_LIMIT; j++) {
                    SessionSpan b = userSpans.get(j);
                    Instant to = a.end().isBefore(b.end()) ? a.end() : b.end();
                    found.add(new Overlap(a.session(), b.session(), b.start(), to));
                }
            }
        }
        return (int) Math.min(Integer.MAX_VALUE, count);
    }

    /** The index of the first span at or after {@code from} that starts at or after {@code end}. */
    private static int firstNotStartingBefore(List<SessionSpan> sorted, int from, Instant end) {
        int low = from;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted.get(mid).start().isBefore(end)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
