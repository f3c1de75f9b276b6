package org.ecgridkit.sessionlog.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One way to damage a valid SessionLog response, and what the client must then do. Mutations with
 * an exact consequence (an entry dropped or duplicated, a required field lost or made invalid)
 * state it; blind ones (truncation, a flipped bit) only require an {@code EcGridOsException} or
 * records.
 */
enum Mutation {
    TRUNCATE, FLIP_BIT, DROP_ENTRY, DUPLICATE_ENTRY, DROP_FIELD, WRONG_TYPE, OVERFLOWING_NUMBER,
    INVALID_DATE, FIELD_IN_STRAY_NAMESPACE, EXTRA_ELEMENT_IN_STRAY_NAMESPACE;

    /** What the client must answer with. */
    enum Expect { ANY, ORIGINAL_OR_FAILURE, RECORDS, RESPONSE_FAILURE }

    /**
     * A mutated body and the expectation.
     *
     * @param body the damaged response
     * @param expect what the call must end in
     * @param entryOrder for {@code RECORDS}: indexes of the original records, in the order the client must return them
     */
    record Mutated(byte[] body, Expect expect, List<Integer> entryOrder) {
        Mutated(String body, Expect expect, List<Integer> entryOrder) {
            this(body.getBytes(StandardCharsets.UTF_8), expect, entryOrder);
        }
    }

    private static final Pattern ENTRY = Pattern.compile("<SessionIDInfo>.*?</SessionIDInfo>", Pattern.DOTALL);
    private static final String[] INT_FIELDS = {"UserID", "NetworkID", "MailboxID"};
    private static final String[] DATE_FIELDS = {"Created", "Expires"};
    private static final String[] ALL_FIELDS = {"SessionID", "UserID", "NetworkID", "MailboxID", "Created", "Expires"};

    Mutated apply(String xml, Random random) {
        List<int[]> entries = entries(xml);
        int pick = random.nextInt(entries.size());
        int[] span = entries.get(pick);
        String entry = xml.substring(span[0], span[1]);
        return switch (this) {
            // A cut envelope can only parse if the cut fell after its end: then the records are all there.
            case TRUNCATE -> new Mutated(xml.substring(0, random.nextInt(xml.length())), Expect.ORIGINAL_OR_FAILURE,
                    order(entries.size(), -1, false));
            case FLIP_BIT -> {
                byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
                bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
                yield new Mutated(bytes, Expect.ANY, null);
            }
            case DROP_ENTRY -> new Mutated(xml.substring(0, span[0]) + xml.substring(span[1]), Expect.RECORDS,
                    order(entries.size(), pick, false));
            case DUPLICATE_ENTRY -> new Mutated(xml.substring(0, span[1]) + entry + xml.substring(span[1]),
                    Expect.RECORDS, order(entries.size(), pick, true));
            case DROP_FIELD -> replaceInEntry(xml, span, field(random, ALL_FIELDS), "");
            case WRONG_TYPE -> replaceValue(xml, span, field(random, INT_FIELDS), "twelve");
            case OVERFLOWING_NUMBER -> replaceValue(xml, span, field(random, INT_FIELDS),
                    random.nextBoolean() ? "2147483648" : "-99999999999999999999");
            case INVALID_DATE -> replaceValue(xml, span, field(random, DATE_FIELDS),
                    List.of("2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z", "2026-05-07T25:00:00Z",
                            "2026-05-07", "yesterday", "2026-05-07T08:00:00+15:00").get(random.nextInt(6)));
            case FIELD_IN_STRAY_NAMESPACE -> {
                String name = field(random, ALL_FIELDS);
                yield new Mutated(xml.substring(0, span[0])
                        + entry.replace("<" + name + ">", "<" + name + " xmlns=\"urn:stray\">")
                        + xml.substring(span[1]), Expect.RESPONSE_FAILURE, null);
            }
            case EXTRA_ELEMENT_IN_STRAY_NAMESPACE -> new Mutated(xml.substring(0, span[0])
                    + entry.replace("</SessionIDInfo>", "<s:Note xmlns:s=\"urn:stray\"><s:Deep>1</s:Deep></s:Note></SessionIDInfo>")
                    + xml.substring(span[1]), Expect.RECORDS, order(entries.size(), -1, false));
        };
    }

    static int entryCount(String xml) {
        return entries(xml).size();
    }

    private static Mutated replaceValue(String xml, int[] span, String field, String value) {
        return replaceInEntry(xml, span, field, "<" + field + ">" + value + "</" + field + ">");
    }

    /** Replaces the field's element in the entry; the contract requires it, so the call must fail. */
    private static Mutated replaceInEntry(String xml, int[] span, String field, String replacement) {
        String entry = xml.substring(span[0], span[1])
                .replaceFirst("<" + field + ">[^<]*</" + field + ">", Matcher.quoteReplacement(replacement));
        return new Mutated(xml.substring(0, span[0]) + entry + xml.substring(span[1]), Expect.RESPONSE_FAILURE, null);
    }

    private static String field(Random random, String[] fields) {
        return fields[random.nextInt(fields.length)];
    }

    private static List<Integer> order(int count, int changed, boolean duplicate) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i != changed || duplicate) {
                order.add(i);
            }
            if (i == changed && duplicate) {
                order.add(i);
            }
        }
        return order;
    }

    private static List<int[]> entries(String xml) {
        List<int[]> spans = new ArrayList<>();
        Matcher matcher = ENTRY.matcher(xml);
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(), matcher.end()});
        }
        return spans;
    }
}
