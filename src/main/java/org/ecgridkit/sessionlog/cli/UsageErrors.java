package org.ecgridkit.sessionlog.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one line {@code sessionlog} prints for a usage error that picocli found while parsing:
 * picocli's own message, except for an argument it could not place, which is named as an unknown
 * option (with the nearest real one when one is close) or an unexpected argument.
 */
final class UsageErrors {

    /** At most this many options are offered; more would be a list, not a suggestion. */
    private static final int MAX_SUGGESTIONS = 3;
    /** A prefix or word shorter than this matches too much to mean anything. */
    private static final int MIN_FRAGMENT = 3;

    private UsageErrors() {
    }

    /** The message for a parse failure, without the {@code sessionlog: } prefix and the pointer to --help. */
    static String message(ParameterException failure) {
        if (failure instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()
                && failure.getCommandLine() != null) {
            return unmatched(unmatched.getUnmatched().get(0), optionNames(failure.getCommandLine().getCommandSpec()));
        }
        return failure.getMessage();
    }

    /**
     * What to say of the first argument that matched nothing: an unknown option, and the option
     * meant if one is close to it; or an argument where only options are taken.
     */
    static String unmatched(String argument, Collection<String> optionNames) {
        if (argument.startsWith("-") && argument.length() > 1) {
            int equals = argument.indexOf('=');
            String name = equals > 0 ? argument.substring(0, equals) : argument;
            return "unknown option '" + name + "'"
                    + didYouMean(name, optionNames).map(options -> "; did you mean " + options + "?").orElse("");
        }
        return "unexpected argument '" + argument + "'" + didYouMean(argument, optionNames)
                .map(options -> "; did you mean " + options + "?").orElse(": sessionlog takes options only");
    }

    /**
     * The long options that {@code typed} is probably a misspelling of, joined for a sentence
     * ({@code --a}, {@code --a or --b}); empty when none is close. Close means, ignoring case and
     * leading dashes: the start of an option's name, of at least three letters; else at most one
     * edit away for a name of up to four letters, two for a longer one (an edit being a letter
     * added, dropped, changed or two swapped); else one of the name's hyphenated words.
     */
    static Optional<String> didYouMean(String typed, Collection<String> optionNames) {
        String word = typed.toLowerCase(Locale.ROOT).replaceFirst("^-+", "");
        if (word.isEmpty()) {
            return Optional.empty();
        }
        List<String> longNames = optionNames.stream().filter(name -> name.startsWith("--")).toList();
        List<String> closest = word.length() < MIN_FRAGMENT ? List.of()
                : longNames.stream().filter(name -> name.substring(2).startsWith(word)).toList();
        if (closest.isEmpty()) {
            closest = fewestEdits(word, longNames);
        }
        if (closest.isEmpty() && word.length() >= MIN_FRAGMENT) {
            closest = longNames.stream().filter(name -> List.of(name.substring(2).split("-")).contains(word)).toList();
        }
        if (closest.isEmpty() || closest.size() > MAX_SUGGESTIONS) {
            return Optional.empty();
        }
        if (closest.size() == 1) {
            return Optional.of(closest.get(0));
        }
        return Optional.of(String.join(", ", closest.subList(0, closest.size() - 1)) + " or " + closest.get(closest.size() - 1));
    }

    /** The names fewest edits away from {@code word}, if they are close enough to be what was meant. */
    private static List<String> fewestEdits(String word, List<String> longNames) {
        List<String> closest = new ArrayList<>();
        int best = Integer.MAX_VALUE;
        for (String name : longNames) {
            String bare = name.substring(2);
            int distance = distance(word, bare);
            if (distance > (bare.length() <= 4 ? 1 : 2) || distance > best) {
                continue;
            }
            if (distance < best) {
                closest.clear();
                best = distance;
            }
            closest.add(name);
        }
        return closest;
    }

    /** Edit distance with adjacent transpositions (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** Every name of every option, in the order the command declares them. */
    private static List<String> optionNames(CommandSpec spec) {
        List<String> names = new ArrayList<>();
        for (OptionSpec option : spec.options()) {
            names.addAll(List.of(option.names()));
        }
        return names;
    }
}
